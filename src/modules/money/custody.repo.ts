import type { Kysely, Selectable } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import type { HandoverState, RemittanceState } from './custody.machine.js';
import type { Holding } from './custody.rules.js';
import type { CashHoldingTable, HandoverTable, RemittanceTable } from './money.tables.js';

type Db = Kysely<Database>;

const toHolding = (r: Selectable<CashHoldingTable>): Holding => ({
  paymentId: r.payment_id,
  orderId: r.order_id,
  officeId: r.office_id,
  payer: r.payer,
  amountFen: Number(r.amount_fen),
  holderId: r.holder_id,
  holderName: r.holder_name,
  since: r.since,
  receiptId: r.receipt_id,
  remittanceId: r.remittance_id,
  settledAt: r.settled_at,
  collectedAt: r.collected_at,
});

const holdingInserter = prepared((db, a: Holding & { tenantId: string }) =>
  db.insertInto('cash_holdings').values({
    tenant_id: a.tenantId,
    payment_id: a.paymentId,
    order_id: a.orderId,
    office_id: a.officeId,
    payer: a.payer,
    amount_fen: a.amountFen,
    holder_id: a.holderId,
    holder_name: a.holderName,
    since: a.since,
    receipt_id: a.receiptId,
    remittance_id: a.remittanceId,
    settled_at: a.settledAt,
    collected_at: a.collectedAt,
  }),
);

export async function insertHolding(db: Db, tenantId: string, h: Holding) {
  await holdingInserter(db, { tenantId, ...h });
}

export async function holdingsByPayment(db: Db, tenantId: string, paymentIds: readonly string[]): Promise<Holding[]> {
  if (paymentIds.length === 0) return [];
  return (
    await db.selectFrom('cash_holdings').selectAll().where('tenant_id', '=', tenantId).where('payment_id', 'in', paymentIds).execute()
  ).map(toHolding);
}

/** Cash not yet settled with finance, in the given offices (paths) or held by one person. */
export async function openHoldings(
  db: Db,
  tenantId: string,
  f: { scope: readonly string[]; holderId?: string | null },
): Promise<Holding[]> {
  const rows = await db
    .selectFrom('cash_holdings as h')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'h.tenant_id').onRef('o.id', '=', 'h.office_id'))
    .selectAll('h')
    .where('h.tenant_id', '=', tenantId)
    .where('h.settled_at', 'is', null)
    .where((eb) =>
      f.holderId ? eb.or([pathWithin('o.path', f.scope), eb('h.holder_id', '=', f.holderId)]) : pathWithin('o.path', f.scope),
    )
    .orderBy('h.since')
    .limit(5000)
    .execute();
  return rows.map(toHolding);
}

export async function moveHoldings(db: Db, tenantId: string, paymentIds: readonly string[], to: { id: string; name: string }, at: string) {
  await db
    .updateTable('cash_holdings')
    .set({ holder_id: to.id, holder_name: to.name, since: at })
    .where('tenant_id', '=', tenantId)
    .where('payment_id', 'in', paymentIds)
    .execute();
}

export async function setReceipt(db: Db, tenantId: string, paymentId: string, receiptId: string) {
  await db
    .updateTable('cash_holdings')
    .set({ receipt_id: receiptId })
    .where('tenant_id', '=', tenantId)
    .where('payment_id', '=', paymentId)
    .execute();
}

export async function markRemitted(db: Db, tenantId: string, paymentIds: readonly string[], remittanceId: string) {
  await db
    .updateTable('cash_holdings')
    .set({ remittance_id: remittanceId })
    .where('tenant_id', '=', tenantId)
    .where('payment_id', 'in', paymentIds)
    .execute();
  await db
    .insertInto('remittance_payments')
    .values(paymentIds.map((payment_id) => ({ tenant_id: tenantId, remittance_id: remittanceId, payment_id, returned_at: null })))
    .execute();
}

/**
 * The cash of a returned remittance is the cashier's again, free for the next remittance: its holdings no longer
 * name it (they stayed in the cashier's hands), while its links keep which payments it held.
 */
