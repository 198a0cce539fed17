/**
 * A7.4.8: the invoice reaches the owner within `invoiceDeliveryHours` of its basis — an order's acceptance,
 * or, for an agreement paid monthly, the end of the statement's month. One rule, used by the invoice service,
 * the money checks and the monitor (whose SQL a test holds to it on both engines).
 */
const HOUR = 3_600_000;

/** What lateness is judged on: when the clock started, and when (if ever) the invoice reached the owner. */
export interface InvoiceDue {
  basisAt: string;
  deliveredAt: string | null;
}

/** The deadline, ISO UTC. */
export const invoiceDueAt = (basisAt: string, hours: number): string => new Date(Date.parse(basisAt) + hours * HOUR).toISOString();

/** How long after its basis an invoice reached the owner, in ms: what a delivery stores, and what lateness compares. */
export const deliveryDelayMs = (basisAt: string, deliveredAt: string): number => Date.parse(deliveredAt) - Date.parse(basisAt);

/** A breach now: past the deadline and not delivered. */
export function invoiceOverdue(u: InvoiceDue, hours: number, now: Date): boolean {
  return u.deliveredAt === null && now.getTime() - Date.parse(u.basisAt) > hours * HOUR;
}

/**
 * The deadline has passed and was missed: delivered after it, or not delivered. Delivered on the deadline is in
 * time; a deadline still ahead is missed by nobody yet.
 */
export function deadlineMissed(u: InvoiceDue, hours: number, now: Date): boolean {
  if (now.getTime() - Date.parse(u.basisAt) <= hours * HOUR) return false;
  return u.deliveredAt === null || deliveryDelayMs(u.basisAt, u.deliveredAt) > hours * HOUR;
}

/** A period's breaches are the deadlines that fell in it ([from, to), ISO UTC) and were missed. */
export function missedInPeriod(u: InvoiceDue, hours: number, now: Date, period: { from: string; to: string }): boolean {
  const due = invoiceDueAt(u.basisAt, hours);
  return due >= period.from && due < period.to && deadlineMissed(u, hours, now);
}

/**
 * The basis range whose deadlines fall in a period and have passed by `now`: [from − h, min(to − h, now − h)).
 * The monitor's SQL selects bases in this range, so it never does date arithmetic per row.
 */
export function basisRange(hours: number, now: Date, period: { from: string; to: string } | undefined) {
  const back = (ms: number) => new Date(ms - hours * HOUR).toISOString();
  if (!period) return { from: null, to: back(now.getTime()) };
  return { from: back(Date.parse(period.from)), to: back(Math.min(Date.parse(period.to), now.getTime())) };
}
