import { hasAnywhere, intersectScopes, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { forbidden, notFound } from '../../platform/http/errors.js';
import type { Figure } from '../../platform/modules.js';
import { addMonths, lastMonths } from '../../platform/months.js';
import { tenantMonth } from '../../platform/tenancy.js';
import * as repo from './collection-rate.repo.js';
import { figuresOf, ratePermille, totalOf } from './collection-rate.rules.js';
import { FEE_SUPERVISE } from './fees.permissions.js';

export interface RateQuery {
  month?: string | undefined;
  level?: repo.RateLevel | undefined;
  officeId?: string | undefined;
  estateId?: string | undefined;
  buildingId?: string | undefined;
}

/** The current business month (`YYYY-MM`) in the tenant's zone. */
export async function currentMonth(ctx: UseCase): Promise<string> {
  return tenantMonth(ctx, ctx.clock.now());
}

/** The month the rate is shown for by default: the last month that has ended. */
export async function lastMonth(ctx: UseCase): Promise<string> {
  return addMonths(await currentMonth(ctx), -1);
}

/**
 * Where the caller supervises inside the node the filters name: 404 for a node outside what they can see, 403
 * inside without `fees.supervise`, and 403 for a caller who supervises nowhere.
 */
async function supervisedScope(
  ctx: UseCase,
  f: { officeId?: string | undefined; estateId?: string | undefined; buildingId?: string | undefined },
) {
  const scope = scopeOf(ctx.actor.access, FEE_SUPERVISE);
  if (!hasAnywhere(ctx.actor.access, FEE_SUPERVISE)) throw forbidden(FEE_SUPERVISE);
  const node = await repo.filterNode(ctx.db, ctx.actor.tenantId, {
    ...(f.officeId ? { officeId: f.officeId } : {}),
    ...(f.estateId ? { estateId: f.estateId } : {}),
    ...(f.buildingId ? { buildingId: f.buildingId } : {}),
  });
  if (!node) throw notFound(f.buildingId ? 'building' : f.estateId ? 'estate' : 'org');
  if (node.office) authorize(ctx.actor.access, FEE_SUPERVISE, node.office.path, 'org');
  return { scope: node.office ? intersectScopes(scope, [node.office.path]) : scope, node };
}

const CHILD: Record<repo.RateLevel, repo.RateLevel> = { office: 'estate', estate: 'building', building: 'unit', unit: 'unit' };

/**
 * The collection rate of a month per office, estate, building or unit of the node the filters name, the totals
 * (the sum of the rows), and the node's trend over the twelve months ending with the month.
 */
export async function collectionRate(ctx: UseCase, q: RateQuery) {
  const { scope, node } = await supervisedScope(ctx, q);
  const month = q.month ?? (await lastMonth(ctx));
  const level = q.level ?? 'office';
  const filter = {
    scope,
    ...(node.estate ? { estateId: node.estate.id } : {}),
    ...(node.building ? { buildingId: node.building.id } : {}),
  };
  const sums = await repo.rateRows(ctx.db, ctx.actor.tenantId, { ...filter, level, month });
  const idOf = (r: repo.RateSums) =>
    (level === 'office' ? r.officeId : level === 'estate' ? r.estateId : level === 'building' ? r.buildingId : r.unitId)!;
  const names = await repo.nodeNames(ctx.db, ctx.actor.tenantId, level, sums.map(idOf));
  const rows = sums
    .map((r) => ({
      id: idOf(r),
      name: names.get(idOf(r)) ?? '',
      officeId: r.officeId,
      estateId: r.estateId,
      buildingId: r.buildingId,
      unitId: r.unitId,
      ...figuresOf(r),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }) || a.id.localeCompare(b.id));
  const months = lastMonths(month, 12);
  const byMonth = await repo.rateByMonth(ctx.db, ctx.actor.tenantId, { ...filter, first: months[0]!, last: month });
  const trend = months.map((m) => {
    const s = byMonth.get(m) ?? { receivable: 0, received: 0 };
    return { month: m, ...s, ratePermille: ratePermille(s.received, s.receivable) };
  });
  return {
    month,
    level,
    childLevel: level === 'unit' ? null : CHILD[level],
    node: {
      office: node.office ? { id: node.office.id, name: node.office.name } : null,
      estate: node.estate,
      building: node.building,
    },
    rows,
    total: totalOf(rows),
    trend,
  };
}

/** Last month's collection rate over the subtrees the caller heads, with the five months before it (workbench). */
export async function collectionRateFigures(ctx: UseCase, figureScope: readonly string[]): Promise<Figure[]> {
  const scope = intersectScopes(figureScope, scopeOf(ctx.actor.access, FEE_SUPERVISE));
  if (!scope.length) return [];
  const month = await lastMonth(ctx);
  const months = lastMonths(month, 6);
  const byMonth = await repo.rateByMonth(ctx.db, ctx.actor.tenantId, { scope, first: months[0]!, last: month });
  const series = months.map((m) => {
    const s = byMonth.get(m);
    return { month: m, value: s ? ratePermille(s.received, s.receivable) : null };
  });
  return [{ key: 'fees.collectionRate', unit: 'permille', value: series.at(-1)!.value, link: `/collection-rate?month=${month}`, series }];
}
