/**
 * A project's plan (项目计划书, A3.3): its versions listed and read with what the caller may do with each, the
 * executor drafting, editing and submitting version 1 while the project is being initiated, the organisation head
 * approving or returning it, and a version read for print. Versions from a change request are made and decided
 * with their change (execution-changes.service.ts).
 */
import type { z } from 'zod';
import { allowsAt } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { userNames } from '../identity/user.service.js';
import * as repo from './initiation.repo.js';
import type * as s from './initiation.schemas.js';
import { periodInOrder, planWarnings } from './plan.rules.js';
import * as projects from './project.repo.js';
import { loadProject, requireProjectState } from './project.service.js';
import { SW_APPROVE, SW_EXECUTE } from './socialwork.permissions.js';
import type { PlanContent } from './socialwork.types.js';

type PlanOut = z.infer<typeof s.planSchema>;

const stalePlan = () => new DomainError('conflict', 'record.version_conflict', 'the plan was changed by someone else; reload');

/** A plan's period in order, for a plan drafted (`content`) or the new plan of a change request (`newPlan`). */
export function checkPlanContent(c: PlanContent, field: 'content' | 'newPlan' = 'content'): void {
  if (!periodInOrder(c))
    throw fieldError(
      'unprocessable',
      'socialwork.dates_out_of_order',
      `${field}.periodTo`,
      'the project period cannot end before it begins',
    );
}

async function presentPlans(ctx: UseCase, l: projects.LoadedProject, plans: projects.Plan[]): Promise<PlanOut[]> {
  const names = await userNames(
    ctx,
    plans.flatMap((p) => [p.submittedBy, p.decidedBy]),
  );
  const initiating = l.project.state === 'initiating';
  const execute = allowsAt(ctx.actor.access, SW_EXECUTE, l.orgPath);
  const approve = allowsAt(ctx.actor.access, SW_APPROVE, l.orgPath);
  return plans.map((p) => {
    const open = initiating && !p.changeRequestId && (p.state === 'draft' || p.state === 'returned');
    return {
      id: p.id,
      projectId: p.projectId,
      versionNo: p.versionNo,
      state: p.state,
      content: p.content,
      warnings: planWarnings(p.content),
      submittedAt: p.submittedAt,
      submittedByName: p.submittedBy ? (names.get(p.submittedBy) ?? null) : null,
      decidedAt: p.decidedAt,
      decidedByName: p.decidedBy ? (names.get(p.decidedBy) ?? null) : null,
      returnReason: p.returnReason,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      version: p.version,
      printUrl: `/api/socialwork/plans/${p.id}/print`,
      abilities: {
        edit: execute && open,
        submit: execute && open,
        decide: approve && initiating && !p.changeRequestId && p.state === 'submitted',
      },
    };
  });
}

/** Every version of a project's plan, newest first, with the one in force. */
export async function listProjectPlans(ctx: UseCase, projectId: string): Promise<z.infer<typeof s.planList>> {
  const l = await loadProject(ctx, projectId);
  const plans = await projects.listPlans(ctx.db, ctx.actor.tenantId, projectId);
  return {
    items: await presentPlans(ctx, l, plans),
    inForce: plans.find((p) => p.state === 'approved')?.id ?? null,
    canDraft: !plans.length && l.project.state === 'initiating' && allowsAt(ctx.actor.access, SW_EXECUTE, l.orgPath),
  };
}

async function loadPlan(ctx: UseCase, id: string, permission?: string) {
  const plan = await repo.findPlan(ctx.db, ctx.actor.tenantId, id);
  if (!plan) throw notFound('sw_plan');
  const loaded = await loadProject(ctx, plan.projectId, permission);
  return { plan, loaded };
}

/** One plan version (also the history reader of `sw_plan`), through its project. */
export async function getPlan(ctx: UseCase, id: string): Promise<PlanOut> {
  const { plan, loaded } = await loadPlan(ctx, id);
  return (await presentPlans(ctx, loaded, [plan]))[0]!;
}

/** The executor drafts version 1 of the 项目计划书 while the project is being initiated (A3.3). */
export async function draftPlan(ctx: UseCase, projectId: string, content: PlanContent): Promise<PlanOut> {
  const loaded = await loadProject(ctx, projectId, SW_EXECUTE);
  requireProjectState(loaded.project, ['initiating'], 'drafting the plan');
  checkPlanContent(content);
  const id = await inTransaction(ctx, async (tx) => {
    if ((await projects.listPlans(tx.db, tx.actor.tenantId, projectId)).length)
      throw fieldError('conflict', 'socialwork.plan_exists', 'plan', 'the project has its plan: edit it, or request a change once it runs');
    const plan: projects.Plan = {
      id: newId(),
      projectId,
      versionNo: 1,
      state: 'draft',
      content,
      changeRequestId: null,
      submittedAt: null,
      submittedBy: null,
      decidedAt: null,
      decidedBy: null,
      returnReason: null,
      createdAt: tx.now,
      updatedAt: tx.now,
      version: 1,
    };
    await projects.insertPlan(tx.db, tx.actor.tenantId, plan);
    await tx.audit({ action: 'sw_plan.draft', entity: 'sw_plan', entityId: plan.id, after: plan });
    return plan.id;
  });
  return getPlan(ctx, id);
}

