/**
 * The duty roster (值班表): a node's roster with its head, the person on duty each day and the swaps recorded, the
 * people who may be put on duty, the days a person is on duty, and the nodes the roster page offers.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { DutyRosterTable } from './duty.tables.js';

type Db = Kysely<Database>;

export interface Roster {
  id: string;
  orgId: string;
  headUserId: string;
  headPhone: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const toRoster = (r: DutyRosterTable): Roster => ({
  id: r.id,
  orgId: r.org_id,
  headUserId: r.head_user_id,
  headPhone: r.head_phone,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

export async function findRoster(db: Db, tenantId: string, by: { id: string } | { orgId: string }): Promise<Roster | undefined> {
  let q = db.selectFrom('duty_rosters').selectAll().where('tenant_id', '=', tenantId);
  q = 'id' in by ? q.where('id', '=', by.id) : q.where('org_id', '=', by.orgId);
  const r = await q.executeTakeFirst();
  return r ? toRoster(r) : undefined;
}

export async function insertRoster(db: Db, tenantId: string, r: Roster): Promise<void> {
  await db
    .insertInto('duty_rosters')
    .values({
      tenant_id: tenantId,
      id: r.id,
      org_id: r.orgId,
      head_user_id: r.headUserId,
      head_phone: r.headPhone,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
      version: r.version,
    })
    .execute();
}

export async function updateRoster(db: Db, tenantId: string, r: Roster, version: number): Promise<boolean> {
  const res = await db
    .updateTable('duty_rosters')
    .set({ head_user_id: r.headUserId, head_phone: r.headPhone, updated_at: r.updatedAt, version: r.version })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', r.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** One day on duty, with the person's name and, when swapped, who was rostered before. */
export interface DutyDay {
  id: string;
  day: string;
  userId: string;
  userName: string;
  phone: string;
}

