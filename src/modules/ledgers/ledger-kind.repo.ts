import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { LedgerKindTable, LedgerKindVersionTable } from './ledgers.tables.js';

type Db = Kysely<Database>;

/** A kind with its node's name and path. */
export type KindRow = LedgerKindTable & { org_name: string; org_path: string };

const kinds = (db: Db, tenantId: string) =>
  db
    .selectFrom('ledger_kinds as k')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'k.tenant_id').onRef('o.id', '=', 'k.org_id'))
    .selectAll('k')
    .select(['o.name as org_name', 'o.path as org_path'])
    .where('k.tenant_id', '=', tenantId);

export async function findKind(db: Db, tenantId: string, id: string): Promise<KindRow | undefined> {
  return kinds(db, tenantId).where('k.id', '=', id).executeTakeFirst();
}

/** Every kind of the tenant (a handful per station), built-in first, then by their order and name. */
export async function allKinds(db: Db, tenantId: string): Promise<KindRow[]> {
  return kinds(db, tenantId).orderBy('k.builtin', 'desc').orderBy('k.sort_order').orderBy('k.name').orderBy('k.id').execute();
}

export async function insertKind(db: Db, row: LedgerKindTable): Promise<void> {
  await db.insertInto('ledger_kinds').values(row).execute();
}

export async function insertKindVersion(db: Db, row: LedgerKindVersionTable): Promise<void> {
  await db.insertInto('ledger_kind_versions').values(row).execute();
}

/** Saves a kind if it is still at `version`; false when someone changed it meanwhile. */
export async function updateKind(db: Db, row: LedgerKindTable, version: number): Promise<boolean> {
  const r = await db
    .updateTable('ledger_kinds')
    .set({ name: row.name, fields: row.fields, updated_at: row.updated_at, updated_by: row.updated_by, version: row.version })
    .where('tenant_id', '=', row.tenant_id)
    .where('id', '=', row.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Every version of a kind, latest first, with who made it. */
export async function kindVersions(db: Db, tenantId: string, kindId: string) {
  return db
    .selectFrom('ledger_kind_versions as v')
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'v.tenant_id').onRef('u.id', '=', 'v.created_by'))
    .selectAll('v')
    .select('u.display_name as created_by_name')
    .where('v.tenant_id', '=', tenantId)
    .where('v.kind_id', '=', kindId)
    .orderBy('v.version', 'desc')
    .execute();
}

/** How many built-in kinds the tenant has. */
export async function builtinCount(db: Db, tenantId: string): Promise<number> {
  const r = await db
    .selectFrom('ledger_kinds')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('builtin', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The active stations in the subtrees `scope`, by path: the places that keep ledgers. */
export async function stationsWithin(db: Db, tenantId: string, scope: readonly string[]) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'station')
    .where('active', '=', 1)
    .where(pathWithin('path', scope))
    .orderBy('path')
    .execute();
}
