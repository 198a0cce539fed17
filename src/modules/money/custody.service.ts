import { type Access, allowsAt, relationCounts, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import type { IdempotentWrite } from '../../platform/idempotency.js';
import { newId } from '../../platform/ids.js';
import { allowed, invalidTransition, nextOrThrow, refusalError } from '../../platform/machine.js';
import { addFen } from '../../platform/money.js';
import { userAccess, userPlacement } from '../identity/user.service.js';
import { ORDERS_ASSIGN, ORDERS_PAY, ORDERS_READ, ORDERS_WORK } from '../orders/order.permissions.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { PARKING_COLLECT, PARKING_SUPERVISE } from '../parking/parking.permissions.js';
import {
  decideHandover,
  decideRemittance,
  HANDOVER_MACHINE,
  type HandoverCommand,
  REMITTANCE_MACHINE,
  type RemittanceCommand,
} from './custody.machine.js';
import * as repo from './custody.repo.js';
import {
  type CustodyRefusal,
  type Holding,
  moneyInHand,
  refuseHandover,
  refuseRelay,
  refuseRemittance,
  relayRoleOf,
} from './custody.rules.js';
import { FINANCE_CUSTODIAN, RECEIPTS_ISSUE, RECEIPTS_READ } from './money.permissions.js';
import { issueReceipt } from './receipt.service.js';
import { dueItems, receipted } from './receipt-due.service.js';
import { fixedLine } from './receipt-items.rules.js';
import { relayPath } from './relay.service.js';
import { remittanceLines } from './remittance-lines.repo.js';

/**
 * Holding, handing over and receiving cash is a relation (the holder, the receiver), not a grant at a
 * node; it counts only for someone who may take cash at all — staff paid on the spot, cashiers,
 * supervisors — and, for an API token, only one given such a permission.
 */
const CUSTODY_PERMISSIONS = [ORDERS_WORK, ORDERS_PAY, ORDERS_ASSIGN, RECEIPTS_ISSUE, PARKING_COLLECT, PARKING_SUPERVISE];
export const custodian = (access: Access) => relationCounts(access, CUSTODY_PERMISSIONS);

/** The caller as a holder of cash, or a refusal: a person, whose access lets them hold it. */
function holderOf(tx: UseCase): string {
  if (!tx.actor.userId) throw new DomainError('forbidden', 'auth.forbidden', 'only a person hands over cash');
  if (!custodian(tx.actor.access)) throw new DomainError('forbidden', 'auth.forbidden', 'missing a permission to hold cash');
  return tx.actor.userId;
}

function refuse(r: CustodyRefusal): never {
  throw fieldError(r.kind, r.code, r.field, r.code);
}

/** A hand-over as shown: the receiver (a person who may hold cash) confirms or refuses it while it is offered. */
function presentHandover(ctx: UseCase, h: repo.Handover) {
  const receiver = h.toId === ctx.actor.userId && custodian(ctx.actor.access);
  const may = (command: HandoverCommand) => receiver && allowed(decideHandover(h.state, command));
  return { abilities: { confirm: may('confirm'), refuse: may('refuse') }, ...h };
}

/** A remittance as shown: finance (the custodian at its office) confirms or returns it while it is submitted. */
function presentRemittance<R extends repo.Remittance>(ctx: UseCase, r: R, officePath: string) {
  const finance = allowsAt(ctx.actor.access, FINANCE_CUSTODIAN, officePath);
  const may = (command: RemittanceCommand) => finance && allowed(decideRemittance(r, command));
  return { abilities: { confirm: may('confirm'), return: may('return') }, ...r };
}

/** The collector now holds the cash of a payment just recorded (called inside the payment's transaction). */
export async function takeIntoCustody(
  tx: Tx,
  p: { paymentId: string; orderId: string | null; officeId: string; payer: string; amountFen: number; receiptId: string | null },
) {
  await repo.insertHolding(tx.db, tx.actor.tenantId, {
    ...p,
    holderId: tx.actor.userId ?? 'system',
    holderName: tx.actor.displayName,
    since: tx.now,
    remittanceId: null,
    settledAt: null,
    collectedAt: tx.now,
  });
}

/**
 * Money in hand: per person, the cash they hold and since when — the offices the caller reads, their own, and the cash
 * offered to them in a hand-over not yet confirmed (a security supervisor reads no office, yet his guard's cash is coming
 * to him: it is still in the guard's hands, and shown so).
 */
export async function cashInHand(ctx: UseCase) {
  const scope = [...new Set([...scopeOf(ctx.actor.access, ORDERS_READ), ...scopeOf(ctx.actor.access, RECEIPTS_READ)])];
  const holderId = custodian(ctx.actor.access) ? ctx.actor.userId : null;
  const held = await repo.openHoldings(ctx.db, ctx.actor.tenantId, { scope, holderId });
  if (!holderId) return moneyInHand(held);
  const seen = new Set(held.map((h) => h.paymentId));
  const offered = (await repo.listHandovers(ctx.db, ctx.actor.tenantId, holderId))
    .filter((h) => h.toId === holderId && h.state === 'offered')
    .flatMap((h) => h.paymentIds)
    .filter((id) => !seen.has(id));
  const coming = offered.length ? await repo.holdingsByPayment(ctx.db, ctx.actor.tenantId, offered) : [];
  return moneyInHand([...held, ...coming]);
}

export { relaysCash } from './relay.service.js';

/**
 * Whom the caller may hand an office's cash to (A7.4.7): the next step of the office's real cash path — its
 * supervisors and cashiers, or where it has none for that step the nearest unit above that takes cash — each with the
 * unit they sit in; and whether the form must travel with the money.
 */
export async function handoverReceivers(ctx: UseCase, officeId: string) {
  const { relay, giverRole, formRequired, items } = await relayPath(ctx, officeId);
  return { relay, giverRole, formRequired, items };
}

/** The holder offers cash (with its forms) to the next person in the chain; it moves when they confirm. */
export async function offerHandover(
  ctx: UseCase,
  input: { toUserId: string; paymentIds: string[]; note?: string | undefined; withForm?: boolean | undefined },
) {
  return inTransaction(ctx, async (tx) => {
    const giver = holderOf(tx);
    const held = await repo.holdingsByPayment(tx.db, tx.actor.tenantId, input.paymentIds);
    const r = refuseHandover(giver, input.toUserId, input.paymentIds, held);
    if (r) refuse(r);
    const offered = (await repo.pendingOffers(tx.db, tx.actor.tenantId, giver)).flatMap((h) => h.paymentIds);
    if (input.paymentIds.some((id) => offered.includes(id)))
      throw fieldError('conflict', 'handover.already_offered', 'paymentIds', 'already offered to someone');
    const receiver = await userPlacement(tx, input.toUserId);
    // the giver may be a cleaner who cannot see the office node itself: they hold its cash all the same
    const path = await relayPath(tx, held[0]!.officeId);
    // A7.4.7: the next step of the office's cash path; the form goes with the staff's cash
    const withForm = input.withForm ?? false;
    const receiverRole = receiver?.active ? relayRoleOf(await userAccess(tx, input.toUserId), path.officePath) : null;
    const relayed = refuseRelay(path.giverRole, receiverRole, path.relay, {
      withForm,
      orderCash: held.some((h) => h.orderId !== null),
      unitHasSupervisor: path.unitHasSupervisor,
    });
    if (relayed) refuse(relayed);
    // someone of the right place, but not on the office's path (another office's cashier, HQ above the office's own)
    if (!path.items.some((p) => p.id === input.toUserId))
      throw fieldError('unprocessable', 'handover.receiver_invalid', 'toUserId', 'hand cash to the next person of the office’s cash path');
    const handover: repo.Handover = {
      id: newId(),
      officeId: held[0]!.officeId,
      fromId: giver,
      fromName: tx.actor.displayName,
      toId: input.toUserId,
      toName: receiver!.displayName,
      amountFen: addFen(...held.map((h) => h.amountFen)),
      paymentIds: input.paymentIds,
      state: 'offered',
      note: input.note ?? null,
      withForm,
      offeredAt: tx.now,
      decidedAt: null,
    };
    await repo.insertHandover(tx.db, tx.actor.tenantId, handover);
    await tx.audit({ action: 'handover.offer', entity: 'handover', entityId: handover.id, after: handover });
    return presentHandover(tx, handover);
  });
}

/** The offer the caller received, and the state `command` takes it to (or the machine's refusal). */
async function loadOffer(tx: Tx, id: string, command: HandoverCommand) {
  const me = holderOf(tx);
  const h = await repo.findHandover(tx.db, tx.actor.tenantId, id);
  if (!h || (h.toId !== me && h.fromId !== me)) throw notFound('handover');
  if (h.toId !== me) throw new DomainError('forbidden', 'auth.forbidden', 'only the receiver confirms a hand-over');
  const next = nextOrThrow(decideHandover(h.state, command), `cannot ${command} a hand-over that is ${h.state}`);
  return { h, next };
}

/** Decided by someone else between the read and this write: the same refusal as a stale read. */
const decidedMeanwhile = (record: string) => refusalError(invalidTransition(record), `the ${record} was decided meanwhile`);

/**
 * The receiver confirms they got the cash: it is theirs from now on. A cashier receiving cash that has
 * no receipt yet writes the receipts now, in the same transaction.
 */
export async function confirmHandover(ctx: UseCase, id: string) {
  return inTransaction(ctx, async (tx) => {
    const { h, next } = await loadOffer(tx, id, 'confirm');
    const held = await repo.holdingsByPayment(tx.db, tx.actor.tenantId, h.paymentIds);
    const r = refuseHandover(h.fromId, h.toId, h.paymentIds, held);
    if (r) refuse(r);
    if (!(await repo.decideHandover(tx.db, tx.actor.tenantId, id, next, tx.now, null))) throw decidedMeanwhile(HANDOVER_MACHINE.record);
    await repo.moveHoldings(tx.db, tx.actor.tenantId, h.paymentIds, { id: tx.actor.userId!, name: tx.actor.displayName }, tx.now);
    const office = await loadVisibleOrg(tx, h.officeId);
    if (allowsAt(tx.actor.access, RECEIPTS_ISSUE, office.path)) {
      const unreceipted = held.filter((x) => !x.receiptId);
      // the lines the payment was taken for (the order's own and its material fee), as the cashier's own receipt has
      const lines = await dueItems(
        tx,
        unreceipted.map((x) => x.paymentId),
      );
      for (const holding of unreceipted) {
        const receipt = await issueReceipt(tx, {
          officeId: holding.officeId,
          payer: holding.payer,
          items: lines.get(holding.paymentId) ?? [fixedLine('service', holding.amountFen)],
          amountFen: holding.amountFen,
          method: 'cash',
          orderId: holding.orderId,
          paymentId: holding.paymentId,
        });
        await repo.setReceipt(tx.db, tx.actor.tenantId, holding.paymentId, receipt.id);
        await receipted(tx, holding.paymentId, receipt.id);
      }
    }
    await tx.audit({ action: 'handover.confirm', entity: 'handover', entityId: id, before: h, after: { state: next } });
    return presentHandover(tx, { ...h, state: next, decidedAt: tx.now });
  });
}

export async function refuseHandoverOffer(ctx: UseCase, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const { h, next } = await loadOffer(tx, id, 'refuse');
    if (!(await repo.decideHandover(tx.db, tx.actor.tenantId, id, next, tx.now, reason))) throw decidedMeanwhile(HANDOVER_MACHINE.record);
    await tx.audit({ action: 'handover.refuse', entity: 'handover', entityId: id, after: { reason } });
    return presentHandover(tx, { ...h, state: next, note: reason, decidedAt: tx.now });
  });
}

