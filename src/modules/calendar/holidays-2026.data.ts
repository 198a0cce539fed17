import type { SpecialDay } from './calendar.types.js';

const off = (name: string, from: string, to: string): SpecialDay[] => {
  const out: SpecialDay[] = [];
  for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10))
    out.push({ day: d, kind: 'holiday', name });
  return out;
};
const work = (name: string, day: string): SpecialDay => ({ day, kind: 'workday', name });

/**
 * 国务院办公厅关于2026年部分节假日安排的通知: the days off and the make-up working days (调休上班) of 2026, as the
 * notice gives them. The demo seeds them; the rule's tests count across them.
 */
export const STATE_COUNCIL_2026: readonly SpecialDay[] = [
  ...off('元旦', '2026-01-01', '2026-01-03'),
  work('元旦', '2026-01-04'),
  work('春节', '2026-02-14'),
  ...off('春节', '2026-02-15', '2026-02-23'),
  work('春节', '2026-02-28'),
  ...off('清明节', '2026-04-04', '2026-04-06'),
  ...off('劳动节', '2026-05-01', '2026-05-05'),
  work('劳动节', '2026-05-09'),
  ...off('端午节', '2026-06-19', '2026-06-21'),
  work('国庆节', '2026-09-20'),
  ...off('中秋节', '2026-09-25', '2026-09-27'),
  ...off('国庆节', '2026-10-01', '2026-10-07'),
  work('国庆节', '2026-10-10'),
];
