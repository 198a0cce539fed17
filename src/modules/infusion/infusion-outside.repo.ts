import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { InfusionOutsideDrugTable } from './infusion.tables.js';
import type { OutsideStep } from './infusion.types.js';

type Db = Kysely<Database>;

function outsideQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('infusion_outside_drugs as o')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'o.tenant_id').onRef('n.id', '=', 'o.org_id'))
    .innerJoin('infusion_patients as p', (j) => j.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.patient_id'))
    .innerJoin('infusion_drugs as d', (j) => j.onRef('d.tenant_id', '=', 'o.tenant_id').onRef('d.id', '=', 'o.drug_id'))
    .innerJoin('users as uf', (j) => j.onRef('uf.tenant_id', '=', 'o.tenant_id').onRef('uf.id', '=', 'o.first_dose_by'))
    .leftJoin('users as ug', (j) => j.onRef('ug.tenant_id', '=', 'o.tenant_id').onRef('ug.id', '=', 'o.gp_by'))
    .leftJoin('users as uh', (j) => j.onRef('uh.tenant_id', '=', 'o.tenant_id').onRef('uh.id', '=', 'o.pharmacist_by'))
    .leftJoin('users as uo', (j) => j.onRef('uo.tenant_id', '=', 'o.tenant_id').onRef('uo.id', '=', 'o.ordered_by'))
    .leftJoin('infusion_physician_orders as po', (j) => j.onRef('po.tenant_id', '=', 'o.tenant_id').onRef('po.id', '=', 'o.order_id'))
    .selectAll('o')
    .select([
      'n.path as org_path',
      'p.name as patient_name',
      'd.name as drug_name',
      'd.spec as drug_spec',
      'uf.display_name as first_dose_by_name',
      'ug.display_name as gp_by_name',
      'uh.display_name as pharmacist_by_name',
      'uo.display_name as ordered_by_name',
      'po.number as order_number',
    ])
    .where('o.tenant_id', '=', tenantId);
}
export type OutsideRow = Awaited<ReturnType<ReturnType<typeof outsideQuery>['executeTakeFirstOrThrow']>>;

export async function findOutsideDrug(db: Db, tenantId: string, id: string): Promise<OutsideRow | undefined> {
  return outsideQuery(db, tenantId).where('o.id', '=', id).executeTakeFirst();
}

export interface OutsideFilter {
  scope: readonly string[];
  patientId?: string | undefined;
  step?: OutsideStep | 'done' | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const SORTS = { createdAt: 'o.created_at', firstDoseOn: 'o.first_dose_on' } as const;

/** The outside drugs within the caller's subtrees, filtered; newest first unless sorted otherwise. */
export async function listOutsideDrugs(db: Db, tenantId: string, f: OutsideFilter) {
  let q = outsideQuery(db, tenantId).where(pathWithin('n.path', f.scope));
  if (f.patientId) q = q.where('o.patient_id', '=', f.patientId);
  if (f.step) q = q.where('o.step', '=', f.step);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) => eb.or([eb('p.name', 'like', like), eb('d.name', 'like', like), eb('o.hospital', 'like', like)]));
  }
  const sort = parseSort(f.sort, '-createdAt');
  const column = SORTS[sort.field as keyof typeof SORTS] ?? SORTS.createdAt;
  return fetchPage(q.orderBy(column, sort.direction).orderBy('o.id', 'desc'), f.page, f.pageSize);
}

/** How many outside drugs in the subtrees wait for `step` (a signer's to-do). */
export async function countWaiting(db: Db, tenantId: string, scope: readonly string[], step: string): Promise<number> {
  const r = await db
    .selectFrom('infusion_outside_drugs as o')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'o.tenant_id').onRef('n.id', '=', 'o.org_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('o.tenant_id', '=', tenantId)
    .where('o.step', '=', step as InfusionOutsideDrugTable['step'])
    .where(pathWithin('n.path', scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function insertOutsideDrug(db: Db, row: InfusionOutsideDrugTable): Promise<void> {
  await db.insertInto('infusion_outside_drugs').values(row).execute();
}

/** Saves a signed step when nobody changed the record meanwhile. */
export async function updateOutsideDrug(
  db: Db,
  tenantId: string,
  id: string,
  expectedVersion: number,
  set: Partial<Omit<InfusionOutsideDrugTable, 'tenant_id' | 'id' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('infusion_outside_drugs')
    .set({ ...set, version: expectedVersion + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A patient, with the scope path of their centre or station. */
export async function findOutsidePatient(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('infusion_patients as p')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.org_id'))
    .select(['p.id', 'p.org_id', 'p.name', 'n.path as org_path'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** The active drugs of the catalogues kept at a node or above it (a station uses its centre's), by name. */
export async function catalogueFor(db: Db, tenantId: string, orgPath: string) {
  const rows = await db
    .selectFrom('infusion_drugs as d')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'd.tenant_id').onRef('n.id', '=', 'd.org_id'))
    .select(['d.id', 'd.name', 'd.spec', 'n.path as org_path'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.active', '=', 1)
    .orderBy('d.name')
    .orderBy('d.spec')
    .execute();
  return rows.filter((r) => orgPath.startsWith(r.org_path)).map(({ id, name, spec }) => ({ id, name, spec }));
}
