import './infusion-orders.css';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderRow } from './order-queries';

/** An order's state, and 待审阅例外 while its override waits for the head (A5.3), in colours readable at tag size. */
export function OrderStateTag({ order }: { order: Pick<OrderRow, 'state' | 'override'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag className={`infusion-order-state infusion-order-${order.state}`}>{t(`infusion:orderStates.${order.state}`)}</Tag>
      {order.override && !order.override.reviewedAt && order.state !== 'cancelled' ? (
        <Tag className="infusion-order-state infusion-override-pending">{t('infusionOrders:override.pendingTag')}</Tag>
      ) : null}
    </>
  );
}
