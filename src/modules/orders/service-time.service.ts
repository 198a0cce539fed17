import { scopeOf } from '../../platform/authz/access.js';
import type { UseCase } from '../../platform/context.js';
import { forbidden } from '../../platform/http/errors.js';
import { businessDateIn, monthBounds } from '../../platform/months.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessMinutesBetween } from '../calendar/calendar.rules.js';
import { loadCalendar } from '../calendar/calendar.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { ORDERS_READ } from './order.permissions.js';
import * as repo from './order.repo.js';
import { byPerson, orderTimes, slowestOrders } from './service-time.rules.js';

/** The order types of the GPS department's service standard (A4.7), measured unless another type is asked for. */
export const SERVICE_TIME_TYPES = ['gps_repair', 'gps_install'];

export interface ServiceTimeQuery {
  month: string;
  officeId?: string | undefined;
  type?: string | undefined;
}

/**
 * A4.7: the month's finished orders with their wait (call → arrival) and repair time (start → finish) in
 * business minutes of the organisation's calendar (working hours, weekends, holidays and make-up days), per
 * person the averages and the slowest orders, and the slowest orders overall. Orders done by an outside person
 * (A4.7 emergency dispatch) count under that person's name. Refused (403) to a caller who reads no orders.
 */
export async function serviceTimes(ctx: UseCase, q: ServiceTimeQuery) {
  const scope = scopeOf(ctx.actor.access, ORDERS_READ);
  if (!scope.length) throw forbidden(ORDERS_READ);
  const officePath = q.officeId ? (await loadVisibleOrg(ctx, q.officeId)).path : undefined;
  const zone = await tenantZone(ctx);
  const { from, to } = monthBounds(q.month, zone);
  const rows = await repo.finishedIn(ctx.db, ctx.actor.tenantId, {
    scope,
    officePath,
    types: q.type ? [q.type] : SERVICE_TIME_TYPES,
    from,
    to,
  });
  // the calendar from the earliest call (an order finished this month may have been called in last month)
  const firstDay = [from, ...rows.map((r) => r.requestedAt)].sort()[0]!;
  const calendar = await loadCalendar(ctx, businessDateIn(new Date(firstDay), zone), businessDateIn(new Date(to), zone));
  const between = (a: string, b: string) => businessMinutesBetween(calendar, zone, a, b);
  const times = rows.map(({ details, ...o }) => {
    const outside = typeof details.outsideHelper === 'string' ? [details.outsideHelper] : [];
    return orderTimes({ ...o, staff: o.staff.length ? o.staff : outside }, between);
  });
  return {
    month: q.month,
    workday: { startMinutes: calendar.startMinutes, endMinutes: calendar.endMinutes },
    orders: times,
    people: byPerson(times),
    slowest: slowestOrders(times, 5),
  };
}
