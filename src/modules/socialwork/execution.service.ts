/**
 * The execution of a project (A3.4): its reading, the history readers of its records, and the executor's progress
 * plan (推进计划), people and publicity; with the helpers its change requests and its closure share (who acts, a
 * record loaded through its project, the running project, dates not in the future).
 */
import type { z } from 'zod';
import { inTransaction, type UseCase } from '../../platform/context.js';
import type { Database } from '../../platform/db/schema.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { membersOf } from '../identity/staff.service.js';
import { presentChange, presentFeedback, presentItem } from './execution.present.js';
import type * as s from './execution.schemas.js';
import * as repo from './project.repo.js';
import { loadProject, requireProjectState } from './project.service.js';
import { SW_EXECUTE } from './socialwork.permissions.js';
import type { SwChangeRequestTable, SwProgressItemTable } from './socialwork.tables.js';

type Out<T extends z.ZodType> = z.infer<T>;

export const stale = (what: string) =>
  new DomainError('conflict', 'record.version_conflict', `the ${what} was changed by someone else; reload`);

async function today(ctx: UseCase): Promise<string> {
  return businessDate(ctx.clock.now(), await tenantZone(ctx));
}

/** Refuses a date after today (`socialwork.date_in_future` on `field`). */
export async function notFuture(ctx: UseCase, date: string | null, field: string): Promise<void> {
  if (date && date > (await today(ctx))) throw fieldError('unprocessable', 'socialwork.date_in_future', field, 'the date is in the future');
}