export async function listHandovers(ctx: UseCase) {
  if (!ctx.actor.userId || !custodian(ctx.actor.access)) return [];
  return (await repo.listHandovers(ctx.db, ctx.actor.tenantId, ctx.actor.userId)).map((h) => presentHandover(ctx, h));
}

/** A cashier hands a period's collected payments to finance (上缴, A2.4.2.4); finance confirms the amount. */
export async function createRemittance(
  ctx: UseCase,
  input: { officeId: string; paymentIds: string[]; totalFen: number; periodFrom: string; periodTo: string },
) {
  return inTransaction(ctx, async (tx) => {
    const office = await loadVisibleOrg(tx, input.officeId);
    authorize(tx.actor.access, RECEIPTS_ISSUE, office.path, 'org');
    const held = await repo.holdingsByPayment(tx.db, tx.actor.tenantId, input.paymentIds);
    const r = refuseRemittance(tx.actor.userId ?? '', input.paymentIds, held, input.totalFen);
    if (r) refuse(r);
    const remittance: repo.Remittance = {
      id: newId(),
      officeId: office.id,
      cashierId: tx.actor.userId!,
      cashierName: tx.actor.displayName,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      totalFen: input.totalFen,
      state: 'submitted',
      confirmedBy: null,
      confirmedAt: null,
      createdAt: tx.now,
      returnReason: null,
      countedFen: null,
      returnedBy: null,
      returnedAt: null,
    };
    await repo.insertRemittance(tx.db, tx.actor.tenantId, remittance);
    await repo.markRemitted(tx.db, tx.actor.tenantId, input.paymentIds, remittance.id);
    // the history names each payment as finance counts it (payer, receipt, amount, when taken), and the cashier once
    const { cashierId: _, ...named } = remittance;
    const payments = (await remittanceLines(tx.db, tx.actor.tenantId, [remittance.id])).get(remittance.id) ?? [];
    await tx.audit({
      action: 'remittance.create',
      entity: 'remittance',
      entityId: remittance.id,
      after: { ...named, payments: payments.map(({ paymentId: _id, ...p }) => p) },
    });
    return { ...presentRemittance(tx, remittance, office.path), officeName: office.name, paymentIds: input.paymentIds };
  });
}

