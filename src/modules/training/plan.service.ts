import type { z } from 'zod';
import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import * as repo from './plan.repo.js';
import { trainingOrg } from './training.org.js';
import { TRAINING_MANAGE, TRAINING_READ } from './training.permissions.js';
import { authorizeManage, authorizeRead, planAbilities } from './training.policy.js';
import { fromTenths, itemStatus, monthInPeriod, type Period, periodsOverlap, planPeriod, toTenths } from './training.rules.js';
import type * as s from './training.schemas.js';
import type { TrainingPlanItemTable, TrainingPlanTable } from './training.tables.js';
import { todayOf } from './training.today.js';

type PlanOut = z.infer<typeof s.planSchema>;
type ItemBody = z.infer<typeof s.planCreateBody>['items'][number];

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the plan was changed by someone else; reload');

async function present(ctx: UseCase, rows: repo.PlanRow[]): Promise<PlanOut[]> {
  const t = ctx.actor.tenantId;
  const items = await repo.itemsOf(
    ctx.db,
    t,
    rows.map((r) => r.id),
  );
  const sessions = await repo.sessionsOfItems(
    ctx.db,
    t,
    items.map((i) => i.id),
  );
  const today = await todayOf(ctx);
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    year: Number(r.year),
    half: r.half,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    title: r.title,
    state: r.state,
    inForceAt: r.in_force_at,
    inForceByName: r.in_force_by_name,
    items: items
      .filter((i) => i.plan_id === r.id)
      .map((i) => {
        const done = sessions.filter((x) => x.plan_item_id === i.id).map((x) => ({ id: x.id, heldOn: x.held_on }));
        return {
          id: i.id,
          topic: i.topic,
          month: i.month,
          kind: i.kind,
          hours: fromTenths(Number(i.hours_tenths)),
          status: itemStatus({ month: i.month, sessions: done.length, planState: r.state }, today),
          sessions: done,
        };
      }),
    version: Number(r.version),
    abilities: planAbilities(ctx.actor.access, r.org_path, r.state),
  }));
}

/** The training plans of the caller's stations and centres (A1.1), latest period first, with each item's status. */
export async function listPlans(ctx: UseCase, q: z.infer<typeof s.planListQuery>): Promise<z.infer<typeof s.planList>> {
  const scope = scopeOf(ctx.actor.access, TRAINING_READ);
  if (!scope.length) throw forbidden(TRAINING_READ);
  const orgPath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const rows = await repo.listPlans(ctx.db, ctx.actor.tenantId, scope, { orgPath, year: q.year });
  return { items: await present(ctx, rows) };
}

