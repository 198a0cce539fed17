import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryEvent } from '../../api/types';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { QueryError } from '../../app/ui/QueryError';
import { historyQuery } from '../history/history-query';
import type { Order } from './order-model';
import { partyContext } from './party';

type Detail = {
  reason?: string;
  staff?: string[];
  signerName?: string;
  amountFen?: number;
  method?: string;
  materials?: unknown[];
};
type After = { detail?: Detail; cancelReason?: string | null; staffShortReason?: string | null; totalFen?: number };

/**
 * Every transition of the order from its audit trail (X1): what, who, when, and the words that
 * matter to the step (the reason of a rework or a cancellation, the staff, the signer, the amount).
 * The full field-by-field history is behind the History button.
 */
export function OrderTimeline({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery(historyQuery('order', order.id));
  const people = new Map([...order.staff, ...order.formerStaff].map((s) => [s.userId, s.displayName]));

  const note = (e: HistoryEvent): string | null => {
    const after = (e.after ?? {}) as After;
    const d = after.detail ?? {};
    switch (e.action) {
      case 'order.quote':
        return after.totalFen !== undefined ? t('orders:events.quoteNote', { total: formatFen(after.totalFen) }) : null;
      case 'order.assign': {
        const names = d.staff ? d.staff.map((id) => people.get(id) ?? id).join(t('common:listSeparator')) : null;
        return after.staffShortReason ? t('orders:events.staffShortNote', { names: names ?? '', reason: after.staffShortReason }) : names;
      }
      case 'order.reject':
        return d.reason ? t('orders:events.reasonNote', { reason: d.reason }) : null;
      case 'order.cancel':
        return after.cancelReason ? t('orders:events.reasonNote', { reason: after.cancelReason }) : null;
      case 'order.accept':
        return d.signerName ? t('orders:events.signerNote', { name: d.signerName }) : null;
      case 'order.pay':
        return d.amountFen !== undefined
          ? t('orders:events.payNote', {
              amount: formatFen(d.amountFen),
              method: t(`orders:methods.${d.method}`, { defaultValue: d.method }),
            })
          : null;
      case 'order.record_materials':
        return d.materials ? t('orders:events.materialsNote', { count: d.materials.length }) : null;
      default:
        return null;
    }
  };

  return (
    <section className="panel" aria-labelledby="order-timeline">
      <h2 id="order-timeline" className="card-heading">
        {t('orders:detail.timeline')}
      </h2>
      {history.isPending ? (
        <Skeleton active />
      ) : history.isError ? (
        <QueryError error={history.error} onRetry={() => history.refetch()} />
      ) : history.data.length === 0 ? (
        <Empty description={t('history:empty')} />
      ) : (
        <Timeline
          className="order-timeline"
          items={history.data.map((e) => {
            const text = note(e);
            return {
              key: e.seq,
              content: (
                <div>
                  <strong>
                    {/* a step in the order's words (业主, 客户, 患者 by its type); another action in the history's */}
                    {t([`orders:events.${e.action.replace(/^order\./, '')}`, `history:actions.${e.action}`], {
                      defaultValue: e.action,
                      ...partyContext(order.typeDef),
                    })}
                  </strong>
                  <div className="muted small">
                    {e.actorName} · <time dateTime={e.at}>{format.dateTime(e.at)}</time>
                  </div>
                  {text ? <div className="order-event-note">{text}</div> : null}
                </div>
              ),
            };
          })}
        />
      )}
    </section>
  );
}