export type CreateRemittanceInput = Parameters<typeof createRemittance>[1];

/**
 * Making a remittance as one idempotent write (`Idempotency-Key`): a retry answers with the batch as
 * it is now, to a caller still allowed to make it (receipts.issue at its office).
 */
export const remittanceOnce = (input: CreateRemittanceInput): IdempotentWrite<Awaited<ReturnType<typeof createRemittance>>> => ({
  route: 'remittance.create',
  request: input,
  run: (ctx) => createRemittance(ctx, input),
  recordId: (r) => r.id,
  replay: async (ctx, id) => {
    const found = await repo.findRemittance(ctx.db, ctx.actor.tenantId, id);
    if (!found) throw notFound('remittance');
    authorize(ctx.actor.access, RECEIPTS_ISSUE, found.officePath, 'remittance');
    const paymentIds = await repo.remittancePayments(ctx.db, ctx.actor.tenantId, id);
    return { ...presentRemittance(ctx, found.remittance, found.officePath), officeName: found.officeName, paymentIds };
  },
});

/** Finance confirms it received the batch; the amount counted must equal the batch total. */
export async function confirmRemittance(ctx: UseCase, id: string, receivedFen: number) {
  return inTransaction(ctx, async (tx) => {
    const found = await repo.findRemittance(tx.db, tx.actor.tenantId, id);
    if (!found) throw notFound('remittance');
    authorize(tx.actor.access, FINANCE_CUSTODIAN, found.officePath, 'remittance');
    const r = found.remittance;
    const next = nextOrThrow(decideRemittance(r, 'confirm', { receivedFen }), `cannot confirm a remittance that is ${r.state}`);
    if (!(await repo.confirmRemittance(tx.db, tx.actor.tenantId, id, next, tx.now, tx.actor.displayName)))
      throw decidedMeanwhile(REMITTANCE_MACHINE.record);
    await repo.settleRemittance(tx.db, tx.actor.tenantId, id, tx.now, { id: tx.actor.userId ?? 'finance', name: tx.actor.displayName });
    await tx.audit({ action: 'remittance.confirm', entity: 'remittance', entityId: id, after: { receivedFen } });
    return {
      ...presentRemittance(tx, { ...r, state: next, confirmedAt: tx.now, confirmedBy: tx.actor.displayName }, found.officePath),
      paymentIds: await repo.remittancePayments(tx.db, tx.actor.tenantId, id),
    };
  });
}

