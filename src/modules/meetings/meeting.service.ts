import type { z } from 'zod';
import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { authorizeRead, mayManage, mayMarkDone, ownsAction } from './meeting.policy.js';
import * as repo from './meeting.repo.js';
import {
  actionDoneLate,
  actionOverdue,
  actionsProblem,
  attendanceProblem,
  intervalExceeded,
  nextDueOn,
  scheduledLate,
} from './meeting.rules.js';
import type * as s from './meeting.schemas.js';
import { MEETINGS_MANAGE, MEETINGS_READ } from './meetings.permissions.js';
import type { Minutes } from './meetings.types.js';

type MeetingOut = z.infer<typeof s.meetingSchema>;
type ActionOut = z.infer<typeof s.actionSchema>;

/** Today in the tenant's zone, by the use case's clock. */
export async function today(ctx: UseCase): Promise<{ date: string; zone: string }> {
  const zone = await tenantZone(ctx);
  return { date: businessDate(ctx.clock.now(), zone), zone };
}

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the meeting was changed by someone else; reload');
const notScheduled = () => fieldError('conflict', 'meetings.meeting_state', 'state', 'the meeting is no longer scheduled');

/** A meeting the caller may read (404 outside their nodes, 403 inside without meetings.read), or manage. */
export async function loadMeeting(ctx: UseCase, id: string, permission = MEETINGS_READ): Promise<repo.LoadedMeeting> {
  const m = await repo.findMeeting(ctx.db, ctx.actor.tenantId, id);
  if (!m) throw notFound('meeting');
  authorizeRead(ctx.actor.access, m.org_path, 'meeting');
  if (permission === MEETINGS_MANAGE && !mayManage(ctx.actor.access, m.org_path)) throw forbidden(MEETINGS_MANAGE);
  return m;
}

/** The station's interval and the day its next meeting is due. */
async function dueAt(ctx: UseCase, orgId: string, orgPath: string) {
  const days = await paramAt(ctx, orgPath, 'meetingIntervalDays');
  const last = (await repo.lastHeld(ctx.db, ctx.actor.tenantId, [orgId])).get(orgId) ?? null;
  return { days, last, due: nextDueOn(last, days) };
}

function presentAction(ctx: UseCase, a: repo.ActionRow, todayDate: string): ActionOut {
  const facts = { state: a.state, dueOn: a.due_on, doneOn: a.done_on };
  return {
    id: a.id,
    meetingId: a.meeting_id,
    meetingHeldOn: a.meeting_held_on,
    orgId: a.org_id,
    orgName: a.org_name,
    text: a.text,
    ownerId: a.owner_id,
    ownerName: a.owner_name,
    dueOn: a.due_on,
    state: a.state,
    overdue: actionOverdue(facts, todayDate),
    doneLate: actionDoneLate(facts),
    doneNote: a.done_note,
    doneByName: a.done_by_name ?? null,
    doneAt: a.done_at,
    version: Number(a.version),
    abilities: {
      markDone: a.state === 'open' && mayMarkDone(ctx.actor.access, { ownerId: a.owner_id, orgPath: a.org_path }, ctx.actor.userId),
    },
  };
}

const fields = (m: repo.LoadedMeeting, zone: string, due: string | null) => ({
  id: m.id,
  orgId: m.org_id,
  orgName: m.org_name,
  state: m.state,
  scheduledAt: m.scheduled_at,
  place: m.place,
  chairId: m.chair_id,
  chairName: m.chair_name,
  heldAt: m.held_at,
  heldOn: m.held_on,
  recorderName: m.recorder_name ?? null,
  cancelReason: m.cancel_reason,
  lateForInterval: m.state === 'scheduled' && scheduledLate(businessDate(m.scheduled_at, zone), due),
  version: Number(m.version),
});

