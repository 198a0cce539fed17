import { useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Form, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { DeliverInvoiceModal } from '../money/DeliverInvoiceModal';
import { useRefreshMoney } from '../money/money-queries';
import { RecordInvoiceModal } from '../money/RecordInvoiceModal';
import type { Agreement } from './agreement-model';
import { agreementQuery } from './agreement-queries';

type Statement = Agreement['statements'][number];
const METHODS = ['cash', 'transfer', 'pos', 'wechat', 'alipay'] as const;

/**
 * 月结账单 of an agreement paid monthly (A7.4.3, A7.4.8): per month the visits the owner accepted and their amount;
 * once the month is over the cashier takes one payment (with a receipt) and records one invoice, due by the month's
 * end plus the office's invoice hours. What each row offers is the server's `abilities`.
 */
export function AgreementStatements({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<{ kind: 'pay' | 'invoice' | 'deliver'; statement: Statement } | null>(null);
  if (a.paymentTerms !== 'monthly') return null;
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: agreementQuery(a.id).queryKey }),
      client.invalidateQueries({ queryKey: ['orders'] }),
      client.invalidateQueries({ queryKey: ['history'] }),
    ]);
  return (
    <section className="panel agreement-statements" aria-labelledby="agreement-statements">
      <h2 id="agreement-statements" className="card-heading">
        {t('agreements:statements.title')}
      </h2>
      <p className="muted small">{t('agreements:statements.rule')}</p>
      <Table<Statement>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={a.statements}
        locale={{ emptyText: <Empty description={t('agreements:statements.none')} /> }}
        columns={[
          { key: 'month', title: t('agreements:statements.month'), dataIndex: 'month' },
          {
            key: 'visits',
            title: t('agreements:statements.visits'),
            render: (_, s) => (
              <Space size={4} wrap>
                {s.visits.map((v) => (
                  <Link key={v.orderId} to={`/orders/${v.orderId}`}>
                    {v.orderNumber}
                  </Link>
                ))}
              </Space>
            ),
          },
          {
            key: 'amount',
            title: t('agreements:statements.amount'),
            align: 'right',
            render: (_, s) => <strong className="money">{formatFen(s.amountFen)}</strong>,
          },
          {
            key: 'payment',
            title: t('agreements:statements.payment'),
            render: (_, s) =>
              s.paidAt ? (
                <div>
                  <Tag color="success">{t('agreements:statements.paid')}</Tag>
                  {s.receiptNumber ? t('agreements:statements.receipt', { number: s.receiptNumber }) : null}
                  <div className="muted small">
                    {t('agreements:statements.paidBy', { by: s.paidByName ?? '', at: format.dateTime(s.paidAt) })}
                  </div>
                </div>
              ) : (
                <Tag>{s.final ? t('agreements:statements.unpaid') : t('agreements:statements.open')}</Tag>
              ),
          },
          {
            key: 'invoice',
            title: t('agreements:statements.invoice'),
            render: (_, s) => (
              <div>
                {s.invoice ? (
                  <>
                    {s.invoice.number}{' '}
                    <Tag color={s.invoice.deliveredAt ? 'success' : undefined}>
                      {s.invoice.deliveredAt ? t('money:invoices.delivered') : t('money:invoices.notDelivered')}
                    </Tag>
                    <HistoryButton
                      entity="invoice"
                      id={s.invoice.id}
                      name={t('money:invoices.historyName', { number: s.invoice.number })}
                    />
                  </>
                ) : (
                  <span className="muted">{t('money:invoices.none')}</span>
                )}
                {!s.invoice?.deliveredAt ? (
                  <div className={s.invoiceLate ? 'small invoice-late' : 'muted small'}>
                    {t(s.invoiceLate ? 'agreements:statements.late' : 'agreements:statements.due', { at: format.dateTime(s.dueAt) })}
                  </div>
                ) : null}
              </div>
            ),
          },
          {
            key: 'actions',
            title: t('common:fields.actions'),
            render: (_, s) => (
              <Space size={4} wrap>
                {s.abilities.pay ? (
                  <Button size="small" type="primary" onClick={() => setDialog({ kind: 'pay', statement: s })}>
                    {t('agreements:statements.pay')}
                  </Button>
                ) : null}
                {s.abilities.recordInvoice ? (
                  <Button size="small" onClick={() => setDialog({ kind: 'invoice', statement: s })}>
                    {t('money:invoices.record')}
                  </Button>
                ) : null}
                {s.abilities.deliverInvoice ? (
                  <Button size="small" onClick={() => setDialog({ kind: 'deliver', statement: s })}>
                    {t('money:invoices.deliver')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'pay' ? <PayStatementModal statement={dialog.statement} onClose={() => setDialog(null)} onPaid={refresh} /> : null}
      {dialog?.kind === 'invoice' ? (
        <RecordInvoiceModal
          statement
          order={{ id: dialog.statement.id, number: dialog.statement.label, totalFen: dialog.statement.amountFen }}
          onClose={() => setDialog(null)}
          onRecorded={refresh}
        />
      ) : null}
      {dialog?.kind === 'deliver' && dialog.statement.invoice ? (
        <DeliverInvoiceModal invoice={dialog.statement.invoice} onClose={() => setDialog(null)} onDelivered={refresh} />
      ) : null}
    </section>
  );
}

/** The month's one payment, for the statement's whole amount; the receipt comes from the cashier's own book. */
function PayStatementModal({ statement: s, onClose, onPaid }: { statement: Statement; onClose(): void; onPaid(): Promise<unknown> }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refreshMoney = useRefreshMoney();
  const [form] = Form.useForm<{ method: (typeof METHODS)[number] }>();
  return (
    <FormModal<{ method: (typeof METHODS)[number] }>
      open
      form={form}
      title={t('agreements:statements.payTitle', { label: s.label })}
      okText={t('agreements:statements.payOk', { amount: formatFen(s.amountFen) })}
      initialValues={{ method: 'cash' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const paid = await unwrap(
          api.POST('/api/statements/{id}/pay', {
            params: { path: { id: s.id } },
            body: { version: s.version, amountFen: s.amountFen, method: v.method },
          }),
        );
        await Promise.all([onPaid(), refreshMoney()]);
        toast.success(t('agreements:statements.paidToast', { number: paid.receiptNumber ?? '' }));
      }}
    >
      <p>{t('agreements:statements.payText', { count: s.visitCount, amount: formatFen(s.amountFen) })}</p>
      <Form.Item name="method" label={t('orders:fields.method')} rules={[{ required: true, message: t('validation:required') }]}>
        <Select options={METHODS.map((m) => ({ value: m, label: t(`orders:methods.${m}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
