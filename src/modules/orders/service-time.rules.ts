/**
 * A4.7 服务标准: "最短的叫修、等待时间，最少的修理耗时". Each order's wait (from the call to the technician's
 * arrival) and repair time (from the start of the work to its finish), counted in business minutes by the
 * organisation's calendar; per person and month, the averages and the slowest orders. Pure: the calendar comes in
 * as a function, so the same figures are tested without a database.
 */

/** An order as the report measures it: its number, who did it, and the four instants that bound the two figures. */
export interface TimedOrder {
  id: string;
  number: string;
  type: string;
  customerName: string;
  /** The people who did the work: the staff on the order, or the outside person named for it (A4.7). */
  staff: string[];
  requestedAt: string;
  arrivedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
}

/** Business minutes between two instants (calendar.rules `businessMinutesBetween` with the calendar bound). */
export type Between = (fromIso: string, toIso: string) => number;

export interface OrderTimes extends TimedOrder {
  /** Call → arrival, business minutes; null while nobody has arrived. */
  waitMinutes: number | null;
  /** Start → finish, business minutes; null until finished. */
  repairMinutes: number | null;
  /** The same spans by the clock, for comparison (a night or a holiday in between shows here). */
  waitClockMinutes: number | null;
  repairClockMinutes: number | null;
}

const clock = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

export function orderTimes(o: TimedOrder, between: Between): OrderTimes {
  const span = (from: string | null, to: string | null, f: Between) => (from && to ? f(from, to) : null);
  return {
    ...o,
    waitMinutes: span(o.requestedAt, o.arrivedAt, between),
    repairMinutes: span(o.startedAt, o.completedAt, between),
    waitClockMinutes: span(o.requestedAt, o.arrivedAt, clock),
    repairClockMinutes: span(o.startedAt, o.completedAt, clock),
  };
}

/** The slowest order of a person by one figure: its number and the minutes. */
export interface Slowest {
  id: string;
  number: string;
  minutes: number;
}

export interface PersonTimes {
  person: string;
  orders: number;
  /** Rounded to the minute; null when no order of theirs has the figure yet. */
  avgWaitMinutes: number | null;
  avgRepairMinutes: number | null;
  slowestWait: Slowest | null;
  slowestRepair: Slowest | null;
}

const average = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

function slowest(list: OrderTimes[], pick: (o: OrderTimes) => number | null): Slowest | null {
  let best: Slowest | null = null;
  for (const o of list) {
    const m = pick(o);
    if (m !== null && (best === null || m > best.minutes)) best = { id: o.id, number: o.number, minutes: m };
  }
  return best;
}

/**
 * Per person: how many orders, the average wait and repair time and the slowest order by each. An order done by
 * two people counts for both; people are listed slowest average wait first, then by name.
 */
export function byPerson(times: OrderTimes[]): PersonTimes[] {
  const groups = new Map<string, OrderTimes[]>();
  for (const o of times) for (const p of o.staff) groups.set(p, [...(groups.get(p) ?? []), o]);
  return [...groups.entries()]
    .map(([person, list]) => ({
      person,
      orders: list.length,
      avgWaitMinutes: average(list.flatMap((o) => (o.waitMinutes === null ? [] : [o.waitMinutes]))),
      avgRepairMinutes: average(list.flatMap((o) => (o.repairMinutes === null ? [] : [o.repairMinutes]))),
      slowestWait: slowest(list, (o) => o.waitMinutes),
      slowestRepair: slowest(list, (o) => o.repairMinutes),
    }))
    .sort((a, b) => (b.avgWaitMinutes ?? -1) - (a.avgWaitMinutes ?? -1) || a.person.localeCompare(b.person, 'zh-CN'));
}

/** The `n` slowest orders by their whole time (wait + repair), the longest first. */
export function slowestOrders(times: OrderTimes[], n: number): OrderTimes[] {
  const whole = (o: OrderTimes) => (o.waitMinutes ?? 0) + (o.repairMinutes ?? 0);
  return [...times].sort((a, b) => whole(b) - whole(a) || a.number.localeCompare(b.number)).slice(0, n);
}
