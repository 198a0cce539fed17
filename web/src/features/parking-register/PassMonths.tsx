import { Modal, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import type { Pass } from './parking-queries';

type Month = Pass['months'][number];

/** 未缴 / 已缴 / 托收中: the state of a month's bill, as the fee desk sees it. */
export function BillStateTag({ month }: { month: Month }) {
  const { t } = useTranslation();
  if (month.billState === 'paid') return <span>{t('parking:passes.billStates.paid')}</span>;
  return <Tag>{t(month.inBankCollection ? 'parking:passes.billStates.bank' : 'parking:passes.billStates.open')}</Tag>;
}

/** Each month of a pass with its property bill: what it is due, paid or not, and when. */
export function PassMonthsModal({ pass, onClose }: { pass: Pass; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Modal open title={t('parking:passes.detailsOf', { plate: pass.plate })} footer={null} onCancel={onClose} destroyOnHidden>
      <Table<Month>
        size="small"
        rowKey="period"
        pagination={false}
        dataSource={pass.months}
        columns={[
          { key: 'period', title: t('parking:passes.fields.months'), dataIndex: 'period' },
          { key: 'due', title: t('parking:passes.fields.due'), render: (_, m) => formatFen(m.dueFen) },
          { key: 'state', title: t('parking:passes.fields.state'), render: (_, m) => <BillStateTag month={m} /> },
          { key: 'paidAt', title: t('parking:passes.fields.paidAt'), render: (_, m) => (m.paidAt ? format.date(m.paidAt) : '') },
        ]}
      />
    </Modal>
  );
}
