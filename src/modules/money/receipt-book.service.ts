import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { allowed, invalidTransition, nextOrThrow, refusalError } from '../../platform/machine.js';
import { userPlacement } from '../identity/user.service.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { FINANCE_CUSTODIAN, RECEIPTS_READ, RECEIPTS_REQUEST } from './money.permissions.js';
import { BOOK_REQUEST_MACHINE, type BookCommand, decideBook, decideBookRequest } from './receipt-book.machine.js';
import * as repo from './receipt-book.repo.js';
import { bookSize, missingNumbers, overlaps } from './receipt-book.rules.js';
import type { BookRequest, ReceiptBook } from './receipt-book.types.js';

async function loadBook(ctx: UseCase, id: string, permission: string) {
  const found = await repo.findBook(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('book');
  authorize(ctx.actor.access, permission, found.holderPath, 'book');
  return found;
}

async function saveBook(tx: Tx, before: ReceiptBook, next: ReceiptBook, action: string, detail?: unknown) {
  if (!(await repo.updateBook(tx.db, next, before.version))) {
    throw new DomainError('conflict', 'record.version_conflict', 'the book was changed meanwhile; reload');
  }
  await tx.audit({ action, entity: 'book', entityId: next.id, before, after: detail === undefined ? next : { ...next, detail } });
}

const presentBook = (ctx: UseCase, b: { book: ReceiptBook; holderPath: string; holderName: string; cashierName?: string | null }) => {
  // finance (the custodian at the book's node) moves a book, when its machine allows the command now
  const may = (command: BookCommand) => allowsAt(ctx.actor.access, FINANCE_CUSTODIAN, b.holderPath) && allowed(decideBook(b.book, command));
  return {
    ...b.book,
    holderName: b.holderName,
    cashierName: b.cashierName ?? null,
    size: bookSize(b.book),
    used: b.book.nextNo - b.book.firstNo,
    abilities: { issue: may('issue'), settle: may('settle') },
  };
};

/** A request as shown: finance at the requesting node fulfils or declines it while it is pending. */
export function presentRequest<R extends BookRequest>(ctx: UseCase, r: R, orgPath: string) {
  const custodian = allowsAt(ctx.actor.access, FINANCE_CUSTODIAN, orgPath);
  return {
    abilities: {
      issue: custodian && allowed(decideBookRequest(r.state, 'fulfil')),
      decline: custodian && allowed(decideBookRequest(r.state, 'decline')),
    },
    ...r,
  };
}

const requestDecided = () => refusalError(invalidTransition(BOOK_REQUEST_MACHINE.record), 'this request was decided meanwhile');

/** Books held in the caller's subtrees (finance's stock, and the books out with cashiers). */
export async function listBooks(ctx: UseCase, state?: ReceiptBook['state']) {
  const scope = [...new Set([...scopeOf(ctx.actor.access, RECEIPTS_READ), ...scopeOf(ctx.actor.access, FINANCE_CUSTODIAN)])];
  if (!scope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${RECEIPTS_READ}`);
  return (await repo.listBooks(ctx.db, ctx.actor.tenantId, scope, state)).map((b) => presentBook(ctx, b));
}

export async function getBook(ctx: UseCase, id: string) {
  const found = await loadBook(ctx, id, RECEIPTS_READ);
  return { ...presentBook(ctx, found), stubs: (await repo.stubNumbers(ctx.db, ctx.actor.tenantId, id)).sort((a, b) => a - b) };
}

/** Finance registers a new book into its stock: a series and a number range that overlaps no other. */
export async function registerBook(ctx: UseCase, input: { orgId: string; series: string; firstNo: number; lastNo: number }) {
  return inTransaction(ctx, async (tx) => {
    const org = await loadVisibleOrg(tx, input.orgId);
    authorize(tx.actor.access, FINANCE_CUSTODIAN, org.path, 'org');
    if (input.lastNo < input.firstNo)
      throw fieldError('unprocessable', 'book.range_invalid', 'lastNo', 'the last number is before the first');
    if (input.lastNo - input.firstNo >= 10_000)
      throw fieldError('unprocessable', 'book.too_large', 'lastNo', 'a book holds at most 10,000 receipts');
    const clash = (await repo.seriesBooks(tx.db, tx.actor.tenantId, input.series)).find((b) => overlaps(b, input));
    if (clash)
      throw fieldError('conflict', 'book.range_overlaps', 'firstNo', `overlaps book ${clash.series} ${clash.firstNo}–${clash.lastNo}`);
    const book: ReceiptBook = {
      id: newId(),
      tenantId: tx.actor.tenantId,
      series: input.series,
      firstNo: input.firstNo,
      lastNo: input.lastNo,
      nextNo: input.firstNo,
      state: 'in_stock',
      holderOrgId: org.id,
      cashierId: null,
      requestId: null,
      registeredAt: tx.now,
      issuedAt: null,
      usedUpAt: null,
      settledAt: null,
      settledBy: null,
      version: 1,
    };
    await repo.insertBook(tx.db, book);
    await tx.audit({ action: 'book.register', entity: 'book', entityId: book.id, after: book });
    return presentBook(tx, { book, holderPath: org.path, holderName: org.name });
  });
}

/** A department asks finance for a book for one of its cashiers, saying why (A2.4.3 registration). */
export async function requestBook(ctx: UseCase, input: { orgId: string; cashierId: string; reason: string }) {
  return inTransaction(ctx, async (tx) => {
    const org = await loadVisibleOrg(tx, input.orgId);
    authorize(tx.actor.access, RECEIPTS_REQUEST, org.path, 'org');
    const cashier = await userPlacement(tx, input.cashierId);
    if (!cashier?.active || !cashier.orgPath.startsWith(org.path)) {
      throw fieldError('unprocessable', 'book.cashier_outside', 'cashierId', 'the cashier must belong to this department');
    }
    const request: BookRequest = {
      id: newId(),
      orgId: org.id,
      requestedBy: tx.actor.userId ?? 'system',
      requestedByName: tx.actor.displayName,
      cashierId: input.cashierId,
      reason: input.reason,
      state: 'pending',
      bookId: null,
      declineReason: null,
      createdAt: tx.now,
      decidedAt: null,
    };
    await repo.insertRequest(tx.db, tx.actor.tenantId, request);
    await tx.audit({ action: 'book.request', entity: 'book_request', entityId: request.id, after: request });
    return presentRequest(tx, { ...request, orgName: org.name, cashierName: cashier.displayName }, org.path);
  });
}

/** Requests the caller can see: their departments' own, and all of them for finance. */
export async function listRequests(ctx: UseCase) {
  const scope = [...new Set([...scopeOf(ctx.actor.access, RECEIPTS_REQUEST), ...scopeOf(ctx.actor.access, FINANCE_CUSTODIAN)])];
  if (!scope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${RECEIPTS_REQUEST}`);
  return (await repo.listRequests(ctx.db, ctx.actor.tenantId, scope)).map(({ orgPath, ...r }) => presentRequest(ctx, r, orgPath));
}

/** Finance hands a book from stock to the cashier named in a request. */
export async function issueBook(ctx: UseCase, requestId: string, bookId: string) {
  return inTransaction(ctx, async (tx) => {
    const req = await repo.findRequest(tx.db, tx.actor.tenantId, requestId);
    if (!req) throw notFound('book_request');
    authorize(tx.actor.access, FINANCE_CUSTODIAN, req.orgPath, 'book_request');
    const fulfilled = nextOrThrow(decideBookRequest(req.request.state, 'fulfil'), `cannot fulfil a ${req.request.state} request`);
    const found = await loadBook(tx, bookId, FINANCE_CUSTODIAN);
    const next: ReceiptBook = {
      ...found.book,
      state: nextOrThrow(decideBook(found.book, 'issue'), `cannot issue a ${found.book.state} book`),
      holderOrgId: req.request.orgId,
      cashierId: req.request.cashierId,
      requestId,
      issuedAt: tx.now,
      version: found.book.version + 1,
    };
    await saveBook(tx, found.book, next, 'book.issue', { requestId, reason: req.request.reason });
    if (!(await repo.decideRequest(tx.db, tx.actor.tenantId, requestId, fulfilled, tx.now, bookId, null))) throw requestDecided();
    await tx.audit({ action: 'book.request_fulfil', entity: 'book_request', entityId: requestId, after: { bookId } });
    const after = (await repo.findBook(tx.db, tx.actor.tenantId, bookId))!;
    return presentBook(tx, after);
  });
}

export async function declineRequest(ctx: UseCase, requestId: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const req = await repo.findRequest(tx.db, tx.actor.tenantId, requestId);
    if (!req) throw notFound('book_request');
    authorize(tx.actor.access, FINANCE_CUSTODIAN, req.orgPath, 'book_request');
    const declined = nextOrThrow(decideBookRequest(req.request.state, 'decline'), `cannot decline a ${req.request.state} request`);
    // decided by someone else between the read and this write: the same refusal
    if (!(await repo.decideRequest(tx.db, tx.actor.tenantId, requestId, declined, tx.now, null, reason))) throw requestDecided();
    await tx.audit({ action: 'book.request_decline', entity: 'book_request', entityId: requestId, after: { reason } });
    return presentRequest(tx, { ...req.request, state: declined, declineReason: reason, decidedAt: tx.now }, req.orgPath);
  });
}

/**
 * The stubs of a used-up book are back with finance: it is settled (核销) when every number is a stub,
 * issued or voided; otherwise the missing numbers are named and nothing changes.
 */
export async function settleBook(ctx: UseCase, id: string) {
  return inTransaction(ctx, async (tx) => {
    const found = await loadBook(tx, id, FINANCE_CUSTODIAN);
    const stubs = found.book.state === 'used_up' ? await repo.stubNumbers(tx.db, tx.actor.tenantId, id) : [];
    const detail = `cannot settle a ${found.book.state} book; missing: ${missingNumbers(found.book, stubs).slice(0, 20).join(', ')}`;
    const next: ReceiptBook = {
      ...found.book,
      state: nextOrThrow(decideBook(found.book, 'settle', { stubs }), detail),
      settledAt: tx.now,
      settledBy: tx.actor.displayName,
      version: found.book.version + 1,
    };
    await saveBook(tx, found.book, next, 'book.settle', { stubs: stubs.length });
    return presentBook(tx, { ...found, book: next });
  });
}
