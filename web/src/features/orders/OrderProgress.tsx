import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth/use-me';
import { DATE_STYLE_LOCALE } from '../../app/ui/format';
import type { Order, OrderState } from './order-model';

type Stage = { key: string; at: string | null; reached: OrderState[] };

/** Where the job stands, stage by stage with the time each was reached (A7.4.4: the whole process is tracked). */
export function OrderProgress({ order }: { order: Order }) {
  const { t } = useTranslation();
  // Month, day and time: the year is on the order's own dates, and the steps stay narrow.
  const short = new Intl.DateTimeFormat(DATE_STYLE_LOCALE, {
    timeZone: useMe().tenant.timeZone,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  // "12-02 09:11": the parts put in order by hand (without a year, sv-SE writes day/month)
  const monthDayTime = (iso: string) => {
    const part = Object.fromEntries(short.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
    return `${part.month}-${part.day} ${part.hour}:${part.minute}`;
  };
  const all: Stage[] = [
    { key: 'requested', at: order.requestedAt, reached: [] },
    { key: 'quoted', at: order.quotedAt, reached: ['quoted'] },
    { key: 'confirmed', at: order.confirmedAt, reached: ['confirmed'] },
    { key: 'assigned', at: order.assignedAt, reached: ['assigned'] },
    { key: 'in_progress', at: order.startedAt, reached: ['in_progress', 'rework'] },
    { key: 'completed', at: order.completedAt, reached: ['completed'] },
    { key: 'accepted', at: order.acceptedAt, reached: ['accepted'] },
    { key: 'paid', at: order.paidAt, reached: ['paid'] },
    { key: 'closed', at: order.closedAt, reached: ['closed'] },
  ];
  // an order priced on site (GPS) is taken confirmed: it has no quote stage
  const stages = order.typeDef.pricedAt === 'site' ? all.filter((s) => s.key !== 'quoted') : all;
  const working = stages.findIndex((s) => s.key === 'in_progress');
  // The last stage with a time is where the order is (a rework goes back to work).
  const reached = order.state === 'rework' ? working : stages.reduce((last, s, i) => (s.at ? i : last), 0);
  const current = order.state === 'closed' ? stages.length : reached;
  return (
    <nav className="order-steps panel" aria-label={t('orders:detail.progress')}>
      <Steps
        size="small"
        titlePlacement="vertical"
        current={current}
        status={order.state === 'cancelled' ? 'error' : order.state === 'rework' ? 'error' : 'process'}
        items={stages.map((s, i) => ({
          title: i === working && order.state === 'rework' ? t('orders:states.rework') : t(`orders:stages.${s.key}`),
          content: s.at && i <= reached ? <time dateTime={s.at}>{monthDayTime(s.at)}</time> : undefined,
        }))}
      />
      {order.state === 'cancelled' ? (
        <p className="text-danger">{t('orders:detail.cancelled', { reason: order.cancelReason ?? '' })}</p>
      ) : null}
    </nav>
  );
}
