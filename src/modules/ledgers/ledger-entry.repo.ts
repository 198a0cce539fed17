import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import type { EntryFilter } from './ledger-entry.rules.js';
import type { LedgerEntryTable } from './ledgers.tables.js';

type Db = Kysely<Database>;

/** An entry with its station, its kind and the names of who wrote and voided it. */
export type EntryRow = LedgerEntryTable & {
  org_name: string;
  org_path: string;
  kind_code: string;
  kind_name: string;
  written_by_name: string;
  voided_by_name: string | null;
};

const entries = (db: Db, tenantId: string) =>
  db
    .selectFrom('ledger_entries as e')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.org_id'))
    .innerJoin('ledger_kinds as k', (j) => j.onRef('k.tenant_id', '=', 'e.tenant_id').onRef('k.id', '=', 'e.kind_id'))
    .innerJoin('users as w', (j) => j.onRef('w.tenant_id', '=', 'e.tenant_id').onRef('w.id', '=', 'e.written_by'))
    .leftJoin('users as v', (j) => j.onRef('v.tenant_id', '=', 'e.tenant_id').onRef('v.id', '=', 'e.voided_by'))
    .selectAll('e')
    .select([
      'o.name as org_name',
      'o.path as org_path',
      'k.code as kind_code',
      'k.name as kind_name',
      'w.display_name as written_by_name',
      'v.display_name as voided_by_name',
    ])
    .where('e.tenant_id', '=', tenantId);

export async function findEntry(db: Db, tenantId: string, id: string): Promise<EntryRow | undefined> {
  return entries(db, tenantId).where('e.id', '=', id).executeTakeFirst();
}

/** One page of a kind's entries in the stations of `scope` the filter selects (the rule `matchesFilter`), latest first. */
export async function listEntries(
  db: Db,
  tenantId: string,
  q: { kindId: string; scope: readonly string[]; orgPath: string | undefined; filter: EntryFilter; page: number; pageSize: number },
): Promise<{ rows: EntryRow[]; total: number }> {
  let base = entries(db, tenantId).where('e.kind_id', '=', q.kindId).where(pathWithin('o.path', q.scope));
  const f = q.filter;
  if (q.orgPath) base = base.where(pathWithin('o.path', [q.orgPath]));
  if (f.text) base = base.where(containsText(['e.search_text'], f.text));
  if (f.from) base = base.where('e.occurred_on', '>=', f.from);
  if (f.to) base = base.where('e.occurred_on', '<=', f.to);
  if (f.writtenBy) base = base.where('e.written_by', '=', f.writtenBy);
  if (!f.includeVoided) base = base.where('e.voided_at', 'is', null);
  const total = await base
    .clearSelect()
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .orderBy('e.occurred_on', 'desc')
    .orderBy('e.written_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(total.n) };
}

export async function insertEntry(db: Db, row: LedgerEntryTable): Promise<void> {
  await db.insertInto('ledger_entries').values(row).execute();
}

/** Voids an entry still at `version` and not voided; false otherwise. */
export async function voidEntry(
  db: Db,
  tenantId: string,
  id: string,
  version: number,
  v: { voided_at: string; voided_by: string; void_reason: string },
): Promise<boolean> {
  const r = await db
    .updateTable('ledger_entries')
    .set({ ...v, version: version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The active people whose home node lies in the subtree at `path` (the station's people), by name. */
export async function peopleOf(db: Db, tenantId: string, path: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.id', '=', 'u.org_id'))
    .select(['u.id', 'u.display_name'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.active', '=', 1)
    .where(pathWithin('o.path', [path]))
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
}

/** Entries not voided that `userIds` wrote in stations of `scope` on days `from`…`to`, counted per writer and kind code. */
export async function countByWriter(
  db: Db,
  tenantId: string,
  q: { userIds: readonly string[]; scope: readonly string[]; from: string; to: string },
) {
  if (!q.userIds.length) return [];
  return db
    .selectFrom('ledger_entries as e')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.org_id'))
    .innerJoin('ledger_kinds as k', (j) => j.onRef('k.tenant_id', '=', 'e.tenant_id').onRef('k.id', '=', 'e.kind_id'))
    .select(['e.written_by', 'k.code'])
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('e.tenant_id', '=', tenantId)
    .where('e.written_by', 'in', [...q.userIds])
    .where('e.voided_at', 'is', null)
    .where('e.occurred_on', '>=', q.from)
    .where('e.occurred_on', '<=', q.to)
    .where(pathWithin('o.path', q.scope))
    .groupBy(['e.written_by', 'k.code'])
    .execute();
}
