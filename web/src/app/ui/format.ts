import { useMe } from '../auth/use-me';

/**
 * Dates and times in the organisation's time zone (the server stores instants in UTC), written the same
 * unambiguous way in every language: 2026-12-02 09:00 (never 12/02/2026, which reads as February abroad).
 */
export const DATE_STYLE_LOCALE = 'sv-SE';

export function useFormat() {
  const timeZone = useMe().tenant.timeZone;
  const dateTime = new Intl.DateTimeFormat(DATE_STYLE_LOCALE, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const date = new Intl.DateTimeFormat(DATE_STYLE_LOCALE, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
  };
}
