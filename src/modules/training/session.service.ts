import type { z } from 'zod';
import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { staffOf } from './hours.repo.js';
import { findItem } from './plan.repo.js';
import * as repo from './session.repo.js';
import { trainingOrg } from './training.org.js';
import { TRAINING_MANAGE, TRAINING_READ } from './training.permissions.js';
import { authorizeManage, authorizeRead, recordAbilities } from './training.policy.js';
import { dayInPeriod, fromTenths, toTenths } from './training.rules.js';
import type * as s from './training.schemas.js';
import type { TrainingSessionTable } from './training.tables.js';
import { todayOf } from './training.today.js';

type SessionOut = z.infer<typeof s.sessionSchema>;
type Fields = Omit<z.infer<typeof s.sessionCreateBody>, 'orgId'>;

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the session was changed by someone else; reload');

async function present(ctx: UseCase, rows: repo.SessionRow[]): Promise<SessionOut[]> {
  const people = await repo.attendeesOf(
    ctx.db,
    ctx.actor.tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    topic: r.topic,
    kind: r.kind,
    heldOn: r.held_on,
    trainer: r.trainer,
    place: r.place,
    hours: fromTenths(Number(r.hours_tenths)),
    planItemId: r.plan_item_id,
    planItemTopic: r.item_topic,
    note: r.note,
    attendees: people.filter((p) => p.session_id === r.id).map((p) => ({ id: p.user_id, name: p.display_name })),
    recordedByName: r.recorded_by_name,
    recordedAt: r.recorded_at,
    version: Number(r.version),
    abilities: recordAbilities(ctx.actor.access, r.org_path),
  }));
}

/** The sessions held at the caller's stations and centres (A1.1), latest first. */
export async function listSessions(ctx: UseCase, q: z.infer<typeof s.sessionListQuery>): Promise<z.infer<typeof s.sessionList>> {
  const scope = scopeOf(ctx.actor.access, TRAINING_READ);
  if (!scope.length) throw forbidden(TRAINING_READ);
  const orgPath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const rows = await repo.listSessions(ctx.db, ctx.actor.tenantId, scope, { orgPath, from: q.from, to: q.to });
  return { items: await present(ctx, rows) };
}

/** One session with its attendees; the history reader of `training_session`. */
export async function getSession(ctx: UseCase, id: string): Promise<SessionOut> {
  const r = await repo.findSession(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('training_session');
  authorizeRead(ctx.actor.access, r.org_path, 'training_session');
  return (await present(ctx, [r]))[0]!;
}

/**
 * The facts a session is checked against: held by today, attended by staff of the node (anyone already recorded as an
 * attendee stays allowed after leaving), and carrying out an item of a plan in force of the same node, held within
 * that plan's period.
 */
async function checkSession(tx: Tx, org: { id: string; path: string }, body: Fields, keep: readonly string[] = []) {
  if (body.heldOn > (await todayOf(tx)))
    throw fieldError('unprocessable', 'training.held_in_future', 'heldOn', 'a session is recorded once held');
  const staff = new Set((await staffOf(tx.db, tx.actor.tenantId, org.path)).map((p) => p.id));
  const outside = body.attendeeIds.findIndex((id) => !staff.has(id) && !keep.includes(id));
  if (outside >= 0)
    throw fieldError(
      'unprocessable',
      'training.attendee_outside',
      `attendeeIds.${outside}`,
      'not a staff member of this station or centre',
    );
  if (body.planItemId) {
    const item = await findItem(tx.db, tx.actor.tenantId, body.planItemId);
    if (!item || item.org_id !== org.id || item.state !== 'in_force')
      throw fieldError('unprocessable', 'training.item_outside', 'planItemId', 'not an item of a plan in force of this station or centre');
    if (!dayInPeriod(body.heldOn, { from: item.period_from, to: item.period_to }))
      throw fieldError('unprocessable', 'training.item_period', 'heldOn', 'the session lies outside the period of the item’s plan');
  }
}

const fieldsOf = (body: Fields) => ({
  topic: body.topic,
  kind: body.kind,
  held_on: body.heldOn,
  trainer: body.trainer,
  place: body.place,
  hours_tenths: toTenths(body.hours),
  plan_item_id: body.planItemId,
  note: body.note || null,
});

/** Records a session held (A1.1: topic, date, trainer, place, hours, attendees), optionally carrying out a plan item. */
export async function recordSession(ctx: UseCase, body: z.infer<typeof s.sessionCreateBody>): Promise<SessionOut> {
  const org = await trainingOrg(ctx, body.orgId, TRAINING_MANAGE);
  const attendeeIds = [...new Set(body.attendeeIds)];
  const id = await inTransaction(ctx, async (tx) => {
    await checkSession(tx, org, body);
    const row: TrainingSessionTable = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      org_id: org.id,
      ...fieldsOf(body),
      recorded_by: tx.actor.userId!,
      recorded_at: tx.now,
      updated_at: tx.now,
      version: 1,
    };
    await repo.insertSession(tx.db, row);
    await repo.replaceAttendees(tx.db, row.tenant_id, row.id, attendeeIds);
    const { tenant_id: _t, ...after } = row;
    await tx.audit({ action: 'training_session.record', entity: 'training_session', entityId: row.id, after: { ...after, attendeeIds } });
    return row.id;
  });
  return getSession(ctx, id);
}

/** Corrects a recorded session: its facts and its attendees. */
export async function editSession(ctx: UseCase, id: string, body: z.infer<typeof s.sessionEditBody>): Promise<SessionOut> {
  const attendeeIds = [...new Set(body.attendeeIds)];
  await inTransaction(ctx, async (tx) => {
    const r = await repo.findSession(tx.db, tx.actor.tenantId, id);
    if (!r) throw notFound('training_session');
    authorizeManage(tx.actor.access, r.org_path, 'training_session');
    if (body.version !== undefined && body.version !== Number(r.version)) throw stale();
    const was = (await repo.attendeesOf(tx.db, tx.actor.tenantId, [id])).map((a) => a.user_id);
    await checkSession(tx, { id: r.org_id, path: r.org_path }, body, was);
    const before: TrainingSessionTable = {
      tenant_id: r.tenant_id,
      id: r.id,
      org_id: r.org_id,
      topic: r.topic,
      kind: r.kind,
      held_on: r.held_on,
      trainer: r.trainer,
      place: r.place,
      hours_tenths: Number(r.hours_tenths),
      plan_item_id: r.plan_item_id,
      note: r.note,
      recorded_by: r.recorded_by,
      recorded_at: r.recorded_at,
      updated_at: r.updated_at,
      version: Number(r.version),
    };
    const next: TrainingSessionTable = { ...before, ...fieldsOf(body), updated_at: tx.now, version: before.version + 1 };
    if (!(await repo.updateSession(tx.db, next, before.version))) throw stale();
    await repo.replaceAttendees(tx.db, r.tenant_id, id, attendeeIds);
    const { tenant_id: _a, ...b } = before;
    const { tenant_id: _b, ...a } = next;
    await tx.audit({
      action: 'training_session.edit',
      entity: 'training_session',
      entityId: id,
      before: { ...b, attendeeIds: was },
      after: { ...a, attendeeIds },
    });
  });
  return getSession(ctx, id);
}
