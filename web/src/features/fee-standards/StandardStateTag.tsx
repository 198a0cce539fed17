import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StandardState } from './fee-standard-queries';
import './fee-standards.css';

/**
 * A standard's state: where it waits in the approval (A2.3), in colours that keep AA contrast (fee-standards.css).
 * A filing standard (`filing`) is not a step of the approval: it reads 另行定价, not 已批准.
 */
export function StandardStateTag({ state, filing = false }: { state: StandardState; filing?: boolean }) {
  const { t } = useTranslation();
  if (filing) return <Tag className="fee-state fee-state-filing">{t('feeStandards:filing.tag')}</Tag>;
  return <Tag className={`fee-state fee-state-${state}`}>{t(`feeStandards:states.${state}`)}</Tag>;
}
