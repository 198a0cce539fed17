import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Plan } from './initiation-queries';

/** A plan version's state: 草稿 / 待审批 / 已批准 / 已退回 / 已被变更取代, in colours readable on white (AA). */
export function PlanStateTag({ state }: { state: Plan['state'] }) {
  const { t } = useTranslation();
  return <Tag className={`sw-state sw-plan-${state}`}>{t(`swInitiation:planState.${state}`)}</Tag>;
}
