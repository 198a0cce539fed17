import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Period } from './training.rules.js';

type Db = Kysely<Database>;

/** Whose hours: the people of a node's subtree (by their home node), or these people. */
export type Whom = { homePath: string } | { userIds: readonly string[] };

/** The active staff of a node: people whose home node lies in its subtree. */
export async function staffOf(db: Db, tenantId: string, path: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('org_nodes as home', (j) => j.onRef('home.tenant_id', '=', 'u.tenant_id').onRef('home.id', '=', 'u.org_id'))
    .select(['u.id', 'u.display_name', 'home.name as org_name'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.active', '=', 1)
    .where(pathWithin('home.path', [path]))
    .orderBy('home.path')
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(1000)
    .execute();
}

/** Each attendance in the period: one row per person and session held in it, with the session's hours. */
export async function attendancesIn(db: Db, tenantId: string, whom: Whom, p: Period) {
  let q = db
    .selectFrom('training_attendees as a')
    .innerJoin('training_sessions as s', (j) => j.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.session_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.user_id'))
    .innerJoin('org_nodes as home', (j) => j.onRef('home.tenant_id', '=', 'u.tenant_id').onRef('home.id', '=', 'u.org_id'))
    .select(['a.user_id', 'u.display_name', 'home.name as org_name', 's.hours_tenths'])
    .where('a.tenant_id', '=', tenantId)
    .where('s.held_on', '>=', p.from)
    .where('s.held_on', '<=', p.to);
  q = 'homePath' in whom ? q.where(pathWithin('home.path', [whom.homePath])) : q.where('a.user_id', 'in', [...whom.userIds]);
  return q.execute();
}

/** Each outside course whose last day falls in the period, with its hours. */
export async function coursesIn(db: Db, tenantId: string, whom: Whom, p: Period) {
  let q = db
    .selectFrom('training_outside_courses as c')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.user_id'))
    .innerJoin('org_nodes as home', (j) => j.onRef('home.tenant_id', '=', 'u.tenant_id').onRef('home.id', '=', 'u.org_id'))
    .select(['c.user_id', 'u.display_name', 'home.name as org_name', 'c.hours_tenths'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.to_on', '>=', p.from)
    .where('c.to_on', '<=', p.to);
  q = 'homePath' in whom ? q.where(pathWithin('home.path', [whom.homePath])) : q.where('c.user_id', 'in', [...whom.userIds]);
  return q.execute();
}
