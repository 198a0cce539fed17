/** Pure rules of activities and their briefs (A3.4): no database, tested on their own. */

const DAY = 86_400_000;

/** The business date `days` days after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** A brief is due `briefDeadlineDays` days after the day the activity was held (A3.4: 活动完成后 2 日内). */
export const briefDue = (heldOn: string, deadlineDays: number): string => addDays(heldOn, deadlineDays);

/** A brief written (business date `writtenOn`) after its due day is late: accepted, but marked. */
export const briefLate = (writtenOn: string, due: string): boolean => writtenOn > due;

/** A held activity whose brief is still missing once its due day has passed is overdue. */
export const briefOverdue = (today: string, due: string, written: boolean): boolean => !written && today > due;

/** The state of an activity's brief as the list shows it. */
export type BriefStatus = 'none' | 'due' | 'overdue' | 'onTime' | 'late';

/**
 * `none` for an activity not held (planned or cancelled); `due` while it may still be written on time; `overdue`
 * once it is missing past the due day; `onTime` or `late` once written.
 */
export function briefStatus(a: { heldOn: string | null; briefOn: string | null }, today: string, deadlineDays: number): BriefStatus {
  if (!a.heldOn) return 'none';
  const due = briefDue(a.heldOn, deadlineDays);
  if (a.briefOn) return briefLate(a.briefOn, due) ? 'late' : 'onTime';
  return briefOverdue(today, due, false) ? 'overdue' : 'due';
}

/** An activity plan is written when its goals, content and staffing are (A3.4: 每次开展项目活动，应编制相应的活动计划). */
export const planWritten = (p: { goals: string; content: string; staffing: string }): boolean =>
  p.goals.trim() !== '' && p.content.trim() !== '' && p.staffing.trim() !== '';
