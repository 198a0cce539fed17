/**
 * Pure rules of urgent incidents (A1.3): the four times (occurrence, intervention, report, acknowledgement) keep
 * their order, and an incident is reported upward within `minutes` (the regulation parameter incidentReportMinutes).
 */

const MINUTE = 60_000;

/** Whole minutes from occurrence to report. */
export const reportDelayMinutes = (occurredAt: string, reportedAt: string): number =>
  Math.floor((Date.parse(reportedAt) - Date.parse(occurredAt)) / MINUTE);

/** When the report upward is due: `minutes` after it occurred. */
export const reportDueAt = (occurredAt: string, minutes: number): string =>
  new Date(Date.parse(occurredAt) + minutes * MINUTE).toISOString();

/**
 * A1.3: an incident is late when it was reported more than `minutes` whole minutes after it occurred, or, not
 * reported yet, when more than that has passed by `now`.
 */
export function incidentLate(i: { occurredAt: string; reportedAt: string | null }, minutes: number, now: string): boolean {
  if (i.reportedAt !== null) return reportDelayMinutes(i.occurredAt, i.reportedAt) > minutes;
  return Date.parse(now) - Date.parse(i.occurredAt) > minutes * MINUTE;
}

/** Which of the recorded times is out of order, as the field to blame; null when they are in order. */
export function timesOutOfOrder(t: { occurredAt: string; measuresAt: string }, now: string): 'occurredAt' | 'measuresAt' | null {
  if (t.occurredAt > now) return 'occurredAt';
  if (t.measuresAt < t.occurredAt || t.measuresAt > now) return 'measuresAt';
  return null;
}
