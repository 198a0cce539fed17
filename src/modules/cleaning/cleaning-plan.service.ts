import type { z } from 'zod';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import type { Page } from '../../platform/http/list.js';
import { newId } from '../../platform/ids.js';
import * as estates from '../estates/estate.repo.js';
import { listStaff } from '../identity/staff.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { CLEANING_PLAN, CLEANING_READ, CLEANING_RECTIFY, INSPECT_PERMISSION } from './cleaning.permissions.js';
import type { CleaningArea, InspectionLevel } from './cleaning.types.js';
import * as repo from './cleaning-plan.repo.js';
import type * as s from './cleaning-plan.schemas.js';
import { planInspections, todayOf } from './cleaning-planning.js';
import { authorizeRead } from './cleaning-standard.policy.js';
import { adoptInTx } from './cleaning-standard.service.js';

type PlanOut = z.infer<typeof s.planSchema>;
type PlanFields = Pick<z.infer<typeof s.planCreateBody>, 'inspectorId' | 'cleanerId' | 'areas'>;

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the plan was changed by someone else; reload');

function present(ctx: UseCase, l: repo.LoadedPlan): PlanOut {
  const { createdBy: _b, ...plan } = l.plan;
  return {
    ...plan,
    estateName: l.estateName,
    officeName: l.officeName,
    inspectorName: l.inspectorName,
    cleanerName: l.cleanerName,
    mayEdit: allowsAt(ctx.actor.access, CLEANING_PLAN, l.officePath),
  };
}

/** A plan the caller may read (404 outside their nodes, 403 inside without cleaning.read). */
async function loadPlan(ctx: UseCase, id: string, permission = CLEANING_READ): Promise<repo.LoadedPlan> {
  const found = await repo.findPlan(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('cleaning_plan');
  authorizeRead(ctx.actor.access, found.officePath, 'cleaning_plan');
  if (!allowsAt(ctx.actor.access, permission, found.officePath) && permission !== CLEANING_READ) throw forbidden(permission);
  return found;
}

/**
 * A6.3: the inspector holds the level's inspect permission at the estate's office (for a self-check she is the
 * responsible cleaner herself); the cleaner holds cleaning.rectify there; each area is named once.
 */
async function checkPeople(ctx: UseCase, officeId: string, level: InspectionLevel, f: PlanFields): Promise<void> {
  const seen = new Set<CleaningArea>();
  for (const a of f.areas) {
    if (seen.has(a)) throw fieldError('unprocessable', 'cleaning_plan.area_repeated', 'areas', `the area ${a} is named twice`);
    seen.add(a);
  }
  if (level === 'self' && f.inspectorId !== f.cleanerId)
    throw fieldError('unprocessable', 'cleaning_plan.self_not_cleaner', 'inspectorId', 'a self-check is made by the responsible cleaner');
  const inspectors = await listStaff(ctx, officeId, [INSPECT_PERMISSION[level]]);
  if (!inspectors.some((p) => p.id === f.inspectorId))
    throw fieldError(
      'unprocessable',
      'cleaning_plan.inspector_not_allowed',
      'inspectorId',
      `the inspector does not hold ${INSPECT_PERMISSION[level]} at the estate's office`,
    );
  const cleaners = await listStaff(ctx, officeId, [CLEANING_RECTIFY]);
  if (!cleaners.some((p) => p.id === f.cleanerId))
    throw fieldError(
      'unprocessable',
      'cleaning_plan.cleaner_not_allowed',
      'cleanerId',
      'the cleaner is not a cleaner of the estate’s office',
    );
}

/** The plans of the caller's estates (cleaning.read at their office). */
export async function listPlans(ctx: UseCase, q: z.infer<typeof s.planListQuery>): Promise<Page<PlanOut>> {
  const scope = scopeOf(ctx.actor.access, CLEANING_READ);
  if (!scope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${CLEANING_READ}`);
  const officePath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const { items, total } = await repo.listPlans(ctx.db, ctx.actor.tenantId, { ...q, scope, officePath });
  return { items: items.map((l) => present(ctx, l)), total, page: q.page, pageSize: q.pageSize };
}

/** Sets up a plan: the estate gets its own library copy and the current period's inspections are planned at once. */
export async function createPlan(ctx: UseCase, body: z.infer<typeof s.planCreateBody>): Promise<PlanOut> {
  const estate = await estates.findEstate(ctx.db, ctx.actor.tenantId, body.estateId);
  if (!estate) throw fieldError('not_found', 'estate.not_found', 'estateId', 'no such estate in your offices');
  authorizeRead(ctx.actor.access, estate.officePath, 'estate');
  if (!allowsAt(ctx.actor.access, CLEANING_PLAN, estate.officePath)) throw forbidden(CLEANING_PLAN);
  await checkPeople(ctx, estate.estate.officeId, body.level, body);
  const id = await inTransaction(ctx, async (tx) => {
    const plan: repo.Plan = {
      id: newId(),
      estateId: body.estateId,
      officeId: estate.estate.officeId,
      level: body.level,
      frequency: body.frequency,
      inspectorId: body.inspectorId,
      cleanerId: body.cleanerId,
      areas: body.areas,
      active: true,
      createdAt: tx.now,
      createdBy: tx.actor.userId,
      updatedAt: tx.now,
      version: 1,
    };
    await adoptInTx(tx, body.estateId);
    await repo.insertPlan(tx.db, tx.actor.tenantId, plan);
    await tx.audit({ action: 'cleaning_plan.create', entity: 'cleaning_plan', entityId: plan.id, after: plan });
    await planInspections(tx, plan, await todayOf(tx));
    return plan.id;
  });
  return getPlan(ctx, id);
}

/** Also the history reader of `cleaning_plan`. */
export async function getPlan(ctx: UseCase, id: string): Promise<PlanOut> {
  return present(ctx, await loadPlan(ctx, id));
}

/**
 * Changes a plan from now on: areas newly added get the current period's inspections; a stopped plan plans nothing
 * more, and what was planned stays.
 */
export async function editPlan(ctx: UseCase, id: string, body: z.infer<typeof s.planEditBody>): Promise<PlanOut> {
  const loaded = await loadPlan(ctx, id, CLEANING_PLAN);
  const before = loaded.plan;
  if (body.version !== before.version) throw stale();
  await checkPeople(ctx, before.officeId, before.level, body);
  await inTransaction(ctx, async (tx) => {
    const after: repo.Plan = {
      ...before,
      frequency: body.frequency,
      inspectorId: body.inspectorId,
      cleanerId: body.cleanerId,
      areas: body.areas,
      active: body.active,
      updatedAt: tx.now,
      version: before.version + 1,
    };
    if (!(await repo.updatePlan(tx.db, tx.actor.tenantId, after, before.version))) throw stale();
    await tx.audit({ action: 'cleaning_plan.edit', entity: 'cleaning_plan', entityId: id, before, after });
    // a plan started again plans its whole current period; a running one only the areas newly added
    const added = before.active ? after.areas.filter((a) => !before.areas.includes(a)) : after.areas;
    await planInspections(tx, after, await todayOf(tx), added);
  });
  return getPlan(ctx, id);
}
