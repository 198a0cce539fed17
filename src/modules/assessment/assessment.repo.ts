import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { AnnualAssessmentTable, AssessmentCriteriaTable, PostResponsibilityTable, RewardPenaltyTable } from './assessment.tables.js';

type Db = Kysely<Database>;

/** A staff member with their home node. */
export interface StaffRow {
  id: string;
  display_name: string;
  org_id: string;
  org_name: string;
  path: string;
}

const people = (db: Db, tenantId: string) =>
  db
    .selectFrom('users as u')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'u.tenant_id').onRef('n.id', '=', 'u.org_id'))
    .select(['u.id', 'u.display_name', 'u.org_id', 'n.name as org_name', 'n.path'])
    .where('u.tenant_id', '=', tenantId);

/** The active staff of a node: users whose home node lies in its subtree, by node and name. */
export async function staffUnder(db: Db, tenantId: string, path: string): Promise<StaffRow[]> {
  return people(db, tenantId)
    .where('u.active', '=', 1)
    .where(pathWithin('n.path', [path]))
    .orderBy('n.path')
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
}

/** One user with their home node (active or not), or undefined. */
export async function findPerson(db: Db, tenantId: string, id: string): Promise<StaffRow | undefined> {
  return people(db, tenantId).where('u.id', '=', id).executeTakeFirst();
}

export type ResponsibilityRow = PostResponsibilityTable & { user_name: string; posted_by_name: string; path: string };

const responsibilities = (db: Db, tenantId: string) =>
  db
    .selectFrom('post_responsibilities as r')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.user_id'))
    .innerJoin('users as b', (j) => j.onRef('b.tenant_id', '=', 'r.tenant_id').onRef('b.id', '=', 'r.posted_by'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'u.tenant_id').onRef('n.id', '=', 'u.org_id'))
    .selectAll('r')
    .select(['u.display_name as user_name', 'b.display_name as posted_by_name', 'n.path'])
    .where('r.tenant_id', '=', tenantId);

export async function findResponsibility(db: Db, tenantId: string, id: string): Promise<ResponsibilityRow | undefined> {
  return responsibilities(db, tenantId).where('r.id', '=', id).executeTakeFirst();
}

/** The responsibilities in force of the given people. */
export async function responsibilitiesOf(db: Db, tenantId: string, userIds: readonly string[]): Promise<ResponsibilityRow[]> {
  if (!userIds.length) return [];
  return responsibilities(db, tenantId).where('r.user_id', 'in', userIds).execute();
}

export async function insertResponsibility(db: Db, row: PostResponsibilityTable): Promise<void> {
  await db.insertInto('post_responsibilities').values(row).execute();
}

