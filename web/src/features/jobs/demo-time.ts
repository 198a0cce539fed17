import dayjs from 'dayjs';
import { wallToIso } from '../../app/ui/wall-time';

/** 01:05 on the 1st of the month after `now`, in the organisation's zone: just past a month-end draw. */
export function nextMonthStart(now: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  const year = Number(parts.year);
  const month = Number(parts.month);
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return wallToIso(dayjs(new Date(y, m - 1, 1, 1, 5)), timeZone);
}
