/**
 * A4.7 "最短的叫修、等待时间，最少的修理耗时", counted in business time: the working minutes between two instants
 * on the organisation's calendar (工作日历). Pure: the calendar and the zone come in, nothing is read.
 */
import { zoneOffsetMinutes } from '../../platform/time.js';
import type { BusinessCalendar, DayKind } from './calendar.types.js';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = 60_000;

/** Whether `day` is a real date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isDay(day: string): boolean {
  const m = DAY_PATTERN.exec(day);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === day && Number(m[1]) >= 1900;
}

/** Day of the week of a business date: 0 Sunday … 6 Saturday. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

export const isWeekend = (day: string): boolean => {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
};

/** A special day decides; otherwise Monday to Friday work and weekends rest. */
export function isWorkingDay(calendar: BusinessCalendar, day: string): boolean {
  const kind: DayKind | undefined = calendar.days[day];
  if (kind) return kind === 'workday';
  return !isWeekend(day);
}

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The business date of an instant (ms) in the zone. */
const dateAt = (ms: number, zone: string): string =>
  new Date(ms + zoneOffsetMinutes(new Date(ms), zone) * MINUTE).toISOString().slice(0, 10);

/**
 * The instant (whole minutes since the epoch) the zone's clocks show `minutes` after midnight of `day`. Two passes,
 * so a zone whose offset changes that day (summer time) lands on the offset in force at that wall time.
 */
function wallMinute(day: string, minutes: number, zone: string): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * MINUTE;
  const first = wall - zoneOffsetMinutes(new Date(wall), zone) * MINUTE;
  return Math.floor((wall - zoneOffsetMinutes(new Date(first), zone) * MINUTE) / MINUTE);
}

/**
 * Working minutes between two instants: the part of [from, to) that falls in the working hours of working days,
 * in the zone's local time. 0 when `to` is not after `from`. Instants count to the whole minute (seconds are dropped
 * from both ends), so the count is additive: a→b plus b→c is a→c.
 */
export function businessMinutesBetween(calendar: BusinessCalendar, zone: string, fromIso: string, toIso: string): number {
  const from = Math.floor(Date.parse(fromIso) / MINUTE);
  const to = Math.floor(Date.parse(toIso) / MINUTE);
  if (!(to > from) || calendar.endMinutes <= calendar.startMinutes) return 0;
  const last = dateAt(to * MINUTE, zone);
  let total = 0;
  // every working window lies inside its own local day, so the days from the first instant's to the last's hold them all
  for (let day = dateAt(from * MINUTE, zone); day <= last; day = nextDay(day)) {
    if (!isWorkingDay(calendar, day)) continue;
    const start = Math.max(from, wallMinute(day, calendar.startMinutes, zone));
    const end = Math.min(to, wallMinute(day, calendar.endMinutes, zone));
    if (end > start) total += end - start;
  }
  return total;
}

/** A refusal of one special day: the code and the field it is about. */
export interface DayRefusal {
  code: string;
  field: 'day' | 'kind' | 'name';
}

/**
 * What is wrong with a special day, or null: a date that is not one (`calendar.day_invalid`), no name
 * (`calendar.name_required`), or a make-up working day on Monday to Friday (`calendar.workday_not_weekend`: 调休上班
 * moves work onto a weekend day; a weekday already works). A holiday may fall on any day.
 */
export function refuseDay(day: string, kind: DayKind, name: string): DayRefusal | null {
  if (!isDay(day)) return { code: 'calendar.day_invalid', field: 'day' };
  if (!name.trim()) return { code: 'calendar.name_required', field: 'name' };
  if (kind === 'workday' && !isWeekend(day)) return { code: 'calendar.workday_not_weekend', field: 'kind' };
  return null;
}

/** A refusal of one line of a year's import, on `days.<index>.<field>`. */
export interface ImportRefusal {
  index: number;
  code: string;
  field: 'day' | 'kind' | 'name';
}

/**
 * Every wrong line of a year's special days (an import replaces the year, so one wrong line refuses all): each
 * line's own refusal, a day outside the year (`calendar.day_outside_year`) and a day given twice
 * (`calendar.day_duplicate`).
 */
export function checkYearImport(year: number, days: readonly { day: string; kind: DayKind; name: string }[]): ImportRefusal[] {
  const seen = new Set<string>();
  const out: ImportRefusal[] = [];
  days.forEach((d, index) => {
    const own = refuseDay(d.day, d.kind, d.name);
    if (own) out.push({ index, ...own });
    else if (!d.day.startsWith(`${year}-`)) out.push({ index, code: 'calendar.day_outside_year', field: 'day' });
    else if (seen.has(d.day)) out.push({ index, code: 'calendar.day_duplicate', field: 'day' });
    seen.add(d.day);
  });
  return out;
}
