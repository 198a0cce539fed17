import type { RefResolver } from '../../platform/modules.js';
import { formatFen } from '../../platform/money.js';
import { labelsBy, labelsFrom } from '../../platform/record-labels.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';

// How the money module's records are named where another record points to them (`recordRefs`, a record's history,
// X1): as the cashier and finance know them, never by id.

/**
 * A payment (any module's: the desk's, an order's, a parking charge) by the number of the receipt written for it, who
 * paid and how much: WY-0000001 赵平 ¥169.10. The receipt number is what the stub, the payer's copy and the remittance
 * list carry, and what a cashier checks a hand-over against; payer and amount tell a reader what it was without
 * looking it up. A payment waiting for its receipt goes by the order it paid (receipts_due's `ref`); a voided receipt
 * gives way to the one written again for it (补开).
 */
const paymentLabels = labelsBy(async (ctx, ids) => {
  const tenantId = ctx.actor.tenantId;
  const [receipts, due, held] = await Promise.all([
    ctx.db
      .selectFrom('receipts')
      .select(['payment_id', 'number', 'payer', 'amount_fen', 'voided_at', 'issued_at'])
      .where('tenant_id', '=', tenantId)
      .where('payment_id', 'in', ids)
      .execute(),
    ctx.db
      .selectFrom('receipts_due')
      .select(['payment_id', 'ref', 'payer', 'amount_fen'])
      .where('tenant_id', '=', tenantId)
      .where('payment_id', 'in', ids)
      .execute(),
    ctx.db
      .selectFrom('cash_holdings')
      .select(['payment_id', 'payer', 'amount_fen'])
      .where('tenant_id', '=', tenantId)
      .where('payment_id', 'in', ids)
      .execute(),
  ]);
  const said = new Map<string, { ref: string; payer: string; amountFen: number }>();
  for (const h of held) said.set(h.payment_id, { ref: '', payer: h.payer, amountFen: h.amount_fen });
  for (const d of due) said.set(d.payment_id, { ref: d.ref, payer: d.payer, amountFen: d.amount_fen });
  // a standing receipt over a voided one, a later one (written again) over an earlier one
  const standing = (r: { voided_at: string | null }) => (r.voided_at === null ? 1 : 0);
  receipts.sort((a, b) => standing(a) - standing(b) || a.issued_at.localeCompare(b.issued_at));
  for (const r of receipts) if (r.payment_id) said.set(r.payment_id, { ref: r.number, payer: r.payer, amountFen: r.amount_fen });
  return [...said].map(([id, p]) => ({ id, label: [p.ref, p.payer, formatFen(p.amountFen)].filter(Boolean).join(' ') }));
});

/** A book request by who asked and the day they asked: 王芳 2026-06-01 (a book's 领用申请). */
const requestLabels = labelsBy(async (ctx, ids) => {
  const zone = await tenantZone(ctx);
  const rows = await ctx.db
    .selectFrom('book_requests')
    .select(['id', 'requested_by_name', 'created_at'])
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => ({ id: r.id, label: `${r.requested_by_name} ${businessDate(r.created_at, zone)}` }));
});

export const moneyRecordRefs: Readonly<Record<string, RefResolver>> = {
  payment: paymentLabels,
  // a receipt by its number as printed (WY-0000001), a book by its series and numbers as the books page lists it
  receipt: labelsFrom('receipts', 'number'),
  book: labelsFrom('receipt_books', "series || ' ' || first_no || '–' || last_no"),
  book_request: requestLabels,
};
