import type { z } from 'zod';
import { allowsAt } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { checkImage } from '../../platform/images.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { readImage, recordFile, storeFiles } from '../orders/order.service.js';
import { paramAt } from '../params/params.service.js';
import * as repo from './activity.repo.js';
import { briefDue, briefLate, briefStatus, planWritten } from './activity.rules.js';
import type * as s from './activity.schemas.js';
import type { LoadedProject } from './project.repo.js';
import { loadProject, requireProjectState } from './project.service.js';
import { SW_EXECUTE } from './socialwork.permissions.js';
import type { SwActivityTable } from './socialwork.tables.js';

type ActivityOut = z.infer<typeof s.activitySchema>;

const staleActivity = () => new DomainError('conflict', 'record.version_conflict', 'the activity was changed by someone else; reload');

const today = async (ctx: UseCase) => businessDate(new Date(ctx.clock.now()), await tenantZone(ctx));

/** The view of activities of one project: the brief's due day, lateness and status, what the caller may do. */
async function present(ctx: UseCase, l: LoadedProject, rows: repo.ActivityRow[]): Promise<ActivityOut[]> {
  const zone = await tenantZone(ctx);
  const now = businessDate(ctx.clock.now(), zone);
  const days = await paramAt(ctx, l.orgPath, 'briefDeadlineDays');
  const photos = await repo.briefPhotos(
    ctx.db,
    ctx.actor.tenantId,
    rows.map((r) => r.id),
  );
  const execute = allowsAt(ctx.actor.access, SW_EXECUTE, l.orgPath);
  const running = l.project.state === 'running';
  return rows.map((r) => {
    const briefOn = r.brief_at ? businessDate(r.brief_at, zone) : null;
    const due = r.held_on ? briefDue(r.held_on, days) : null;
    return {
      id: r.id,
      projectId: r.project_id,
      progressItemId: r.progress_item_id,
      title: r.title,
      method: r.method as ActivityOut['method'],
      keyActivity: Boolean(Number(r.key_activity)),
      plannedOn: r.planned_on,
      place: r.place,
      planGoals: r.plan_goals,
      planContent: r.plan_content,
      planStaffing: r.plan_staffing,
      planWrittenByName: r.plan_by_name,
      planWrittenAt: r.plan_written_at,
      state: r.state,
      heldOn: r.held_on,
      attendance: r.attendance === null ? null : Number(r.attendance),
      heldByName: r.held_by_name,
      cancelReason: r.cancel_reason,
      briefSummary: r.brief_summary,
      briefReflection: r.brief_reflection,
      briefByName: r.brief_by_name,
      briefAt: r.brief_at,
      briefPhotos: photos
        .filter((p) => p.owner_id === r.id)
        .map((p) => ({ blobId: p.blob_id, url: `/api/socialwork/activities/${r.id}/photos/${p.blob_id}` })),
      briefDue: due,
      briefLate: Boolean(due && briefOn && briefLate(briefOn, due)),
      briefStatus: briefStatus({ heldOn: r.held_on, briefOn }, now, days),
      version: Number(r.version),
      abilities: {
        edit: execute && running && r.state === 'planned',
        hold: execute && running && r.state === 'planned',
        cancel: execute && running && r.state === 'planned',
        brief: execute && l.project.state !== 'closed' && r.state === 'held' && r.brief_at === null,
      },
    };
  });
}

