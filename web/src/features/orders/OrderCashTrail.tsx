import { Skeleton, Tag, Timeline } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { QueryError } from '../../app/ui/QueryError';
import type { Order } from './order-model';
import { useOrderCash } from './use-order-cash';

type Trail = NonNullable<NonNullable<ReturnType<typeof useOrderCash>['data']>['trail']>;

/** Where the order's money is now, in one line: with finance, on its way to finance, or in someone's hands. */
function where(trail: Trail): { key: 'settled' | 'remitting' | 'offered' | 'held'; name: string; to?: string } {
  const last = trail.remittances.at(-1);
  if (trail.settledAt) return { key: 'settled', name: trail.holderName };
  if (last?.state === 'submitted') return { key: 'remitting', name: last.cashierName };
  const offered = trail.handovers.find((h) => h.state === 'offered');
  if (offered) return { key: 'offered', name: trail.holderName, to: offered.toName };
  return { key: 'held', name: trail.holderName };
}

/**
 * Where the money of a paid order went (A7.4.7): who holds it now, and each step from the one who collected it,
 * through the hand-overs (offered, confirmed or refused) to the remittance finance confirms, as the money module
 * recorded them; the same cash the cash-in-hand page counts.
 */
export function OrderCashTrail({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cash = useOrderCash(order);
  if (!order.payment) return null;
  if (cash.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (cash.isError) return <QueryError error={cash.error} onRetry={() => cash.refetch()} />;
  const trail = cash.data.trail;
  if (!trail) return null;
  const now = where(trail);
  const at = (iso: string) => <time dateTime={iso}>{format.dateTime(iso)}</time>;
  const item = (key: string, title: string, when: string, note?: string | null, extra?: ReactNode) => ({
    key,
    content: (
      <div>
        <strong>{title}</strong> {extra}
        <div className="muted small">{at(when)}</div>
        {note ? <div className="order-event-note">{note}</div> : null}
      </div>
    ),
  });
  const steps = [
    item(
      'collected',
      t('orders:cash.collected', { name: order.payment.collectedByName, amount: formatFen(trail.amountFen) }),
      trail.collectedAt,
    ),
    ...trail.handovers.map((h) =>
      item(
        h.id,
        t('orders:cash.handover', { from: h.fromName, to: h.toName }),
        h.decidedAt ?? h.offeredAt,
        h.state === 'refused' && h.note
          ? t('orders:cash.refusedNote', { reason: h.note })
          : h.withForm
            ? t('orders:cash.withForm')
            : h.note,
        <Tag className={`cash-step cash-step-${h.state}`}>{t(`orders:cash.handoverStates.${h.state}`)}</Tag>,
      ),
    ),
    ...trail.remittances.map((r) =>
      item(
        r.id,
        t('orders:cash.remittance', { name: r.cashierName }),
        r.confirmedAt ?? r.returnedAt ?? r.createdAt,
        r.state === 'confirmed'
          ? t('orders:cash.confirmedBy', { name: r.confirmedBy ?? '' })
          : r.state === 'returned'
            ? t('orders:cash.returnedNote', { name: r.returnedBy ?? '', reason: r.returnReason ?? '' })
            : null,
        <Tag className={`cash-step cash-step-${r.state}`}>{t(`orders:cash.remittanceStates.${r.state}`)}</Tag>,
      ),
    ),
  ];
  return (
    <div className="order-cash">
      <h3 className="sub-heading">{t('orders:cash.title')}</h3>
      <p className="order-cash-now">{t(`orders:cash.now.${now.key}`, { ...now, since: format.dateTime(trail.since) })}</p>
      <Timeline className="order-timeline" items={steps} />
    </div>
  );
}
