/** Pure rules of the work meetings (A1.2): the interval, the attendance of the minutes, the action items' deadlines. */

const DAY = 86_400_000;

/** The business date `n` days after `date` (YYYY-MM-DD; negative `n` goes back). */
export const addDays = (date: string, n: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The day the next meeting is due: the last one held plus `intervalDays`; none before a node's first meeting. */
export const nextDueOn = (lastHeldOn: string | null, intervalDays: number): string | null =>
  lastHeldOn ? addDays(lastHeldOn, intervalDays) : null;

/**
 * A1.2 breached at a node on `today`: its last meeting was held more than `intervalDays` ago and none since. A node
 * that has never held a meeting is not counted (it has no interval to exceed yet; see docs/decisions.md, issue 21).
 */
export const intervalExceeded = (lastHeldOn: string | null, intervalDays: number, today: string): boolean =>
  lastHeldOn !== null && today > addDays(lastHeldOn, intervalDays);

/** A meeting scheduled for a day after the next one is due: the web warns before it is saved; it is not refused. */
export const scheduledLate = (scheduledOn: string, dueOn: string | null): boolean => dueOn !== null && scheduledOn > dueOn;

export interface ActionFacts {
  state: 'open' | 'done';
  dueOn: string;
  doneOn?: string | null;
}

/** An action item still open after its due day. */
export const actionOverdue = (a: ActionFacts, today: string): boolean => a.state === 'open' && a.dueOn < today;

/** An action item done after its due day. */
export const actionDoneLate = (a: ActionFacts): boolean => a.state === 'done' && !!a.doneOn && a.doneOn > a.dueOn;

export interface AttendeeInput {
  userId: string;
  present: boolean;
  absenceReason?: string | null | undefined;
}

export interface Refusal {
  code: string;
  field: string;
  message: string;
}

/**
 * The attendance of the minutes: every member of the station's staff once, present or absent with the reason, and
 * somebody present; nobody else. The first problem, or null.
 */
export function attendanceProblem(staffIds: readonly string[], attendees: readonly AttendeeInput[]): Refusal | null {
  const staff = new Set(staffIds);
  const seen = new Set<string>();
  for (const [i, a] of attendees.entries()) {
    if (!staff.has(a.userId))
      return { code: 'meetings.attendee_not_staff', field: `attendees.${i}.userId`, message: 'not a member of the station’s staff' };
    if (seen.has(a.userId)) return { code: 'meetings.attendee_repeated', field: `attendees.${i}.userId`, message: 'listed twice' };
    seen.add(a.userId);
    if (!a.present && !a.absenceReason?.trim())
      return { code: 'meetings.absence_reason_required', field: `attendees.${i}.absenceReason`, message: 'an absence needs its reason' };
  }
  if (staffIds.some((id) => !seen.has(id)))
    return {
      code: 'meetings.attendee_missing',
      field: 'attendees',
      message: 'every member of the staff is present or absent with a reason',
    };
  if (!attendees.some((a) => a.present)) return { code: 'meetings.nobody_present', field: 'attendees', message: 'nobody was present' };
  return null;
}

/** The action items decided: each owned by a member of the staff and due on or after the day the meeting was held. */
export function actionsProblem(
  staffIds: readonly string[],
  heldOn: string,
  actions: readonly { ownerId: string; dueOn: string }[],
): Refusal | null {
  for (const [i, a] of actions.entries()) {
    if (!staffIds.includes(a.ownerId))
      return {
        code: 'meetings.owner_not_staff',
        field: `actions.${i}.ownerId`,
        message: 'the owner is not a member of the station’s staff',
      };
    if (a.dueOn < heldOn)
      return { code: 'meetings.due_before_meeting', field: `actions.${i}.dueOn`, message: 'due before the meeting was held' };
  }
  return null;
}
