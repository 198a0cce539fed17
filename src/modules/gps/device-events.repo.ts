import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { DeviceEvent, DeviceKind } from './gps.types.js';

type Db = Kysely<Database>;

export async function insertEvents(db: Db, events: readonly DeviceEvent[]) {
  if (!events.length) return;
  await db
    .insertInto('gps_device_events')
    .values(
      events.map((e) => ({
        tenant_id: e.tenantId,
        id: e.id,
        device_kind: e.deviceKind,
        device_id: e.deviceId,
        event: e.event,
        vehicle_id: e.vehicleId,
        order_id: e.orderId,
        order_number: e.orderNumber,
        note: e.note,
        at: e.at,
        by_name: e.byName,
      })),
    )
    .execute();
}

/** A device's history, oldest first, with the plate of the vehicle each move concerned. */
export async function eventsOf(db: Db, tenantId: string, kind: DeviceKind, deviceId: string) {
  const rows = await db
    .selectFrom('gps_device_events as e')
    .leftJoin('gps_vehicles as v', (j) => j.onRef('v.tenant_id', '=', 'e.tenant_id').onRef('v.id', '=', 'e.vehicle_id'))
    .selectAll('e')
    .select(['v.plate'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.device_kind', '=', kind)
    .where('e.device_id', '=', deviceId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    event: r.event,
    at: r.at,
    vehicleId: r.vehicle_id,
    plate: r.plate ?? null,
    orderId: r.order_id,
    orderNumber: r.order_number,
    note: r.note,
    byName: r.by_name,
  }));
}
