import type { z } from 'zod';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { nextCounter } from '../../platform/counters.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { authorizeRead, mayRunProjects, projectAbilities } from './project.policy.js';
import * as repo from './project.repo.js';
import type * as s from './project.schemas.js';
import { SW_EXECUTE, SW_READ, SW_SUPERVISE } from './socialwork.permissions.js';
import type { ProjectState } from './socialwork.types.js';

type ProjectOut = z.infer<typeof s.projectSchema>;

export const staleProject = () => new DomainError('conflict', 'record.version_conflict', 'the project was changed by someone else; reload');

export function presentProject(ctx: UseCase, l: repo.LoadedProject): ProjectOut {
  const { createdBy: _c, startedBy: _s, closedBy: _b, ...p } = l.project;
  return {
    ...p,
    orgName: l.orgName,
    executorName: l.executorName,
    supervisorName: l.supervisorName,
    abilities: projectAbilities(ctx.actor.access, l.orgPath),
  };
}

/**
 * A project the caller may read (404 outside their nodes, 403 inside without socialwork.read), or on which they hold
 * `permission`; every record of a project is loaded through its project.
 */
export async function loadProject(ctx: UseCase, id: string, permission = SW_READ): Promise<repo.LoadedProject> {
  const found = await repo.findProject(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('sw_project');
  authorizeRead(ctx.actor.access, found.orgPath, 'sw_project');
  if (permission !== SW_READ && !allowsAt(ctx.actor.access, permission, found.orgPath)) throw forbidden(permission);
  return found;
}

/** Refuses a step on a project not in one of `states` (`socialwork.project_state`, on the field `state`). */
export function requireProjectState(p: repo.Project, states: readonly ProjectState[], what: string): void {
  if (!states.includes(p.state))
    throw fieldError('conflict', 'socialwork.project_state', 'state', `${what} is not possible while the project is ${p.state}`);
}

/** The projects of the caller's centres and stations. */
export async function listProjects(ctx: UseCase, q: z.infer<typeof s.projectListQuery>): Promise<z.infer<typeof s.projectList>> {
  const scope = scopeOf(ctx.actor.access, SW_READ);
  if (!scope.length) throw forbidden(SW_READ);
  const orgPath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const items = await repo.listProjects(ctx.db, ctx.actor.tenantId, scope, { orgPath, state: q.state, q: q.q });
  return { items: items.map((l) => presentProject(ctx, l)) };
}

/** Also the history reader of `sw_project`. */
export async function getProject(ctx: UseCase, id: string): Promise<ProjectOut> {
  return presentProject(ctx, await loadProject(ctx, id));
}

/**
 * Who may run and who may supervise a project of the node at `orgPath`: active people holding socialwork.execute
 * who work there, and those holding socialwork.supervise who work there or at a node above it (a centre's 督导
 * supervises its stations' projects).
 */
async function candidates(ctx: UseCase, orgPath: string) {
  const rows = await repo.peopleHolding(ctx.db, ctx.actor.tenantId, [SW_EXECUTE, SW_SUPERVISE]);
  const near = (path: string) => orgPath.startsWith(path) || path.startsWith(orgPath);
  const person = (r: (typeof rows)[number]) => ({ id: r.id, displayName: r.displayName, orgName: r.orgName });
  return {
    executors: rows.filter((r) => r.permission === SW_EXECUTE && r.homePath.startsWith(orgPath)).map(person),
    supervisors: rows.filter((r) => r.permission === SW_SUPERVISE && near(r.homePath)).map(person),
  };
}

/** The pickers of the project form: executors and supervisors for a project of `orgId`. */
export async function projectPeople(ctx: UseCase, orgId: string): Promise<z.infer<typeof s.projectPeople>> {
  const org = await loadVisibleOrg(ctx, orgId);
  if (!allowsAt(ctx.actor.access, SW_READ, org.path)) throw forbidden(SW_READ);
  const { executors, supervisors } = await candidates(ctx, org.path);
  const unique = (list: typeof executors) => list.filter((p, i) => list.findIndex((q) => q.id === p.id) === i);
  return { executors: unique(executors), supervisors: unique(supervisors) };
}

/** The executor runs projects at the node; the supervisor supervises there or above; they are two people. */
async function checkPeople(ctx: UseCase, orgPath: string, executorId: string, supervisorId: string): Promise<void> {
  const { executors, supervisors } = await candidates(ctx, orgPath);
  if (!executors.some((p) => p.id === executorId))
    throw fieldError(
      'unprocessable',
      'socialwork.person_outside',
      'executorId',
      'the executor is not a social worker of this centre or station',
    );
  if (!supervisors.some((p) => p.id === supervisorId))
    throw fieldError(
      'unprocessable',
      'socialwork.person_outside',
      'supervisorId',
      'the supervisor is not a project supervisor of this centre',
    );
  if (executorId === supervisorId)
    throw fieldError(
      'unprocessable',
      'socialwork.supervisor_is_executor',
      'supervisorId',
      'a project is supervised by someone other than its executor',
    );
}

/** Opens a project at a centre or station (A3.3): it starts `initiating`, for its survey and plan. */
export async function createProject(ctx: UseCase, body: z.infer<typeof s.projectCreateBody>): Promise<ProjectOut> {
  const org = await loadVisibleOrg(ctx, body.orgId).catch(() => {
    throw fieldError('not_found', 'org.not_found', 'orgId', 'no such centre or station in your nodes');
  });
  if (!allowsAt(ctx.actor.access, SW_EXECUTE, org.path)) throw forbidden(SW_EXECUTE);
  if (!mayRunProjects(org.kind))
    throw fieldError('unprocessable', 'socialwork.org_not_centre', 'orgId', 'projects are run by a centre or a station');
  await checkPeople(ctx, org.path, body.executorId, body.supervisorId);
  const id = await inTransaction(ctx, async (tx) => {
    const year = businessDate(new Date(tx.now), await tenantZone(tx)).slice(0, 4);
    const seq = await nextCounter(tx.db, tx.actor.tenantId, `sw_project:${year}`);
    const project: repo.Project = {
      id: newId(),
      orgId: org.id,
      number: `XM-${year}-${String(seq).padStart(4, '0')}`,
      title: body.title,
      executorId: body.executorId,
      supervisorId: body.supervisorId,
      state: 'initiating',
      startedAt: null,
      startedBy: null,
      summary: null,
      closedAt: null,
      closedBy: null,
      createdAt: tx.now,
      createdBy: tx.actor.userId,
      updatedAt: tx.now,
      version: 1,
    };
    await repo.insertProject(tx.db, tx.actor.tenantId, project);
    await tx.audit({ action: 'sw_project.create', entity: 'sw_project', entityId: project.id, after: project });
    return project.id;
  });
  return getProject(ctx, id);
}

/** Changes a project's title, executor or supervisor (not once it is closed). */
export async function editProject(ctx: UseCase, id: string, body: z.infer<typeof s.projectEditBody>): Promise<ProjectOut> {
  const loaded = await loadProject(ctx, id, SW_EXECUTE);
  const before = loaded.project;
  if (body.version !== undefined && body.version !== before.version) throw staleProject();
  requireProjectState(before, ['initiating', 'running', 'closing'], 'a change');
  await checkPeople(ctx, loaded.orgPath, body.executorId, body.supervisorId);
  await inTransaction(ctx, async (tx) => {
    const after: repo.Project = {
      ...before,
      title: body.title,
      executorId: body.executorId,
      supervisorId: body.supervisorId,
      updatedAt: tx.now,
      version: before.version + 1,
    };
    if (!(await repo.updateProject(tx.db, tx.actor.tenantId, after, before.version))) throw staleProject();
    await tx.audit({ action: 'sw_project.edit', entity: 'sw_project', entityId: id, before, after });
  });
  return getProject(ctx, id);
}
