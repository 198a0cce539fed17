import { CheckOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Empty, Form, Input, Radio, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { FormModal } from '../../app/ui/FormModal';
import { useFormat } from '../../app/ui/format';
import { formatFen, yuanToFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import './bills.css';
import { type Adjustment, BILLS_KEY, type Bill, billQuery, roomOf } from './bill-queries';

interface AdjustmentValues {
  direction: 'reduce' | 'increase';
  amount: string;
  reason: string;
}

/** 申请调整: a reduction (减免) or a correction upwards, with the reason the office head reads. */
function RequestAdjustmentModal({ bill, onClose }: { bill: Bill; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AdjustmentValues>();
  const client = useQueryClient();
  return (
    <FormModal
      open
      title={t('bills:adjustment.request')}
      form={form}
      initialValues={{ direction: 'reduce' }}
      onClose={onClose}
      okText={t('bills:adjustment.submit')}
      onSubmit={async (v) => {
        const fen = yuanToFen(v.amount) ?? 0;
        await unwrap(
          api.POST('/api/bills/{id}/adjustments', {
            params: { path: { id: bill.id } },
            body: { amountFen: v.direction === 'reduce' ? -fen : fen, reason: v.reason },
          }),
        );
        await client.invalidateQueries({ queryKey: BILLS_KEY });
      }}
    >
      <Form.Item name="direction" label={t('bills:adjustment.direction')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'reduce', label: t('bills:adjustment.reduce') },
            { value: 'increase', label: t('bills:adjustment.increase') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('bills:adjustment.amount')}
        rules={[
          {
            required: true,
            validator: async (_, value: string) => {
              const fen = yuanToFen(value ?? '');
              if (fen === null || fen === 0) throw new Error(t('bills:adjustment.amountInvalid'));
            },
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('bills:adjustment.reason')}
        rules={[{ required: true, max: 500, message: t('validation:required') }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

/** One bill: what it was billed on (never edited), what is due, and its adjustments with their decisions. */
export function BillPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const bill = useQuery(billQuery(id));
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState<{ a: Adjustment; approve: boolean } | null>(null);
  if (bill.isError) return <QueryError error={bill.error} onRetry={() => bill.refetch()} />;
  if (!bill.data) return <PageSpinner />;
  const b = bill.data;
  const columns: TableProps<Adjustment>['columns'] = [
    { key: 'amount', title: t('bills:adjustment.amount'), align: 'right', render: (_, a) => formatFen(a.amountFen) },
    { key: 'reason', title: t('bills:adjustment.reason'), dataIndex: 'reason' },
    { key: 'by', title: t('bills:adjustment.requestedBy'), dataIndex: 'requestedByName' },
    { key: 'state', title: t('bills:fields.state'), render: (_, a) => <Tag>{t(`bills:adjustmentStates.${a.state}`)}</Tag> },
    {
      key: 'decided',
      title: t('bills:adjustment.decidedBy'),
      render: (_, a) => [a.decidedByName, a.decisionNote].filter(Boolean).join(t('common:labelSeparator')) || '—',
    },
    {
      key: 'actions',
      title: t('bills:actions'),
      render: (_, a) => (
        <>
          <HistoryButton entity="fee_adjustment" id={a.id} name={a.reason} />
          {a.abilities.approve ? (
            <Button icon={<CheckOutlined aria-hidden />} onClick={() => setDeciding({ a, approve: true })}>
              {t('bills:adjustment.approve')}
            </Button>
          ) : null}
          {a.abilities.reject ? (
            <Button danger icon={<CloseOutlined aria-hidden />} onClick={() => setDeciding({ a, approve: false })}>
              {t('bills:adjustment.reject')}
            </Button>
          ) : null}
        </>
      ),
    },
  ];
  const title = `${b.estateName} ${roomOf(b)} · ${b.itemName} · ${b.period}`;
  return (
    <>
      <PageHeader
        title={title}
        extra={
          <>
            <HistoryButton entity="fee_bill" id={b.id} name={title} />
            {b.abilities.requestAdjustment ? (
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setRequesting(true)}>
                {t('bills:adjustment.request')}
              </Button>
            ) : null}
          </>
        }
      />
      {b.bankBatch ? (
        <Alert
          type="warning"
          showIcon
          className="bill-alert"
          title={t('bills:bank.title', {
            number: b.bankBatch.number,
            at: format.dateTime(b.bankBatch.exportedAt),
            amount: formatFen(b.dueFen),
          })}
          description={t(b.pendingAdjustments > 0 ? 'bills:bank.pending' : 'bills:bank.text')}
        />
      ) : null}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('bills:fields.payer')}>{b.payerName}</Descriptions.Item>
        <Descriptions.Item label={t('bills:fields.state')}>
          <Tag className={`bill-state bill-state-${b.state}`}>{t(`bills:states.${b.state}`)}</Tag>
          {b.bankBatch ? <Tag className="bill-state bill-state-bank">{t('bills:bank.tag')}</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label={t('bills:fields.basis')}>{t(`bills:basis.${b.basis}`)}</Descriptions.Item>
        <Descriptions.Item label={t('bills:fields.rate')}>{formatFen(b.rateFen)}</Descriptions.Item>
        <Descriptions.Item label={t('bills:fields.area')}>{(b.areaMilli / 1000).toFixed(3)}</Descriptions.Item>
        <Descriptions.Item label={t('bills:fields.days')}>{`${b.daysBilled}/${b.daysInPeriod}`}</Descriptions.Item>
        <Descriptions.Item label={t('bills:fields.amount')}>{formatFen(b.amountFen)}</Descriptions.Item>
        <Descriptions.Item label={t('bills:fields.adjustment')}>{formatFen(b.adjustmentFen)}</Descriptions.Item>
        <Descriptions.Item label={t('bills:fields.due')}>{formatFen(b.dueFen)}</Descriptions.Item>
        <Descriptions.Item label={t('bills:fields.paidAt')}>{b.paidAt ? format.dateTime(b.paidAt) : '—'}</Descriptions.Item>
      </Descriptions>
      <h2 className="bill-section">{t('bills:adjustment.title')}</h2>
      <Table<Adjustment>
        aria-label={t('bills:adjustment.title')}
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={b.adjustments}
        locale={{ emptyText: <Empty description={t('bills:adjustment.none')} /> }}
      />
      {requesting ? <RequestAdjustmentModal bill={b} onClose={() => setRequesting(false)} /> : null}
      {deciding ? (
        <ConfirmAction
          open
          title={t(deciding.approve ? 'bills:adjustment.approve' : 'bills:adjustment.reject')}
          description={t('bills:adjustment.confirm', { amount: formatFen(deciding.a.amountFen), reason: deciding.a.reason })}
          okText={t(deciding.approve ? 'bills:adjustment.approve' : 'bills:adjustment.reject')}
          danger={!deciding.approve}
          withReason={deciding.approve ? true : 'required'}
          onClose={() => setDeciding(null)}
          onConfirm={async (note) => {
            const path = { id: deciding.a.id };
            if (deciding.approve)
              await unwrap(
                api.POST('/api/fee-adjustments/{id}/approve', {
                  params: { path },
                  body: { version: deciding.a.version, ...(note ? { note } : {}) },
                }),
              );
            else
              await unwrap(
                api.POST('/api/fee-adjustments/{id}/reject', { params: { path }, body: { version: deciding.a.version, note: note ?? '' } }),
              );
            await client.invalidateQueries({ queryKey: BILLS_KEY });
          }}
        />
      ) : null}
    </>
  );
}
