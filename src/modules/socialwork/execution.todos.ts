import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Todo } from '../../platform/modules.js';
import { SW_APPROVE, SW_SUPERVISE } from './socialwork.permissions.js';

/**
 * A3.4 to-do of the supervisor and the head: change requests still waiting for the caller's decision — pending, their
 * side not yet decided, and not already approved by the caller in the other role (one person cannot give both).
 */
export async function executionTodos(ctx: UseCase): Promise<Todo[]> {
  const me = ctx.actor.userId;
  if (!me) return [];
  const sides = [
    { scope: scopeOf(ctx.actor.access, SW_SUPERVISE), mine: 'c.supervisor_decision', other: 'c.head_id' },
    { scope: scopeOf(ctx.actor.access, SW_APPROVE), mine: 'c.head_decision', other: 'c.supervisor_id' },
  ] as const;
  if (sides.every((s) => s.scope.length === 0)) return [];
  const rows = await ctx.db
    .selectFrom('sw_change_requests as c')
    .innerJoin('sw_projects as p', (j) => j.onRef('p.tenant_id', '=', 'c.tenant_id').onRef('p.id', '=', 'c.project_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
    .select(['c.id', 'p.id as projectId'])
    .where('c.tenant_id', '=', ctx.actor.tenantId)
    .where('c.state', '=', 'pending')
    .where((eb) =>
      eb.or(
        sides
          .filter((s) => s.scope.length > 0)
          .map((s) =>
            eb.and([eb(s.mine, 'is', null), eb.or([eb(s.other, 'is', null), eb(s.other, '!=', me)]), pathWithin('o.path', s.scope)]),
          ),
      ),
    )
    .execute();
  const projects = [...new Set(rows.map((r) => r.projectId))];
  const link = projects.length === 1 ? `/socialwork/projects/${projects[0]}?tab=execution` : '/socialwork/projects?state=running';
  return [{ key: 'socialwork.changesToDecide', count: rows.length, link }];
}