async function loadPlan(ctx: UseCase, id: string) {
  const r = await repo.findPlan(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('training_plan');
  return r;
}

/** One plan; the history reader of `training_plan`. */
export async function getPlan(ctx: UseCase, id: string): Promise<PlanOut> {
  const r = await loadPlan(ctx, id);
  authorizeRead(ctx.actor.access, r.org_path, 'training_plan');
  return (await present(ctx, [r]))[0]!;
}

/** Every item's month inside the plan's period (`items.<n>.month` names the first one outside). */
function checkItems(items: readonly ItemBody[], period: Period) {
  const outside = items.findIndex((i) => !monthInPeriod(i.month, period));
  if (outside >= 0)
    throw fieldError('unprocessable', 'training.item_month_outside', `items.${outside}.month`, 'the month lies outside the plan’s period');
}

const itemRows = (tenantId: string, planId: string, items: readonly ItemBody[]): TrainingPlanItemTable[] =>
  items.map((i, position) => ({
    tenant_id: tenantId,
    id: newId(),
    plan_id: planId,
    position,
    topic: i.topic,
    month: i.month,
    kind: i.kind,
    hours_tenths: toTenths(i.hours),
  }));

/**
 * Drafts the training plan of a station or centre for a year or a half-year (A1.1: 制定学习培训计划). A node has one plan
 * per period: a year plan and a half-year plan of the same year overlap, and the second is refused.
 */
export async function createPlan(ctx: UseCase, body: z.infer<typeof s.planCreateBody>): Promise<PlanOut> {
  const org = await trainingOrg(ctx, body.orgId, TRAINING_MANAGE);
  const t = ctx.actor.tenantId;
  const period = planPeriod(body.year, body.half);
  checkItems(body.items, period);
  const id = await inTransaction(ctx, async (tx) => {
    const others = await repo.plansOfOrg(tx.db, t, org.id);
    if (others.some((o) => periodsOverlap({ from: o.period_from, to: o.period_to }, period)))
      throw fieldError('conflict', 'training.plan_overlap', 'half', 'the node has a plan for this period already');
    const row: TrainingPlanTable = {
      tenant_id: t,
      id: newId(),
      org_id: org.id,
      year: body.year,
      half: body.half,
      period_from: period.from,
      period_to: period.to,
      title: body.title,
      state: 'draft',
      in_force_at: null,
      in_force_by: null,
      created_at: tx.now,
      created_by: tx.actor.userId,
      updated_at: tx.now,
      version: 1,
    };
    await repo.insertPlan(tx.db, row);
    const items = itemRows(t, row.id, body.items);
    await repo.replaceItems(tx.db, t, row.id, items);
    const { tenant_id: _t, ...after } = row;
    await tx.audit({ action: 'training_plan.create', entity: 'training_plan', entityId: row.id, after: { ...after, items: body.items } });
    return row.id;
  });
  return getPlan(ctx, id);
}

async function draftForChange(ctx: UseCase, id: string, version: number | undefined) {
  const r = await loadPlan(ctx, id);
  authorizeManage(ctx.actor.access, r.org_path, 'training_plan');
  if (r.state !== 'draft') throw fieldError('conflict', 'training.plan_in_force', 'state', 'a plan in force no longer changes');
  if (version !== undefined && version !== Number(r.version)) throw stale();
  return r;
}

const tableRow = (r: repo.PlanRow): TrainingPlanTable => ({
  tenant_id: r.tenant_id,
  id: r.id,
  org_id: r.org_id,
  year: Number(r.year),
  half: r.half,
  period_from: r.period_from,
  period_to: r.period_to,
  title: r.title,
  state: r.state,
  in_force_at: r.in_force_at,
  in_force_by: r.in_force_by,
  created_at: r.created_at,
  created_by: r.created_by,
  updated_at: r.updated_at,
  version: Number(r.version),
});

/** Changes a draft's title and items (the items are replaced as a whole). */
export async function editPlan(ctx: UseCase, id: string, body: z.infer<typeof s.planEditBody>): Promise<PlanOut> {
  await inTransaction(ctx, async (tx) => {
    const r = await draftForChange(tx, id, body.version);
    checkItems(body.items, { from: r.period_from, to: r.period_to });
    const before = (await getPlan(tx, id)).items.map(({ topic, month, kind, hours }) => ({ topic, month, kind, hours }));
    const next: TrainingPlanTable = { ...tableRow(r), title: body.title, updated_at: tx.now, version: Number(r.version) + 1 };
    if (!(await repo.updatePlan(tx.db, next, Number(r.version)))) throw stale();
    await repo.replaceItems(tx.db, tx.actor.tenantId, id, itemRows(tx.actor.tenantId, id, body.items));
    await tx.audit({
      action: 'training_plan.edit',
      entity: 'training_plan',
      entityId: id,
      before: { title: r.title, items: before },
      after: { title: body.title, items: body.items },
    });
  });
  return getPlan(ctx, id);
}

/** The station head puts the draft in force (审定): from then on it is the plan sessions carry out and are checked against. */
export async function putPlanInForce(ctx: UseCase, id: string, body: z.infer<typeof s.planInForceBody>): Promise<PlanOut> {
  await inTransaction(ctx, async (tx) => {
    const r = await draftForChange(tx, id, body.version);
    const items = await repo.itemsOf(tx.db, tx.actor.tenantId, [id]);
    if (!items.length) throw fieldError('unprocessable', 'training.plan_empty', 'items', 'a plan without items cannot be put in force');
    const next: TrainingPlanTable = {
      ...tableRow(r),
      state: 'in_force',
      in_force_at: tx.now,
      in_force_by: tx.actor.userId,
      updated_at: tx.now,
      version: Number(r.version) + 1,
    };
    if (!(await repo.updatePlan(tx.db, next, Number(r.version)))) throw stale();
    await tx.audit({
      action: 'training_plan.in_force',
      entity: 'training_plan',
      entityId: id,
      before: { state: r.state },
      after: { state: next.state, in_force_at: next.in_force_at, in_force_by: next.in_force_by },
    });
  });
  return getPlan(ctx, id);
}
