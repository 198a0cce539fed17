import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallbackItem } from './callback-queries';

const COLOR = { satisfied: 'green', basically_satisfied: 'blue', dissatisfied: 'red' } as const;

/** To do, not reached, or the owner's satisfaction. */
export function CallbackState({ callback: c }: { callback: Pick<CallbackItem, 'state' | 'reached' | 'satisfaction'> }) {
  const { t } = useTranslation();
  if (c.state === 'to_do') return <Tag color="gold">{t('callbacks:states.to_do')}</Tag>;
  if (!c.reached || !c.satisfaction) return <Tag>{t('callbacks:notReached')}</Tag>;
  return <Tag color={COLOR[c.satisfaction]}>{t(`callbacks:levels.${c.satisfaction}`)}</Tag>;
}
