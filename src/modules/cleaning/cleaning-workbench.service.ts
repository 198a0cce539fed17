import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { Todo } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { INSPECT_PERMISSION } from './cleaning.permissions.js';
import { RECHECK_LEVEL } from './cleaning.policy.js';

const total = (r: { n: string | number | bigint } | undefined) => Number(r?.n ?? 0);

/**
 * The caller's own cleaning work (A6.3): planned inspections given to them whose period has started, the
 * rectifications they are to fix as the cleaner, and the fixed ones they are to re-check: as the supervisor or
 * manager whose check found them, and as a supervisor of the estate the cleaners' self-checks (never their own).
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
  const toFix = await ctx.db
    .selectFrom('cleaning_rectifications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', t)
    .where('cleaner_id', '=', me)
    .where('state', '=', 'open')
    .executeTakeFirst();
  const selfRechecks = scopeOf(ctx.actor.access, INSPECT_PERMISSION[RECHECK_LEVEL.self]);
  const toRecheck = await ctx.db
    .selectFrom('cleaning_rectifications as r')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'r.tenant_id').onRef('n.id', '=', 'r.office_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('r.tenant_id', '=', t)
    .where('r.state', '=', 'done')
    .where('r.cleaner_id', '!=', me)
    .where((eb) =>
      eb.or([
        eb.and([eb('r.level', '!=', 'self'), eb('r.inspector_id', '=', me)]),
        eb.and([eb('r.level', '=', 'self'), pathWithin('n.path', selfRechecks)]),
      ]),
    )
    .executeTakeFirst();
  return [
    { key: 'cleaning.toInspect', count: total(toInspect), link: '/cleaning/inspections?mine=true&state=planned' },
    {
      key: 'cleaning.toFix',
      count: total(toFix),
      link: '/cleaning/rectifications?mine=true&state=open',
    },
    {
      key: 'cleaning.toRecheck',
      count: total(toRecheck),
      link: '/cleaning/rectifications?mine=true&state=done',
    },
  ];
}
