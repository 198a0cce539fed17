import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { InfusionDrugCategoryTable, InfusionDrugTable } from './infusion.tables.js';

type Db = Kysely<Database>;

export interface Centre {
  id: string;
  name: string;
  path: string;
}

/** The centre a node belongs to: itself when a centre, else its nearest ancestor of kind `centre` (a station's). */
export async function centreOfPath(db: Db, tenantId: string, path: string): Promise<Centre | undefined> {
  const ids = path.split('/').filter(Boolean);
  if (ids.length === 0) return undefined;
  const rows = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path', 'depth'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .where('kind', '=', 'centre')
    .orderBy('depth', 'desc')
    .execute();
  const r = rows[0];
  return r && { id: r.id, name: r.name, path: r.path };
}

export async function findNode(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path', 'kind'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The centres lying in any of the subtrees, by path (for a caller above the centres, e.g. at HQ). */
export async function centresWithin(db: Db, tenantId: string, prefixes: readonly string[]) {
  if (prefixes.length === 0) return [];
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'centre')
    .where(pathWithin('path', prefixes))
    .orderBy('path')
    .execute();
}

export interface Category {
  id: string;
  code: string;
  name: string;
  excluded: boolean;
  sort: number;
  version: number;
}

const toCategory = (r: Selectable<InfusionDrugCategoryTable>): Category => ({
  id: r.id,
  code: r.code,
  name: r.name,
  excluded: Number(r.excluded) === 1,
  sort: Number(r.sort),
  version: Number(r.version),
});

export async function categoriesOf(db: Db, tenantId: string, centreId: string): Promise<Category[]> {
  const rows = await db
    .selectFrom('infusion_drug_categories')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('org_id', '=', centreId)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return rows.map(toCategory);
}

export async function findCategory(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('infusion_drug_categories')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r && { centreId: r.org_id, category: toCategory(r) };
}

export async function insertCategory(db: Db, tenantId: string, centreId: string, c: Category, now: string) {
  await db
    .insertInto('infusion_drug_categories')
    .values({
      tenant_id: tenantId,
      id: c.id,
      org_id: centreId,
      code: c.code,
      name: c.name,
      excluded: c.excluded ? 1 : 0,
      sort: c.sort,
      created_at: now,
      updated_at: now,
      version: c.version,
    })
    .execute();
}

export async function updateCategory(db: Db, tenantId: string, c: Category, expected: number, now: string): Promise<boolean> {
  const r = await db
    .updateTable('infusion_drug_categories')
    .set({ name: c.name, excluded: c.excluded ? 1 : 0, version: c.version, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', c.id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface Drug {
  id: string;
  centreId: string;
  name: string;
  spec: string;
  categories: string[];
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const toDrug = (r: Selectable<InfusionDrugTable>): Drug => ({
  id: r.id,
  centreId: r.org_id,
  name: r.name,
  spec: r.spec,
  categories: JSON.parse(r.categories) as string[],
  active: Number(r.active) === 1,
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function findDrug(db: Db, tenantId: string, id: string): Promise<Drug | undefined> {
  const r = await db.selectFrom('infusion_drugs').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toDrug(r);
}

/** The centre's drugs among `ids` (active ones only with `activeOnly`). */
export async function drugsOfCentre(db: Db, tenantId: string, centreId: string, ids: readonly string[], activeOnly: boolean) {
  if (ids.length === 0) return [];
  let q = db
    .selectFrom('infusion_drugs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('org_id', '=', centreId)
    .where('id', 'in', ids);
  if (activeOnly) q = q.where('active', '=', 1);
  return (await q.execute()).map(toDrug);
}

export interface DrugFilter {
  q?: string | undefined;
  categoryCode?: string | undefined;
  active?: boolean | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const DRUG_SORT = { name: 'name', createdAt: 'created_at' } as const;

export async function listDrugs(db: Db, tenantId: string, centreId: string, f: DrugFilter) {
  let q = db.selectFrom('infusion_drugs').selectAll().where('tenant_id', '=', tenantId).where('org_id', '=', centreId);
  if (f.q) q = q.where(containsText(['name', 'spec'], f.q));
  // the categories are a JSON array of codes: a code is matched with its quotes, so one code never matches another
  if (f.categoryCode) q = q.where(containsText(['categories'], JSON.stringify(f.categoryCode)));
  if (f.active !== undefined) q = q.where('active', '=', f.active ? 1 : 0);
  const { field, direction } = parseSort(f.sort, 'name');
  q = q
    .orderBy(DRUG_SORT[field as keyof typeof DRUG_SORT] ?? 'name', direction)
    .orderBy('spec')
    .orderBy('id');
  const { rows, total } = await fetchPage(q, f.page, f.pageSize);
  return { items: rows.map(toDrug), total };
}

export async function insertDrug(db: Db, tenantId: string, d: Drug, by: string | null) {
  await db
    .insertInto('infusion_drugs')
    .values({
      tenant_id: tenantId,
      id: d.id,
      org_id: d.centreId,
      name: d.name,
      spec: d.spec,
      categories: JSON.stringify(d.categories),
      active: d.active ? 1 : 0,
      created_at: d.createdAt,
      created_by: by,
      updated_at: d.updatedAt,
      version: d.version,
    })
    .execute();
}

export async function updateDrug(db: Db, tenantId: string, d: Drug, expected: number): Promise<boolean> {
  const r = await db
    .updateTable('infusion_drugs')
    .set({
      name: d.name,
      spec: d.spec,
      categories: JSON.stringify(d.categories),
      active: d.active ? 1 : 0,
      updated_at: d.updatedAt,
      version: d.version,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', d.id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
