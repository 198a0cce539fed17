import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { takeIntoCustody } from '../money/custody.service.js';
import type { PaymentMethod } from '../money/payment-methods.js';
import { renderCheckedReceipt } from '../money/receipt.print.js';
import { issueReceipt } from '../money/receipt.service.js';
import { PARKING_COLLECT, PARKING_READ, PARKING_SUPERVISE } from './parking.permissions.js';
import { stayMinutes } from './parking-charge.rules.js';
import * as repo from './parking-collection.repo.js';
import { amountMatches, payerOf, receiptLine, refuseSettle } from './parking-collection.rules.js';
import { stale } from './register.access.js';
import { standardById } from './standard-in-force.repo.js';

/** A stay the caller may read (404 outside their offices, 403 inside without parking.read). */
export async function loadStay(ctx: UseCase, id: string) {
  const found = await repo.findStay(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('parking_stay');
  authorize(ctx.actor.access, PARKING_READ, found.officePath, 'parking_stay');
  return found;
}

/** A collection the caller may read: as its stay's office (404 outside, 403 inside without parking.read). */
export async function loadCollection(ctx: UseCase, id: string) {
  const found = await repo.findCollection(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('parking_collection');
  authorize(ctx.actor.access, PARKING_READ, found.officePath, 'parking_collection');
  return found;
}

/** What the caller may do with a stay now: collect it (a guard of its office), or waive it (a supervisor). */
const abilitiesOf = (ctx: UseCase, s: repo.CollectStay) => ({
  collect: s.state === 'due' && allowsAt(ctx.actor.access, PARKING_COLLECT, s.officePath),
  waive: s.state === 'due' && allowsAt(ctx.actor.access, PARKING_SUPERVISE, s.officePath),
});

const listed = (ctx: UseCase, s: repo.CollectStay) => {
  const { officePath: _path, ...rest } = s;
  return {
    minutes: s.enteredAt && s.exitedAt ? stayMinutes(Date.parse(s.enteredAt), Date.parse(s.exitedAt)) : null,
    abilities: abilitiesOf(ctx, s),
    ...rest,
  };
};

/** One stay as the gate's collection page shows it: the charge, the standard it was charged by, how it was settled. */
export async function getCollectStay(ctx: UseCase, id: string) {
  const s = await loadStay(ctx, id);
  const standard = s.standardId ? await standardById(ctx.db, ctx.actor.tenantId, s.standardId) : null;
  const collection = s.collectionId ? await repo.findCollection(ctx.db, ctx.actor.tenantId, s.collectionId) : undefined;
  return {
    ...listed(ctx, s),
    standard: standard && { id: standard.id, effectiveMonth: standard.effectiveMonth, ...standard.rate },
    collection: collection ? { ...collection.collection, receiptNumber: collection.receiptNumber } : null,
  };
}

/** The charged, unpaid stays of the car parks where the caller collects or supervises (403 for anyone else). */
export async function listDueStays(
  ctx: UseCase,
  f: { carParkId?: string | undefined; q?: string | undefined; page: number; pageSize: number },
) {
  const scope = [...new Set([...scopeOf(ctx.actor.access, PARKING_COLLECT), ...scopeOf(ctx.actor.access, PARKING_SUPERVISE)])];
  if (!scope.length) throw forbidden(PARKING_COLLECT);
  const { items, total } = await repo.listDueStays(ctx.db, ctx.actor.tenantId, { ...f, scope });
  return { items: items.map((s) => listed(ctx, s)), total, page: f.page, pageSize: f.pageSize };
}

/** A due stay, loaded for a settling command, refused when it is no longer due or changed since it was read. */
async function dueStay(ctx: UseCase, id: string, permission: string, version: number) {
  const s = await loadStay(ctx, id);
  authorize(ctx.actor.access, permission, s.officePath, 'parking_stay');
  const refusal = refuseSettle(s.state);
  if (refusal) throw new DomainError('conflict', refusal.code, `the stay is ${s.state}, not due`);
  if (s.version !== version) throw stale('stay');
  return s as repo.CollectStay & { chargeFen: number; enteredAt: string; exitedAt: string };
}

export interface CollectInput {
  method: PaymentMethod;
  amountFen: number;
  payer?: string | undefined;
  version: number;
}

/**
 * A guard collects a due stay's charge at the gate (A2.4.1.2): one collection for exactly the charge, a receipt from
 * the guard's own book, the cash into their custody (guard → security supervisor → cashier), the stay collected —
 * all in one transaction, so there is never a receipt without a collection nor two collections of one stay.
 */
export async function collectStay(ctx: UseCase, stayId: string, input: CollectInput) {
  const id = await inTransaction(ctx, async (tx) => {
    const s = await dueStay(tx, stayId, PARKING_COLLECT, input.version);
    if (!amountMatches(s.chargeFen, input.amountFen))
      throw fieldError('unprocessable', 'parking_collection.amount_mismatch', 'amountFen', `the stay is charged ${s.chargeFen} fen`);
    const collectionId = newId();
    if (!(await repo.markCollected(tx.db, tx.actor.tenantId, s, collectionId, tx.now))) throw stale('stay');
    const tz = await tenantZone(tx);
    const payer = payerOf(s.plate, input.payer);
    const receipt = await issueReceipt(tx, {
      officeId: s.officeId,
      payer,
      items: [{ name: receiptLine(s.plate, s.enteredAt, s.exitedAt, tz), amountFen: s.chargeFen }],
      amountFen: s.chargeFen,
      method: input.method,
      orderId: null,
      paymentId: collectionId,
    });
    const collection: repo.Collection = {
      id: collectionId,
      officeId: s.officeId,
      carParkId: s.carParkId,
      stayId: s.id,
      payer,
      method: input.method,
      amountFen: s.chargeFen,
      receiptId: receipt.id,
      collectorId: tx.actor.userId ?? 'system',
      collectorName: tx.actor.displayName,
      collectedAt: tx.now,
    };
    await repo.insertCollection(tx.db, tx.actor.tenantId, collection);
    if (input.method === 'cash')
      await takeIntoCustody(tx, {
        paymentId: collectionId,
        orderId: null,
        officeId: s.officeId,
        payer,
        amountFen: s.chargeFen,
        receiptId: receipt.id,
      });
    await tx.audit({
      action: 'parking_collection.create',
      entity: 'parking_collection',
      entityId: collectionId,
      after: { ...collection, plate: s.plate, receiptNumber: receipt.number },
    });
    await tx.audit({
      action: 'parking_stay.collect',
      entity: 'parking_stay',
      entityId: s.id,
      before: { state: s.state, version: s.version },
      after: { state: 'collected', collectionId, receiptNumber: receipt.number, version: s.version + 1 },
    });
    return s.id;
  });
  return getCollectStay(ctx, id);
}

/** A security supervisor lets a due stay's charge off, saying why; they are recorded as its approver. */
export async function waiveStay(ctx: UseCase, stayId: string, input: { reason: string; version: number }) {
  const reason = input.reason.trim();
  if (!reason) throw fieldError('invalid', 'parking_stay.waive_reason_required', 'reason', 'say why the charge is waived');
  const id = await inTransaction(ctx, async (tx) => {
    const s = await dueStay(tx, stayId, PARKING_SUPERVISE, input.version);
    const by = tx.actor.userId ?? 'system';
    if (!(await repo.markWaived(tx.db, tx.actor.tenantId, s, { reason, by, byName: tx.actor.displayName, now: tx.now })))
      throw stale('stay');
    await tx.audit({
      action: 'parking_stay.waive',
      entity: 'parking_stay',
      entityId: s.id,
      before: { state: s.state, version: s.version },
      after: { state: 'waived', chargeFen: s.chargeFen, waiveReason: reason, waivedByName: tx.actor.displayName, version: s.version + 1 },
    });
    return s.id;
  });
  return getCollectStay(ctx, id);
}

/** The receipt of a parking collection, printed for anyone who may read the collection (the guard who wrote it). */
export async function printCollectionReceipt(ctx: UseCase, id: string, locale: PrintLocale, size: 'receipt' | 'a4') {
  const found = await loadCollection(ctx, id);
  if (!found.collection.receiptId) throw notFound('receipt');
  return renderCheckedReceipt(ctx, found.collection.receiptId, locale, size);
}
