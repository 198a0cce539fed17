import './money.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Space, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth/use-me';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { ConfirmRemittanceModal } from './ConfirmRemittanceModal';
import { CreateRemittanceModal } from './CreateRemittanceModal';
import { LocalTable } from './LocalTable';
import { cashInHandQuery, type Remittance, remittancesQuery } from './money-queries';
import { ReturnRemittanceModal } from './ReturnRemittanceModal';

/** 上缴: cashiers hand receipted payments to finance; finance counts and confirms, or returns the batch to the cashier. */
export function RemittancesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const remittances = useQuery(remittancesQuery);
  const cash = useQuery(cashInHandQuery);
  const mine = cash.data?.find((h) => h.holderId === me.user.id);
  const remittable = (mine?.payments ?? []).filter((p) => p.receiptId && !p.remittanceId);
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<Remittance | null>(null);
  const [returning, setReturning] = useState<Remittance | null>(null);

  const state = (r: Remittance) => (
    <Tag className={`remittance-state remittance-${r.state}`}>{t(`money:remittances.states.${r.state}`)}</Tag>
  );
  // why finance sent it back, and what it counted: the cashier looks for the difference from here
  const returnNote = (r: Remittance) =>
    r.state === 'returned' ? (
      <div>
        <div>{t('money:remittances.returnReasonLine', { reason: r.returnReason ?? '' })}</div>
        {r.countedFen !== null ? <div>{t('money:remittances.countedLine', { amount: formatFen(r.countedFen) })}</div> : null}
      </div>
    ) : null;
  const period = (r: Remittance) => `${r.periodFrom} – ${r.periodTo}`;
  const actions = (r: Remittance) => (
    <Space wrap>
      {r.abilities.confirm ? (
        <Button type="primary" size="small" onClick={() => setConfirming(r)}>
          {t('money:remittances.confirm')}
        </Button>
      ) : null}
      {r.abilities.return ? (
        <Button danger size="small" onClick={() => setReturning(r)}>
          {t('money:remittances.return')}
        </Button>
      ) : null}
      <HistoryButton entity="remittance" id={r.id} name={`${r.cashierName} ${period(r)}`} />
    </Space>
  );
  const columns: TableProps<Remittance>['columns'] = [
    { key: 'office', title: t('money:receipts.office'), render: (_, r) => r.officeName ?? '' },
    { key: 'cashier', dataIndex: 'cashierName', title: t('money:books.cashier') },
    { key: 'period', title: t('money:period'), render: (_, r) => period(r) },
    { key: 'total', title: t('money:fields.amount'), align: 'right', render: (_, r) => formatFen(r.totalFen) },
    { key: 'createdAt', title: t('common:fields.createdAt'), render: (_, r) => format.dateTime(r.createdAt) },
    { key: 'state', title: t('common:fields.status'), render: (_, r) => state(r) },
    { key: 'returnNote', title: t('money:remittances.returnNote'), render: (_, r) => returnNote(r) },
    { key: 'actions', title: t('common:fields.actions'), render: (_, r) => actions(r) },
  ];

  return (
    <>
      <PageHeader
        title={t('money:remittances.title')}
        extra={
          <Space wrap>
            {remittable.length ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('money:remittances.create')}
              </Button>
            ) : null}
            <ExportButton path="/api/remittances/export.xlsx" />
          </Space>
        }
      />
      {remittances.isError ? (
        <QueryError error={remittances.error} onRetry={() => remittances.refetch()} />
      ) : (
        <LocalTable<Remittance>
          label={t('money:remittances.title')}
          rowKey="id"
          columns={columns}
          items={remittances.data}
          loading={remittances.isFetching}
          empty={<Empty description={t('money:remittances.empty')} />}
          renderCard={(r) => (
            <>
              <div className="record-card-title">
                <span>
                  {r.cashierName} · {formatFen(r.totalFen)}
                </span>
                {state(r)}
              </div>
              <div className="record-card-line">
                {r.officeName ?? ''} · {period(r)}
              </div>
              {r.state === 'returned' ? <div className="record-card-line">{returnNote(r)}</div> : null}
              {actions(r)}
            </>
          )}
        />
      )}
      {creating ? <CreateRemittanceModal payments={remittable} onClose={() => setCreating(false)} /> : null}
      {confirming ? <ConfirmRemittanceModal remittance={confirming} onClose={() => setConfirming(null)} /> : null}
      {returning ? <ReturnRemittanceModal remittance={returning} onClose={() => setReturning(null)} /> : null}
    </>
  );
}
