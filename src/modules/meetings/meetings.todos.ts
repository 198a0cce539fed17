import { hasAnywhere, scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Todo } from '../../platform/modules.js';
import { today } from './meeting.service.js';
import { MEETINGS_MANAGE, MEETINGS_READ } from './meetings.permissions.js';

const LINK = '/workstation/meetings';

/**
 * A1.2 to-dos: the caller's open action items (danger when one is overdue); for the station head, stations with no next
 * meeting scheduled, and meetings whose time has come and whose minutes are not recorded.
 */
export async function meetingTodos(ctx: UseCase): Promise<Todo[]> {
  const me = ctx.actor.userId;
  if (!me) return [];
  const t = ctx.actor.tenantId;
  const out: Todo[] = [];
  if (hasAnywhere(ctx.actor.access, MEETINGS_READ)) {
    const { date } = await today(ctx);
    const mine = await ctx.db
      .selectFrom('meeting_actions')
      .select('due_on')
      .where('tenant_id', '=', t)
      .where('owner_id', '=', me)
      .where('state', '=', 'open')
      .execute();
    out.push({
      key: 'meetings.myActions',
      count: mine.length,
      link: `${LINK}/actions?filter=mine`,
      ...(mine.some((a) => a.due_on < date) ? { severity: 'danger' as const } : {}),
    });
  }
  const manage = scopeOf(ctx.actor.access, MEETINGS_MANAGE);
  if (manage.length) {
    const unscheduled = await ctx.db
      .selectFrom('org_nodes as n')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('n.tenant_id', '=', t)
      .where('n.kind', '=', 'station')
      .where('n.active', '=', 1)
      .where(pathWithin('n.path', manage))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('meetings as m')
              .select('m.id')
              .whereRef('m.tenant_id', '=', 'n.tenant_id')
              .whereRef('m.org_id', '=', 'n.id')
              .where('m.state', '=', 'scheduled'),
          ),
        ),
      )
      .executeTakeFirst();
    out.push({ key: 'meetings.toSchedule', count: Number(unscheduled?.n ?? 0), link: LINK });
    const due = await ctx.db
      .selectFrom('meetings as m')
      .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'm.tenant_id').onRef('n.id', '=', 'm.org_id'))
      .select('m.id')
      .where('m.tenant_id', '=', t)
      .where('m.state', '=', 'scheduled')
      .where('m.scheduled_at', '<=', ctx.clock.now().toISOString())
      .where(pathWithin('n.path', manage))
      .execute();
    out.push({ key: 'meetings.minutesToRecord', count: due.length, link: due.length === 1 ? `${LINK}/${due[0]!.id}` : LINK });
  }
  return out;
}
