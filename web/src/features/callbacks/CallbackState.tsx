import './callbacks.css';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallbackItem } from './callback-queries';

/** To do, not reached, or the owner's satisfaction. */
export function CallbackState({ callback: c }: { callback: Pick<CallbackItem, 'state' | 'reached' | 'satisfaction'> }) {
  const { t } = useTranslation();
  if (c.state === 'to_do') return <Tag className="callback-tag callback-tag-to_do">{t('callbacks:states.to_do')}</Tag>;
  if (!c.reached || !c.satisfaction) return <Tag className="callback-tag callback-tag-not_reached">{t('callbacks:notReached')}</Tag>;
  return <Tag className={`callback-tag callback-tag-${c.satisfaction}`}>{t(`callbacks:levels.${c.satisfaction}`)}</Tag>;
}
