import { startOfBusinessDay } from '../../platform/time.js';

/**
 * A monthly statement (月结账单) of a special-service agreement paid monthly (A7.4.3, A7.4.8): the visits the
 * owner accepted in one calendar month of the organisation's zone, charged with one payment and one invoice.
 */
export interface StatementFacts {
  /** When the month ends (the next month's first local midnight), ISO UTC: the statement is final from then. */
  periodEnd: string;
  amountFen: number;
  paidAt: string | null;
  invoiced: boolean;
}

export type StatementCommand = 'pay' | 'record_invoice';
export type StatementRefusal = { kind: 'unprocessable' | 'conflict'; code: string; field?: string };

/** The month (YYYY-MM) of a business date. */
export const monthOf = (businessDate: string) => businessDate.slice(0, 7);

/** The month's first and next month's first local midnights, ISO UTC: [start, end). */
export function monthBounds(month: string, timeZone: string): { start: string; end: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { start: startOfBusinessDay(`${month}-01`, timeZone), end: startOfBusinessDay(`${next}-01`, timeZone) };
}

/** The month is over: no visit can join the statement any more, so its amount is final. */
export const statementFinal = (s: Pick<StatementFacts, 'periodEnd'>, now: Date) => now.toISOString() >= s.periodEnd;

/**
 * Paying or invoicing a statement: only once its month is over (until then visits still join it), for its
 * whole amount, once. Pure: the service loads the facts first.
 */
export function refuseStatement(
  s: StatementFacts,
  command: StatementCommand,
  input: { amountFen: number },
  now: Date,
): StatementRefusal | null {
  if (!statementFinal(s, now)) return { kind: 'unprocessable', code: 'statement.month_open' };
  if (command === 'pay' && s.paidAt) return { kind: 'conflict', code: 'statement.already_paid' };
  if (command === 'record_invoice' && s.invoiced) return { kind: 'conflict', code: 'invoice.exists' };
  if (input.amountFen !== s.amountFen)
    return { kind: 'unprocessable', code: command === 'pay' ? 'statement.amount_mismatch' : 'invoice.amount_mismatch', field: 'amountFen' };
  return null;
}