/** Saves a responsibility if still at `version`; false when someone changed it meanwhile. */
export async function updateResponsibility(db: Db, row: PostResponsibilityTable, version: number): Promise<boolean> {
  const { tenant_id, id, user_id: _u, ...fields } = row;
  const r = await db
    .updateTable('post_responsibilities')
    .set(fields)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type CriteriaRow = AssessmentCriteriaTable & { org_name: string; path: string; set_by_name: string };

const criteria = (db: Db, tenantId: string) =>
  db
    .selectFrom('assessment_criteria as c')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.id', '=', 'c.org_id'))
    .innerJoin('users as b', (j) => j.onRef('b.tenant_id', '=', 'c.tenant_id').onRef('b.id', '=', 'c.set_by'))
    .selectAll('c')
    .select(['n.name as org_name', 'n.path', 'b.display_name as set_by_name'])
    .where('c.tenant_id', '=', tenantId);

export async function findCriteria(db: Db, tenantId: string, id: string): Promise<CriteriaRow | undefined> {
  return criteria(db, tenantId).where('c.id', '=', id).executeTakeFirst();
}

/** Criteria sets by id, with their node's name (a year-end assessment's history names the set it was scored by). */
export async function criteriaByIds(db: Db, tenantId: string, ids: readonly string[]): Promise<CriteriaRow[]> {
  return ids.length ? criteria(db, tenantId).where('c.id', 'in', ids).execute() : [];
}

/** Every node's criteria of one year (few: one set per node that sets its own). */
export async function criteriaOfYear(db: Db, tenantId: string, year: number): Promise<CriteriaRow[]> {
  return criteria(db, tenantId).where('c.year', '=', year).execute();
}

export async function insertCriteria(db: Db, row: AssessmentCriteriaTable): Promise<void> {
  await db.insertInto('assessment_criteria').values(row).execute();
}

export async function updateCriteria(db: Db, row: AssessmentCriteriaTable, version: number): Promise<boolean> {
  const { tenant_id, id, org_id: _o, year: _y, ...fields } = row;
  const r = await db
    .updateTable('assessment_criteria')
    .set(fields)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type RewardRow = RewardPenaltyTable & { user_name: string; recorded_by_name: string; path: string };

const rewards = (db: Db, tenantId: string) =>
  db
    .selectFrom('rewards_penalties as r')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.user_id'))
    .innerJoin('users as b', (j) => j.onRef('b.tenant_id', '=', 'r.tenant_id').onRef('b.id', '=', 'r.recorded_by'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'u.tenant_id').onRef('n.id', '=', 'u.org_id'))
    .selectAll('r')
    .select(['u.display_name as user_name', 'b.display_name as recorded_by_name', 'n.path'])
    .where('r.tenant_id', '=', tenantId);

export async function findReward(db: Db, tenantId: string, id: string): Promise<RewardRow | undefined> {
  return rewards(db, tenantId).where('r.id', '=', id).executeTakeFirst();
}

/** The rewards and penalties of the given people on the business dates [from, to], latest first. */
export async function rewardsOf(db: Db, tenantId: string, userIds: readonly string[], from: string, to: string): Promise<RewardRow[]> {
  if (!userIds.length) return [];
  return rewards(db, tenantId)
    .where('r.user_id', 'in', userIds)
    .where('r.occurred_on', '>=', from)
    .where('r.occurred_on', '<=', to)
    .orderBy('r.occurred_on', 'desc')
    .orderBy('r.recorded_at', 'desc')
    .execute();
}

export async function insertReward(db: Db, row: RewardPenaltyTable): Promise<void> {
  await db.insertInto('rewards_penalties').values(row).execute();
}

export type AnnualRow = AnnualAssessmentTable & { user_name: string; assessed_by_name: string; org_name: string; path: string };

const annual = (db: Db, tenantId: string) =>
  db
    .selectFrom('annual_assessments as a')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.user_id'))
    .innerJoin('users as b', (j) => j.onRef('b.tenant_id', '=', 'a.tenant_id').onRef('b.id', '=', 'a.assessed_by'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'u.tenant_id').onRef('n.id', '=', 'u.org_id'))
    .selectAll('a')
    .select(['u.display_name as user_name', 'b.display_name as assessed_by_name', 'n.name as org_name', 'n.path'])
    .where('a.tenant_id', '=', tenantId);

export async function findAnnual(db: Db, tenantId: string, id: string): Promise<AnnualRow | undefined> {
  return annual(db, tenantId).where('a.id', '=', id).executeTakeFirst();
}

/** The year's assessments of the given people. */
export async function annualOf(db: Db, tenantId: string, userIds: readonly string[], year: number): Promise<AnnualRow[]> {
  if (!userIds.length) return [];
  return annual(db, tenantId).where('a.user_id', 'in', userIds).where('a.year', '=', year).execute();
}

export async function insertAnnual(db: Db, row: AnnualAssessmentTable): Promise<void> {
  await db.insertInto('annual_assessments').values(row).execute();
}

export async function updateAnnual(db: Db, row: AnnualAssessmentTable, version: number): Promise<boolean> {
  const { tenant_id, id, user_id: _u, year: _y, ...fields } = row;
  const r = await db
    .updateTable('annual_assessments')
    .set(fields)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
