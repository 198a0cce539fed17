/** Pure rules of a project's control (A3.5): the months a project owes a check and a supervision, and overdue opinions. */

const DAY = 86_400_000;

/** The month after `month` (YYYY-MM). */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (none when `to` is before `from`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/**
 * The months a running project owes its monthly check (or supervision) and has not had one: from the month it
 * started to the month before `currentMonth` — the current month is still open.
 */
export function missingMonths(startMonth: string, currentMonth: string, done: Iterable<string>): string[] {
  const have = new Set(done);
  return monthsBetween(startMonth, previousMonth(currentMonth)).filter((m) => !have.has(m));
}

/** When an opinion's answer is due: `days` after it was raised. */
export const opinionDueAt = (raisedAt: string, days: number): string => new Date(Date.parse(raisedAt) + days * DAY).toISOString();

/** A3.5: an opinion is overdue when it is unanswered and more than `days` have passed since it was raised. */
export function opinionOverdue(o: { raisedAt: string; answeredAt: string | null }, days: number, now: string): boolean {
  return o.answeredAt === null && opinionDueAt(o.raisedAt, days) < now;
}

/** An opinion answered after its due time. */
export function opinionAnsweredLate(o: { raisedAt: string; answeredAt: string | null }, days: number): boolean {
  return o.answeredAt !== null && opinionDueAt(o.raisedAt, days) < o.answeredAt;
}

/** The index of the first missed item without a remedial action (A3.5: every missed item is remedied), or -1. */
export function firstMissedWithoutRemedy(missed: readonly { item: string; remedy: string }[]): number {
  return missed.findIndex((m) => m.remedy.trim() === '');
}

/**
 * A brief is late when it was written (its business date `briefOn`) more than `days` after the activity was held,
 * or, not written yet, when that many days have passed by `today`.
 */
export function briefLate(heldOn: string, briefOn: string | null, days: number, today: string): boolean {
  const due = new Date(Date.parse(`${heldOn}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  return (briefOn ?? today) > due;
}