/** A meeting with its minutes, attendance and action items (also the history reader of `meeting`). */
export async function getMeeting(ctx: UseCase, id: string): Promise<MeetingOut> {
  const m = await loadMeeting(ctx, id);
  const t = ctx.actor.tenantId;
  const { date, zone } = await today(ctx);
  const { due } = await dueAt(ctx, m.org_id, m.org_path);
  const [attendees, actions] = await Promise.all([repo.attendeesOf(ctx.db, t, id), repo.actionsOfMeeting(ctx.db, t, id)]);
  return {
    ...fields(m, zone, due),
    minutes: m.minutes ? (JSON.parse(m.minutes) as Minutes) : null,
    recorderId: m.recorder_id,
    recordedAt: m.recorded_at,
    cancelledAt: m.cancelled_at,
    createdAt: m.created_at,
    nextDueOn: due,
    attendees: attendees.map((a) => ({
      userId: a.user_id,
      displayName: a.display_name,
      present: Number(a.present) === 1,
      absenceReason: a.absence_reason,
    })),
    actions: actions.map((a) => presentAction(ctx, a, date)),
    abilities: { manage: mayManage(ctx.actor.access, m.org_path) },
  };
}

/** The caller's stations with when their next meeting is due, and their meetings, the latest first. */
export async function listMeetings(ctx: UseCase, q: z.infer<typeof s.meetingListQuery>): Promise<z.infer<typeof s.meetingList>> {
  const scope = scopeOf(ctx.actor.access, MEETINGS_READ);
  if (!scope.length) throw forbidden(MEETINGS_READ);
  const t = ctx.actor.tenantId;
  const { date, zone } = await today(ctx);
  let paths = scope;
  if (q.orgId) {
    const org = await loadVisibleOrg(ctx, q.orgId);
    paths = [org.path];
  }
  const stations = (await repo.stationsUnder(ctx.db, t, paths)).filter((o) => scope.some((p) => o.path.startsWith(p)));
  const last = await repo.lastHeld(
    ctx.db,
    t,
    stations.map((o) => o.id),
  );
  const items = (await repo.listMeetings(ctx.db, t, scope, q.orgId)).filter((m) => paths.some((p) => m.org_path.startsWith(p)));
  // the stations that hold meetings: those with one, and those where the caller schedules them (not a health station)
  const holding = stations.filter((o) => last.has(o.id) || items.some((m) => m.org_id === o.id) || mayManage(ctx.actor.access, o.path));
  const statuses = await Promise.all(
    holding.map(async (o) => {
      const days = await paramAt(ctx, o.path, 'meetingIntervalDays');
      const lastHeldOn = last.get(o.id) ?? null;
      const next = items
        .filter((m) => m.org_id === o.id && m.state === 'scheduled')
        .map((m) => m.scheduled_at)
        .sort()[0];
      return {
        orgId: o.id,
        orgName: o.name,
        intervalDays: days,
        lastHeldOn,
        nextDueOn: nextDueOn(lastHeldOn, days),
        intervalExceeded: intervalExceeded(lastHeldOn, days, date),
        nextScheduledAt: next ?? null,
        mayManage: mayManage(ctx.actor.access, o.path),
      };
    }),
  );
  const dueOf = new Map(statuses.map((x) => [x.orgId, x.nextDueOn]));
  return {
    today: date,
    stations: statuses,
    items: items.map((m) => ({ ...fields(m, zone, dueOf.get(m.org_id) ?? null), actionCount: Number(m.action_count ?? 0) })),
  };
}

/** The station (`field` orgId): a node the caller can see, of kind station, where they hold `permission`. */
async function loadStation(ctx: UseCase, orgId: string, permission: string) {
  const org = await loadVisibleOrg(ctx, orgId);
  authorizeRead(ctx.actor.access, org.path, 'org');
  if (permission === MEETINGS_MANAGE && !mayManage(ctx.actor.access, org.path)) throw forbidden(MEETINGS_MANAGE);
  if (org.kind !== 'station' || !org.active)
    throw fieldError('unprocessable', 'meetings.not_station', 'orgId', 'work meetings are held by an active station');
  return org;
}

/** The station's staff, for the chair, the attendance and the action items' owners. */
export async function meetingPeople(ctx: UseCase, orgId: string): Promise<z.infer<typeof s.people>> {
  const org = await loadStation(ctx, orgId, MEETINGS_READ);
  const rows = await repo.staffOf(ctx.db, ctx.actor.tenantId, org.path);
  return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name })) };
}

