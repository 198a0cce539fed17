import { useTranslation } from 'react-i18next';

/** How long ago an instant was, in the largest sensible unit ("3 小时", "2 天"). */
export function useSince() {
  const { t } = useTranslation();
  return (iso: string, now = Date.now()): string => {
    const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
    if (minutes < 60) return t('money:since.minutes', { count: minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return t('money:since.hours', { count: hours });
    return t('money:since.days', { count: Math.floor(hours / 24) });
  };
}
