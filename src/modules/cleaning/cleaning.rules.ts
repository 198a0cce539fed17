import { CHECK_VALUE_MAX, type InspectionLevel, type PlanFrequency, type ThresholdUnit } from './cleaning.types.js';

/** A check as the rule sees it: numeric when it has a maximum. */
export interface CheckLimit {
  thresholdMax: number | null;
  thresholdUnit: ThresholdUnit | null;
}

/** What the inspector entered for one check. */
export interface Observation {
  /** Pass or fail of a check judged by eye, tissue or smell; ignored for a numeric check. */
  passed?: boolean | undefined;
  /** The counted or measured value of a numeric check (pieces per 100 m², mm, fill %). */
  value?: number | undefined;
  note?: string | undefined;
  photos: number;
}

export type Judgement =
  | { ok: true; passed: boolean; value: number | null }
  | { ok: false; code: 'cleaning.value_required' | 'cleaning.value_invalid' | 'cleaning.result_required' | 'cleaning.value_not_numeric' };

/**
 * A6.1: a numeric check passes when the observed value is at most its maximum (2 butts per 100 m², no stone over
 * 10 mm, a bin at most half full); any other check is the inspector's pass or fail.
 */
export function judge(check: CheckLimit, o: Observation): Judgement {
  if (check.thresholdMax !== null) {
    if (o.value === undefined) return { ok: false, code: 'cleaning.value_required' };
    if (!Number.isInteger(o.value) || o.value < 0 || o.value > CHECK_VALUE_MAX) return { ok: false, code: 'cleaning.value_invalid' };
    return { ok: true, passed: o.value <= check.thresholdMax, value: o.value };
  }
  if (o.value !== undefined) return { ok: false, code: 'cleaning.value_not_numeric' };
  if (o.passed === undefined) return { ok: false, code: 'cleaning.result_required' };
  return { ok: true, passed: o.passed, value: null };
}

/** A6.2: a failed check is kept with a photo and a note saying what was found. */
export function failureEvidence(o: Observation): 'cleaning.photo_required' | 'cleaning.note_required' | null {
  if (o.photos < 1) return 'cleaning.photo_required';
  if (!o.note?.trim()) return 'cleaning.note_required';
  return null;
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (date: string, n: number) => iso(new Date(day(date).getTime() + n * 86_400_000));

/**
 * The period of a plan's frequency that holds a business date, both ends inclusive: the day; the week from Monday
 * to Sunday; the calendar month.
 */
export function periodOf(frequency: PlanFrequency, date: string): { start: string; end: string } {
  if (frequency === 'daily') return { start: date, end: date };
  if (frequency === 'weekly') {
    const weekday = (day(date).getUTCDay() + 6) % 7; // Monday 0
    const start = addDays(date, -weekday);
    return { start, end: addDays(start, 6) };
  }
  const start = `${date.slice(0, 7)}-01`;
  const next = new Date(day(start));
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { start, end: addDays(iso(next), -1) };
}

/** The periods from the one holding `from` to the one holding `to`, in order (at most `max`, the latest kept). */
export function periodsBetween(frequency: PlanFrequency, from: string, to: string, max = 62): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let p = periodOf(frequency, from); p.start <= to; p = periodOf(frequency, addDays(p.end, 1))) out.push(p);
  return out.slice(-max);
}

/** The regulation parameter that gives each level's rectification deadline. */
export const RECTIFY_HOURS_PARAM: Record<InspectionLevel, 'rectifySelfHours' | 'rectifySupervisorHours' | 'rectifyManagerHours'> = {
  self: 'rectifySelfHours',
  supervisor: 'rectifySupervisorHours',
  manager: 'rectifyManagerHours',
};

/** A6.3: a rectification is due its level's hours after the failure (or the failed re-check) that opened it. */
export function rectifyDueAt(openedAt: string, hours: number): string {
  return new Date(new Date(openedAt).getTime() + hours * 3_600_000).toISOString();
}

/** Whether a round was fixed in time: done at or before its deadline. */
export function fixedOnTime(r: { doneAt: string | null; dueAt: string }): boolean {
  return r.doneAt !== null && r.doneAt <= r.dueAt;
}

/** A pass rate in whole per mille (0–1000) — null when nothing was checked. */
export function passRate(passed: number, total: number): number | null {
  return total === 0 ? null : Math.round((passed * 1000) / total);
}
