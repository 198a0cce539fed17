import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { UnitLink } from '../estates/UnitLink';
import { OrderStateTag } from './OrderStateTag';
import type { Order } from './order-model';
import { partyContext } from './party';

/** Who, where, when and how the request came in, as registered on the form (A7.4.2). */
export function OrderFacts({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormat();
  const empty = t('common:empty');
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : empty);
  const names = (list: Order['staff']) => list.map((s) => s.displayName).join(t('common:listSeparator'));
  const appointment = order.appointmentStart
    ? order.appointmentEnd
      ? t('orders:fields.appointmentRange', { from: when(order.appointmentStart), to: when(order.appointmentEnd) })
      : when(order.appointmentStart)
    : empty;

  return (
    <section className="panel" aria-labelledby="order-facts">
      <h2 id="order-facts" className="card-heading">
        {t('orders:detail.facts')}
      </h2>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        items={[
          { key: 'state', label: t('orders:fields.state'), children: <OrderStateTag state={order.state} fieldStep={order.fieldStep} /> },
          { key: 'type', label: t('orders:fields.type'), children: t(`orders:types.${order.type}`, { defaultValue: order.type }) },
          { key: 'customer', label: t('orders:fields.customerName', partyContext(order.typeDef)), children: order.customerName },
          {
            key: 'phone',
            label: t('orders:fields.customerPhone'),
            children: order.customerPhone ? <a href={`tel:${order.customerPhone}`}>{order.customerPhone}</a> : empty,
          },
          {
            key: 'address',
            label: t('orders:fields.address'),
            span: 2,
            children: (
              <>
                {order.address ?? empty}
                <UnitLink unitId={order.unitId} />
              </>
            ),
          },
          { key: 'description', label: t('orders:fields.description'), children: order.description ?? empty, span: 2 },
          { key: 'channel', label: t('orders:fields.channel'), children: t(`orders:channels.${order.channel}`) },
          { key: 'office', label: t('orders:fields.office'), children: order.officeName },
          {
            key: 'staffCount',
            label: t('orders:fields.staffCount'),
            children: order.staffShortReason ? (
              <>
                {order.staffCount}
                <div className="muted">{t('orders:detail.staffShort', { n: order.staff.length, reason: order.staffShortReason })}</div>
              </>
            ) : (
              (order.staffCount ?? empty)
            ),
          },
          { key: 'appointment', label: t('orders:fields.appointment'), children: appointment },
          {
            key: 'staff',
            label: t('orders:fields.staff'),
            children: order.staff.length ? names(order.staff) : empty,
            span: order.formerStaff.length ? 1 : 2,
          },
          ...(order.formerStaff.length
            ? [{ key: 'formerStaff', label: t('orders:fields.formerStaff'), children: names(order.formerStaff) }]
            : []),
          { key: 'requestedAt', label: t('orders:fields.requestedAt'), children: when(order.requestedAt) },
          { key: 'createdBy', label: t('orders:fields.createdBy'), children: order.createdBy ?? empty },
          ...(order.cancelReason
            ? [{ key: 'cancelReason', label: t('orders:fields.cancelReason'), children: order.cancelReason, span: 2 }]
            : []),
        ]}
      />
    </section>
  );
}
