import type { ItemStatus, PlanHalf, PlanState } from './training.types.js';

/** A period of days, both ends included, YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

/** The days a plan of `year` covers: the whole year, January–June (h1) or July–December (h2). */
export function planPeriod(year: number, half: PlanHalf): Period {
  const y = String(year).padStart(4, '0');
  if (half === 'h1') return { from: `${y}-01-01`, to: `${y}-06-30` };
  if (half === 'h2') return { from: `${y}-07-01`, to: `${y}-12-31` };
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Two periods share at least one day (a year plan and a half-year plan of the same year do). */
export const periodsOverlap = (a: Period, b: Period) => a.from <= b.to && b.from <= a.to;

/** A month (YYYY-MM) lies inside the period. */
export const monthInPeriod = (month: string, p: Period) => month >= p.from.slice(0, 7) && month <= p.to.slice(0, 7);

/** A day (YYYY-MM-DD) lies inside the period. */
export const dayInPeriod = (day: string, p: Period) => day >= p.from && day <= p.to;

/** Hours as entered (at most one decimal, e.g. 1.5) are stored as whole tenths of an hour. */
export const isWholeTenths = (hours: number) => Number.isFinite(hours) && Math.abs(hours * 10 - Math.round(hours * 10)) < 1e-6;
export const toTenths = (hours: number) => Math.round(hours * 10);
export const fromTenths = (tenths: number) => tenths / 10;

/**
 * Where a plan item stands on `today` (A1.1): done once a session carries it out; overdue when its plan is in force,
 * its month is over and no session carried it out; open otherwise (a draft's items are never overdue).
 */
export function itemStatus(item: { month: string; sessions: number; planState: PlanState }, today: string): ItemStatus {
  if (item.sessions > 0) return 'done';
  if (item.planState === 'in_force' && item.month < today.slice(0, 7)) return 'overdue';
  return 'open';
}

/**
 * An outside course counts in the period its last day falls in: a course of 28 December – 3 January counts for the new
 * year, when it was completed and its certificate given.
 */
export const courseCountsIn = (course: { toOn: string }, p: Period) => dayInPeriod(course.toOn, p);

/** The whole days from `from` to `to`, both included: an outside course's length. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export interface PersonHours {
  sessionTenths: number;
  outsideTenths: number;
  sessions: number;
  courses: number;
}

/**
 * Hours per person in a period: each session attended credits its hours, each outside course ending in the period its
 * hours. Everyone in `people` gets a row, with zeros when they had none.
 */
export function hoursPerPerson(
  people: readonly string[],
  sessions: readonly { userId: string; tenths: number }[],
  courses: readonly { userId: string; tenths: number }[],
): Map<string, PersonHours> {
  const out = new Map<string, PersonHours>();
  const row = (id: string) => {
    const found = out.get(id);
    if (found) return found;
    const r = { sessionTenths: 0, outsideTenths: 0, sessions: 0, courses: 0 };
    out.set(id, r);
    return r;
  };
  for (const id of people) row(id);
  for (const s of sessions) {
    const r = row(s.userId);
    r.sessionTenths += s.tenths;
    r.sessions += 1;
  }
  for (const c of courses) {
    const r = row(c.userId);
    r.outsideTenths += c.tenths;
    r.courses += 1;
  }
  return out;
}
