import type { RefResolver } from '../../platform/modules.js';
import { labelsBy } from '../../platform/record-labels.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';

// How the cleaning module's records are named where another record points to them (`recordRefs`, a rectification's
// history, X1): by what the checklist and the inspection say, never by id.

/** A standard by what is checked and how it should be: 地面 · 清扫地面垃圾、树叶等… (a rectification's 检查标准). */
export const standardRefs: Readonly<Record<string, RefResolver>> = {
  cleaning_standard: labelsBy((ctx, ids) =>
    ctx.db
      .selectFrom('cleaning_standards')
      .select(['id', 'object', 'criterion'])
      .where('tenant_id', '=', ctx.actor.tenantId)
      .where('id', 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: `${r.object} · ${r.criterion}` }))),
  ),
};

/**
 * An inspection by its estate and the days it is for, as its page's period reads: 翠竹园 2026-12-07 (a rectification's
 * 检查记录); one checked line of it by what it checked and what the inspector found: 地面 · 边角有灰 (its 检查结果).
 */
export const inspectionRefs: Readonly<Record<string, RefResolver>> = {
  cleaning_inspection: labelsBy((ctx, ids) =>
    ctx.db
      .selectFrom('cleaning_inspections as i')
      .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'i.tenant_id').onRef('e.id', '=', 'i.estate_id'))
      .select(['i.id', 'e.name', 'i.period_start', 'i.period_end'])
      .where('i.tenant_id', '=', ctx.actor.tenantId)
      .where('i.id', 'in', ids)
      .execute()
      .then((rows) =>
        rows.map((r) => ({
          id: r.id,
          label: `${r.name} ${r.period_start === r.period_end ? r.period_end : `${r.period_start} ~ ${r.period_end}`}`,
        })),
      ),
  ),
  cleaning_result: labelsBy((ctx, ids) =>
    ctx.db
      .selectFrom('cleaning_results as r')
      .innerJoin('cleaning_standards as s', (j) => j.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.standard_id'))
      .select(['r.id', 'r.note', 's.object'])
      .where('r.tenant_id', '=', ctx.actor.tenantId)
      .where('r.id', 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: r.note?.trim() ? `${r.object} · ${r.note.trim()}` : r.object }))),
  ),
};

/** A rectification by what it puts right and the day it was opened: 地面 2026-12-07 (the round before or after it). */
export const rectificationRefs: Readonly<Record<string, RefResolver>> = {
  cleaning_rectification: labelsBy(async (ctx, ids) => {
    const zone = await tenantZone(ctx);
    const rows = await ctx.db
      .selectFrom('cleaning_rectifications as r')
      .innerJoin('cleaning_standards as s', (j) => j.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.standard_id'))
      .select(['r.id', 'r.created_at', 's.object'])
      .where('r.tenant_id', '=', ctx.actor.tenantId)
      .where('r.id', 'in', ids)
      .execute();
    return rows.map((r) => ({ id: r.id, label: `${r.object} ${businessDate(r.created_at, zone)}` }));
  }),
};