/**
 * Finance returns the batch to the cashier (退回) with the reason and, if it says, the amount it counted: the cash is
 * the cashier's again (in their cash in hand, free for a new remittance); the returned one still lists its payments.
 */
export async function returnRemittance(ctx: UseCase, id: string, input: { reason: string; countedFen?: number | undefined }) {
  return inTransaction(ctx, async (tx) => {
    const found = await repo.findRemittance(tx.db, tx.actor.tenantId, id);
    if (!found) throw notFound('remittance');
    authorize(tx.actor.access, FINANCE_CUSTODIAN, found.officePath, 'remittance');
    const r = found.remittance;
    const reason = input.reason.trim();
    const next = nextOrThrow(decideRemittance(r, 'return', { reason }), `cannot return a remittance that is ${r.state}`);
    const returned = { reason, countedFen: input.countedFen ?? null, by: tx.actor.displayName, at: tx.now };
    if (!(await repo.returnRemittance(tx.db, tx.actor.tenantId, id, next, returned))) throw decidedMeanwhile(REMITTANCE_MACHINE.record);
    await repo.releaseRemittance(tx.db, tx.actor.tenantId, id, tx.now);
    await tx.audit({
      action: 'remittance.return',
      entity: 'remittance',
      entityId: id,
      before: { state: r.state },
      after: { state: next, reason, countedFen: returned.countedFen },
    });
    const after = { ...r, state: next, returnReason: reason, countedFen: returned.countedFen, returnedBy: returned.by, returnedAt: tx.now };
    return {
      ...presentRemittance(tx, after, found.officePath),
      officeName: found.officeName,
      paymentIds: await repo.remittancePayments(tx.db, tx.actor.tenantId, id),
    };
  });
}

export async function listRemittances(ctx: UseCase) {
  const scope = [
    ...new Set([
      ...scopeOf(ctx.actor.access, RECEIPTS_READ),
      ...scopeOf(ctx.actor.access, FINANCE_CUSTODIAN),
      ...scopeOf(ctx.actor.access, ORDERS_PAY),
    ]),
  ];
  if (!scope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${RECEIPTS_READ}`);
  const listed = await repo.listRemittances(ctx.db, ctx.actor.tenantId, scope);
  // finance counts the cash against each payment, as the cashier picked them
  const lines = await remittanceLines(
    ctx.db,
    ctx.actor.tenantId,
    listed.map((r) => r.id),
  );
  return listed.map(({ officePath, ...r }) => ({ ...presentRemittance(ctx, r, officePath), payments: lines.get(r.id) ?? [] }));
}

export type { Holding };
