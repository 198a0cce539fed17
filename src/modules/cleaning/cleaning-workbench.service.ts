import type { UseCase } from '../../platform/context.js';
import type { Todo } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';

const total = (r: { n: string | number | bigint } | undefined) => Number(r?.n ?? 0);

/**
 * The caller's own cleaning work (A6.3): planned inspections given to them whose period has started, the
 * rectifications they are to fix as the cleaner, and the fixed ones they are to re-check as the inspector.
 */
export async function cleaningTodos(ctx: UseCase): Promise<Todo[]> {
  const me = ctx.actor.userId;
  if (!me) return [];
  const t = ctx.actor.tenantId;
  const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
  const toInspect = await ctx.db
    .selectFrom('cleaning_inspections')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', t)
    .where('inspector_id', '=', me)
    .where('state', '=', 'planned')
    .where('period_start', '<=', today)
    .executeTakeFirst();
  const rectifications = (who: 'cleaner_id' | 'inspector_id', state: 'open' | 'done') =>
    ctx.db
      .selectFrom('cleaning_rectifications')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('tenant_id', '=', t)
      .where(who, '=', me)
      .where('state', '=', state)
      .executeTakeFirst();
  return [
    { key: 'cleaning.toInspect', count: total(toInspect), link: '/cleaning/inspections?mine=true&state=planned' },
    {
      key: 'cleaning.toFix',
      count: total(await rectifications('cleaner_id', 'open')),
      link: '/cleaning/rectifications?mine=true&state=open',
    },
    {
      key: 'cleaning.toRecheck',
      count: total(await rectifications('inspector_id', 'done')),
      link: '/cleaning/rectifications?mine=true&state=done',
    },
  ];
}