async function names(ctx: UseCase, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  const rows = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

type Table = 'sw_progress_items' | 'sw_people' | 'sw_publicity' | 'sw_change_requests' | 'sw_feedback';
/** The rows of one of the project's tables (all have tenant_id and project_id), in the order `by` gives. */
async function rowsOf<T extends Table>(ctx: UseCase, table: T, projectId: string, by: (r: Database[T]) => string): Promise<Database[T][]> {
  const rows = (await ctx.db
    .selectFrom(table as 'sw_feedback')
    .selectAll()
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('project_id', '=', projectId)
    .execute()) as unknown as Database[T][];
  return rows.sort((a, b) => by(a).localeCompare(by(b)) || (a.id as string).localeCompare(b.id as string));
}

/** Who acts: a signed-in person (a token without a user cannot do a project's work). */
export function me(tx: UseCase): string {
  if (tx.actor.userId === null) throw new DomainError('forbidden', 'auth.forbidden', 'a project’s work is done by a person');
  return tx.actor.userId;
}

/** The execution of a project (A3.4): the plan in force, progress plan, people, publicity, changes, closure feedback. */
export async function getExecution(ctx: UseCase, projectId: string): Promise<Out<typeof s.executionSchema>> {
  const loaded = await loadProject(ctx, projectId);
  const t = ctx.actor.tenantId;
  const plan = await repo.planInForce(ctx.db, t, projectId);
  const plans = await repo.listPlans(ctx.db, t, projectId);
  const items = await rowsOf(ctx, 'sw_progress_items', projectId, (r) => r.due_on);
  const people = await rowsOf(ctx, 'sw_people', projectId, (r) => `${r.kind}${r.added_at}`);
  const publicity = (await rowsOf(ctx, 'sw_publicity', projectId, (r) => r.held_on)).reverse();
  const changes = (await rowsOf(ctx, 'sw_change_requests', projectId, (r) => r.requested_at)).reverse();
  const feedback = await rowsOf(ctx, 'sw_feedback', projectId, (r) => r.received_on);
  const who = await names(ctx, [
    ...changes.flatMap((c) => [c.requested_by, c.supervisor_id, c.head_id]),
    ...feedback.map((f) => f.replied_by),
  ]);
  const versionNo = new Map(plans.map((p) => [p.id, p.versionNo]));
  const staff = await membersOf(ctx, loaded.orgPath);
  return {
    planInForce: plan ? { id: plan.id, versionNo: plan.versionNo, content: plan.content } : null,
    progressItems: items.map(presentItem),
    people: people.map((r) => ({
      id: r.id,
      kind: r.kind,
      userId: r.user_id,
      name: r.name,
      role: r.role,
      phone: r.phone,
      training: r.training,
      trainedOn: r.trained_on,
      addedAt: r.added_at,
    })),
    publicity: publicity.map((r) => ({
      id: r.id,
      heldOn: r.held_on,
      channel: r.channel,
      description: r.description,
      reach: r.reach === null ? null : Number(r.reach),
      recordedAt: r.recorded_at,
    })),
    changeRequests: changes.map((c) => presentChange(c, who, versionNo)),
    feedback: feedback.map((f) => presentFeedback(f, who)),
    staffCandidates: staff,
  };
}

/** A record of a project, loaded through its project (404 outside the caller's nodes, 403 without `permission`). */
export async function recordOf<T extends 'sw_progress_items' | 'sw_people' | 'sw_publicity' | 'sw_change_requests' | 'sw_feedback'>(
  ctx: UseCase,
  table: T,
  entity: string,
  id: string,
  permission?: string,
) {
  const r = (await ctx.db
    .selectFrom(table as 'sw_feedback')
    .selectAll()
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('id', '=', id)
    .executeTakeFirst()) as Database[T] | undefined;
  if (!r) throw notFound(entity);
  const loaded = await loadProject(ctx, r.project_id as string, permission);
  return { row: r, loaded };
}

/** History readers: a record is read as its project is. */
export const readProgressItem = async (ctx: UseCase, id: string) =>
  presentItem((await recordOf(ctx, 'sw_progress_items', 'sw_progress_item', id)).row as SwProgressItemTable);
export const readPerson = async (ctx: UseCase, id: string) => (await recordOf(ctx, 'sw_people', 'sw_person', id)).row;
export const readPublicity = async (ctx: UseCase, id: string) => (await recordOf(ctx, 'sw_publicity', 'sw_publicity', id)).row;
export const readFeedback = async (ctx: UseCase, id: string) => (await recordOf(ctx, 'sw_feedback', 'sw_feedback', id)).row;
export async function readChangeRequest(ctx: UseCase, id: string) {
  const { row } = await recordOf(ctx, 'sw_change_requests', 'sw_change_request', id);
  const c = row as SwChangeRequestTable;
  const plans = await repo.listPlans(ctx.db, ctx.actor.tenantId, c.project_id);
  const who = await names(ctx, [c.requested_by, c.supervisor_id, c.head_id]);
  return presentChange(c, who, new Map(plans.map((p) => [p.id, p.versionNo])));
}

/** The executor's work on a running project: loaded with socialwork.execute, refused unless running. */
export async function runningProject(ctx: UseCase, projectId: string, what: string) {
  const loaded = await loadProject(ctx, projectId, SW_EXECUTE);
  requireProjectState(loaded.project, ['running'], what);
  return loaded;
}

/** Adds an item of the 推进计划, drawn from an activity of the plan version in force (A3.4). */
export async function addProgressItem(ctx: UseCase, projectId: string, body: Out<typeof s.progressItemCreateBody>) {
  await runningProject(ctx, projectId, 'a progress item');
  const t = ctx.actor.tenantId;
  const plan = await repo.planInForce(ctx.db, t, projectId);
  if (!plan?.content.activities.some((a) => a.title === body.title && a.method === body.method))
    throw fieldError('unprocessable', 'socialwork.not_in_plan', 'title', 'the activity is not in the plan in force');
  const id = await inTransaction(ctx, async (tx) => {
    const row: SwProgressItemTable = {
      tenant_id: t,
      id: newId(),
      project_id: projectId,
      plan_id: plan.id,
      title: body.title,
      method: body.method,
      due_on: body.dueOn,
      done_on: null,
      note: body.note || null,
      created_at: tx.now,
      version: 1,
    };
    await tx.db.insertInto('sw_progress_items').values(row).execute();
    await tx.audit({ action: 'sw_progress_item.create', entity: 'sw_progress_item', entityId: row.id, after: presentItem(row) });
    return row.id;
  });
  return readProgressItem(ctx, id);
}

/** Moves an item's date, marks it done (or not yet), changes its note. */
export async function editProgressItem(ctx: UseCase, id: string, body: Out<typeof s.progressItemEditBody>) {
  const { row } = await recordOf(ctx, 'sw_progress_items', 'sw_progress_item', id, SW_EXECUTE);
  const before = row as SwProgressItemTable;
  await runningProject(ctx, before.project_id, 'a change of the progress plan');
  if (body.version !== undefined && body.version !== Number(before.version)) throw stale('progress item');
  await notFuture(ctx, body.doneOn, 'doneOn');
  await inTransaction(ctx, async (tx) => {
    const after = { ...before, due_on: body.dueOn, done_on: body.doneOn, note: body.note || null, version: Number(before.version) + 1 };
    const r = await tx.db
      .updateTable('sw_progress_items')
      .set({ due_on: after.due_on, done_on: after.done_on, note: after.note, version: after.version })
      .where('tenant_id', '=', tx.actor.tenantId)
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw stale('progress item');
    await tx.audit({
      action: 'sw_progress_item.edit',
      entity: 'sw_progress_item',
      entityId: id,
      before: presentItem(before),
      after: presentItem(after),
    });
  });
  return readProgressItem(ctx, id);
}

/** Adds a member of staff (a user of the organisation) or a volunteer, with their role and training (A3.4). */
export async function addPerson(ctx: UseCase, projectId: string, body: Out<typeof s.personCreateBody>) {
  const loaded = await runningProject(ctx, projectId, 'adding people');
  let name: string;
  let userId: string | null = null;
  if (body.kind === 'staff') {
    const [user] = body.userId ? await membersOf(ctx, loaded.orgPath, body.userId) : [];
    if (!user) throw fieldError('unprocessable', 'socialwork.person_outside', 'userId', 'staff are active users of the centre or station');
    name = user.displayName;
    userId = user.id;
  } else {
    if (!body.name) throw fieldError('unprocessable', 'socialwork.volunteer_name_required', 'name', 'a volunteer is named');
    name = body.name;
  }
  await notFuture(ctx, body.trainedOn, 'trainedOn');
  if (body.trainedOn && !body.training)
    throw fieldError('unprocessable', 'socialwork.training_required', 'training', 'say what the training was');
  return inTransaction(ctx, async (tx) => {
    const row = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      project_id: projectId,
      kind: body.kind,
      user_id: userId,
      name,
      role: body.role,
      phone: body.phone,
      training: body.training || null,
      trained_on: body.trainedOn,
      added_at: tx.now,
      added_by: me(tx),
    };
    await tx.db.insertInto('sw_people').values(row).execute();
    await tx.audit({ action: 'sw_person.create', entity: 'sw_person', entityId: row.id, after: row });
    return { id: row.id };
  });
}

/** Records a publicity of the project (A3.4). */
export async function addPublicity(ctx: UseCase, projectId: string, body: Out<typeof s.publicityCreateBody>) {
  await runningProject(ctx, projectId, 'publicity');
  await notFuture(ctx, body.heldOn, 'heldOn');
  return inTransaction(ctx, async (tx) => {
    const row = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      project_id: projectId,
      held_on: body.heldOn,
      channel: body.channel,
      description: body.description,
      reach: body.reach,
      recorded_by: me(tx),
      recorded_at: tx.now,
    };
    await tx.db.insertInto('sw_publicity').values(row).execute();
    await tx.audit({ action: 'sw_publicity.create', entity: 'sw_publicity', entityId: row.id, after: row });
    return { id: row.id };
  });
}
