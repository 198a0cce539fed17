import { hasAnywhere, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError, forbidden, notFound } from '../../platform/http/errors.js';
import * as repo from './arrears.repo.js';
import { filterNode } from './collection-rate.repo.js';
import { currentMonth } from './collection-rate.service.js';
import { FEES_READ } from './fees.permissions.js';

export interface ArrearsQuery {
  estateId?: string | undefined;
  buildingId?: string | undefined;
  unitId?: string | undefined;
  minMonths?: number | undefined;
  q?: string | undefined;
}

/** The filter over the offices where the caller reads fees: 404 for an estate, building or unit outside, 403 inside without fees.read. */
async function arrearsFilter(ctx: UseCase, f: ArrearsQuery): Promise<repo.ArrearsFilter> {
  if (!hasAnywhere(ctx.actor.access, FEES_READ)) throw forbidden(FEES_READ);
  const scope = scopeOf(ctx.actor.access, FEES_READ);
  if (f.estateId || f.buildingId || f.unitId) {
    const node = await filterNode(ctx.db, ctx.actor.tenantId, {
      ...(f.estateId ? { estateId: f.estateId } : {}),
      ...(f.buildingId ? { buildingId: f.buildingId } : {}),
      ...(f.unitId ? { unitId: f.unitId } : {}),
    });
    const what = f.unitId ? 'unit' : f.buildingId ? 'building' : 'estate';
    if (!node?.office) throw notFound(what);
    authorize(ctx.actor.access, FEES_READ, node.office.path, what);
  }
  return {
    scope,
    currentMonth: await currentMonth(ctx),
    estateId: f.estateId,
    buildingId: f.buildingId,
    unitId: f.unitId,
    minMonths: f.minMonths,
    q: f.q,
  };
}

/** Arrears (欠费) per unit as of today, the largest first, with ageing buckets and the totals of every matching unit. */
export async function listArrears(ctx: UseCase, f: ArrearsQuery & { page: number; pageSize: number }) {
  const filter = await arrearsFilter(ctx, f);
  const { rows, total, totals } = await repo.listArrears(ctx.db, ctx.actor.tenantId, { ...filter, page: f.page, pageSize: f.pageSize });
  return { items: rows, total, page: f.page, pageSize: f.pageSize, totals, asOfMonth: filter.currentMonth };
}

/** The most units one bulk print or export takes; more asks for narrower filters. */
export const ARREARS_ROW_LIMIT = 10_000;

/** Every unit in arrears for the filters (export, bulk notices), refused when there are too many for one file. */
export async function allArrears(ctx: UseCase, f: ArrearsQuery, limit = ARREARS_ROW_LIMIT) {
  const filter = await arrearsFilter(ctx, f);
  const first = await repo.listArrears(ctx.db, ctx.actor.tenantId, { ...filter, page: 1, pageSize: limit });
  if (first.total > limit)
    throw new DomainError('unprocessable', 'export.too_many_rows', `${first.total} units match: narrow the filters to at most ${limit}`);
  return { filter, rows: first.rows, totals: first.totals };
}

/** The units in arrears with their unpaid bills, oldest first (催缴通知单). */
export async function arrearsNotices(ctx: UseCase, f: ArrearsQuery, limit: number) {
  const { filter, rows } = await allArrears(ctx, f, limit);
  const bills = await repo.arrearsBillsOf(
    ctx.db,
    ctx.actor.tenantId,
    filter,
    rows.map((r) => r.unitId),
  );
  return rows.map((r) => ({ lines: bills.filter((b) => b.unitId === r.unitId), ...r }));
}
