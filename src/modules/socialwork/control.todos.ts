import { hasAnywhere } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { tenantMonth } from '../../platform/tenancy.js';
import { SW_EXECUTE, SW_SUPERVISE } from './socialwork.permissions.js';

const linkTo = (projectIds: string[]) =>
  projectIds.length === 1 ? `/socialwork/projects/${projectIds[0]}?tab=control` : '/socialwork/projects?state=running';

/**
 * A3.5 to-dos: the executor's supervision opinions still to answer on their projects; the supervisor's running
 * projects not yet supervised this month.
 */
export async function controlTodos(ctx: UseCase): Promise<Todo[]> {
  const me = ctx.actor.userId;
  if (!me) return [];
  const t = ctx.actor.tenantId;
  const out: Todo[] = [];
  if (hasAnywhere(ctx.actor.access, SW_EXECUTE)) {
    const rows = await ctx.db
      .selectFrom('sw_opinions as o')
      .innerJoin('sw_projects as p', (j) => j.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.project_id'))
      .select(['p.id'])
      .where('o.tenant_id', '=', t)
      .where('p.executor_id', '=', me)
      .where('p.state', 'in', ['running', 'closing'])
      .where('o.answered_at', 'is', null)
      .execute();
    out.push({ key: 'socialwork.opinionsToAnswer', count: rows.length, link: linkTo([...new Set(rows.map((r) => r.id))]) });
  }
  if (hasAnywhere(ctx.actor.access, SW_SUPERVISE)) {
    const month = await tenantMonth(ctx, ctx.clock.now());
    const rows = await ctx.db
      .selectFrom('sw_projects as p')
      .select('p.id')
      .where('p.tenant_id', '=', t)
      .where('p.supervisor_id', '=', me)
      .where('p.state', '=', 'running')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('sw_supervisions as s')
              .select('s.id')
              .whereRef('s.tenant_id', '=', 'p.tenant_id')
              .whereRef('s.project_id', '=', 'p.id')
              .where('s.month', '=', month),
          ),
        ),
      )
      .execute();
    out.push({ key: 'socialwork.supervisionsDue', count: rows.length, link: linkTo(rows.map((r) => r.id)) });
  }
  return out;
}
