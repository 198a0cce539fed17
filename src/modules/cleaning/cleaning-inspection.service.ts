import type { z } from 'zod';
import { decide as decideAccess, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import type { Page } from '../../platform/http/list.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { readImage } from '../orders/order.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { CLEANING_READ, INSPECT_PERMISSION } from './cleaning.permissions.js';
import type { CleaningInspectionTable } from './cleaning.tables.js';
import { getInspection, loadInspection, present, relationReads, today } from './cleaning-inspection.read.js';
import * as repo from './cleaning-inspection.repo.js';
import type * as s from './cleaning-inspection.schemas.js';
import { ensureEstateLibrary } from './cleaning-standard.repo.js';

export { getInspection } from './cleaning-inspection.read.js';
export { recordResults, recordResultsOnce } from './cleaning-inspection-record.service.js';

type Detail = z.infer<typeof s.inspectionDetailSchema>;
type Summary = z.infer<typeof s.inspectionSchema>;

/**
 * The inspections of the caller's offices (cleaning.read), and their own as inspector or cleaner. `overdue`:
 * planned with the period ended before today.
 */
export async function listInspections(ctx: UseCase, q: z.infer<typeof s.inspectionListQuery>): Promise<Page<Summary>> {
  const scope = scopeOf(ctx.actor.access, CLEANING_READ);
  const me = relationReads(ctx) ? ctx.actor.userId : null;
  if (!scope.length && me === null) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${CLEANING_READ}`);
  const office = q.orgId ? await loadVisibleOrg(ctx, q.orgId) : undefined;
  const day = await today(ctx);
  const { rows, total } = await repo.listInspections(ctx.db, ctx.actor.tenantId, {
    scope,
    userId: me,
    officePath: office?.path,
    estateId: q.estateId,
    state: q.state,
    level: q.level,
    area: q.area,
    inspectorId: q.mine ? (ctx.actor.userId ?? '') : undefined,
    overdueBefore: q.overdue ? day : undefined,
    from: q.from,
    to: q.to,
    sort: q.sort,
    page: q.page,
    pageSize: q.pageSize,
  });
  return { items: rows.map((r) => present(r, day)), total, page: q.page, pageSize: q.pageSize };
}

/**
 * A spot check made without a plan (经理抽查): planned for today, the caller its inspector, who must hold the
 * level's inspect permission at the estate's office. The cleaner defaults to the one of an active plan covering the area.
 */
export async function startSpotCheck(ctx: UseCase, body: z.infer<typeof s.spotCheckBody>): Promise<Detail> {
  return inTransaction(ctx, async (tx) => {
    const t = tx.actor.tenantId;
    const estate = await repo.findEstate(tx.db, t, body.estateId);
    if (!estate || decideAccess(tx.actor.access, '', estate.office_path) === 'not_found')
      throw fieldError('not_found', 'estate.not_found', 'estateId', 'no such estate in your offices');
    authorize(tx.actor.access, INSPECT_PERMISSION[body.level], estate.office_path, 'estate');
    if (tx.actor.userId === null) throw new DomainError('forbidden', 'auth.forbidden', 'a spot check is made by a person');
    let cleanerId = body.cleanerId;
    if (cleanerId === undefined) cleanerId = await repo.plannedCleaner(tx.db, t, estate.id, body.area);
    else if (!(await repo.findActiveUser(tx.db, t, cleanerId)))
      throw fieldError('unprocessable', 'cleaning_inspection.cleaner_unknown', 'cleanerId', 'no such active staff member');
    if (cleanerId === undefined)
      throw fieldError(
        'unprocessable',
        'cleaning_inspection.cleaner_required',
        'cleanerId',
        'no plan names the cleaner of this area: choose one',
      );
    await ensureEstateLibrary(tx, estate.id);
    const day = businessDate(new Date(tx.now), await tenantZone(tx));
    const row: CleaningInspectionTable = {
      tenant_id: t,
      id: newId(),
      plan_id: null,
      estate_id: estate.id,
      office_id: estate.office_id,
      level: body.level,
      area: body.area,
      period_start: day,
      period_end: day,
      inspector_id: tx.actor.userId,
      cleaner_id: cleanerId,
      state: 'planned',
      done_at: null,
      done_date: null,
      done_by: null,
      passed_count: 0,
      failed_count: 0,
      created_at: tx.now,
      version: 1,
    };
    await repo.insertInspection(tx.db, row);
    await tx.audit({ action: 'cleaning_inspection.spot_check', entity: 'cleaning_inspection', entityId: row.id, after: row });
    return getInspection(tx, row.id);
  });
}

/** A photo of an inspection's failed check, for the inspection's readers only. */
export async function inspectionPhoto(ctx: UseCase, id: string, blobId: string): Promise<{ contentType: string; bytes: Uint8Array }> {
  const row = await loadInspection(ctx, id);
  const t = ctx.actor.tenantId;
  const named = (await repo.listResults(ctx.db, t, row.id)).some((r) => (JSON.parse(r.photos) as string[]).includes(blobId));
  if (!named) throw notFound('image');
  return readImage(ctx, blobId);
}
