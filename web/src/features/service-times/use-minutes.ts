import { useTranslation } from 'react-i18next';

/** Business minutes as people say them: 2小时05分 / 2 h 05 min; a dash when there is no figure yet. */
export function useMinutes() {
  const { t } = useTranslation();
  return (minutes: number | null | undefined) => {
    if (minutes === null || minutes === undefined) return '—';
    const h = Math.floor(minutes / 60);
    const m = String(minutes % 60).padStart(2, '0');
    return h ? t('serviceTimes:hoursMinutes', { h, m }) : t('serviceTimes:minutes', { m: minutes });
  };
}