export async function daysOf(db: Db, tenantId: string, orgId: string, from: string, to: string): Promise<DutyDay[]> {
  const rows = await db
    .selectFrom('duty_days as d')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'd.tenant_id').onRef('u.id', '=', 'd.user_id'))
    .select(['d.id', 'd.day', 'd.user_id', 'u.display_name', 'd.phone'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.org_id', '=', orgId)
    .where('d.day', '>=', from)
    .where('d.day', '<=', to)
    .orderBy('d.day')
    .execute();
  return rows.map((r) => ({ id: r.id, day: r.day, userId: r.user_id, userName: r.display_name, phone: r.phone }));
}

export async function dayAt(db: Db, tenantId: string, orgId: string, day: string): Promise<DutyDay | undefined> {
  return (await daysOf(db, tenantId, orgId, day, day))[0];
}

export async function setDay(
  db: Db,
  tenantId: string,
  d: { id: string; rosterId: string; orgId: string; day: string; userId: string; phone: string; by: string; at: string },
): Promise<void> {
  const existing = await db
    .selectFrom('duty_days')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('org_id', '=', d.orgId)
    .where('day', '=', d.day)
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('duty_days')
      .set({ user_id: d.userId, phone: d.phone, assigned_by: d.by, assigned_at: d.at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', existing.id)
      .execute();
    return;
  }
  await db
    .insertInto('duty_days')
    .values({
      tenant_id: tenantId,
      id: d.id,
      roster_id: d.rosterId,
      org_id: d.orgId,
      day: d.day,
      user_id: d.userId,
      phone: d.phone,
      assigned_by: d.by,
      assigned_at: d.at,
    })
    .execute();
}

export async function clearDay(db: Db, tenantId: string, orgId: string, day: string): Promise<void> {
  await db.deleteFrom('duty_days').where('tenant_id', '=', tenantId).where('org_id', '=', orgId).where('day', '=', day).execute();
}

export interface Swap {
  id: string;
  day: string;
  fromUserId: string;
  fromName: string;
  toUserId: string;
  toName: string;
  reason: string;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
}

export async function swapsOf(db: Db, tenantId: string, orgId: string, from: string, to: string): Promise<Swap[]> {
  const rows = await db
    .selectFrom('duty_swaps as s')
    .innerJoin('users as f', (j) => j.onRef('f.tenant_id', '=', 's.tenant_id').onRef('f.id', '=', 's.from_user_id'))
    .innerJoin('users as t', (j) => j.onRef('t.tenant_id', '=', 's.tenant_id').onRef('t.id', '=', 's.to_user_id'))
    .innerJoin('users as r', (j) => j.onRef('r.tenant_id', '=', 's.tenant_id').onRef('r.id', '=', 's.recorded_by'))
    .select([
      's.id',
      's.day',
      's.from_user_id',
      'f.display_name as from_name',
      's.to_user_id',
      't.display_name as to_name',
      's.reason',
      's.recorded_by',
      'r.display_name as recorded_by_name',
      's.recorded_at',
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.org_id', '=', orgId)
    .where('s.day', '>=', from)
    .where('s.day', '<=', to)
    .orderBy('s.day')
    .orderBy('s.recorded_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    day: r.day,
    fromUserId: r.from_user_id,
    fromName: r.from_name,
    toUserId: r.to_user_id,
    toName: r.to_name,
    reason: r.reason,
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name,
    recordedAt: r.recorded_at,
  }));
}

export async function insertSwap(
  db: Db,
  tenantId: string,
  s: {
    id: string;
    rosterId: string;
    orgId: string;
    day: string;
    fromUserId: string;
    toUserId: string;
    reason: string;
    by: string;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('duty_swaps')
    .values({
      tenant_id: tenantId,
      id: s.id,
      roster_id: s.rosterId,
      org_id: s.orgId,
      day: s.day,
      from_user_id: s.fromUserId,
      to_user_id: s.toUserId,
      reason: s.reason,
      recorded_by: s.by,
      recorded_at: s.at,
    })
    .execute();
}

/** People who may be put on duty at the node at `orgPath`: active, working there, holding duty.log at a node above. */
export async function dutyPeople(db: Db, tenantId: string, orgPath: string, permission: string) {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('org_nodes as home', (j) => j.onRef('home.tenant_id', '=', 'u.tenant_id').onRef('home.id', '=', 'u.org_id'))
    .innerJoin('grants as g', (j) => j.onRef('g.tenant_id', '=', 'u.tenant_id').onRef('g.user_id', '=', 'u.id'))
    .innerJoin('role_permissions as rp', (j) => j.onRef('rp.tenant_id', '=', 'g.tenant_id').onRef('rp.role_id', '=', 'g.role_id'))
    .innerJoin('org_nodes as at', (j) => j.onRef('at.tenant_id', '=', 'g.tenant_id').onRef('at.id', '=', 'g.org_id'))
    .select(['u.id', 'u.display_name', 'u.phone', 'at.path as grant_path'])
    .distinct()
    .where('u.tenant_id', '=', tenantId)
    .where('u.active', '=', 1)
    .where('g.revoked_at', 'is', null)
    .where('at.active', '=', 1)
    .where('rp.permission', '=', permission)
    .where(pathWithin('home.path', [orgPath]))
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  const seen = new Set<string>();
  return rows
    .filter((r) => orgPath.startsWith(r.grant_path) && !seen.has(r.id) && seen.add(r.id))
    .map((r) => ({ id: r.id, displayName: r.display_name, phone: r.phone ?? '' }));
}

/** The days the caller is on duty (after swaps) between two days, with the station. */
export async function myDutyDays(db: Db, tenantId: string, userId: string, from: string, to: string) {
  return db
    .selectFrom('duty_days as d')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'd.tenant_id').onRef('o.id', '=', 'd.org_id'))
    .select(['d.day', 'd.org_id', 'o.name as org_name', 'o.path as org_path'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.user_id', '=', userId)
    .where('d.day', '>=', from)
    .where('d.day', '<=', to)
    .orderBy('d.day')
    .execute();
}

/** Stations in scope (and nodes already keeping a roster), for the roster page's picker. */
export async function rosterNodes(db: Db, tenantId: string, scope: readonly string[]) {
  return db
    .selectFrom('org_nodes as o')
    .leftJoin('duty_rosters as r', (j) => j.onRef('r.tenant_id', '=', 'o.tenant_id').onRef('r.org_id', '=', 'o.id'))
    .select(['o.id', 'o.name', 'o.kind', 'r.id as roster_id'])
    .where('o.tenant_id', '=', tenantId)
    .where('o.active', '=', 1)
    .where(pathWithin('o.path', scope))
    .where((eb) => eb.or([eb('o.kind', '=', 'station'), eb('r.id', 'is not', null)]))
    .orderBy('o.path')
    .execute();
}
