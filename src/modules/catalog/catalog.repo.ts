import type { Kysely, Selectable } from 'kysely';
import { jsonArrayOf, rowsOfJson, sortedBy } from '../../platform/db/dialect.js';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import type { PriceListTable, ServiceItemTable } from './catalog.tables.js';
import type { ItemCategory, PriceLine, PriceList, ServiceItem } from './catalog.types.js';

type Db = Kysely<Database>;

const toItem = (r: Selectable<ServiceItemTable>): ServiceItem => ({
  id: r.id,
  code: r.code,
  name: r.name,
  nameEn: r.name_en,
  category: r.category,
  unit: r.unit,
  active: Number(r.active) === 1,
  supervisorCollects: Number(r.supervisor_collects) === 1,
});

export async function listItems(
  db: Db,
  tenantId: string,
  f: { category?: ItemCategory | undefined; active?: boolean | undefined },
): Promise<ServiceItem[]> {
  let q = db.selectFrom('service_items').selectAll().where('tenant_id', '=', tenantId);
  if (f.category) q = q.where('category', '=', f.category);
  if (f.active !== undefined) q = q.where('active', '=', f.active ? 1 : 0);
  const rows = await q.orderBy('category').orderBy('code').execute();
  return rows.map(toItem);
}

const itemById = prepared((db, a: { tenantId: string; id: string }) =>
  db.selectFrom('service_items').selectAll().where('tenant_id', '=', a.tenantId).where('id', '=', a.id),
);

export async function findItem(db: Db, tenantId: string, id: string): Promise<ServiceItem | undefined> {
  const r = (await itemById(db, { tenantId, id })).rows[0];
  return r && toItem(r);
}

