import type { z } from 'zod';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import type { Database } from '../../platform/db/schema.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { membersOf } from '../identity/staff.service.js';
import { changeOutcome } from './execution.rules.js';
import type * as s from './execution.schemas.js';
import { checkPlanContent } from './initiation.service.js';
import * as repo from './project.repo.js';
import { getProject, loadProject, requireProjectState, staleProject } from './project.service.js';
import { SW_APPROVE, SW_EXECUTE, SW_SUPERVISE } from './socialwork.permissions.js';
import type { SwChangeRequestTable, SwFeedbackTable, SwProgressItemTable } from './socialwork.tables.js';
import type { Decision, PlanContent, SwMethod } from './socialwork.types.js';

type Out<T extends z.ZodType> = z.infer<T>;

const stale = (what: string) => new DomainError('conflict', 'record.version_conflict', `the ${what} was changed by someone else; reload`);

async function today(ctx: UseCase): Promise<string> {
  return businessDate(ctx.clock.now(), await tenantZone(ctx));
}

/** Refuses a date after today (`socialwork.date_in_future` on `field`). */
async function notFuture(ctx: UseCase, date: string | null, field: string): Promise<void> {
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

const presentItem = (r: SwProgressItemTable): Out<typeof s.progressItemSchema> => ({
  id: r.id,
  planId: r.plan_id,
  title: r.title,
  method: r.method as SwMethod,
  dueOn: r.due_on,
  doneOn: r.done_on,
  note: r.note,
  createdAt: r.created_at,
  version: Number(r.version),
});

function presentChange(
  r: SwChangeRequestTable,
  who: Map<string, string>,
  versionNo: Map<string, number>,
): Out<typeof s.changeRequestSchema> {
  const decision = (d: Decision | null, by: string | null, at: string | null, note: string | null) =>
    d && by && at ? { decision: d, byName: who.get(by) ?? '', at, note } : null;
  return {
    id: r.id,
    kind: r.kind,
    reason: r.reason,
    changes: r.changes,
    newPlan: JSON.parse(r.new_content) as PlanContent,
    basePlanId: r.base_plan_id,
    baseVersionNo: versionNo.get(r.base_plan_id) ?? 0,
    state: r.state,
    supervisor: decision(r.supervisor_decision, r.supervisor_id, r.supervisor_at, r.supervisor_note),
    head: decision(r.head_decision, r.head_id, r.head_at, r.head_note),
    newPlanId: r.new_plan_id,
    newVersionNo: r.new_plan_id ? (versionNo.get(r.new_plan_id) ?? null) : null,
    effectiveAt: r.effective_at,
    requestedByName: who.get(r.requested_by) ?? '',
    requestedAt: r.requested_at,
    version: Number(r.version),
  };
}

const presentFeedback = (r: SwFeedbackTable, who: Map<string, string>): Out<typeof s.feedbackSchema> => ({
  id: r.id,
  source: r.source,
  fromName: r.from_name,
  content: r.content,
  receivedOn: r.received_on,
  reply: r.reply,
  repliedByName: r.replied_by ? (who.get(r.replied_by) ?? null) : null,
  repliedAt: r.replied_at,
  version: Number(r.version),
});

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
function me(tx: UseCase): string {
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
async function recordOf<T extends 'sw_progress_items' | 'sw_people' | 'sw_publicity' | 'sw_change_requests' | 'sw_feedback'>(
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
async function runningProject(ctx: UseCase, projectId: string, what: string) {
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

async function pendingChange(tx: UseCase, projectId: string) {
  return tx.db
    .selectFrom('sw_change_requests')
    .select('id')
    .where('tenant_id', '=', tx.actor.tenantId)
    .where('project_id', '=', projectId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
}

/**
 * The executor asks for a change of the plan or of the needs (A3.4) with the reason, what changes and the full new
 * plan. One change at a time, and only of the plan version in force.
 */
export async function requestChange(ctx: UseCase, projectId: string, body: Out<typeof s.changeRequestCreateBody>) {
  await runningProject(ctx, projectId, 'a change request');
  checkPlanContent(body.newPlan, 'newPlan');
  const id = await inTransaction(ctx, async (tx) => {
    const base = await repo.planInForce(tx.db, tx.actor.tenantId, projectId);
    if (!base || base.id !== body.basePlanId)
      throw fieldError('conflict', 'socialwork.base_not_in_force', 'basePlanId', 'the plan version it changes is no longer in force');
    if (await pendingChange(tx, projectId))
      throw fieldError('conflict', 'socialwork.change_pending', 'kind', 'another change of the project awaits its approvals');
    const row: SwChangeRequestTable = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      project_id: projectId,
      kind: body.kind,
      reason: body.reason,
      changes: body.changes,
      new_content: JSON.stringify(body.newPlan),
      base_plan_id: base.id,
      state: 'pending',
      supervisor_decision: null,
      supervisor_id: null,
      supervisor_at: null,
      supervisor_note: null,
      head_decision: null,
      head_id: null,
      head_at: null,
      head_note: null,
      new_plan_id: null,
      effective_at: null,
      requested_by: me(tx),
      requested_at: tx.now,
      version: 1,
    };
    await tx.db.insertInto('sw_change_requests').values(row).execute();
    await tx.audit({ action: 'sw_change_request.create', entity: 'sw_change_request', entityId: row.id, after: row });
    return row.id;
  });
  return readChangeRequest(ctx, id);
}

/** Puts an approved change in force: the base version is superseded and the new plan becomes the next version. */
async function putInForce(tx: Tx, c: SwChangeRequestTable): Promise<string> {
  const t = tx.actor.tenantId;
  const base = await repo.planInForce(tx.db, t, c.project_id);
  if (!base || base.id !== c.base_plan_id)
    throw fieldError('conflict', 'socialwork.base_not_in_force', 'basePlanId', 'the plan version it changes is no longer in force');
  const superseded = await tx.db
    .updateTable('sw_plans')
    .set({ state: 'superseded', updated_at: tx.now, version: base.version + 1 })
    .where('tenant_id', '=', t)
    .where('id', '=', base.id)
    .where('version', '=', base.version)
    .executeTakeFirst();
  if (Number(superseded.numUpdatedRows) !== 1) throw stale('plan');
  const latest = Math.max(...(await repo.listPlans(tx.db, t, c.project_id)).map((p) => p.versionNo));
  const plan: repo.Plan = {
    id: newId(),
    projectId: c.project_id,
    versionNo: latest + 1,
    state: 'approved',
    content: JSON.parse(c.new_content) as PlanContent,
    changeRequestId: c.id,
    submittedAt: c.requested_at,
    submittedBy: c.requested_by,
    decidedAt: tx.now,
    decidedBy: me(tx),
    returnReason: null,
    createdAt: tx.now,
    updatedAt: tx.now,
    version: 1,
  };
  await repo.insertPlan(tx.db, t, plan);
  await tx.audit({
    action: 'sw_plan.supersede',
    entity: 'sw_plan',
    entityId: base.id,
    before: { state: base.state, version: base.version },
    after: { state: 'superseded', version: base.version + 1, supersededBy: plan.id },
  });
  await tx.audit({ action: 'sw_plan.change', entity: 'sw_plan', entityId: plan.id, after: plan });
  return plan.id;
}

/**
 * The supervisor's or the head's decision on a change (A3.4), in either order. When both approved, the change takes
 * effect in the same transaction; either rejection ends it. Each decides once, and one person cannot give both.
 */
export async function decideChange(ctx: UseCase, id: string, role: 'supervisor' | 'head', body: Out<typeof s.decisionBody>) {
  const { row } = await recordOf(ctx, 'sw_change_requests', 'sw_change_request', id, role === 'supervisor' ? SW_SUPERVISE : SW_APPROVE);
  const before = row as SwChangeRequestTable;
  const mine = role === 'supervisor' ? before.supervisor_decision : before.head_decision;
  if (before.state !== 'pending' || mine)
    throw fieldError('conflict', 'socialwork.already_decided', 'decision', 'the change has already been decided on');
  if (body.version !== undefined && body.version !== Number(before.version)) throw stale('change request');
  const otherBy = role === 'supervisor' ? before.head_id : before.supervisor_id;
  if (otherBy === ctx.actor.userId)
    throw fieldError('conflict', 'socialwork.same_approver', 'decision', 'the supervisor and the head are two people; you decided already');
  await inTransaction(ctx, async (tx) => {
    const decided =
      role === 'supervisor'
        ? { supervisor_decision: body.decision, supervisor_id: me(tx), supervisor_at: tx.now, supervisor_note: body.note || null }
        : { head_decision: body.decision, head_id: me(tx), head_at: tx.now, head_note: body.note || null };
    const after: SwChangeRequestTable = { ...before, ...decided, version: Number(before.version) + 1 };
    after.state = changeOutcome(after.supervisor_decision, after.head_decision);
    if (after.state === 'approved') {
      after.new_plan_id = await putInForce(tx, before);
      after.effective_at = tx.now;
    }
    const { tenant_id: _t, id: _i, project_id: _p, ...fields } = after;
    const r = await tx.db
      .updateTable('sw_change_requests')
      .set(fields)
      .where('tenant_id', '=', tx.actor.tenantId)
      .where('id', '=', id)
      .where('version', '=', before.version)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw stale('change request');
    await tx.audit({ action: `sw_change_request.${role}_${body.decision}`, entity: 'sw_change_request', entityId: id, before, after });
  });
  return readChangeRequest(ctx, id);
}

/** Saves a new state of the project at `version`, with its audit. */
async function saveProject(
  ctx: UseCase,
  before: repo.Project,
  version: number | undefined,
  action: string,
  change: (tx: Tx) => Partial<repo.Project>,
) {
  if (version !== undefined && version !== before.version) throw staleProject();
  await inTransaction(ctx, async (tx) => {
    const after: repo.Project = { ...before, ...change(tx), updatedAt: tx.now, version: before.version + 1 };
    if (!(await repo.updateProject(tx.db, tx.actor.tenantId, after, before.version))) throw staleProject();
    await tx.audit({ action, entity: 'sw_project', entityId: before.id, before, after });
  });
  return getProject(ctx, before.id);
}

/** The executor begins the closure (A3.4): running → closing, to gather feedback, reply and write the summary. */
export async function closeOut(ctx: UseCase, projectId: string, body: Out<typeof s.projectVersionBody>) {
  const { project } = await runningProject(ctx, projectId, 'the closure');
  if (await pendingChange(ctx, projectId))
    throw fieldError('conflict', 'socialwork.change_pending', 'state', 'a change of the project awaits its approvals');
  return saveProject(ctx, project, body.version, 'sw_project.close_out', () => ({ state: 'closing' }));
}

async function closingProject(ctx: UseCase, projectId: string, what: string) {
  const loaded = await loadProject(ctx, projectId, SW_EXECUTE);
  requireProjectState(loaded.project, ['closing'], what);
  return loaded;
}

/** Records feedback of a user or a partner gathered at closure (A3.4). */
export async function addFeedback(ctx: UseCase, projectId: string, body: Out<typeof s.feedbackCreateBody>) {
  await closingProject(ctx, projectId, 'feedback');
  await notFuture(ctx, body.receivedOn, 'receivedOn');
  return inTransaction(ctx, async (tx) => {
    const row: SwFeedbackTable = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      project_id: projectId,
      source: body.source,
      from_name: body.fromName,
      content: body.content,
      received_on: body.receivedOn,
      reply: null,
      replied_by: null,
      replied_at: null,
      recorded_by: me(tx),
      recorded_at: tx.now,
      version: 1,
    };
    await tx.db.insertInto('sw_feedback').values(row).execute();
    await tx.audit({ action: 'sw_feedback.create', entity: 'sw_feedback', entityId: row.id, after: row });
    return { id: row.id };
  });
}

/** Replies to a feedback (or corrects the reply) while the project is closing. */
export async function replyFeedback(ctx: UseCase, id: string, body: Out<typeof s.replyBody>) {
  const { row } = await recordOf(ctx, 'sw_feedback', 'sw_feedback', id, SW_EXECUTE);
  const before = row as SwFeedbackTable;
  await closingProject(ctx, before.project_id, 'a reply');
  if (body.version !== undefined && body.version !== Number(before.version)) throw stale('feedback');
  await inTransaction(ctx, async (tx) => {
    const after = { ...before, reply: body.reply, replied_by: me(tx), replied_at: tx.now, version: Number(before.version) + 1 };
    const r = await tx.db
      .updateTable('sw_feedback')
      .set({ reply: after.reply, replied_by: after.replied_by, replied_at: after.replied_at, version: after.version })
      .where('tenant_id', '=', tx.actor.tenantId)
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw stale('feedback');
    await tx.audit({ action: 'sw_feedback.reply', entity: 'sw_feedback', entityId: id, before, after });
  });
  return { id };
}

/** Writes the project summary (A3.4) while closing. */
export async function writeSummary(ctx: UseCase, projectId: string, body: Out<typeof s.summaryBody>) {
  const { project } = await closingProject(ctx, projectId, 'the summary');
  return saveProject(ctx, project, body.version, 'sw_project.summary', () => ({ summary: body.summary }));
}

/** Closes the project (closing → closed): every feedback answered and the summary written (A3.4). */
export async function closeProject(ctx: UseCase, projectId: string, body: Out<typeof s.projectVersionBody>) {
  const { project } = await closingProject(ctx, projectId, 'closing');
  const unanswered = await ctx.db
    .selectFrom('sw_feedback')
    .select('id')
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('project_id', '=', projectId)
    .where('reply', 'is', null)
    .executeTakeFirst();
  if (unanswered)
    throw fieldError('conflict', 'socialwork.feedback_unanswered', 'feedback', 'every feedback is replied to before the project closes');
  if (!project.summary?.trim())
    throw fieldError('conflict', 'socialwork.summary_required', 'summary', 'the project summary is written before it closes');
  return saveProject(ctx, project, body.version, 'sw_project.close', (tx) => ({
    state: 'closed',
    closedAt: tx.now,
    closedBy: me(tx),
  }));
}
