import type { z } from 'zod';
import { relationCounts } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { notFound } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { CLEANING_READ } from './cleaning.permissions.js';
import { mayRecord } from './cleaning.policy.js';
import * as repo from './cleaning-inspection.repo.js';
import type * as s from './cleaning-inspection.schemas.js';
import { ensureEstateLibrary, findStandard, liveStandards, type Standard } from './cleaning-standard.repo.js';

type Detail = z.infer<typeof s.inspectionDetailSchema>;
type Summary = z.infer<typeof s.inspectionSchema>;

/** Today in the organisation's time zone. */
export const today = async (ctx: UseCase) => businessDate(ctx.clock.now(), await tenantZone(ctx));

export const present = (r: repo.InspectionRow, day: string): Summary => ({
  id: r.id,
  planId: r.plan_id,
  estateId: r.estate_id,
  estateName: r.estate_name,
  officeId: r.office_id,
  level: r.level,
  area: r.area,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  inspectorId: r.inspector_id,
  inspectorName: r.inspector_name,
  cleanerId: r.cleaner_id,
  cleanerName: r.cleaner_name,
  state: r.state,
  overdue: r.state === 'planned' && r.period_end < day,
  doneAt: r.done_at,
  doneBy: r.done_by,
  passedCount: Number(r.passed_count),
  failedCount: Number(r.failed_count),
  version: Number(r.version),
});

/** The caller's own: the inspector or the cleaner of it, holding a cleaning permission that makes the relation count. */
export const relationReads = (ctx: UseCase) => relationCounts(ctx.actor.access, [CLEANING_READ]);

/** An inspection the caller may read (cleaning.read at its office, or their own): 404 outside, 403 inside. */
export async function loadInspection(ctx: UseCase, id: string): Promise<repo.InspectionRow> {
  const row = await repo.findInspection(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('cleaning_inspection');
  const me = ctx.actor.userId;
  if (me !== null && (row.inspector_id === me || row.cleaner_id === me) && relationReads(ctx)) return row;
  authorize(ctx.actor.access, CLEANING_READ, row.office_path, 'cleaning_inspection');
  return row;
}

/** The live checks of the estate's area, copying the group's library for the estate first if it has none yet. */
export async function checklistOf(ctx: UseCase, estateId: string, area: Standard['area']): Promise<Standard[]> {
  const live = await liveStandards(ctx.db, ctx.actor.tenantId, estateId, area);
  if (live.length) return live;
  const copied = await inTransaction(ctx, (tx) => ensureEstateLibrary(tx, estateId));
  return copied ? liveStandards(ctx.db, ctx.actor.tenantId, estateId, area) : live;
}

const photoUrl = (id: string, blobId: string) => ({ blobId, url: `/api/cleaning/inspections/${id}/photos/${blobId}` });

async function detail(ctx: UseCase, row: repo.InspectionRow): Promise<Detail> {
  const t = ctx.actor.tenantId;
  const base = present(row, await today(ctx));
  const abilities = {
    record: mayRecord(
      ctx.actor.access,
      ctx.actor.userId,
      { state: row.state, level: row.level, inspectorId: row.inspector_id },
      row.office_path,
    ),
  };
  if (row.state === 'planned') return { ...base, checklist: await checklistOf(ctx, row.estate_id, row.area), results: [], abilities };
  const rounds = await repo.firstRounds(ctx.db, t, row.id);
  const results = [];
  for (const r of await repo.listResults(ctx.db, t, row.id)) {
    const standard = await findStandard(ctx.db, t, r.standard_id);
    if (!standard) throw new Error(`cleaning result ${r.id} names a missing standard`);
    results.push({
      id: r.id,
      standard,
      passed: Number(r.passed) === 1,
      value: r.value === null ? null : Number(r.value),
      note: r.note,
      photos: (JSON.parse(r.photos) as string[]).map((b) => photoUrl(row.id, b)),
      rectificationId: rounds.get(r.id) ?? null,
    });
  }
  return { ...base, checklist: [], results, abilities };
}

/** Also the history reader of `cleaning_inspection`. */
export async function getInspection(ctx: UseCase, id: string): Promise<Detail> {
  return detail(ctx, await loadInspection(ctx, id));
}
