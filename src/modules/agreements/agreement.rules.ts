import { businessDate, zoneOffsetMinutes } from '../../platform/time.js';
import type { AgreementItem, Schedule } from './agreement.types.js';

const DAY = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** A calendar date plus n days (dates are calendar dates: no zone enters the arithmetic). */
export const addDays = (date: string, n: number): string => fromDay(toDay(date) + n);

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/**
 * Dates from `from` to `to` (both included) on which the schedule falls: the chosen weekdays and the
 * chosen days of the month. A day of the month a month does not have (31 in November) does not occur.
 */
export function occurrences(schedule: Pick<Schedule, 'weekdays' | 'monthDays'>, from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = toDay(from); n <= toDay(to); n++) {
    const date = fromDay(n);
    if (schedule.weekdays.includes(isoWeekday(date)) || schedule.monthDays.includes(Number(date.slice(8)))) out.push(date);
  }
  return out;
}

/** The UTC instant of a local wall-clock time (HH:MM) on a business date in the zone. */
export function localInstant(date: string, time: string, timeZone: string): string {
  const guess = new Date(`${date}T${time}:00.000Z`);
  // the zone's offset at that moment; asked twice so a change of offset near the time still lands right
  const offset = (at: Date) => zoneOffsetMinutes(at, timeZone) * 60_000;
  const first = new Date(guess.getTime() - offset(guess));
  return new Date(guess.getTime() - offset(first)).toISOString();
}

/** The window of a visit on a date, as instants. */
export function visitWindow(date: string, schedule: Pick<Schedule, 'windowStart' | 'windowEnd'>, timeZone: string) {
  return { start: localInstant(date, schedule.windowStart, timeZone), end: localInstant(date, schedule.windowEnd, timeZone) };
}

/**
 * The visits to have planned now: occurrences from today through the horizon (today + horizonDays − 1),
 * inside the agreement's dates, whose window has not begun yet.
 */
export function dueOccurrences(
  schedule: Schedule,
  agreement: { startDate: string; endDate: string },
  now: Date,
  horizonDays: number,
  timeZone: string,
): { date: string; start: string; end: string }[] {
  const today = businessDate(now, timeZone);
  const from = [agreement.startDate, today].sort()[1]!;
  const to = [agreement.endDate, addDays(today, horizonDays - 1)].sort()[0]!;
  if (from > to) return [];
  return occurrences(schedule, from, to)
    .map((date) => ({ date, ...visitWindow(date, schedule, timeZone) }))
    .filter((v) => Date.parse(v.start) > now.getTime());
}

/**
 * Gap filling (A7.4.9): occurrences the planner never planned because it did not run in time — from the day the
 * agreement came into force through today, inside its dates, whose window began after the activation and has
 * begun by now. They are recorded as missed (no order is invented after the fact), so they show as not done.
 */
export function missedOccurrences(
  schedule: Schedule,
  agreement: { startDate: string; endDate: string; activatedAt: string | null },
  now: Date,
  timeZone: string,
): { date: string; start: string; end: string }[] {
  if (!agreement.activatedAt) return [];
  const today = businessDate(now, timeZone);
  const from = [agreement.startDate, businessDate(new Date(agreement.activatedAt), timeZone)].sort()[1]!;
  const to = [agreement.endDate, today].sort()[0]!;
  if (from > to) return [];
  return occurrences(schedule, from, to)
    .map((date) => ({ date, ...visitWindow(date, schedule, timeZone) }))
    .filter((v) => v.start > agreement.activatedAt! && Date.parse(v.start) <= now.getTime());
}

/** Order states in which a visit's work is not done: not finished yet (A7.4.9 "按时上门服务"). */
export const VISIT_NOT_DONE = ['requested', 'quoted', 'confirmed', 'assigned', 'in_progress'] as const;

/**
 * A visit not done by the end of its day (A7.4.9): planned or moved (its order not finished, nor cancelled),
 * or missed (never planned), once the business day of its window has ended. Returns the business date from
 * which it is a breach (the day after), or null.
 */
export function visitMissedFrom(
  visit: { state: string; windowStart: string },
  orderState: string | null,
  today: string,
  timeZone: string,
): string | null {
  if (visit.state === 'missed') {
    if (orderState !== null) return null;
  } else if (visit.state === 'planned' || visit.state === 'moved') {
    if (orderState === null || !(VISIT_NOT_DONE as readonly string[]).includes(orderState)) return null;
  } else return null;
  const day = addDays(businessDate(new Date(visit.windowStart), timeZone), 1);
  return day <= today ? day : null;
}

export type ScheduleProblem = { code: string; field: string };

/** What is wrong with a schedule and dates, if anything (the form shows it on the field). */
export function scheduleProblem(schedule: Schedule, startDate: string, endDate: string): ScheduleProblem | null {
  if (!schedule.weekdays.length && !schedule.monthDays.length) return { code: 'agreement.schedule_empty', field: 'schedule.weekdays' };
  if (schedule.windowEnd <= schedule.windowStart) return { code: 'agreement.window_invalid', field: 'schedule.windowEnd' };
  if (endDate < startDate) return { code: 'agreement.dates_invalid', field: 'endDate' };
  if (!occurrences(schedule, startDate, endDate).length) return { code: 'agreement.no_visits', field: 'schedule.weekdays' };
  return null;
}

/** Items whose agreed price is not the posted one (negotiated, A7.4.3): these need the office head's approval. */
export function negotiatedItems(items: Pick<AgreementItem, 'unitPriceFen' | 'listPriceFen'>[]): number[] {
  return items.flatMap((it, i) => (it.listPriceFen === null || it.unitPriceFen !== it.listPriceFen ? [i] : []));
}

/**
 * The price rule: posted prices stand on their own; any other price needs an approval given after the
 * items were last changed. Returns the index of the first item refused, or null.
 */
export function unapprovedPrice(items: Pick<AgreementItem, 'unitPriceFen' | 'listPriceFen'>[], approved: boolean): number | null {
  const off = negotiatedItems(items);
  return off.length && !approved ? off[0]! : null;
}
