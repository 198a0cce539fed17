/** 节假日 (a day off, even on a weekday) or 调休上班 (a make-up working day on a weekend). */
export const DAY_KINDS = ['holiday', 'workday'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

/** One special day of the organisation's calendar (工作日历): a public holiday or a make-up working day. */
export interface SpecialDay {
  /** The business date, `YYYY-MM-DD`. */
  day: string;
  kind: DayKind;
  /** What the day is for, as the State Council's notice names it (国庆节). */
  name: string;
}

/**
 * The organisation's calendar as the rule reads it: the working hours of a working day (minutes after local
 * midnight, A4.7's parameters) and the special days by date. Any other day works Monday to Friday and rests at weekends.
 */
export interface BusinessCalendar {
  startMinutes: number;
  endMinutes: number;
  days: Readonly<Record<string, DayKind>>;
}