/** An activity through its project: 404 outside the caller's nodes, 403 without `permission` there. */
async function loadActivity(ctx: UseCase, id: string, permission?: string) {
  const row = await repo.findActivity(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('sw_activity');
  const project = await loadProject(ctx, row.project_id, permission);
  return { row, project };
}

/** A project's activities with their plans and briefs (A3.4). */
export async function listActivities(ctx: UseCase, projectId: string): Promise<z.infer<typeof s.activityList>> {
  const l = await loadProject(ctx, projectId);
  const rows = await repo.listActivities(ctx.db, ctx.actor.tenantId, projectId);
  return { items: await present(ctx, l, rows), briefDeadlineDays: await paramAt(ctx, l.orgPath, 'briefDeadlineDays') };
}

/** One activity; also the history reader of `sw_activity`. */
export async function getActivity(ctx: UseCase, id: string): Promise<ActivityOut> {
  const { row, project } = await loadActivity(ctx, id);
  return (await present(ctx, project, [row]))[0]!;
}

/** The day of the project's start, before which nothing of it is planned or held. */
async function startDay(ctx: UseCase, l: LoadedProject): Promise<string | null> {
  return l.project.startedAt ? businessDate(l.project.startedAt, await tenantZone(ctx)) : null;
}

async function checkPlan(ctx: UseCase, l: LoadedProject, body: z.infer<typeof s.activityCreateBody>): Promise<void> {
  const start = await startDay(ctx, l);
  if (start && body.plannedOn < start)
    throw fieldError('unprocessable', 'socialwork.activity_before_start', 'plannedOn', `the project started on ${start}`);
  if (body.progressItemId && !(await repo.progressItemOf(ctx.db, ctx.actor.tenantId, l.project.id, body.progressItemId)))
    throw fieldError('not_found', 'socialwork.progress_item_not_found', 'progressItemId', 'no such item in this project’s progress plan');
}

const planColumns = (body: z.infer<typeof s.activityCreateBody>) => ({
  progress_item_id: body.progressItemId,
  title: body.title,
  method: body.method,
  key_activity: body.keyActivity ? 1 : 0,
  planned_on: body.plannedOn,
  place: body.place || null,
  plan_goals: body.planGoals,
  plan_content: body.planContent,
  plan_staffing: body.planStaffing,
});

// the row as its history tells it: whether it is a key activity in words (是), not the column's 1
const audited = (r: SwActivityTable) => {
  const { tenant_id: _t, ...rest } = r;
  return { ...rest, key_activity: Boolean(Number(r.key_activity)) };
};

/** Plans an activity of a running project: it is created with its activity plan (A3.4). */
export async function createActivity(ctx: UseCase, projectId: string, body: z.infer<typeof s.activityCreateBody>): Promise<ActivityOut> {
  const l = await loadProject(ctx, projectId, SW_EXECUTE);
  requireProjectState(l.project, ['running'], 'planning an activity');
  await checkPlan(ctx, l, body);
  const id = await inTransaction(ctx, async (tx) => {
    const row: SwActivityTable = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      project_id: projectId,
      ...planColumns(body),
      plan_written_by: tx.actor.userId!,
      plan_written_at: tx.now,
      state: 'planned',
      held_on: null,
      attendance: null,
      held_by: null,
      held_at: null,
      cancel_reason: null,
      brief_summary: null,
      brief_reflection: null,
      brief_by: null,
      brief_at: null,
      created_at: tx.now,
      version: 1,
    };
    await repo.insertActivity(tx.db, row);
    await tx.audit({ action: 'sw_activity.plan', entity: 'sw_activity', entityId: row.id, after: audited(row) });
    return row.id;
  });
  return getActivity(ctx, id);
}

/** Runs `change` on an activity still at the version the caller saw, audited as `action`. */
async function change(
  ctx: UseCase,
  id: string,
  version: number | undefined,
  action: string,
  check: (row: repo.ActivityRow, l: LoadedProject, tx: Tx) => Promise<Partial<SwActivityTable>> | Partial<SwActivityTable>,
  after?: (tx: Tx, row: SwActivityTable) => Promise<void>,
): Promise<ActivityOut> {
  const { row, project } = await loadActivity(ctx, id, SW_EXECUTE);
  if (version !== undefined && version !== Number(row.version)) throw staleActivity();
  await inTransaction(ctx, async (tx) => {
    const { plan_by_name: _p, held_by_name: _h, brief_by_name: _b, ...before } = row;
    const next: SwActivityTable = { ...before, ...(await check(row, project, tx)), version: Number(row.version) + 1 };
    if (!(await repo.updateActivity(tx.db, next, Number(row.version)))) throw staleActivity();
    if (after) await after(tx, next);
    await tx.audit({ action, entity: 'sw_activity', entityId: id, before: audited(before), after: audited(next) });
  });
  return getActivity(ctx, id);
}

const requirePlanned = (row: repo.ActivityRow, what: string) => {
  if (row.state !== 'planned')
    throw fieldError('conflict', 'socialwork.activity_state', 'state', `${what} is not possible once the activity is ${row.state}`);
};

/** Changes the activity plan while the activity is still planned. */
export async function editActivity(ctx: UseCase, id: string, body: z.infer<typeof s.activityEditBody>): Promise<ActivityOut> {
  return change(ctx, id, body.version, 'sw_activity.edit', async (row, l, tx) => {
    requireProjectState(l.project, ['running'], 'changing an activity plan');
    requirePlanned(row, 'changing its plan');
    const { version: _v, ...plan } = body;
    await checkPlan(tx, l, plan);
    return { ...planColumns(plan), plan_written_by: tx.actor.userId!, plan_written_at: tx.now };
  });
}