export async function insertItem(db: Db, tenantId: string, item: ServiceItem, at: string) {
  await db
    .insertInto('service_items')
    .values({
      tenant_id: tenantId,
      id: item.id,
      code: item.code,
      name: item.name,
      name_en: item.nameEn,
      category: item.category,
      unit: item.unit,
      active: item.active ? 1 : 0,
      supervisor_collects: item.supervisorCollects ? 1 : 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** Whether any of the items is collected by the supervisor (A7.4.7 garden works). */
export async function anySupervisorCollects(db: Db, tenantId: string, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const r = await db
    .selectFrom('service_items')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...ids])
    .where('supervisor_collects', '=', 1)
    .executeTakeFirst();
  return r !== undefined;
}

export async function updateItem(db: Db, tenantId: string, item: ServiceItem, at: string) {
  await db
    .updateTable('service_items')
    .set({
      name: item.name,
      name_en: item.nameEn,
      unit: item.unit,
      active: item.active ? 1 : 0,
      supervisor_collects: item.supervisorCollects ? 1 : 0,
      updated_at: at,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', item.id)
    .execute();
}

function toPriceList(r: Selectable<PriceListTable>): PriceList {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    officeId: r.office_id,
    number: Number(r.number),
    state: r.state,
    title: r.title,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
    approvedAt: r.approved_at,
    approvedBy: r.approved_by,
    returnReason: r.return_reason,
    publishedAt: r.published_at,
    supersededAt: r.superseded_at,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function findPriceList(db: Db, tenantId: string, id: string): Promise<PriceList | undefined> {
  const r = await db.selectFrom('price_lists').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toPriceList(r);
}

/** Price lists by id with their office's path: for naming them on other pages. */
export async function priceListTitles(db: Db, tenantId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('price_lists as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.office_id'))
    .select(['p.id', 'p.title', 'o.path as office_path'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', 'in', ids)
    .execute();
}

export async function listPriceLists(db: Db, tenantId: string, officeIds: readonly string[], state?: string) {
  if (officeIds.length === 0) return [];
  let q = db.selectFrom('price_lists').selectAll().where('tenant_id', '=', tenantId).where('office_id', 'in', officeIds);
  if (state) q = q.where('state', '=', state as PriceList['state']);
  return (await q.orderBy('office_id').orderBy('number', 'desc').execute()).map(toPriceList);
}

const publishedQuery = (db: Db, a: { tenantId: string; officeId: string }) =>
  db
    .selectFrom('price_lists')
    .selectAll('price_lists')
    .where('price_lists.tenant_id', '=', a.tenantId)
    .where('price_lists.office_id', '=', a.officeId)
    .where('price_lists.state', '=', 'published')
    .orderBy('price_lists.number', 'desc')
    .limit(1);

const publishedOf = prepared(publishedQuery);

/** The office's posted list, if any (at most one is published): what every quote reads. */
export async function findPublished(db: Db, tenantId: string, officeId: string): Promise<PriceList | undefined> {
  const r = (await publishedOf(db, { tenantId, officeId })).rows[0];
  return r && toPriceList(r);
}

/** The office's list in one of the given states (at most one is open). */
export async function findByState(
  db: Db,
  tenantId: string,
  officeId: string,
  states: PriceList['state'][],
): Promise<PriceList | undefined> {
  const r = await db
    .selectFrom('price_lists')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .where('state', 'in', states)
    .orderBy('number', 'desc')
    .executeTakeFirst();
  return r && toPriceList(r);
}

export async function nextNumber(db: Db, tenantId: string, officeId: string): Promise<number> {
  const r = await db
    .selectFrom('price_lists')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('tenant_id', '=', tenantId)
    .where('office_id', '=', officeId)
    .executeTakeFirst();
  return Number(r?.n ?? 0) + 1;
}

export async function insertPriceList(db: Db, p: PriceList) {
  await db
    .insertInto('price_lists')
    .values({
      tenant_id: p.tenantId,
      id: p.id,
      office_id: p.officeId,
      number: p.number,
      state: p.state,
      title: p.title,
      submitted_at: p.submittedAt,
      submitted_by: p.submittedBy,
      approved_at: p.approvedAt,
      approved_by: p.approvedBy,
      return_reason: p.returnReason,
      published_at: p.publishedAt,
      superseded_at: p.supersededAt,
      version: p.version,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
    })
    .execute();
}

/** Saves the list if nobody changed it since `expectedVersion`. */
export async function updatePriceList(db: Db, p: PriceList, expectedVersion: number): Promise<boolean> {
  const res = await db
    .updateTable('price_lists')
    .set({
      state: p.state,
      title: p.title,
      submitted_at: p.submittedAt,
      submitted_by: p.submittedBy,
      approved_at: p.approvedAt,
      approved_by: p.approvedBy,
      return_reason: p.returnReason,
      published_at: p.publishedAt,
      superseded_at: p.supersededAt,
      version: p.version,
      updated_at: p.updatedAt,
    })
    .where('tenant_id', '=', p.tenantId)
    .where('id', '=', p.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

const LINE_COLUMNS = ['l.item_id', 'i.code', 'i.name', 'i.name_en', 'i.category', 'i.unit', 'l.price_fen', 'l.note'] as const;

/** A list's lines with their items, narrowed to one list by the caller (by value, or by reference to an outer row). */
const lineRows = (db: Db) =>
  db
    .selectFrom('price_list_lines as l')
    .innerJoin('service_items as i', (j) => j.onRef('i.tenant_id', '=', 'l.tenant_id').onRef('i.id', '=', 'l.item_id'))
    .select(LINE_COLUMNS);

const linesOfList = prepared((db, a: { tenantId: string; priceListId: string }) =>
  lineRows(db).where('l.tenant_id', '=', a.tenantId).where('l.price_list_id', '=', a.priceListId).orderBy('i.category').orderBy('i.code'),
);

type LineRow = {
  item_id: string;
  code: string;
  name: string;
  name_en: string | null;
  category: ItemCategory;
  unit: PriceLine['unit'];
  price_fen: number | string;
  note: string | null;
};

const toPriceLine = (r: LineRow): PriceLine => ({
  itemId: r.item_id,
  itemCode: r.code,
  itemName: r.name,
  itemNameEn: r.name_en,
  category: r.category,
  unit: r.unit,
  priceFen: Number(r.price_fen),
  note: r.note,
});

export async function listLines(db: Db, tenantId: string, priceListId: string): Promise<PriceLine[]> {
  const { rows } = await linesOfList(db, { tenantId, priceListId });
  return rows.map(toPriceLine);
}

const publishedWithLines = prepared((db, a: { tenantId: string; officeId: string }) =>
  publishedQuery(db, a).select((eb) =>
    jsonArrayOf<LineRow>(
      db,
      lineRows(db).whereRef('l.tenant_id', '=', eb.ref('price_lists.tenant_id')).whereRef('l.price_list_id', '=', eb.ref('price_lists.id')),
    ).as('lines'),
  ),
);

/**
 * The office's posted list with its lines, in one statement (every quote reads both; on PostgreSQL a statement is a
 * round trip), the lines in the catalogue's order as `listLines` gives them.
 */
export async function findPublishedPrices(
  db: Db,
  tenantId: string,
  officeId: string,
): Promise<{ list: PriceList; lines: PriceLine[] } | undefined> {
  const r = (await publishedWithLines(db, { tenantId, officeId })).rows[0];
  if (!r) return undefined;
  const { lines, ...list } = r;
  return { list: toPriceList(list), lines: sortedBy(rowsOfJson(lines).map(toPriceLine), (l) => `${l.category}\u0000${l.itemCode}`) };
}

/** Replaces the lines of a list still being prepared (lines are parts of the list, audited with it). */
export async function replaceLines(
  db: Db,
  tenantId: string,
  priceListId: string,
  lines: { itemId: string; priceFen: number; note: string | null }[],
) {
  await db.deleteFrom('price_list_lines').where('tenant_id', '=', tenantId).where('price_list_id', '=', priceListId).execute();
  if (lines.length) {
    await db
      .insertInto('price_list_lines')
      .values(
        lines.map((l) => ({ tenant_id: tenantId, price_list_id: priceListId, item_id: l.itemId, price_fen: l.priceFen, note: l.note })),
      )
      .execute();
  }
}
