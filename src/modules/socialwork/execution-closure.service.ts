/**
 * The closure of a project (A3.4): the executor begins it (running → closing), records the feedback of users and
 * partners and replies to each, writes the project summary, and closes the project (closing → closed) once every
 * feedback is answered and the summary written.
 */
import type { z } from 'zod';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import type * as s from './execution.schemas.js';
import { me, notFuture, recordOf, runningProject, stale } from './execution.service.js';
import { pendingChange } from './execution-changes.service.js';
import * as repo from './project.repo.js';
import { getProject, loadProject, requireProjectState, staleProject } from './project.service.js';
import { SW_EXECUTE } from './socialwork.permissions.js';
import type { SwFeedbackTable } from './socialwork.tables.js';

type Out<T extends z.ZodType> = z.infer<T>;

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
