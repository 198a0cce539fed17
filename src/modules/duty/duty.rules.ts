/** Pure rules of duty (值班备勤, A1.5): days, the rotation, coverage, missing logs and the handover. */

const DAY_MS = 86_400_000;

/** The business date `n` days after `day` (YYYY-MM-DD; n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included (none when `to` is before `from`). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The days of a month `YYYY-MM`. */
export function monthDays(month: string): string[] {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return daysBetween(first, last);
}

/** The days the roster must cover now (A1.5): today and the `horizon` − 1 days after it. */
export const horizonDays = (today: string, horizon: number): string[] => daysBetween(today, addDays(today, horizon - 1));

/** Fills `from`..`to` by rotation (轮值): the chosen people in turn, one a day, the first on `from`. */
export function rotation(from: string, to: string, people: readonly string[]): { day: string; userId: string }[] {
  if (people.length === 0) return [];
  return daysBetween(from, to).map((day, i) => ({ day, userId: people[i % people.length]! }));
}

/** `duty.uncovered_day`: the days of the horizon with nobody on duty at a node that keeps a roster. */
export function uncoveredDays(today: string, horizon: number, covered: ReadonlySet<string>): string[] {
  return horizonDays(today, horizon).filter((d) => !covered.has(d));
}

/** `duty.log_missing`: the days before today on which someone was on duty and no duty log was written. */
export function missingLogs(today: string, rostered: readonly string[], logged: ReadonlySet<string>): string[] {
  return rostered.filter((d) => d < today && !logged.has(d)).sort();
}

export type LogState = 'written' | 'handed_over' | 'received';

/** Where a duty log stands: written (still editable), handed over to the next person, received by them. */
export function logState(l: { handedOverAt: string | null; receivedAt: string | null }): LogState {
  if (l.receivedAt) return 'received';
  if (l.handedOverAt) return 'handed_over';
  return 'written';
}

/**
 * Why the caller may not write the duty log of `day` (a refusal code), or null: only the person on duty that day
 * writes it, not before the day, and not once it is handed over.
 */
export function logWriteRefusal(o: {
  day: string;
  today: string;
  onDuty: string | null;
  caller: string;
  state: LogState | null;
}): 'duty.day_future' | 'duty.not_on_duty' | 'duty.log_handed_over' | null {
  if (o.day > o.today) return 'duty.day_future';
  if (o.onDuty !== o.caller) return 'duty.not_on_duty';
  if (o.state && o.state !== 'written') return 'duty.log_handed_over';
  return null;
}

/** A roster day may be changed (assigned, cleared, swapped) only from today on: the past is the record. */
export const mayChangeDay = (day: string, today: string) => day >= today;
