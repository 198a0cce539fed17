import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { DeliverInvoiceModal } from '../money/DeliverInvoiceModal';
import { type Invoice, invoiceQuery, type OrderInvoiceAnswer } from '../money/money-queries';
import { RecordInvoiceModal } from '../money/RecordInvoiceModal';
import { useSince } from '../money/use-since';
import type { Order } from './order-model';
import { orderQuery } from './order-queries';

/**
 * The invoice of an accepted order (A7.4.8), for those who handle receipts and, on a GPS job, the technician who
 * writes it on site (A4.4.9); nothing before acceptance, nothing for a free order.
 */
export function OrderInvoice({ order }: { order: Order }) {
  const canRead = useAbility('receipts') || order.typeDef.pricedAt === 'site';
  if (!canRead || !order.acceptedAt || order.state === 'cancelled' || order.totalFen === 0) return null;
  if (order.billing === 'monthly') return <MonthlyNote order={order} />;
  return <InvoicePanel order={order} acceptedAt={order.acceptedAt} />;
}

/** A visit of an agreement paid monthly is charged and invoiced on the agreement's monthly statement, not here. */
function MonthlyNote({ order }: { order: Order }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="order-invoice">
      <h2 id="order-invoice" className="card-heading">
        {t('money:invoices.title')}
      </h2>
      <p className="muted">{t('orders:detail.monthly')}</p>
      {order.agreementId ? <Link to={`/agreements/${order.agreementId}`}>{t('orders:detail.monthlyLink')}</Link> : null}
    </section>
  );
}

function InvoicePanel({ order, acceptedAt }: { order: Order; acceptedAt: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const invoice = useQuery(invoiceQuery(order.id));
  const [dialog, setDialog] = useState<'record' | 'deliver' | null>(null);
  const i = invoice.data?.invoice;
  // the order and the invoice's history move with it; the money lists are refreshed by the dialogs
  const refreshOrder = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: orderQuery(order.id).queryKey }),
      client.invalidateQueries({ queryKey: ['history', 'invoice'] }),
    ]);

  return (
    <section className="panel" aria-labelledby="order-invoice">
      <div className="order-panel-head">
        <h2 id="order-invoice" className="card-heading">
          {t('money:invoices.title')}
        </h2>
        {i ? <HistoryButton entity="invoice" id={i.id} name={t('money:invoices.historyName', { number: i.number })} /> : null}
      </div>
      {invoice.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : invoice.isError ? (
        <QueryError error={invoice.error} onRetry={() => invoice.refetch()} />
      ) : i ? (
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'number', label: t('money:invoices.fields.number'), children: i.number },
            { key: 'kind', label: t('money:invoices.fields.kind'), children: t(`money:invoices.kinds.${i.kind}`) },
            { key: 'date', label: t('money:invoices.fields.date'), children: i.invoiceDate },
            {
              key: 'amount',
              label: t('money:invoices.fields.amount'),
              children: <strong className="money">{formatFen(i.amountFen)}</strong>,
            },
            {
              key: 'recorded',
              label: t('money:invoices.fields.recorded'),
              children: t('money:invoices.byAt', { by: i.issuedBy, at: format.dateTime(i.issuedAt) }),
            },
            {
              key: 'delivery',
              label: t('money:invoices.fields.delivery'),
              children: <Delivery invoice={i} answer={invoice.data} acceptedAt={acceptedAt} />,
            },
          ]}
        />
      ) : (
        <>
          <p className="muted">{t('money:invoices.none')}</p>
          <DeliveryRule answer={invoice.data} acceptedAt={acceptedAt} />
        </>
      )}
      {invoice.data?.mayRecord ? (
        <div className="order-panel-actions">
          {!i ? (
            <Button type="primary" onClick={() => setDialog('record')}>
              {t('money:invoices.record')}
            </Button>
          ) : !i.deliveredAt ? (
            <Button type="primary" onClick={() => setDialog('deliver')}>
              {t('money:invoices.deliver')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {dialog === 'record' ? <RecordInvoiceModal order={order} onClose={() => setDialog(null)} onRecorded={refreshOrder} /> : null}
      {dialog === 'deliver' && i ? <DeliverInvoiceModal invoice={i} onClose={() => setDialog(null)} onDelivered={refreshOrder} /> : null}
    </section>
  );
}

/** Delivered: when, by whom, how; else 未送达 and where the order stands against the delivery rule. */
function Delivery({ invoice, answer, acceptedAt }: { invoice: Invoice; answer: OrderInvoiceAnswer; acceptedAt: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!invoice.deliveredAt)
    return (
      <div>
        <Tag className="invoice-tag invoice-pending">{t('money:invoices.notDelivered')}</Tag>
        <DeliveryRule answer={answer} acceptedAt={acceptedAt} />
      </div>
    );
  return (
    <div>
      <Tag className="invoice-tag invoice-delivered">{t('money:invoices.delivered')}</Tag>
      {t('money:invoices.byAt', { by: invoice.deliveredBy, at: format.dateTime(invoice.deliveredAt) })}
      {invoice.deliveryNote ? <div className="order-event-note">{invoice.deliveryNote}</div> : null}
    </div>
  );
}

/**
 * "验收后已过 5 小时，应在 24 小时内送达": the deadline, and whether it has passed, as the server judged them
 * (its clock and the office's `invoiceDeliveryHours`, by the rule the monitor counts): a demo server's clock
 * may be moved, and the browser's own clock would then say the wrong thing.
 */
function DeliveryRule({ answer, acceptedAt }: { answer: OrderInvoiceAnswer; acceptedAt: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const since = useSince();
  const elapsed = since(acceptedAt, Date.parse(answer.checkedAt));
  const d = answer.delivery;
  if (!d) return <p className="small">{t('money:invoices.sinceOnly', { since: elapsed })}</p>;
  return (
    <p className={d.overdue ? 'small invoice-late' : 'small'}>
      {t(d.overdue ? 'money:invoices.late' : 'money:invoices.due', { since: elapsed, hours: d.hours, due: format.dateTime(d.dueAt) })}
    </p>
  );
}
