/**
 * The change requests of a running project (A3.4): the executor asks for a change of the plan or of the needs with
 * the full new plan, the supervisor and the head each decide on it, and once both approved the new plan is the
 * version in force. One change awaits its approvals at a time.
 */
import type { z } from 'zod';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { changeOutcome } from './execution.rules.js';
import type * as s from './execution.schemas.js';
import { me, readChangeRequest, recordOf, runningProject, stale } from './execution.service.js';
import { checkPlanContent } from './plan.service.js';
import * as repo from './project.repo.js';
import { SW_APPROVE, SW_SUPERVISE } from './socialwork.permissions.js';
import type { SwChangeRequestTable } from './socialwork.tables.js';
import type { PlanContent } from './socialwork.types.js';

type Out<T extends z.ZodType> = z.infer<T>;

export async function pendingChange(tx: UseCase, projectId: string) {
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
