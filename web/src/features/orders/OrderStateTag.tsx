import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldStep, OrderState } from './order-model';

/**
 * An order's state in words, in a colour per stage that keeps AA contrast at tag size (orders.css). An assigned order
 * whose staff have set off or arrived (A7.4.4) says so (已出发, 已到达) rather than 已派工.
 */
export function OrderStateTag({ state, fieldStep }: { state: OrderState; fieldStep?: FieldStep | null | undefined }) {
  const { t } = useTranslation();
  if (fieldStep) return <Tag className={`order-state order-state-${fieldStep}`}>{t(`orders:fieldSteps.${fieldStep}`)}</Tag>;
  return <Tag className={`order-state order-state-${state}`}>{t(`orders:states.${state}`)}</Tag>;
}
