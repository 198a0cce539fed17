import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/**
 * The monthly pass that lets a car park a stay without a charge: an active pass of the car park for the vehicle
 * of that plate, whose months include the month of the stay's entry (`YYYY-MM`, the tenant's zone). A pass whose
 * bill is still unpaid is valid all the same — its arrears are the property desk's to chase, not the gate's.
 */
export async function passCovering(
  db: Db,
  tenantId: string,
  carParkId: string,
  plate: string,
  month: string,
): Promise<{ passId: string; vehicleId: string } | null> {
  const row = await db
    .selectFrom('parking_passes as p')
    .innerJoin('vehicles as v', (j) => j.onRef('v.tenant_id', '=', 'p.tenant_id').onRef('v.id', '=', 'p.vehicle_id'))
    .select(['p.id', 'p.vehicle_id'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.car_park_id', '=', carParkId)
    .where('p.state', '=', 'active')
    .where('p.from_month', '<=', month)
    .where('p.to_month', '>=', month)
    .where('v.plate', '=', plate)
    .where('v.active', '=', 1)
    .orderBy('p.created_at')
    .executeTakeFirst();
  return row ? { passId: row.id, vehicleId: row.vehicle_id } : null;
}
