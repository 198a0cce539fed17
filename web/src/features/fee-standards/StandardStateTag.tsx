import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StandardState } from './fee-standard-queries';
import './fee-standards.css';

/** A standard's state: where it waits in the approval (A2.3), in colours that keep AA contrast (fee-standards.css). */
export function StandardStateTag({ state }: { state: StandardState }) {
  const { t } = useTranslation();
  return <Tag className={`fee-state fee-state-${state}`}>{t(`feeStandards:states.${state}`)}</Tag>;
}
