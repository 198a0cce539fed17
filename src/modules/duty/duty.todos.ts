import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { uncoveredDayMonitor } from './duty.monitors.js';
import { DUTY_LOG, DUTY_ROSTER } from './duty.permissions.js';
import * as repo from './duty.repo.js';
import * as logsRepo from './duty-logs.repo.js';
import { todayOf } from './roster.service.js';

/**
 * Duty to-dos (A1.5): the person on duty today — their log to write and hand over; the next person — handovers to
 * receive; the station head — days of the horizon nobody is on duty.
 */
export async function dutyTodos(ctx: UseCase): Promise<Todo[]> {
  const me = ctx.actor.userId;
  if (!me) return [];
  const t = ctx.actor.tenantId;
  const today = await todayOf(ctx);
  const todos: Todo[] = [];
  const mine = (await repo.myDutyDays(ctx.db, t, me, today, today)).filter((d) => allowsAt(ctx.actor.access, DUTY_LOG, d.org_path));
  let open = 0;
  for (const d of mine) {
    const log = await logsRepo.findLog(ctx.db, t, { orgId: d.org_id, day: today });
    if (!log?.log.handedOverAt) open++;
  }
  todos.push({ key: 'duty.logToday', count: open, link: '/workstation/duty/today' });
  const toReceive = await ctx.db
    .selectFrom('duty_logs')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', t)
    .where('handed_to', '=', me)
    .where('handed_over_at', 'is not', null)
    .where('received_at', 'is', null)
    .executeTakeFirst();
  todos.push({ key: 'duty.handoverToReceive', count: Number(toReceive?.n ?? 0), link: '/workstation/duty/today' });
  let uncovered = 0;
  for (const path of scopeOf(ctx.actor.access, DUTY_ROSTER)) uncovered += await uncoveredDayMonitor.count(ctx, { nodeId: '', path });
  todos.push({ key: 'duty.uncoveredDays', count: uncovered, link: '/workstation/duty', severity: 'danger' });
  return todos;
}
