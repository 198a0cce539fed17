import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanItem } from './training-queries';

const ITEM_CLASS: Record<PlanItem['status'], string> = { done: 'tr-tag-ok', overdue: 'tr-tag-bad', open: 'tr-tag-open' };

/** 已开展 / 逾期未开展 / 待开展, in colours readable on white (AA). */
export function ItemStatusTag({ status }: { status: PlanItem['status'] }) {
  const { t } = useTranslation();
  return <Tag className={`tr-tag ${ITEM_CLASS[status]}`}>{t(`training:itemStatuses.${status}`)}</Tag>;
}

/** 草拟 / 已生效. */
export function PlanStateTag({ state }: { state: Plan['state'] }) {
  const { t } = useTranslation();
  return <Tag className={`tr-tag ${state === 'in_force' ? 'tr-tag-ok' : 'tr-tag-warn'}`}>{t(`training:planStates.${state}`)}</Tag>;
}
