import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { InfusionTeamTable } from './infusion.tables.js';

type Db = Kysely<Database>;

export interface Team {
  id: string;
  orgId: string;
  name: string;
  areas: string[];
  active: boolean;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  version: number;
}

/** A team with its node's name and path (its scope) and its nurses. */
export interface LoadedTeam {
  team: Team;
  orgName: string;
  orgPath: string;
  members: { id: string; displayName: string }[];
}

const toTeam = (r: InfusionTeamTable): Team => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  areas: JSON.parse(r.areas) as string[],
  active: Number(r.active) === 1,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

const row = (tenantId: string, t: Team): InfusionTeamTable => ({
  tenant_id: tenantId,
  id: t.id,
  org_id: t.orgId,
  name: t.name,
  areas: JSON.stringify(t.areas),
  active: t.active ? 1 : 0,
  created_at: t.createdAt,
  created_by: t.createdBy,
  updated_at: t.updatedAt,
  version: t.version,
});

const withOrg = (db: Db, tenantId: string) =>
  db
    .selectFrom('infusion_teams as t')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 't.tenant_id').onRef('o.id', '=', 't.org_id'))
    .selectAll('t')
    .select(['o.name as org_name', 'o.path as org_path'])
    .where('t.tenant_id', '=', tenantId);

async function membersOf(db: Db, tenantId: string, teamIds: string[]) {
  if (!teamIds.length) return new Map<string, { id: string; displayName: string }[]>();
  const rows = await db
    .selectFrom('infusion_team_members as m')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.user_id'))
    .select(['m.team_id', 'u.id', 'u.display_name'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.team_id', 'in', teamIds)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  const out = new Map<string, { id: string; displayName: string }[]>();
  for (const r of rows) out.set(r.team_id, [...(out.get(r.team_id) ?? []), { id: r.id, displayName: r.display_name }]);
  return out;
}

async function loadAll(db: Db, tenantId: string, rows: (InfusionTeamTable & { org_name: string; org_path: string })[]) {
  const members = await membersOf(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ team: toTeam(r), orgName: r.org_name, orgPath: r.org_path, members: members.get(r.id) ?? [] }));
}

export async function findTeam(db: Db, tenantId: string, id: string): Promise<LoadedTeam | undefined> {
  const r = await withOrg(db, tenantId).where('t.id', '=', id).executeTakeFirst();
  return r ? (await loadAll(db, tenantId, [r]))[0] : undefined;
}

/** The teams of nodes in `scope` (and under `orgPath`), by node then name. */
export async function listTeams(db: Db, tenantId: string, scope: readonly string[], orgPath?: string): Promise<LoadedTeam[]> {
  let q = withOrg(db, tenantId).where(pathWithin('o.path', scope));
  if (orgPath) q = q.where(pathWithin('o.path', [orgPath]));
  return loadAll(db, tenantId, await q.orderBy('o.path').orderBy('t.name').orderBy('t.id').execute());
}

/** Of `userIds`, those of active users whose home node lies under `orgPath`. */
export async function membersWithin(db: Db, tenantId: string, userIds: string[], orgPath: string): Promise<string[]> {
  if (!userIds.length) return [];
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('org_nodes as home', (j) => j.onRef('home.tenant_id', '=', 'u.tenant_id').onRef('home.id', '=', 'u.org_id'))
    .select('u.id')
    .where('u.tenant_id', '=', tenantId)
    .where('u.id', 'in', userIds)
    .where('u.active', '=', 1)
    .where(pathWithin('home.path', [orgPath]))
    .execute();
  return rows.map((r) => r.id);
}

/** Of `areas`, those an active patient of the team lives in. */
export async function areasInUse(db: Db, tenantId: string, teamId: string, areas: string[]): Promise<string[]> {
  if (!areas.length) return [];
  const rows = await db
    .selectFrom('infusion_patients')
    .select('area')
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('team_id', '=', teamId)
    .where('active', '=', 1)
    .where('area', 'in', areas)
    .execute();
  return rows.map((r) => r.area);
}

export async function activePatientCount(db: Db, tenantId: string, teamId: string): Promise<number> {
  const r = await db
    .selectFrom('infusion_patients')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('team_id', '=', teamId)
    .where('active', '=', 1)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function insertTeam(db: Db, tenantId: string, t: Team): Promise<void> {
  await db.insertInto('infusion_teams').values(row(tenantId, t)).execute();
}

/** Saves a team if it is still at `version`; false when someone changed it meanwhile. */
export async function updateTeam(db: Db, tenantId: string, t: Team, version: number): Promise<boolean> {
  const { tenant_id: _t, id: _i, org_id: _o, created_at: _c, created_by: _b, ...fields } = row(tenantId, t);
  const r = await db
    .updateTable('infusion_teams')
    .set(fields)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', t.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Makes the team's nurses exactly `userIds`, keeping when those who stay were added. */
export async function setMembers(db: Db, tenantId: string, teamId: string, userIds: string[], now: string): Promise<void> {
  const current = (
    await db.selectFrom('infusion_team_members').select('user_id').where('tenant_id', '=', tenantId).where('team_id', '=', teamId).execute()
  ).map((r) => r.user_id);
  const gone = current.filter((u) => !userIds.includes(u));
  if (gone.length)
    await db
      .deleteFrom('infusion_team_members')
      .where('tenant_id', '=', tenantId)
      .where('team_id', '=', teamId)
      .where('user_id', 'in', gone)
      .execute();
  const added = userIds.filter((u) => !current.includes(u));
  if (added.length)
    await db
      .insertInto('infusion_team_members')
      .values(added.map((u) => ({ tenant_id: tenantId, team_id: teamId, user_id: u, added_at: now })))
      .execute();
}