/** Schedules a work meeting (A1.2) at a station: today or later, at a place, chaired by one of its staff. */
export async function scheduleMeeting(ctx: UseCase, body: z.infer<typeof s.scheduleBody>): Promise<MeetingOut> {
  const org = await loadStation(ctx, body.orgId, MEETINGS_MANAGE);
  const { date, zone } = await today(ctx);
  const scheduledAt = new Date(body.scheduledAt).toISOString();
  if (businessDate(scheduledAt, zone) < date)
    throw fieldError('unprocessable', 'meetings.date_past', 'scheduledAt', 'a meeting is scheduled for today or later');
  const staff = await repo.staffOf(ctx.db, ctx.actor.tenantId, org.path);
  if (!staff.some((p) => p.id === body.chairId))
    throw fieldError('unprocessable', 'meetings.chair_not_staff', 'chairId', 'the chair is a member of the station’s staff');
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const row = {
      tenant_id: tx.actor.tenantId,
      id,
      org_id: org.id,
      state: 'scheduled' as const,
      scheduled_at: scheduledAt,
      place: body.place,
      chair_id: body.chairId,
      held_at: null,
      held_on: null,
      minutes: null,
      recorder_id: null,
      recorded_by: null,
      recorded_at: null,
      cancel_reason: null,
      cancelled_at: null,
      created_by: tx.actor.userId,
      created_at: tx.now,
      version: 1,
    };
    await repo.insertMeeting(tx.db, row);
    await tx.audit({ action: 'meeting.schedule', entity: 'meeting', entityId: id, after: row });
  });
  return getMeeting(ctx, id);
}

/** Cancels a scheduled meeting, with the reason. */
export async function cancelMeeting(ctx: UseCase, id: string, body: z.infer<typeof s.cancelBody>): Promise<MeetingOut> {
  const m = await loadMeeting(ctx, id, MEETINGS_MANAGE);
  if (m.state !== 'scheduled') throw notScheduled();
  if (body.version !== undefined && body.version !== Number(m.version)) throw stale();
  await inTransaction(ctx, async (tx) => {
    const changes = { state: 'cancelled' as const, cancel_reason: body.reason, cancelled_at: tx.now };
    if (!(await repo.updateScheduled(tx.db, tx.actor.tenantId, id, Number(m.version), changes))) throw stale();
    await tx.audit({
      action: 'meeting.cancel',
      entity: 'meeting',
      entityId: id,
      before: { state: m.state, version: Number(m.version) },
      after: { ...changes, version: Number(m.version) + 1 },
    });
  });
  return getMeeting(ctx, id);
}

/**
 * The minutes of a scheduled meeting (A1.2): when it was held, one text per agenda item, every member of the staff
 * present or absent with the reason, who recorded them, and the action items decided. The meeting is then held.
 */
export async function recordMinutes(ctx: UseCase, id: string, body: z.infer<typeof s.minutesBody>): Promise<MeetingOut> {
  const m = await loadMeeting(ctx, id, MEETINGS_MANAGE);
  if (m.state !== 'scheduled') throw notScheduled();
  if (body.version !== undefined && body.version !== Number(m.version)) throw stale();
  const { zone } = await today(ctx);
  const heldAt = new Date(body.heldAt).toISOString();
  if (heldAt > ctx.clock.now().toISOString())
    throw fieldError('unprocessable', 'meetings.held_future', 'heldAt', 'the minutes are of a meeting already held');
  const heldOn = businessDate(heldAt, zone);
  const staff = await repo.staffOf(ctx.db, ctx.actor.tenantId, m.org_path);
  const staffIds = staff.map((p) => p.id);
  // the history says who attended by name
  const names = new Map(staff.map((p) => [p.id, p.display_name]));
  const problem = attendanceProblem(staffIds, body.attendees) ?? actionsProblem(staffIds, heldOn, body.actions);
  if (problem) throw fieldError('unprocessable', problem.code, problem.field, problem.message);
  if (!body.attendees.some((a) => a.present && a.userId === body.recorderId))
    throw fieldError('unprocessable', 'meetings.recorder_absent', 'recorderId', 'the minutes are taken by a member present');
  await inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const changes = {
      state: 'held' as const,
      held_at: heldAt,
      held_on: heldOn,
      minutes: JSON.stringify(body.minutes),
      recorder_id: body.recorderId,
      recorded_by: tx.actor.userId,
      recorded_at: tx.now,
    };
    if (!(await repo.updateScheduled(tx.db, t, id, Number(m.version), changes))) throw stale();
    const attendees = body.attendees.map((a) => ({
      tenant_id: t,
      meeting_id: id,
      user_id: a.userId,
      present: a.present ? 1 : 0,
      absence_reason: a.present ? null : (a.absenceReason ?? null),
    }));
    for (const a of attendees) await repo.insertAttendee(tx.db, a);
    await tx.audit({
      action: 'meeting.record_minutes',
      entity: 'meeting',
      entityId: id,
      before: { state: m.state, version: Number(m.version) },
      after: {
        ...changes,
        minutes: body.minutes,
        attendees: body.attendees.map((a) => ({ displayName: names.get(a.userId) ?? a.userId, ...a })),
        version: Number(m.version) + 1,
      },
    });
    for (const a of body.actions) {
      const row = {
        tenant_id: t,
        id: newId(),
        meeting_id: id,
        org_id: m.org_id,
        text: a.text,
        owner_id: a.ownerId,
        due_on: a.dueOn,
        state: 'open' as const,
        done_note: null,
        done_by: null,
        done_at: null,
        done_on: null,
        created_at: tx.now,
        version: 1,
      };
      await repo.insertAction(tx.db, row);
      await tx.audit({ action: 'meeting_action.create', entity: 'meeting_action', entityId: row.id, after: row });
    }
  });
  return getMeeting(ctx, id);
}

