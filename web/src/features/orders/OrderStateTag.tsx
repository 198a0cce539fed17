import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderState } from './order-model';

/** An order's state in words, in a colour per stage that keeps AA contrast at tag size (orders.css). */
export function OrderStateTag({ state }: { state: OrderState }) {
  const { t } = useTranslation();
  return <Tag className={`order-state order-state-${state}`}>{t(`orders:states.${state}`)}</Tag>;
}
