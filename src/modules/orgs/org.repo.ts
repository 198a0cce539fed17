import { type Kysely, type Selectable, sql } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database, OrgNodeTable } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import { pathIds } from './org.rules.js';
import type { OrgKind, OrgNode } from './org.types.js';

type Db = Kysely<Database>;

export function toOrgNode(r: Selectable<OrgNodeTable>): OrgNode {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    parentId: r.parent_id,
    kind: r.kind,
    name: r.name,
    code: r.code,
    path: r.path,
    depth: Number(r.depth),
    active: Number(r.active) === 1,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const orgById = prepared((db, a: { tenantId: string; id: string }) =>
  db.selectFrom('org_nodes').selectAll().where('tenant_id', '=', a.tenantId).where('id', '=', a.id),
);

export async function findOrg(db: Db, tenantId: string, id: string): Promise<OrgNode | undefined> {
  const r = (await orgById(db, { tenantId, id })).rows[0];
  return r && toOrgNode(r);
}

/** The names of the nodes `ids`, active or not (a history names the node it was about then). */
export async function nodeNames(db: Db, tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findOrgByCode(db: Db, tenantId: string, code: string): Promise<OrgNode | undefined> {
  const r = await db.selectFrom('org_nodes').selectAll().where('tenant_id', '=', tenantId).where('code', '=', code).executeTakeFirst();
  return r && toOrgNode(r);
}

export async function findRoot(db: Db, tenantId: string): Promise<OrgNode | undefined> {
  const r = await db
    .selectFrom('org_nodes')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('parent_id', 'is', null)
    .executeTakeFirst();
  return r && toOrgNode(r);
}

/** Nodes on the path from the root down to (and including) the node, root first. */
export async function findAncestors(db: Db, tenantId: string, path: string): Promise<OrgNode[]> {
  const ids = pathIds(path);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('org_nodes').selectAll().where('tenant_id', '=', tenantId).where('id', 'in', ids).execute();
  return rows.map(toOrgNode).sort((a, b) => a.depth - b.depth);
}

/** The path and kind of every active node on the paths given (the nodes themselves and their ancestors) or under them. */
export async function nodeKindsAround(db: Db, tenantId: string, paths: readonly string[]): Promise<{ path: string; kind: OrgKind }[]> {
  if (!paths.length) return [];
  const onPath = [...new Set(paths.flatMap(pathIds))];
  return db
    .selectFrom('org_nodes')
    .select(['path', 'kind'])
    .where('tenant_id', '=', tenantId)
    .where('active', '=', 1)
    .where((eb) => eb.or([eb('id', 'in', onPath), pathWithin('path', paths)]))
    .execute();
}

export interface OrgFilter {
  scope: readonly string[];
  q?: string | undefined;
  kind?: OrgKind | undefined;
  active?: boolean | undefined;
  parentId?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const ORG_SORT = { name: 'name', path: 'path', kind: 'kind', createdAt: 'created_at' } as const;

export async function listOrgs(db: Db, tenantId: string, f: OrgFilter) {
  let q = db.selectFrom('org_nodes').selectAll().where('tenant_id', '=', tenantId).where(pathWithin('path', f.scope));
  if (f.q) q = q.where(containsText(['name', 'code'], f.q));
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.active !== undefined) q = q.where('active', '=', f.active ? 1 : 0);
  if (f.parentId) q = q.where('parent_id', '=', f.parentId);
  const { field, direction } = parseSort(f.sort, 'path');
  q = q.orderBy(ORG_SORT[field as keyof typeof ORG_SORT] ?? 'path', direction).orderBy('id');
  const { rows, total } = await fetchPage(q, f.page, f.pageSize);
  return { items: rows.map(toOrgNode), total };
}

export async function insertOrg(db: Db, n: OrgNode): Promise<void> {
  await db
    .insertInto('org_nodes')
    .values({
      tenant_id: n.tenantId,
      id: n.id,
      parent_id: n.parentId,
      kind: n.kind,
      name: n.name,
      code: n.code,
      path: n.path,
      depth: n.depth,
      active: n.active ? 1 : 0,
      version: n.version,
      created_at: n.createdAt,
      updated_at: n.updatedAt,
    })
    .execute();
}

/** Writes name, code, active and parent of a node if its version is still `expectedVersion`. */
export async function updateOrg(db: Db, n: OrgNode, expectedVersion: number): Promise<boolean> {
  const res = await db
    .updateTable('org_nodes')
    .set({ name: n.name, code: n.code, active: n.active ? 1 : 0, parent_id: n.parentId, version: n.version, updated_at: n.updatedAt })
    .where('tenant_id', '=', n.tenantId)
    .where('id', '=', n.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Re-roots a whole subtree in one statement: every path under `from` now starts with `to`. */
export async function repathSubtree(db: Db, tenantId: string, from: string, to: string, depthDelta: number): Promise<void> {
  await db
    .updateTable('org_nodes')
    .set({
      path: sql`${to} || substr(path, ${from.length + 1})`,
      depth: sql`depth + ${depthDelta}`,
    })
    .where('tenant_id', '=', tenantId)
    .where(pathWithin('path', [from]))
    .execute();
}

export async function countActiveChildren(db: Db, tenantId: string, id: string): Promise<number> {
  const r = await db
    .selectFrom('org_nodes')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('parent_id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
