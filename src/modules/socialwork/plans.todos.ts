import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Todo } from '../../platform/modules.js';
import { SW_APPROVE } from './socialwork.permissions.js';

/** The organisation head's to-do (A3.3): project plans submitted and waiting for approval, where the caller approves. */
export async function planTodos(ctx: UseCase): Promise<Todo[]> {
  const scope = scopeOf(ctx.actor.access, SW_APPROVE);
  if (!ctx.actor.userId || scope.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('sw_plans as pl')
    .innerJoin('sw_projects as p', (j) => j.onRef('p.tenant_id', '=', 'pl.tenant_id').onRef('p.id', '=', 'pl.project_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
    .select('p.id')
    .where('pl.tenant_id', '=', ctx.actor.tenantId)
    .where('pl.state', '=', 'submitted')
    .where('pl.change_request_id', 'is', null)
    .where('p.state', '=', 'initiating')
    .where(pathWithin('o.path', scope))
    .execute();
  // one plan waiting: straight to its project, as the change requests' to-do does
  const projects = [...new Set(rows.map((r) => r.id))];
  const link = projects.length === 1 ? `/socialwork/projects/${projects[0]}?tab=initiation` : '/socialwork/projects?state=initiating';
  return [{ key: 'socialwork.plansToApprove', count: rows.length, link }];
}
