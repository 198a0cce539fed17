import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { SwPlanTable, SwProjectTable } from './socialwork.tables.js';
import type { PlanContent, PlanState, ProjectState } from './socialwork.types.js';

type Db = Kysely<Database>;

export interface Project {
  id: string;
  orgId: string;
  number: string;
  title: string;
  executorId: string;
  supervisorId: string;
  state: ProjectState;
  startedAt: string | null;
  startedBy: string | null;
  summary: string | null;
  closedAt: string | null;
  closedBy: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  version: number;
}

/** A project with its node (name and path: its scope) and the names of its executor and supervisor. */
export interface LoadedProject {
  project: Project;
  orgName: string;
  orgPath: string;
  executorName: string;
  supervisorName: string;
}

const toProject = (r: SwProjectTable): Project => ({
  id: r.id,
  orgId: r.org_id,
  number: r.number,
  title: r.title,
  executorId: r.executor_id,
  supervisorId: r.supervisor_id,
  state: r.state,
  startedAt: r.started_at,
  startedBy: r.started_by,
  summary: r.summary,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

const row = (tenantId: string, p: Project): SwProjectTable => ({
  tenant_id: tenantId,
  id: p.id,
  org_id: p.orgId,
  number: p.number,
  title: p.title,
  executor_id: p.executorId,
  supervisor_id: p.supervisorId,
  state: p.state,
  started_at: p.startedAt,
  started_by: p.startedBy,
  summary: p.summary,
  closed_at: p.closedAt,
  closed_by: p.closedBy,
  created_at: p.createdAt,
  created_by: p.createdBy,
  updated_at: p.updatedAt,
  version: p.version,
});

const loaded = (db: Db, tenantId: string) =>
  db
    .selectFrom('sw_projects as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
    .innerJoin('users as e', (j) => j.onRef('e.tenant_id', '=', 'p.tenant_id').onRef('e.id', '=', 'p.executor_id'))
    .innerJoin('users as s', (j) => j.onRef('s.tenant_id', '=', 'p.tenant_id').onRef('s.id', '=', 'p.supervisor_id'))
    .selectAll('p')
    .select(['o.name as org_name', 'o.path as org_path', 'e.display_name as executor_name', 's.display_name as supervisor_name'])
    .where('p.tenant_id', '=', tenantId);

type LoadedRow = SwProjectTable & { org_name: string; org_path: string; executor_name: string; supervisor_name: string };
const toLoaded = (r: LoadedRow): LoadedProject => ({
  project: toProject(r),
  orgName: r.org_name,
  orgPath: r.org_path,
  executorName: r.executor_name,
  supervisorName: r.supervisor_name,
});

export async function findProject(db: Db, tenantId: string, id: string): Promise<LoadedProject | undefined> {
  const r = await loaded(db, tenantId).where('p.id', '=', id).executeTakeFirst();
  return r ? toLoaded(r) : undefined;
}

export interface ProjectFilter {
  orgPath?: string | undefined;
  state?: ProjectState | undefined;
  /** Matches the number or the title. */
  q?: string | undefined;
}

/** The projects of nodes in `scope`, newest first. */
export async function listProjects(db: Db, tenantId: string, scope: readonly string[], f: ProjectFilter): Promise<LoadedProject[]> {
  let q = loaded(db, tenantId).where(pathWithin('o.path', scope));
  if (f.orgPath) q = q.where(pathWithin('o.path', [f.orgPath]));
  if (f.state) q = q.where('p.state', '=', f.state);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) => eb.or([eb('p.number', 'like', like), eb('p.title', 'like', like)]));
  }
  return (await q.orderBy('p.created_at', 'desc').orderBy('p.id').execute()).map(toLoaded);
}

export async function insertProject(db: Db, tenantId: string, p: Project): Promise<void> {
  await db.insertInto('sw_projects').values(row(tenantId, p)).execute();
}

