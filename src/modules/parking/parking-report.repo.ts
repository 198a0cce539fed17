import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { ReportStay } from './parking-report.rules.js';

type Db = Kysely<Database>;

/** The car parks a report covers: those under `scope` (one, or one estate's), in use now or with a stay in the range. */
export async function reportCarParks(
  db: Db,
  tenantId: string,
  f: { scope: readonly string[]; carParkId?: string | undefined; estateId?: string | undefined },
) {
  let q = db
    .selectFrom('car_parks as c')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'c.tenant_id').onRef('e.id', '=', 'c.estate_id'))
    .select(['c.id', 'c.code', 'c.name', 'c.active', 'c.estate_id', 'e.name as estate_name', 'c.office_id', 'o.name as office_name'])
    .where('c.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.carParkId) q = q.where('c.id', '=', f.carParkId);
  if (f.estateId) q = q.where('c.estate_id', '=', f.estateId);
  const rows = await q.orderBy('o.name').orderBy('e.name').orderBy('c.code').orderBy('c.id').execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    active: Number(r.active) === 1,
    estateId: r.estate_id,
    estateName: r.estate_name,
    officeId: r.office_id,
    officeName: r.office_name,
  }));
}

/**
 * The stays of these car parks that matter to the days in [from, to): those that exited then, and those inside at
 * some moment of it (entered before its end, not out before its start), for the cars still parked at each close.
 */
export async function reportStays(
  db: Db,
  tenantId: string,
  carParkIds: readonly string[],
  from: string,
  to: string,
): Promise<ReportStay[]> {
  if (!carParkIds.length) return [];
  const rows = await db
    .selectFrom('parking_stays')
    .select(['id', 'car_park_id', 'plate', 'state', 'entered_at', 'exited_at', 'charge_fen', 'waive_reason', 'waived_by_name', 'waived_at'])
    .where('tenant_id', '=', tenantId)
    .where('car_park_id', 'in', carParkIds)
    .where((eb) =>
      eb.or([
        eb.and([eb('exited_at', '>=', from), eb('exited_at', '<', to)]),
        eb.and([eb('entered_at', '<', to), eb.or([eb('exited_at', 'is', null), eb('exited_at', '>=', from)])]),
      ]),
    )
    .orderBy('exited_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    carParkId: r.car_park_id,
    plate: r.plate,
    state: r.state,
    enteredAt: r.entered_at,
    exitedAt: r.exited_at,
    chargeFen: r.charge_fen === null ? null : Number(r.charge_fen),
    waiveReason: r.waive_reason,
    waivedByName: r.waived_by_name,
    waivedAt: r.waived_at,
  }));
}
