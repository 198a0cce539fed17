import type { RefResolver } from '../../platform/modules.js';
import { labelsBy, labelsFrom } from '../../platform/record-labels.js';
import { unitAddress } from '../estates/estate.rules.js';

// How the fee module's records are named where another record points to them (`recordRefs`, a record's history, X1):
// by what the desk and the bills call them, never by id.

/** A standard by its item and the month it takes effect: 物业管理费 2026-06 (a bill's standard). */
const standardLabels = labelsBy((ctx, ids) =>
  ctx.db
    .selectFrom('fee_standards as s')
    .innerJoin('fee_items as i', (j) => j.onRef('i.tenant_id', '=', 's.tenant_id').onRef('i.id', '=', 's.item_id'))
    .select(['s.id', 'i.name', 's.effective_month'])
    .where('s.tenant_id', '=', ctx.actor.tenantId)
    .where('s.id', 'in', ids)
    .execute()
    .then((rows) => rows.map((r) => ({ id: r.id, label: `${r.name} ${r.effective_month}` }))),
);

/** A bill by its unit, item and month, as the bill list shows it: 翠竹园1栋1单元0102 物业管理费 2026-11. */
const billLabels = labelsBy((ctx, ids) =>
  ctx.db
    .selectFrom('fee_bills as b')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'b.tenant_id').onRef('e.id', '=', 'b.estate_id'))
    .innerJoin('estate_buildings as bd', (j) => j.onRef('bd.tenant_id', '=', 'b.tenant_id').onRef('bd.id', '=', 'b.building_id'))
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'b.tenant_id').onRef('u.id', '=', 'b.unit_id'))
    .innerJoin('fee_items as i', (j) => j.onRef('i.tenant_id', '=', 'b.tenant_id').onRef('i.id', '=', 'b.item_id'))
    .select(['b.id', 'b.period', 'e.name as estate', 'bd.name as building', 'u.entrance', 'u.room', 'i.name as item'])
    .where('b.tenant_id', '=', ctx.actor.tenantId)
    .where('b.id', 'in', ids)
    .execute()
    .then((rows) =>
      rows.map((r) => ({
        id: r.id,
        label: `${unitAddress({ estateName: r.estate, buildingName: r.building, entrance: r.entrance, room: r.room })} ${r.item} ${r.period}`,
      })),
    ),
);

/** A bill run by its estate and month: 翠竹园 2026-06 (a bill's run). */
const runLabels = labelsBy((ctx, ids) =>
  ctx.db
    .selectFrom('fee_bill_runs as r')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'r.tenant_id').onRef('e.id', '=', 'r.estate_id'))
    .select(['r.id', 'r.period', 'e.name'])
    .where('r.tenant_id', '=', ctx.actor.tenantId)
    .where('r.id', 'in', ids)
    .execute()
    .then((rows) => rows.map((r) => ({ id: r.id, label: `${r.name} ${r.period}` }))),
);

/** Fee items by name (a standard's 收费项目) and standards by item and month. */
export const standardRefs: Readonly<Record<string, RefResolver>> = {
  fee_item: labelsFrom('fee_items', 'name'),
  fee_standard: standardLabels,
};

/** Bills (an adjustment's 账单) and bill runs. */
export const billRefs: Readonly<Record<string, RefResolver>> = { fee_bill: billLabels, fee_bill_run: runLabels };

/** A batch by the number printed on its file (TS-202608-0001), a mandate by its 托收协议号. */
export const bankRefs: Readonly<Record<string, RefResolver>> = {
  bank_batch: labelsFrom('bank_batches', 'number'),
  bank_mandate: labelsFrom('bank_mandates', 'mandate_no'),
};
