import { addFen } from '../../platform/money.js';
import type { MaterialLine, Order, OrderLine, WorkRound } from './order.types.js';

/** Quantity given as a number with at most 3 decimals → thousandths; null when it has more. */
export function toMilli(quantity: number): number | null {
  const milli = Math.round(quantity * 1000);
  return Math.abs(milli - quantity * 1000) < 1e-6 && milli > 0 ? milli : null;
}

/** The largest amount one line of an order may come to: 1,000,000 yuan (a household job never nears it). */
export const MAX_LINE_FEN = 100_000_000;

/** price × quantity, rounded half up to the fen, in integers only. */
export function lineAmount(unitPriceFen: number, quantityMilli: number): number;
/** …or null when it comes to more than `max` (input the caller refuses on its field). */
export function lineAmount(unitPriceFen: number, quantityMilli: number, max: number): number | null;
export function lineAmount(unitPriceFen: number, quantityMilli: number, max?: number): number | null {
  const product = unitPriceFen * quantityMilli;
  if (!Number.isSafeInteger(product)) {
    if (max !== undefined) return null;
    throw new RangeError('amount out of range');
  }
  const amount = Math.floor((product + 500) / 1000);
  return max !== undefined && amount > max ? null : amount;
}

/** Total = service fee + material fee (A2.4.2.2). */
export function totals(lines: Pick<OrderLine, 'amountFen'>[], materials: Pick<MaterialLine, 'amountFen'>[]) {
  const serviceFeeFen = addFen(...lines.map((l) => l.amountFen ?? 0));
  const materialFeeFen = addFen(...materials.map((m) => m.amountFen));
  return { serviceFeeFen, materialFeeFen, totalFen: addFen(serviceFeeFen, materialFeeFen) };
}

/** An appointment's end, when given, comes after its start. */
export const appointmentInOrder = (start: string | null, end: string | null) => !start || !end || Date.parse(end) > Date.parse(start);

const minutes = (from: string | null, to: string | null) => (from && to ? Math.round((Date.parse(to) - Date.parse(from)) / 60_000) : null);

/** A7.4 / A4.7 service measures: wait from request to arrival, and working time summed over rounds. */
export function serviceTimes(order: Pick<Order, 'requestedAt' | 'arrivedAt'>, rounds: Pick<WorkRound, 'startedAt' | 'finishedAt'>[]) {
  const worked = rounds.map((r) => minutes(r.startedAt, r.finishedAt)).filter((m): m is number => m !== null);
  return {
    waitMinutes: minutes(order.requestedAt, order.arrivedAt),
    workMinutes: worked.length ? worked.reduce((a, b) => a + b, 0) : null,
  };
}

/** Where the staff of an assigned order are: set off for the job (出发), or arrived there (到达). */
export const FIELD_STEPS = ['on_the_way', 'arrived'] as const;
export type FieldStep = (typeof FIELD_STEPS)[number];

/**
 * A7.4.4 "the whole process is tracked (assigned, on the way, started, finished)": an assigned order whose staff have
 * set off or arrived since it was last assigned says so. Departing and arriving are facts that keep the state
 * `assigned`; an order assigned again waits for its new staff to set off.
 */
export function fieldStep(o: Pick<Order, 'state' | 'assignedAt' | 'departedAt' | 'arrivedAt'>): FieldStep | null {
  if (o.state !== 'assigned') return null;
  const sinceAssigned = (at: string | null) => at !== null && (o.assignedAt === null || Date.parse(at) >= Date.parse(o.assignedAt));
  if (sinceAssigned(o.arrivedAt)) return 'arrived';
  if (sinceAssigned(o.departedAt)) return 'on_the_way';
  return null;
}

/** JZ-20261127-0001: prefix, the business date in the organisation's zone, the day's sequence. */
export function orderNumber(prefix: string, businessDate: string, seq: number): string {
  return `${prefix}-${businessDate.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}

/** The steps and bookkeeping of an order just requested: nothing has happened to it yet but the request. */
export function newOrderSteps(at: string, by: string) {
  return {
    requestedAt: at,
    quotedAt: null,
    confirmedAt: null,
    assignedAt: null,
    departedAt: null,
    arrivedAt: null,
    startedAt: null,
    completedAt: null,
    acceptedAt: null,
    paidAt: null,
    closedAt: null,
    cancelledAt: null,
    cancelReason: null,
    agreementId: null,
    unitId: null,
    billing: 'per_order' as const,
    details: {},
    round: 1,
    createdBy: by,
    createdAt: at,
    updatedAt: at,
  };
}

/** States of an order sent back for rework whose new round has not started (`start` leaves both). */
export const REWORK_WAITING = ['rework', 'assigned'] as const;

/**
 * A7.4.6 "立即进行整改": when an order's rework is late — `hours` after the owner rejected the round before
 * its current one, while that new round has not started — or null when it is not (yet) late.
 */
export function reworkLateSince(
  order: Pick<Order, 'state' | 'round'>,
  rejected: Pick<WorkRound, 'roundNo' | 'outcome' | 'decidedAt'> | undefined,
  hours: number,
  now: Date,
): string | null {
  if (!(REWORK_WAITING as readonly string[]).includes(order.state) || order.round < 2) return null;
  if (!rejected || rejected.roundNo !== order.round - 1 || rejected.outcome !== 'rework' || !rejected.decidedAt) return null;
  const since = Date.parse(rejected.decidedAt) + hours * 3_600_000;
  return since < now.getTime() ? new Date(since).toISOString() : null;
}
