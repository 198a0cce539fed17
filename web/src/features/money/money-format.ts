import { useTranslation } from 'react-i18next';
import { businessDate } from '../../app/ui/server-time';

const CNY = new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' });

/** Integer fen as yuan, the way a receipt prints it (¥12.50). */
export const formatFen = (fen: number): string => CNY.format(fen / 100);

/** "12.5" → 1250 fen, without floating point; null when the text is not an amount. */
export function yuanToFen(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:\.(\d{0,2}))?\s*$/.exec(text);
  if (!m) return null;
  const yuan = Number(m[1]);
  const cents = Number(`${m[2] ?? ''}00`.slice(0, 2));
  return yuan * 100 + cents;
}

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

/** The organisation's business date of an instant (default: now), as YYYY-MM-DD, whatever the browser's zone. */
export const dayIn = (timeZone: string, iso?: string): string => businessDate(iso ? new Date(iso) : new Date(), timeZone);

/** Today in the organisation's time zone, as YYYY-MM-DD. */
export const todayIn = (timeZone: string): string => dayIn(timeZone);
