import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { paramAt } from '../params/params.service.js';
import { briefDue, briefOverdue } from './activity.rules.js';

/**
 * The executor's to-do (A3.4): briefs to write for activities held in the projects they run; a warning once one is
 * overdue. It links to the project's activities when they are all of one project.
 */
export async function activityTodos(ctx: UseCase): Promise<Todo[]> {
  if (!ctx.actor.userId) return [];
  const rows = await ctx.db
    .selectFrom('sw_activities as a')
    .innerJoin('sw_projects as p', (j) => j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.project_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.org_id'))
    .select(['a.held_on', 'p.id as project_id', 'n.path'])
    .where('a.tenant_id', '=', ctx.actor.tenantId)
    .where('p.executor_id', '=', ctx.actor.userId)
    .where('p.state', 'in', ['running', 'closing'])
    .where('a.state', '=', 'held')
    .where('a.brief_at', 'is', null)
    .execute();
  if (!rows.length) return [];
  const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
  const days = new Map<string, number>();
  let overdue = 0;
  for (const r of rows) {
    if (!days.has(r.path)) days.set(r.path, await paramAt(ctx, r.path, 'briefDeadlineDays'));
    if (briefOverdue(today, briefDue(r.held_on!, days.get(r.path)!), false)) overdue++;
  }
  const projects = new Set(rows.map((r) => r.project_id));
  const link = projects.size === 1 ? `/socialwork/projects/${rows[0]!.project_id}?tab=activities` : '/socialwork/projects';
  return [{ key: 'socialwork.briefsDue', count: rows.length, link, ...(overdue ? { severity: 'warning' as const } : {}) }];
}