export async function releaseRemittance(db: Db, tenantId: string, remittanceId: string, at: string) {
  await db
    .updateTable('cash_holdings')
    .set({ remittance_id: null })
    .where('tenant_id', '=', tenantId)
    .where('remittance_id', '=', remittanceId)
    .where('settled_at', 'is', null)
    .execute();
  await db
    .updateTable('remittance_payments')
    .set({ returned_at: at })
    .where('tenant_id', '=', tenantId)
    .where('remittance_id', '=', remittanceId)
    .execute();
}

export async function settleRemittance(db: Db, tenantId: string, remittanceId: string, at: string, by: { id: string; name: string }) {
  await db
    .updateTable('cash_holdings')
    .set({ settled_at: at, holder_id: by.id, holder_name: by.name, since: at })
    .where('tenant_id', '=', tenantId)
    .where('remittance_id', '=', remittanceId)
    .execute();
}

export const toHandover = (r: Selectable<HandoverTable>) => ({
  id: r.id,
  officeId: r.office_id,
  fromId: r.from_id,
  fromName: r.from_name,
  toId: r.to_id,
  toName: r.to_name,
  amountFen: Number(r.amount_fen),
  paymentIds: JSON.parse(r.payment_ids_json) as string[],
  state: r.state,
  note: r.note,
  withForm: Number(r.with_form) === 1,
  offeredAt: r.offered_at,
  decidedAt: r.decided_at,
});
export type Handover = ReturnType<typeof toHandover>;

export async function insertHandover(db: Db, tenantId: string, h: Handover) {
  await db
    .insertInto('handovers')
    .values({
      tenant_id: tenantId,
      id: h.id,
      office_id: h.officeId,
      from_id: h.fromId,
      from_name: h.fromName,
      to_id: h.toId,
      to_name: h.toName,
      amount_fen: h.amountFen,
      payment_ids_json: JSON.stringify(h.paymentIds),
      state: h.state,
      note: h.note,
      with_form: h.withForm ? 1 : 0,
      offered_at: h.offeredAt,
      decided_at: h.decidedAt,
    })
    .execute();
}

export async function findHandover(db: Db, tenantId: string, id: string) {
  const r = await db.selectFrom('handovers').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toHandover(r);
}

export async function decideHandover(db: Db, tenantId: string, id: string, state: HandoverState, at: string, note: string | null) {
  const res = await db
    .updateTable('handovers')
    .set({ state, decided_at: at, ...(note ? { note } : {}) })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('state', '=', 'offered')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function listHandovers(db: Db, tenantId: string, userId: string) {
  const rows = await db
    .selectFrom('handovers')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('from_id', '=', userId), eb('to_id', '=', userId)]))
    .orderBy('offered_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(toHandover);
}

/** Payments already offered in a hand-over still waiting for its receiver. */
export async function pendingOffers(db: Db, tenantId: string, fromId: string) {
  return (
    await db
      .selectFrom('handovers')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('from_id', '=', fromId)
      .where('state', '=', 'offered')
      .execute()
  ).map(toHandover);
}

export const toRemittance = (r: Selectable<RemittanceTable>) => ({
  id: r.id,
  officeId: r.office_id,
  cashierId: r.cashier_id,
  cashierName: r.cashier_name,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  totalFen: Number(r.total_fen),
  state: r.state,
  confirmedBy: r.confirmed_by,
  confirmedAt: r.confirmed_at,
  createdAt: r.created_at,
  returnReason: r.return_reason,
  countedFen: r.counted_fen === null ? null : Number(r.counted_fen),
  returnedBy: r.returned_by,
  returnedAt: r.returned_at,
});
export type Remittance = ReturnType<typeof toRemittance>;

