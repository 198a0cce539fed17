import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** A unit as the desk shows it: its place, area, use and current owner, and the office it belongs to. */
export async function findDeskUnit(db: Db, tenantId: string, unitId: string) {
  const r = await db
    .selectFrom('estate_units as u')
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'u.tenant_id').onRef('e.id', '=', 'u.estate_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.office_id'))
    .select([
      'u.id',
      'u.estate_id',
      'u.building_id',
      'u.entrance',
      'u.room',
      'u.floor',
      'u.area_milli',
      'u.use',
      'u.occupancy',
      'b.name as building_name',
      'e.name as estate_name',
      'e.office_id',
      'o.path as office_path',
      'o.name as office_name',
    ])
    .where('u.tenant_id', '=', tenantId)
    .where('u.id', '=', unitId)
    .executeTakeFirst();
  if (!r) return null;
  const owner = await db
    .selectFrom('estate_residents')
    .select(['name', 'phone'])
    .where('tenant_id', '=', tenantId)
    .where('unit_id', '=', unitId)
    .where('role', '=', 'owner')
    .where('active', '=', 1)
    .orderBy('created_at')
    .executeTakeFirst();
  return {
    id: r.id,
    estateId: r.estate_id,
    estateName: r.estate_name,
    buildingId: r.building_id,
    officeId: r.office_id,
    officeName: r.office_name,
    officePath: r.office_path,
    buildingName: r.building_name,
    entrance: r.entrance,
    room: r.room,
    floor: Number(r.floor),
    areaMilli: Number(r.area_milli),
    use: r.use,
    occupancy: r.occupancy,
    ownerName: owner?.name ?? null,
    ownerPhone: owner?.phone ?? null,
  };
}
export type DeskUnit = NonNullable<Awaited<ReturnType<typeof findDeskUnit>>>;

const billColumns = [
  'f.id',
  'f.unit_id',
  'f.item_id',
  'i.name as item_name',
  'f.period',
  'f.amount_fen',
  'f.adjustment_fen',
  'f.state',
  'f.bank_batch_id',
  'f.payment_id',
  'f.paid_at',
  'f.version',
] as const;

const toBill = (r: {
  id: string;
  unit_id: string;
  item_id: string;
  item_name: string;
  period: string;
  amount_fen: number;
  adjustment_fen: number;
  state: string;
  bank_batch_id: string | null;
  payment_id: string | null;
  paid_at: string | null;
  version: number;
}) => ({
  id: r.id,
  unitId: r.unit_id,
  itemId: r.item_id,
  itemName: r.item_name,
  period: r.period,
  amountFen: Number(r.amount_fen),
  adjustmentFen: Number(r.adjustment_fen),
  state: r.state,
  bankBatchId: r.bank_batch_id,
  paymentId: r.payment_id,
  paidAt: r.paid_at,
  version: Number(r.version),
});
export type DeskBill = ReturnType<typeof toBill>;

const bills = (db: Db, tenantId: string) =>
  db
    .selectFrom('fee_bills as f')
    .innerJoin('fee_items as i', (j) => j.onRef('i.tenant_id', '=', 'f.tenant_id').onRef('i.id', '=', 'f.item_id'))
    .select(billColumns)
    .where('f.tenant_id', '=', tenantId);

/** A unit's open bills, oldest first. */
export async function openBillsOfUnit(db: Db, tenantId: string, unitId: string): Promise<DeskBill[]> {
  const rows = await bills(db, tenantId)
    .where('f.unit_id', '=', unitId)
    .where('f.state', '=', 'open')
    .orderBy('f.period')
    .orderBy('i.code')
    .execute();
  return rows.map(toBill);
}

export async function billsByIds(db: Db, tenantId: string, ids: readonly string[]): Promise<DeskBill[]> {
  if (!ids.length) return [];
  return (await bills(db, tenantId).where('f.id', 'in', ids).orderBy('f.period').orderBy('i.code').execute()).map(toBill);
}

export async function billsOfPayment(db: Db, tenantId: string, paymentId: string): Promise<DeskBill[]> {
  return (await bills(db, tenantId).where('f.payment_id', '=', paymentId).orderBy('f.period').orderBy('i.code').execute()).map(toBill);
}

/** The latest period billed per item of a unit, whatever the bill's state. */
export async function latestBilled(db: Db, tenantId: string, unitId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('fee_bills')
    .select(['item_id'])
    .select((eb) => eb.fn.max('period').as('latest'))
    .where('tenant_id', '=', tenantId)
    .where('unit_id', '=', unitId)
    .groupBy('item_id')
    .execute();
  return new Map(rows.map((r) => [r.item_id, String(r.latest)]));
}
