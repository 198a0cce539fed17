import type { UseCase } from '../../platform/context.js';
import { actionDoneLate, actionOverdue } from './meeting.rules.js';
import { today } from './meeting.service.js';

export interface MeetingFigures {
  /** Meetings held at the person's home node in the period. */
  meetingsHeld: number;
  /** Of those, the ones they attended (present). */
  attended: number;
  /** Action items they own from meetings held in the period. */
  actionItems: number;
  /** Of those, still open after their due day now. */
  actionItemsOverdue: number;
  /** Of those, done after their due day. */
  actionItemsLate: number;
}

/**
 * A1.2 figures per person for the year-end assessment (A1.6), read only: meetings held at each person's node between
 * `from` and `to` (business dates, both included), those they attended, and their action items from those meetings,
 * overdue now or done late. It does not authorise: the caller (the assessment) has checked who may see whom.
 */
export async function meetingFiguresByPerson(
  ctx: UseCase,
  q: { userIds: string[]; from: string; to: string },
): Promise<Map<string, MeetingFigures>> {
  const out = new Map<string, MeetingFigures>();
  if (!q.userIds.length) return out;
  const t = ctx.actor.tenantId;
  const { date } = await today(ctx);
  const people = await ctx.db
    .selectFrom('users')
    .select(['id', 'org_id'])
    .where('tenant_id', '=', t)
    .where('id', 'in', q.userIds)
    .execute();
  const orgIds = [...new Set(people.map((p) => p.org_id))];
  const held = orgIds.length
    ? await ctx.db
        .selectFrom('meetings')
        .select(['id', 'org_id'])
        .where('tenant_id', '=', t)
        .where('state', '=', 'held')
        .where('org_id', 'in', orgIds)
        .where('held_on', '>=', q.from)
        .where('held_on', '<=', q.to)
        .execute()
    : [];
  const present = await ctx.db
    .selectFrom('meeting_attendees as a')
    .innerJoin('meetings as m', (j) => j.onRef('m.tenant_id', '=', 'a.tenant_id').onRef('m.id', '=', 'a.meeting_id'))
    .select(['a.user_id', 'a.meeting_id'])
    .where('a.tenant_id', '=', t)
    .where('a.user_id', 'in', q.userIds)
    .where('a.present', '=', 1)
    .where('m.held_on', '>=', q.from)
    .where('m.held_on', '<=', q.to)
    .execute();
  const actions = await ctx.db
    .selectFrom('meeting_actions as a')
    .innerJoin('meetings as m', (j) => j.onRef('m.tenant_id', '=', 'a.tenant_id').onRef('m.id', '=', 'a.meeting_id'))
    .select(['a.owner_id', 'a.state', 'a.due_on', 'a.done_on'])
    .where('a.tenant_id', '=', t)
    .where('a.owner_id', 'in', q.userIds)
    .where('m.held_on', '>=', q.from)
    .where('m.held_on', '<=', q.to)
    .execute();
  for (const id of q.userIds) {
    const orgId = people.find((p) => p.id === id)?.org_id;
    const heldHere = new Set(held.filter((m) => m.org_id === orgId).map((m) => m.id));
    const own = actions.filter((a) => a.owner_id === id).map((a) => ({ state: a.state, dueOn: a.due_on, doneOn: a.done_on }));
    out.set(id, {
      meetingsHeld: heldHere.size,
      attended: present.filter((p) => p.user_id === id && heldHere.has(p.meeting_id)).length,
      actionItems: own.length,
      actionItemsOverdue: own.filter((a) => actionOverdue(a, date)).length,
      actionItemsLate: own.filter((a) => actionDoneLate(a)).length,
    });
  }
  return out;
}
