import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { MandateState } from './fee.types.js';
import type { BankMandateTable } from './fees.tables.js';

type Db = Kysely<Database>;

export interface Mandate {
  tenantId: string;
  id: string;
  officeId: string;
  estateId: string;
  unitId: string;
  mandateNo: string;
  bankName: string;
  accountHolder: string;
  accountNoMasked: string;
  signedDate: string;
  state: MandateState;
  cancelledAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toMandate = (r: Selectable<BankMandateTable>): Mandate => ({
  tenantId: r.tenant_id,
  id: r.id,
  officeId: r.office_id,
  estateId: r.estate_id,
  unitId: r.unit_id,
  mandateNo: r.mandate_no,
  bankName: r.bank_name,
  accountHolder: r.account_holder,
  accountNoMasked: r.account_no_masked,
  signedDate: r.signed_date,
  state: r.state,
  cancelledAt: r.cancelled_at,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const withPlace = (db: Db) =>
  db
    .selectFrom('bank_mandates as m')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'm.tenant_id').onRef('o.id', '=', 'm.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'm.tenant_id').onRef('e.id', '=', 'm.estate_id'))
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.unit_id'))
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .selectAll('m')
    .select(['o.path as office_path', 'e.name as estate_name', 'b.name as building_name', 'u.entrance', 'u.room']);

type PlacedRow = Selectable<BankMandateTable> & {
  office_path: string;
  estate_name: string;
  building_name: string;
  entrance: string;
  room: string;
};
export type PlacedMandate = ReturnType<typeof toPlaced>;
const toPlaced = (r: PlacedRow) => ({
  mandate: toMandate(r),
  officePath: r.office_path,
  estateName: r.estate_name,
  building: r.building_name,
  entrance: r.entrance,
  room: r.room,
});

export async function findMandate(db: Db, tenantId: string, id: string) {
  const r = await withPlace(db).where('m.tenant_id', '=', tenantId).where('m.id', '=', id).executeTakeFirst();
  return r && toPlaced(r);
}

export async function activeMandateOfUnit(db: Db, tenantId: string, unitId: string) {
  const r = await db
    .selectFrom('bank_mandates')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('unit_id', '=', unitId)
    .where('state', '=', 'active')
    .executeTakeFirst();
  return r?.id ?? null;
}

export interface MandateFilter {
  estateId?: string | undefined;
  unitId?: string | undefined;
  state?: MandateState | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const SORTS = { signedDate: 'm.signed_date', mandateNo: 'm.mandate_no', room: 'u.room' } as const;

export async function listMandates(db: Db, tenantId: string, f: MandateFilter & { scope: readonly string[] }) {
  let q = withPlace(db).where('m.tenant_id', '=', tenantId).where(pathWithin('o.path', f.scope));
  if (f.estateId) q = q.where('m.estate_id', '=', f.estateId);
  if (f.unitId) q = q.where('m.unit_id', '=', f.unitId);
  if (f.state) q = q.where('m.state', '=', f.state);
  if (f.q) q = q.where(containsText(['m.mandate_no', 'm.account_holder', 'm.bank_name', 'u.room', 'b.name'], f.q));
  const { field, direction } = parseSort(f.sort, '-signedDate');
  const col = SORTS[field as keyof typeof SORTS] ?? SORTS.signedDate;
  const { rows, total } = await fetchPage(q.orderBy(col, direction).orderBy('m.id'), f.page, f.pageSize);
  return { items: rows.map(toPlaced), total };
}

export async function insertMandate(db: Db, m: Mandate): Promise<void> {
  await db
    .insertInto('bank_mandates')
    .values({
      tenant_id: m.tenantId,
      id: m.id,
      office_id: m.officeId,
      estate_id: m.estateId,
      unit_id: m.unitId,
      mandate_no: m.mandateNo,
      bank_name: m.bankName,
      account_holder: m.accountHolder,
      account_no_masked: m.accountNoMasked,
      signed_date: m.signedDate,
      state: m.state,
      cancelled_at: m.cancelledAt,
      version: m.version,
      created_at: m.createdAt,
      updated_at: m.updatedAt,
    })
    .execute();
}

/** Cancels a mandate at the version read; false when someone changed it meanwhile. */
export async function cancelMandate(db: Db, m: Mandate, readVersion: number): Promise<boolean> {
  const res = await db
    .updateTable('bank_mandates')
    .set({ state: 'cancelled', cancelled_at: m.cancelledAt, version: m.version, updated_at: m.updatedAt })
    .where('tenant_id', '=', m.tenantId)
    .where('id', '=', m.id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The unit with its estate's office, for a new mandate (null when the unit is not the tenant's). */
export async function unitPlace(db: Db, tenantId: string, unitId: string) {
  return db
    .selectFrom('estate_units as u')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'u.tenant_id').onRef('e.id', '=', 'u.estate_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.office_id'))
    .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
    .select([
      'u.id',
      'u.estate_id',
      'u.active',
      'e.office_id',
      'o.path as office_path',
      'e.name as estate_name',
      'b.name as building_name',
      'u.entrance',
      'u.room',
    ])
    .where('u.tenant_id', '=', tenantId)
    .where('u.id', '=', unitId)
    .executeTakeFirst();
}
