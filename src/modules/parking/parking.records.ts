import type { RefResolver } from '../../platform/modules.js';
import { labelsBy, labelsFrom } from '../../platform/record-labels.js';
import { tenantZone } from '../../platform/tenancy.js';
import { localDateTime } from '../../platform/time.js';

// How the parking module's records are named where another record points to them (`recordRefs`, a record's history,
// X1): as the register and the guards call them, never by id.

/** Car parks by name, spaces by number, vehicles by plate (a pass's 车场, 车位 and 车辆). */
export const registerRefs: Readonly<Record<string, RefResolver>> = {
  car_park: labelsFrom('car_parks', 'name'),
  parking_space: labelsFrom('parking_spaces', 'number'),
  vehicle: labelsFrom('vehicles', 'plate'),
};

/** A parking standard by its car park and the month it takes effect: 地面停车场 2026-08 (a pass's or a stay's standard). */
export const standardRefs: Readonly<Record<string, RefResolver>> = {
  parking_standard: labelsBy((ctx, ids) =>
    ctx.db
      .selectFrom('parking_standards as s')
      .innerJoin('car_parks as c', (j) => j.onRef('c.tenant_id', '=', 's.tenant_id').onRef('c.id', '=', 's.car_park_id'))
      .select(['s.id', 's.effective_month', 'c.name'])
      .where('s.tenant_id', '=', ctx.actor.tenantId)
      .where('s.id', 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: `${r.name} ${r.effective_month}` }))),
  ),
};

/** A monthly pass by its plate and months: 粤B09201 2026-10–2027-03 (the bill of a pass's month). */
export const passRefs: Readonly<Record<string, RefResolver>> = {
  parking_pass: labelsBy((ctx, ids) =>
    ctx.db
      .selectFrom('parking_passes as p')
      .innerJoin('vehicles as v', (j) => j.onRef('v.tenant_id', '=', 'p.tenant_id').onRef('v.id', '=', 'p.vehicle_id'))
      .select(['p.id', 'p.from_month', 'p.to_month', 'v.plate'])
      .where('p.tenant_id', '=', ctx.actor.tenantId)
      .where('p.id', 'in', ids)
      .execute()
      .then((rows) => rows.map((r) => ({ id: r.id, label: `${r.plate} ${r.from_month}–${r.to_month}` }))),
  ),
};

/**
 * A stay by its plate and when it entered (or, with no entry, left), in the organisation's local time: 湘A01086
 * 2026-11-23 07:11 (a charge's 停车记录); an import by the gate file's name (a stay's 导入批次).
 */
export const gateRefs: Readonly<Record<string, RefResolver>> = {
  parking_stay: labelsBy(async (ctx, ids) => {
    const zone = await tenantZone(ctx);
    const rows = await ctx.db
      .selectFrom('parking_stays')
      .select(['id', 'plate', 'entered_at', 'exited_at'])
      .where('tenant_id', '=', ctx.actor.tenantId)
      .where('id', 'in', ids)
      .execute();
    return rows.map((r) => ({ id: r.id, label: `${r.plate} ${localDateTime(r.entered_at ?? r.exited_at, zone)}`.trim() }));
  }),
  parking_gate_import: labelsFrom('parking_gate_imports', 'file_name'),
};
