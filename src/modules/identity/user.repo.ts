import type { Kysely, Selectable } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database, UserTable } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { Grant, User } from './user.types.js';

type Db = Kysely<Database>;

export function toUser(r: Selectable<UserTable>): User {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    username: r.username,
    displayName: r.display_name,
    phone: r.phone,
    licenceNo: r.licence_no ?? null,
    orgId: r.org_id,
    mustChangePassword: Number(r.must_change_password) === 1,
    active: Number(r.active) === 1,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A user with the path and name of their node (for scope checks and display). */
const userWithOrg = prepared((db, a: { tenantId: string; id: string }) =>
  db
    .selectFrom('users')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'users.tenant_id').onRef('o.id', '=', 'users.org_id'))
    .selectAll('users')
    .select(['o.path as org_path', 'o.name as org_name'])
    .where('users.tenant_id', '=', a.tenantId)
    .where('users.id', '=', a.id),
);

export async function findUser(db: Db, tenantId: string, id: string) {
  const [r] = (await userWithOrg(db, { tenantId, id })).rows;
  return r && { user: toUser(r), orgPath: r.org_path, orgName: r.org_name, passwordHash: r.password_hash };
}

/** The names of the users `ids`, active or not (a history names whoever acted then). */
export async function displayNames(db: Db, tenantId: string, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export async function findUserByUsername(db: Db, tenantId: string, username: string) {
  const r = await db.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).where('username', '=', username).executeTakeFirst();
  return r && { user: toUser(r), passwordHash: r.password_hash };
}

export interface UserFilter {
  scope: readonly string[];
  q?: string | undefined;
  orgId?: string | undefined;
  orgPath?: string | undefined;
  active?: boolean | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const USER_SORT = { username: 'users.username', displayName: 'users.display_name', createdAt: 'users.created_at', org: 'o.path' } as const;

export async function listUsers(db: Db, tenantId: string, f: UserFilter) {
  let q = db
    .selectFrom('users')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'users.tenant_id').onRef('o.id', '=', 'users.org_id'))
    .selectAll('users')
    .select(['o.path as org_path', 'o.name as org_name'])
    .where('users.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.orgPath) q = q.where(pathWithin('o.path', [f.orgPath]));
  if (f.q) q = q.where(containsText(['users.username', 'users.display_name', 'users.phone'], f.q));
  if (f.active !== undefined) q = q.where('users.active', '=', f.active ? 1 : 0);
  const { field, direction } = parseSort(f.sort, 'username');
  q = q.orderBy(USER_SORT[field as keyof typeof USER_SORT] ?? 'users.username', direction).orderBy('users.id');
  const { rows, total } = await fetchPage(q, f.page, f.pageSize);
  return { items: rows.map((r) => ({ user: toUser(r), orgPath: r.org_path, orgName: r.org_name })), total };
}

export async function insertUser(db: Db, u: User, passwordHash: string): Promise<void> {
  await db
    .insertInto('users')
    .values({
      tenant_id: u.tenantId,
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      phone: u.phone,
      licence_no: u.licenceNo,
      org_id: u.orgId,
      password_hash: passwordHash,
      must_change_password: u.mustChangePassword ? 1 : 0,
      active: u.active ? 1 : 0,
      version: u.version,
      created_at: u.createdAt,
      updated_at: u.updatedAt,
    })
    .execute();
}

/** Writes a user's fields if the stored version is still `expectedVersion`. */
export async function updateUser(db: Db, u: User, expectedVersion: number, passwordHash?: string): Promise<boolean> {
  const res = await db
    .updateTable('users')
    .set({
      display_name: u.displayName,
      phone: u.phone,
      licence_no: u.licenceNo,
      org_id: u.orgId,
      must_change_password: u.mustChangePassword ? 1 : 0,
      active: u.active ? 1 : 0,
      version: u.version,
      updated_at: u.updatedAt,
      ...(passwordHash ? { password_hash: passwordHash } : {}),
    })
    .where('tenant_id', '=', u.tenantId)
    .where('id', '=', u.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Active grants of a user, with role and node, for access checks and display. */
export async function listGrants(db: Db, tenantId: string, userId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom('grants as g')
    .innerJoin('roles as r', (j) => j.onRef('r.tenant_id', '=', 'g.tenant_id').onRef('r.id', '=', 'g.role_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'g.tenant_id').onRef('o.id', '=', 'g.org_id'))
    .select([
      'g.id',
      'g.user_id',
      'g.role_id',
      'r.code as role_code',
      'r.name as role_name',
      'g.org_id',
      'o.name as org_name',
      'o.path as org_path',
      'g.created_at',
    ])
    .where('g.tenant_id', '=', tenantId)
    .where('g.user_id', '=', userId)
    .where('g.revoked_at', 'is', null)
    .where('o.active', '=', 1)
    .orderBy('o.path')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    roleId: r.role_id,
    roleCode: r.role_code,
    roleName: r.role_name,
    orgId: r.org_id,
    orgName: r.org_name,
    orgPath: r.org_path,
    createdAt: r.created_at,
  }));
}

export async function findGrant(db: Db, tenantId: string, id: string) {
  return db.selectFrom('grants').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertGrant(
  db: Db,
  g: { tenantId: string; id: string; userId: string; roleId: string; orgId: string; createdAt: string },
) {
  await db
    .insertInto('grants')
    .values({
      tenant_id: g.tenantId,
      id: g.id,
      user_id: g.userId,
      role_id: g.roleId,
      org_id: g.orgId,
      created_at: g.createdAt,
      revoked_at: null,
    })
    .execute();
}

export async function revokeGrant(db: Db, tenantId: string, id: string, at: string) {
  await db.updateTable('grants').set({ revoked_at: at }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function hasActiveGrant(db: Db, tenantId: string, userId: string, roleId: string, orgId: string) {
  const r = await db
    .selectFrom('grants')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('role_id', '=', roleId)
    .where('org_id', '=', orgId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Boolean(r);
}