export async function insertRemittance(db: Db, tenantId: string, r: Remittance) {
  await db
    .insertInto('remittances')
    .values({
      tenant_id: tenantId,
      id: r.id,
      office_id: r.officeId,
      cashier_id: r.cashierId,
      cashier_name: r.cashierName,
      period_from: r.periodFrom,
      period_to: r.periodTo,
      total_fen: r.totalFen,
      state: r.state,
      confirmed_by: r.confirmedBy,
      confirmed_at: r.confirmedAt,
      created_at: r.createdAt,
      return_reason: r.returnReason,
      counted_fen: r.countedFen,
      returned_by: r.returnedBy,
      returned_at: r.returnedAt,
    })
    .execute();
}

export async function findRemittance(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('remittances as r')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.office_id'))
    .selectAll('r')
    .select(['o.path as office_path', 'o.name as office_name'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.id', '=', id)
    .executeTakeFirst();
  return r && { remittance: toRemittance(r), officePath: r.office_path, officeName: r.office_name };
}

export async function confirmRemittance(db: Db, tenantId: string, id: string, state: RemittanceState, at: string, by: string) {
  const res = await db
    .updateTable('remittances')
    .set({ state, confirmed_at: at, confirmed_by: by })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('state', '=', 'submitted')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Finance returns a remittance still submitted (false when it was decided meanwhile). */
export async function returnRemittance(
  db: Db,
  tenantId: string,
  id: string,
  state: RemittanceState,
  r: { reason: string; countedFen: number | null; by: string; at: string },
) {
  const res = await db
    .updateTable('remittances')
    .set({ state, return_reason: r.reason, counted_fen: r.countedFen, returned_by: r.by, returned_at: r.at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('state', '=', 'submitted')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function listRemittances(db: Db, tenantId: string, scope: readonly string[]) {
  const rows = await db
    .selectFrom('remittances as r')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.office_id'))
    .selectAll('r')
    .select(['o.name as office_name', 'o.path as office_path'])
    .where('r.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', scope))
    .orderBy('r.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({ ...toRemittance(r), officeName: r.office_name, officePath: r.office_path }));
}

export async function remittancePayments(db: Db, tenantId: string, id: string) {
  return (
    await db
      .selectFrom('remittance_payments')
      .select('payment_id')
      .where('tenant_id', '=', tenantId)
      .where('remittance_id', '=', id)
      .execute()
  ).map((r) => r.payment_id);
}

const tally = (r: { n: unknown; fen: unknown } | undefined) => ({ count: Number(r?.n ?? 0), fen: Number(r?.fen ?? 0) });

/** Hand-overs offered to this user and not yet decided: how many, and the cash in them. */
export async function handoversOfferedTo(db: Db, tenantId: string, userId: string) {
  const r = await db
    .selectFrom('handovers')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.coalesce(eb.fn.sum<number | string>('amount_fen'), eb.lit(0)).as('fen')])
    .where('tenant_id', '=', tenantId)
    .where('to_id', '=', userId)
    .where('state', '=', 'offered')
    .executeTakeFirst();
  return tally(r);
}

/** Cash this user holds that is in no remittance yet: how many payments, and how much. */
export async function cashHeldBy(db: Db, tenantId: string, userId: string) {
  const r = await db
    .selectFrom('cash_holdings')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.coalesce(eb.fn.sum<number | string>('amount_fen'), eb.lit(0)).as('fen')])
    .where('tenant_id', '=', tenantId)
    .where('holder_id', '=', userId)
    .where('settled_at', 'is', null)
    .where('remittance_id', 'is', null)
    .executeTakeFirst();
  return tally(r);
}

/** Remittances of the subtrees waiting for finance to confirm the money arrived. */
export async function submittedRemittances(db: Db, tenantId: string, scope: readonly string[]) {
  if (!scope.length) return { count: 0, fen: 0 };
  const r = await db
    .selectFrom('remittances as r')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.office_id'))
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.coalesce(eb.fn.sum<number | string>('r.total_fen'), eb.lit(0)).as('fen')])
    .where('r.tenant_id', '=', tenantId)
    .where('r.state', '=', 'submitted')
    .where(pathWithin('o.path', scope))
    .executeTakeFirst();
  return tally(r);
}
