import { useTranslation } from 'react-i18next';

/** Minutes as people say them: "45 分钟", "2 小时 5 分钟". */
export function useDuration() {
  const { t } = useTranslation();
  return (minutes: number | null): string => {
    if (minutes === null) return t('common:empty');
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return t('orders:measures.minutes', { count: m });
    if (m === 0) return t('orders:measures.hours', { count: h });
    return t('orders:measures.hoursMinutes', { hours: h, minutes: m });
  };
}