/**
 * Records that the activity was held (A3.4): on a day not in the future nor before the project started, with how
 * many took part; refused when the activity has no written plan (`socialwork.activity_plan_required`).
 */
export async function holdActivity(ctx: UseCase, id: string, body: z.infer<typeof s.activityHoldBody>): Promise<ActivityOut> {
  return change(ctx, id, body.version, 'sw_activity.hold', async (row, l, tx) => {
    requireProjectState(l.project, ['running'], 'holding an activity');
    requirePlanned(row, 'holding it');
    if (!planWritten({ goals: row.plan_goals, content: row.plan_content, staffing: row.plan_staffing }))
      throw fieldError(
        'unprocessable',
        'socialwork.activity_plan_required',
        'planContent',
        'an activity is held only with its written plan',
      );
    if (body.heldOn > (await today(tx)))
      throw fieldError('unprocessable', 'socialwork.held_in_future', 'heldOn', 'an activity cannot be held on a day still to come');
    const start = await startDay(tx, l);
    if (start && body.heldOn < start)
      throw fieldError('unprocessable', 'socialwork.activity_before_start', 'heldOn', `the project started on ${start}`);
    return { state: 'held', held_on: body.heldOn, attendance: body.attendance, held_by: tx.actor.userId!, held_at: tx.now };
  });
}

/** Cancels a planned activity, with the reason. */
export async function cancelActivity(ctx: UseCase, id: string, body: z.infer<typeof s.activityCancelBody>): Promise<ActivityOut> {
  return change(ctx, id, body.version, 'sw_activity.cancel', (row, l) => {
    requireProjectState(l.project, ['running'], 'cancelling an activity');
    requirePlanned(row, 'cancelling it');
    return { state: 'cancelled', cancel_reason: body.reason };
  });
}

/**
 * Writes the brief (简报) of a held activity: its summary and reflection, with photos. Due `briefDeadlineDays` after
 * the day it was held; a brief written later is accepted and shows as late. Written once.
 */
export async function writeBrief(ctx: UseCase, id: string, body: z.infer<typeof s.briefBody>): Promise<ActivityOut> {
  // decoded before the transaction: checking a photo's pixels must not hold the write lock
  const photos = await Promise.all(body.photos.map((p, i) => checkImage(p, `photos.${i}`, 'photo')));
  // on disk before the transaction that names them
  const files = await storeFiles(ctx, photos);
  return change(
    ctx,
    id,
    body.version,
    'sw_activity.brief',
    (row, l, tx) => {
      requireProjectState(l.project, ['running', 'closing'], 'writing a brief');
      if (row.state !== 'held')
        throw fieldError('conflict', 'socialwork.activity_not_held', 'state', 'a brief is written once the activity was held');
      if (row.brief_at) throw fieldError('conflict', 'socialwork.brief_written', 'summary', 'the brief of this activity is written');
      return { brief_summary: body.summary, brief_reflection: body.reflection, brief_by: tx.actor.userId!, brief_at: tx.now };
    },
    async (tx, row) => {
      for (const [i, photo] of photos.entries()) {
        const blobId = await recordFile(tx, files[i]!);
        await tx.db
          .insertInto('sw_attachments')
          .values({
            tenant_id: tx.actor.tenantId,
            id: newId(),
            project_id: row.project_id,
            owner_kind: 'brief',
            owner_id: row.id,
            blob_id: blobId,
            file_name: `brief-${i + 1}.${photo.contentType === 'image/png' ? 'png' : 'jpg'}`,
            content_type: photo.contentType,
            size: photo.bytes.length,
            uploaded_by: tx.actor.userId!,
            uploaded_at: tx.now,
          })
          .execute();
      }
    },
  );
}

/** A photo of an activity's brief, for the project's readers only. */
export async function briefPhoto(ctx: UseCase, id: string, blobId: string) {
  const { row } = await loadActivity(ctx, id);
  const photos = await repo.briefPhotos(ctx.db, ctx.actor.tenantId, [row.id]);
  if (!photos.some((p) => p.blob_id === blobId)) throw notFound('image');
  return readImage(ctx, blobId);
}
