import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { OrderCashTrail } from './OrderCashTrail';
import type { Order } from './order-model';
import { useDuration } from './use-duration';
import { useOrderCash } from './use-order-cash';
import { useOrderReceipts } from './use-order-receipts';

/** Payment (amount = the record's total, A2.4.2.3), its receipt, where its money went (A7.4.7), and the service measures (A4.7). */
export function OrderPayment({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDuration();
  const receipts = useOrderReceipts(order);
  // for every reader of the order: the receipt in force, or that the cashier has yet to write it
  const receipt = useOrderCash(order).data?.receipt;
  const p = order.payment;
  return (
    <section className="panel" aria-labelledby="order-payment">
      <h2 id="order-payment" className="card-heading">
        {t('orders:detail.payment')}
      </h2>
      {p ? (
        <>
          <Descriptions
            column={1}
            size="small"
            items={[
              {
                key: 'amount',
                label: t('orders:fields.amountPaid'),
                children: <strong className="money">{formatFen(p.amountFen)}</strong>,
              },
              { key: 'method', label: t('orders:fields.method'), children: t(`orders:methods.${p.method}`) },
              { key: 'by', label: t('orders:fields.collectedBy'), children: p.collectedByName },
              { key: 'at', label: t('orders:fields.collectedAt'), children: format.dateTime(p.collectedAt) },
              ...(receipts.data?.length
                ? [
                    {
                      key: 'receipt',
                      label: t('orders:fields.receipt'),
                      children: receipts.data
                        .map((r) => `${r.number}${r.voidedAt ? ` ${t('orders:detail.receiptVoid')}` : ''}`)
                        .join(t('common:listSeparator')),
                    },
                  ]
                : receipt
                  ? [
                      {
                        key: 'receipt',
                        label: t('orders:fields.receipt'),
                        children:
                          receipt.state === 'written'
                            ? receipt.number
                            : t(`orders:detail.receiptAwaiting.${p.method === 'cash' ? 'cash' : 'account'}`),
                      },
                    ]
                  : []),
            ]}
          />
          <OrderCashTrail order={order} />
        </>
      ) : (
        <p className="muted">
          {order.billing === 'monthly'
            ? t('orders:detail.monthly')
            : order.totalFen
              ? t('orders:detail.unpaid', { total: formatFen(order.totalFen) })
              : t('orders:detail.notPriced')}
        </p>
      )}
      <h3 className="sub-heading">{t('orders:detail.measures')}</h3>
      <div className="order-measures">
        <div>
          <div className="muted small">{t('orders:measures.wait')}</div>
          <div className="order-measure-value">{duration(order.measures.waitMinutes)}</div>
        </div>
        <div>
          <div className="muted small">{t('orders:measures.work')}</div>
          <div className="order-measure-value">{duration(order.measures.workMinutes)}</div>
        </div>
      </div>
    </section>
  );
}