/** An action item the caller may read: its owner, or who reads the station's meetings (404 / 403 otherwise). */
async function loadAction(ctx: UseCase, id: string): Promise<repo.ActionRow> {
  const a = await repo.findAction(ctx.db, ctx.actor.tenantId, id);
  if (!a) throw notFound('meeting_action');
  if (!ownsAction(ctx.actor.access, a.owner_id, ctx.actor.userId)) authorizeRead(ctx.actor.access, a.org_path, 'meeting_action');
  return a;
}

/** The action items of the caller's stations: open, overdue, the caller's own open ones, or all. */
export async function listActions(ctx: UseCase, q: z.infer<typeof s.actionListQuery>): Promise<z.infer<typeof s.actionList>> {
  const scope = scopeOf(ctx.actor.access, MEETINGS_READ);
  if (!scope.length) throw forbidden(MEETINGS_READ);
  const { date } = await today(ctx);
  if (q.orgId) await loadVisibleOrg(ctx, q.orgId);
  const rows = await repo.listActions(ctx.db, ctx.actor.tenantId, scope, {
    filter: q.filter,
    today: date,
    userId: ctx.actor.userId,
    orgId: q.orgId,
  });
  return { today: date, items: rows.map((a) => presentAction(ctx, a, date)) };
}

/** Marks an action item done with a note: its owner, or who manages the station's meetings. */
export async function markActionDone(ctx: UseCase, id: string, body: z.infer<typeof s.doneBody>): Promise<ActionOut> {
  const a = await loadAction(ctx, id);
  if (!mayMarkDone(ctx.actor.access, { ownerId: a.owner_id, orgPath: a.org_path }, ctx.actor.userId)) throw forbidden(MEETINGS_MANAGE);
  if (a.state !== 'open') throw fieldError('conflict', 'meetings.action_done', 'state', 'the action item is already done');
  if (body.version !== undefined && body.version !== Number(a.version)) throw stale();
  const { date } = await today(ctx);
  await inTransaction(ctx, async (tx) => {
    const d = { note: body.note, by: tx.actor.userId ?? '', at: tx.now, on: date };
    if (!(await repo.markDone(tx.db, tx.actor.tenantId, id, Number(a.version), d))) throw stale();
    await tx.audit({
      action: 'meeting_action.done',
      entity: 'meeting_action',
      entityId: id,
      before: { state: a.state, version: Number(a.version) },
      after: { state: 'done', done_note: d.note, done_by: d.by, done_at: d.at, done_on: d.on, version: Number(a.version) + 1 },
    });
  });
  return presentAction(ctx, (await repo.findAction(ctx.db, ctx.actor.tenantId, id))!, date);
}

/** History reader of `meeting_action`. */
export async function readAction(ctx: UseCase, id: string): Promise<ActionOut> {
  const a = await loadAction(ctx, id);
  return presentAction(ctx, a, (await today(ctx)).date);
}
