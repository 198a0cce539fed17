import type { TFunction } from 'i18next';
import type { Agreement } from './agreement-model';

/** "每周二、五；每月1日 09:00–11:00": the schedule in the user's words. */
export function scheduleText(t: TFunction, s: Agreement['schedule']): string {
  const sep = t('common:listSeparator');
  const parts: string[] = [];
  if (s.weekdays.length)
    parts.push(t('agreements:schedule.weekly', { days: s.weekdays.map((d) => t(`agreements:weekdays.${d}`)).join(sep) }));
  if (s.monthDays.length) parts.push(t('agreements:schedule.monthly', { days: s.monthDays.join(sep) }));
  return `${parts.join(t('agreements:schedule.and'))} ${s.windowStart}–${s.windowEnd}`;
}
