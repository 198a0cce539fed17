import type { OrderSummary } from './order-model';

/** The server's limit on one batch action or print (order.batch_too_large past it). */
export const BATCH_MAX = 100;

/** The batch actions, each named by the order ability that lets a ticked order take part. */
export type BatchAction = 'assign' | 'close';

type Row = Pick<OrderSummary, 'id' | 'number' | 'version' | 'officeId' | 'abilities'>;

/**
 * The ticked orders split by what the server's abilities on each row say: those the action is open to now
 * (sent, with the version the list showed) and those it is not (named in the dialog, not sent).
 */
export function splitFor<T extends Row>(rows: readonly T[], action: BatchAction): { go: T[]; skip: T[] } {
  return { go: rows.filter((r) => r.abilities[action]), skip: rows.filter((r) => !r.abilities[action]) };
}

/** Why every button of the bar is off, if they are: nothing ticked, or more than the server takes at once. */
export function batchHint(rows: readonly Row[]): 'none' | 'tooMany' | null {
  if (!rows.length) return 'none';
  if (rows.length > BATCH_MAX) return 'tooMany';
  return null;
}

/** The one office of the orders to assign (staff are chosen from it), or null when they span several. */
export function officeOf(rows: readonly Pick<Row, 'officeId'>[]): string | null {
  const offices = new Set(rows.map((r) => r.officeId));
  return offices.size === 1 ? [...offices][0]! : null;
}

/** The printable page of the ticked orders' forms, in the order they were ticked. */
export function batchPrintUrl(rows: readonly Pick<Row, 'id'>[], language: string): string {
  const query = new URLSearchParams({ ids: rows.map((r) => r.id).join(','), ...(language === 'en' ? { lang: 'en' } : {}) });
  return `/api/orders/batch/print?${query.toString().replace(/%2C/g, ',')}`;
}