/** Runs one step of a plan version in its transaction, saving it at the version the caller saw. */
async function stepPlan(
  ctx: UseCase,
  id: string,
  permission: string,
  seen: number | undefined,
  step: (plan: projects.Plan, loaded: projects.LoadedProject, tx: Tx) => { after: projects.Plan; action: string },
): Promise<PlanOut> {
  const { plan, loaded } = await loadPlan(ctx, id, permission);
  if (seen !== undefined && seen !== plan.version) throw stalePlan();
  requireProjectState(loaded.project, ['initiating'], 'this step of the plan');
  if (plan.changeRequestId)
    throw fieldError('conflict', 'socialwork.plan_state', 'state', 'a plan version from a change request is decided with its change');
  await inTransaction(ctx, async (tx) => {
    const { after, action } = step(plan, loaded, tx);
    if (!(await repo.updatePlan(tx.db, tx.actor.tenantId, after, plan.version))) throw stalePlan();
    await tx.audit({ action, entity: 'sw_plan', entityId: id, before: plan, after });
  });
  return getPlan(ctx, id);
}

const planState = (what: string) =>
  fieldError('conflict', 'socialwork.plan_state', 'state', `${what} is not possible in the plan's present state`);

/** Edits a draft or a returned plan (a returned one keeps its reason on view until it is submitted again). */
export function editPlan(ctx: UseCase, id: string, body: z.infer<typeof s.planEditBody>): Promise<PlanOut> {
  checkPlanContent(body.content);
  return stepPlan(ctx, id, SW_EXECUTE, body.version, (plan, _l, tx) => {
    if (plan.state !== 'draft' && plan.state !== 'returned') throw planState('editing');
    return { action: 'sw_plan.edit', after: { ...plan, content: body.content, updatedAt: tx.now, version: plan.version + 1 } };
  });
}

/** Submits a draft or a returned plan to the organisation head. */
export function submitPlan(ctx: UseCase, id: string, seen?: number): Promise<PlanOut> {
  return stepPlan(ctx, id, SW_EXECUTE, seen, (plan, _l, tx) => {
    if (plan.state !== 'draft' && plan.state !== 'returned') throw planState('submitting');
    return {
      action: 'sw_plan.submit',
      after: {
        ...plan,
        state: 'submitted',
        submittedAt: tx.now,
        submittedBy: tx.actor.userId,
        decidedAt: null,
        decidedBy: null,
        returnReason: null,
        updatedAt: tx.now,
        version: plan.version + 1,
      },
    };
  });
}

/** The organisation head approves a submitted plan: it is the version in force (A3.3). */
export function approvePlan(ctx: UseCase, id: string, seen?: number): Promise<PlanOut> {
  return stepPlan(ctx, id, SW_APPROVE, seen, (plan, _l, tx) => {
    if (plan.state !== 'submitted') throw planState('approving');
    return {
      action: 'sw_plan.approve',
      after: { ...plan, state: 'approved', decidedAt: tx.now, decidedBy: tx.actor.userId, updatedAt: tx.now, version: plan.version + 1 },
    };
  });
}

/** The organisation head returns a submitted plan with the reason; the executor edits and submits it again. */
export function returnPlan(ctx: UseCase, id: string, body: z.infer<typeof s.planReturnBody>): Promise<PlanOut> {
  return stepPlan(ctx, id, SW_APPROVE, body.version, (plan, _l, tx) => {
    if (plan.state !== 'submitted') throw planState('returning');
    return {
      action: 'sw_plan.return',
      after: {
        ...plan,
        state: 'returned',
        decidedAt: tx.now,
        decidedBy: tx.actor.userId,
        returnReason: body.reason,
        updatedAt: tx.now,
        version: plan.version + 1,
      },
    };
  });
}

/** A plan version with its project, for the printed 项目计划书. */
export async function planForPrint(ctx: UseCase, id: string) {
  const { plan, loaded } = await loadPlan(ctx, id);
  const names = await userNames(ctx, [plan.decidedBy]);
  return { plan, loaded, decidedByName: plan.decidedBy ? (names.get(plan.decidedBy) ?? null) : null };
}
