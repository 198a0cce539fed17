import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StandardState } from './fee-standard-queries';

const COLOR: Record<StandardState, string> = {
  draft: 'default',
  submitted: 'processing',
  reviewed: 'purple',
  approved: 'success',
  returned: 'error',
};

/** A standard's state: where it waits in the approval (A2.3). */
export function StandardStateTag({ state }: { state: StandardState }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[state]}>{t(`feeStandards:states.${state}`)}</Tag>;
}
