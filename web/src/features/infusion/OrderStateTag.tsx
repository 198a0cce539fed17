import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderRow } from './order-queries';

const COLOR = { active: 'blue', completed: 'green', cancelled: 'default' } as const;

/** An order's state, and 待审阅例外 while its override waits for the head (A5.3). */
export function OrderStateTag({ order }: { order: Pick<OrderRow, 'state' | 'override'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={COLOR[order.state]}>{t(`infusion:orderStates.${order.state}`)}</Tag>
      {order.override && !order.override.reviewedAt && order.state !== 'cancelled' ? (
        <Tag color="orange">{t('infusionOrders:override.pendingTag')}</Tag>
      ) : null}
    </>
  );
}