/** Saves a project if it is still at `version`; false when someone changed it meanwhile. */
export async function updateProject(db: Db, tenantId: string, p: Project, version: number): Promise<boolean> {
  const { tenant_id: _t, id: _i, org_id: _o, number: _n, created_at: _c, created_by: _b, ...fields } = row(tenantId, p);
  const r = await db
    .updateTable('sw_projects')
    .set(fields)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', p.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface Plan {
  id: string;
  projectId: string;
  versionNo: number;
  state: PlanState;
  content: PlanContent;
  changeRequestId: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  returnReason: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const toPlan = (r: SwPlanTable): Plan => ({
  id: r.id,
  projectId: r.project_id,
  versionNo: Number(r.version_no),
  state: r.state,
  content: JSON.parse(r.content) as PlanContent,
  changeRequestId: r.change_request_id,
  submittedAt: r.submitted_at,
  submittedBy: r.submitted_by,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
  returnReason: r.return_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

export const planRow = (tenantId: string, p: Plan): SwPlanTable => ({
  tenant_id: tenantId,
  id: p.id,
  project_id: p.projectId,
  version_no: p.versionNo,
  state: p.state,
  content: JSON.stringify(p.content),
  change_request_id: p.changeRequestId,
  submitted_at: p.submittedAt,
  submitted_by: p.submittedBy,
  decided_at: p.decidedAt,
  decided_by: p.decidedBy,
  return_reason: p.returnReason,
  created_at: p.createdAt,
  updated_at: p.updatedAt,
  version: p.version,
});

export async function insertPlan(db: Db, tenantId: string, p: Plan): Promise<void> {
  await db.insertInto('sw_plans').values(planRow(tenantId, p)).execute();
}

/** The plan version in force: the approved one (a project has at most one; a change supersedes the one before). */
export async function planInForce(db: Db, tenantId: string, projectId: string): Promise<Plan | undefined> {
  const r = await db
    .selectFrom('sw_plans')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('project_id', '=', projectId)
    .where('state', '=', 'approved')
    .executeTakeFirst();
  return r ? toPlan(r) : undefined;
}

/** Every version of the project's plan, newest first. */
export async function listPlans(db: Db, tenantId: string, projectId: string): Promise<Plan[]> {
  const rows = await db
    .selectFrom('sw_plans')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('project_id', '=', projectId)
    .orderBy('version_no', 'desc')
    .execute();
  return rows.map(toPlan);
}

/** Active people holding one of `permissions` through an active grant, with their home node's path and name. */
export async function peopleHolding(db: Db, tenantId: string, permissions: string[]) {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('org_nodes as home', (j) => j.onRef('home.tenant_id', '=', 'u.tenant_id').onRef('home.id', '=', 'u.org_id'))
    .innerJoin('grants as g', (j) => j.onRef('g.tenant_id', '=', 'u.tenant_id').onRef('g.user_id', '=', 'u.id'))
    .innerJoin('role_permissions as rp', (j) => j.onRef('rp.tenant_id', '=', 'g.tenant_id').onRef('rp.role_id', '=', 'g.role_id'))
    .innerJoin('org_nodes as at', (j) => j.onRef('at.tenant_id', '=', 'g.tenant_id').onRef('at.id', '=', 'g.org_id'))
    .innerJoin('roles as r', (j) => j.onRef('r.tenant_id', '=', 'g.tenant_id').onRef('r.id', '=', 'g.role_id'))
    .select(['u.id', 'u.display_name', 'home.path', 'home.name', 'rp.permission'])
    .distinct()
    .where('u.tenant_id', '=', tenantId)
    // the system administrator holds every permission to administer, not to run or supervise projects
    .where('r.code', '!=', 'system_admin')
    .where('u.active', '=', 1)
    .where('g.revoked_at', 'is', null)
    .where('at.active', '=', 1)
    .where('rp.permission', 'in', permissions)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, homePath: r.path, orgName: r.name, permission: r.permission }));
}
