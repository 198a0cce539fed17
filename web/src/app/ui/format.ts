import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/use-me';

/** Dates and times in the organisation's time zone (the server stores instants in UTC). */
export function useFormat() {
  const { i18n } = useTranslation();
  const timeZone = useMe().tenant.timeZone;
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const date = new Intl.DateTimeFormat(i18n.language, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
  };
}
