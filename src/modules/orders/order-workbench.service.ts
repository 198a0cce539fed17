import { hasAnywhere, intersectScopes, scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import type { Figure, Todo } from '../../platform/modules.js';
import { businessDateIn, lastMonths, monthBounds } from '../../platform/months.js';
import { tenantZone } from '../../platform/tenancy.js';
import { ORDERS_ASSIGN, ORDERS_PAY, ORDERS_READ, ORDERS_WORK } from './order.permissions.js';
import * as repo from './order.repo.js';
import type { OrderState } from './order.types.js';
import { sumPayments } from './order-payments.repo.js';

/** Orders still being worked on or waiting for money: everything but closed and cancelled. */
const OPEN: OrderState[] = ['requested', 'quoted', 'confirmed', 'assigned', 'in_progress', 'completed', 'rework', 'accepted', 'paid'];
/** What an assigned worker still has to do on an order. */
const WORKING: OrderState[] = ['assigned', 'in_progress', 'rework'];

/** The caller's order to-dos: orders to assign (A7.3), accepted orders to collect (A2.4.2.3), their own tasks. */
export async function orderTodos(ctx: UseCase): Promise<Todo[]> {
  const { access, tenantId, userId } = ctx.actor;
  const out: Todo[] = [
    {
      key: 'orders.toAssign',
      count: await repo.countInStates(ctx.db, tenantId, scopeOf(access, ORDERS_ASSIGN), ['confirmed']),
      link: '/orders?state=confirmed',
    },
    {
      key: 'orders.toCollect',
      count: await repo.countInStates(ctx.db, tenantId, scopeOf(access, ORDERS_PAY), ['accepted']),
      link: '/orders?state=accepted',
    },
  ];
  if (userId && hasAnywhere(access, ORDERS_WORK))
    out.push({ key: 'orders.myTasks', count: await repo.countAssignedTo(ctx.db, tenantId, userId, WORKING), link: '/tasks' });
  return out;
}

/** Open orders now, and the money collected on orders this month and the five before (for the chart). */
export async function orderFigures(ctx: UseCase, scope: readonly string[]): Promise<Figure[]> {
  const within = intersectScopes(scope, scopeOf(ctx.actor.access, ORDERS_READ));
  if (!within.length) return [];
  const { tenantId } = ctx.actor;
  const zone = await tenantZone(ctx);
  const months = lastMonths(businessDateIn(ctx.clock.now(), zone).slice(0, 7), 6);
  const series: { month: string; value: number }[] = [];
  for (const month of months) {
    const { from, to } = monthBounds(month, zone);
    series.push({ month, value: await sumPayments(ctx.db, tenantId, within, from, to) });
  }
  return [
    {
      key: 'orders.open',
      unit: 'count',
      value: await repo.countInStates(ctx.db, tenantId, within, OPEN),
      link: `/orders?state=${OPEN.join(',')}`,
    },
    { key: 'orders.collectedThisMonth', unit: 'fen', value: series.at(-1)!.value, series },
  ];
}
