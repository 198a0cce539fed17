import { localDateTime, startOfBusinessDay } from './time.js';

/** The business date (`YYYY-MM-DD`) of an instant in the organisation's zone. */
export function businessDateIn(at: Date, timeZone: string): string {
  return localDateTime(at.toISOString(), timeZone).slice(0, 10);
}

/** The month (`YYYY-MM`) `n` months after `month` (before, for a negative `n`). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The `count` months ending with `month`, oldest first (a chart's x axis). */
export function lastMonths(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(month, i - count + 1));
}

/** A business month as UTC instants in the zone: from the start of its first day to the start of the next month. */
export function monthBounds(month: string, timeZone: string): { from: string; to: string } {
  return { from: startOfBusinessDay(`${month}-01`, timeZone), to: startOfBusinessDay(`${addMonths(month, 1)}-01`, timeZone) };
}
