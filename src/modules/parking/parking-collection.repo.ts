import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage } from '../../platform/http/list.js';
import type { StayState } from './parking.types.js';

type Db = Kysely<Database>;

/** A stay as the gate's collection screen shows it, with where it is (for access) and how it was settled. */
export interface CollectStay {
  id: string;
  officeId: string;
  officePath: string;
  officeName: string;
  estateName: string;
  carParkId: string;
  carParkName: string;
  carParkCode: string;
  plate: string;
  enteredAt: string | null;
  exitedAt: string | null;
  standardId: string | null;
  chargeFen: number | null;
  state: StayState;
  collectionId: string | null;
  waiveReason: string | null;
  waivedByName: string | null;
  waivedAt: string | null;
  version: number;
}

const stayQuery = (db: Db, tenantId: string) =>
  db
    .selectFrom('parking_stays as s')
    .innerJoin('car_parks as c', (j) => j.onRef('c.tenant_id', '=', 's.tenant_id').onRef('c.id', '=', 's.car_park_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 's.tenant_id').onRef('e.id', '=', 's.estate_id'))
    .select([
      's.id',
      's.office_id',
      'o.path as office_path',
      'o.name as office_name',
      'e.name as estate_name',
      's.car_park_id',
      'c.name as car_park_name',
      'c.code as car_park_code',
      's.plate',
      's.entered_at',
      's.exited_at',
      's.standard_id',
      's.charge_fen',
      's.state',
      's.collection_id',
      's.waive_reason',
      's.waived_by_name',
      's.waived_at',
      's.version',
    ])
    .where('s.tenant_id', '=', tenantId);

type StayRow = Awaited<ReturnType<ReturnType<typeof stayQuery>['executeTakeFirstOrThrow']>>;

const toStay = (r: StayRow): CollectStay => ({
  id: r.id,
  officeId: r.office_id,
  officePath: r.office_path,
  officeName: r.office_name,
  estateName: r.estate_name,
  carParkId: r.car_park_id,
  carParkName: r.car_park_name,
  carParkCode: r.car_park_code,
  plate: r.plate,
  enteredAt: r.entered_at,
  exitedAt: r.exited_at,
  standardId: r.standard_id,
  chargeFen: r.charge_fen === null ? null : Number(r.charge_fen),
  state: r.state,
  collectionId: r.collection_id,
  waiveReason: r.waive_reason,
  waivedByName: r.waived_by_name,
  waivedAt: r.waived_at,
  version: Number(r.version),
});

export async function findStay(db: Db, tenantId: string, id: string): Promise<CollectStay | undefined> {
  const r = await stayQuery(db, tenantId).where('s.id', '=', id).executeTakeFirst();
  return r && toStay(r);
}

/** Charged, unpaid stays of the car parks under `scope`, the latest exit first (the guard's 待收停车费). */
export async function listDueStays(
  db: Db,
  tenantId: string,
  f: { scope: readonly string[]; carParkId?: string | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  let q = stayQuery(db, tenantId).where('s.state', '=', 'due').where(pathWithin('o.path', f.scope));
  if (f.carParkId) q = q.where('s.car_park_id', '=', f.carParkId);
  if (f.q) q = q.where(containsText(['s.plate'], f.q));
  const { rows, total } = await fetchPage(q.orderBy('s.exited_at', 'desc').orderBy('s.id', 'desc'), f.page, f.pageSize);
  return { items: rows.map(toStay), total };
}

/** The stay is now collected, if it still is the version read and due (two guards never both collect it). */
export async function markCollected(db: Db, tenantId: string, s: { id: string; version: number }, collectionId: string, now: string) {
  const r = await db
    .updateTable('parking_stays')
    .set({ state: 'collected', collection_id: collectionId, version: s.version + 1, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', s.id)
    .where('version', '=', s.version)
    .where('state', '=', 'due')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The stay's charge is let off with the reason and the approver, if it still is the version read and due. */
export async function markWaived(
  db: Db,
  tenantId: string,
  s: { id: string; version: number },
  w: { reason: string; by: string; byName: string; now: string },
) {
  const r = await db
    .updateTable('parking_stays')
    .set({
      state: 'waived',
      waive_reason: w.reason,
      waived_by: w.by,
      waived_by_name: w.byName,
      waived_at: w.now,
      version: s.version + 1,
      updated_at: w.now,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', s.id)
    .where('version', '=', s.version)
    .where('state', '=', 'due')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface Collection {
  id: string;
  officeId: string;
  carParkId: string;
  stayId: string;
  payer: string;
  method: string;
  amountFen: number;
  receiptId: string | null;
  collectorId: string;
  collectorName: string;
  collectedAt: string;
}

export async function insertCollection(db: Db, tenantId: string, c: Collection) {
  await db
    .insertInto('parking_collections')
    .values({
      tenant_id: tenantId,
      id: c.id,
      office_id: c.officeId,
      car_park_id: c.carParkId,
      stay_id: c.stayId,
      payer: c.payer,
      method: c.method,
      amount_fen: c.amountFen,
      receipt_id: c.receiptId,
      collector_id: c.collectorId,
      collector_name: c.collectorName,
      collected_at: c.collectedAt,
    })
    .execute();
}

/** A collection with its receipt's number (read-only join of money's receipts) and its office's path. */
export async function findCollection(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('parking_collections as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.office_id'))
    .leftJoin('receipts as r', (j) => j.onRef('r.tenant_id', '=', 'p.tenant_id').onRef('r.id', '=', 'p.receipt_id'))
    .selectAll('p')
    .select(['o.path as office_path', 'r.number as receipt_number'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  const collection: Collection = {
    id: r.id,
    officeId: r.office_id,
    carParkId: r.car_park_id,
    stayId: r.stay_id,
    payer: r.payer,
    method: r.method,
    amountFen: Number(r.amount_fen),
    receiptId: r.receipt_id,
    collectorId: r.collector_id,
    collectorName: r.collector_name,
    collectedAt: r.collected_at,
  };
  return { collection, officePath: r.office_path, receiptNumber: r.receipt_number ?? null };
}

/**
 * The gate's collections in an office subtree and period, for the office's reconciliation: named by plate (what the
 * guard and the cashier look a stay up by); only cash passes through custody to a remittance.
 */
export async function collectionsInPeriod(db: Db, tenantId: string, q: { officePath: string; from: string; to: string }) {
  const rows = await db
    .selectFrom('parking_collections as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.office_id'))
    .innerJoin('parking_stays as s', (j) => j.onRef('s.tenant_id', '=', 'p.tenant_id').onRef('s.id', '=', 'p.stay_id'))
    .select(['p.id', 'p.amount_fen', 'p.method', 's.plate'])
    .where('p.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', [q.officePath]))
    .where('p.collected_at', '>=', q.from)
    .where('p.collected_at', '<', q.to)
    .orderBy('p.collected_at')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => ({ id: r.id, ref: r.plate, amountFen: Number(r.amount_fen), cash: r.method === 'cash' }));
}

/** A collection's receipt was voided and replaced (补开): the collection names the new one. */
export async function replaceReceipt(db: Db, tenantId: string, r: { paymentId: string; voidedId: string; receiptId: string }) {
  await db
    .updateTable('parking_collections')
    .set({ receipt_id: r.receiptId })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', r.paymentId)
    .where('receipt_id', '=', r.voidedId)
    .execute();
}
