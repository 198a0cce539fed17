import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { BookRequestTable, ReceiptBookTable, ReceiptTable } from './money.tables.js';
import type { BookRequest, Receipt, ReceiptBook, RequestState } from './receipt-book.types.js';
import { withLineKey } from './receipt-items.rules.js';

type Db = Kysely<Database>;

const toBook = (r: Selectable<ReceiptBookTable>): ReceiptBook => ({
  id: r.id,
  tenantId: r.tenant_id,
  series: r.series,
  firstNo: Number(r.first_no),
  lastNo: Number(r.last_no),
  nextNo: Number(r.next_no),
  state: r.state,
  holderOrgId: r.holder_org_id,
  cashierId: r.cashier_id,
  requestId: r.request_id,
  registeredAt: r.registered_at,
  issuedAt: r.issued_at,
  usedUpAt: r.used_up_at,
  settledAt: r.settled_at,
  settledBy: r.settled_by,
  version: Number(r.version),
});

const toRequest = (r: Selectable<BookRequestTable>): BookRequest => ({
  id: r.id,
  orgId: r.org_id,
  requestedBy: r.requested_by,
  requestedByName: r.requested_by_name,
  cashierId: r.cashier_id,
  reason: r.reason,
  state: r.state,
  bookId: r.book_id,
  declineReason: r.decline_reason,
  createdAt: r.created_at,
  decidedAt: r.decided_at,
});

export const toReceipt = (r: Selectable<ReceiptTable>): Receipt => ({
  id: r.id,
  bookId: r.book_id,
  seqNo: Number(r.seq_no),
  number: r.number,
  officeId: r.office_id,
  payer: r.payer,
  items: (JSON.parse(r.items_json) as Receipt['items']).map(withLineKey),
  amountFen: Number(r.amount_fen),
  method: r.method,
  cashierId: r.cashier_id,
  cashierName: r.cashier_name,
  issuedAt: r.issued_at,
  orderId: r.order_id,
  paymentId: r.payment_id,
  voidedAt: r.voided_at,
  voidReason: r.void_reason,
  voidedBy: r.voided_by,
  reprints: Number(r.reprints),
});

/** A book with the path of the node holding it (for scope checks). */
export async function findBook(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('receipt_books as b')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'b.tenant_id').onRef('o.id', '=', 'b.holder_org_id'))
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'b.tenant_id').onRef('u.id', '=', 'b.cashier_id'))
    .selectAll('b')
    .select(['o.path as holder_path', 'o.name as holder_name', 'u.display_name as cashier_name'])
    .where('b.tenant_id', '=', tenantId)
    .where('b.id', '=', id)
    .executeTakeFirst();
  return r && { book: toBook(r), holderPath: r.holder_path, holderName: r.holder_name, cashierName: r.cashier_name };
}

export async function listBooks(db: Db, tenantId: string, scope: readonly string[], state?: string) {
  let q = db
    .selectFrom('receipt_books as b')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'b.tenant_id').onRef('o.id', '=', 'b.holder_org_id'))
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'b.tenant_id').onRef('u.id', '=', 'b.cashier_id'))
    .selectAll('b')
    .select(['o.path as holder_path', 'o.name as holder_name', 'u.display_name as cashier_name'])
    .where('b.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', scope));
  if (state) q = q.where('b.state', '=', state as ReceiptBook['state']);
  const rows = await q.orderBy('b.series').orderBy('b.first_no').execute();
  return rows.map((r) => ({ book: toBook(r), holderPath: r.holder_path, holderName: r.holder_name, cashierName: r.cashier_name }));
}

export async function seriesBooks(db: Db, tenantId: string, series: string) {
  return (await db.selectFrom('receipt_books').selectAll().where('tenant_id', '=', tenantId).where('series', '=', series).execute()).map(
    toBook,
  );
}

export async function insertBook(db: Db, b: ReceiptBook) {
  await db
    .insertInto('receipt_books')
    .values({
      tenant_id: b.tenantId,
      id: b.id,
      series: b.series,
      first_no: b.firstNo,
      last_no: b.lastNo,
      next_no: b.nextNo,
      state: b.state,
      holder_org_id: b.holderOrgId,
      cashier_id: b.cashierId,
      request_id: b.requestId,
      registered_at: b.registeredAt,
      issued_at: b.issuedAt,
      used_up_at: b.usedUpAt,
      settled_at: b.settledAt,
      settled_by: b.settledBy,
      version: b.version,
    })
    .execute();
}

export async function updateBook(db: Db, b: ReceiptBook, expectedVersion: number): Promise<boolean> {
  const res = await db
    .updateTable('receipt_books')
    .set({
      state: b.state,
      holder_org_id: b.holderOrgId,
      cashier_id: b.cashierId,
      request_id: b.requestId,
      issued_at: b.issuedAt,
      used_up_at: b.usedUpAt,
      settled_at: b.settledAt,
      settled_by: b.settledBy,
      version: b.version,
    })
    .where('tenant_id', '=', b.tenantId)
    .where('id', '=', b.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * Takes the next number of the cashier's oldest open book in one statement. The update locks the book
 * row, so two payments at one cashier queue for it; a rolled-back transaction gives the number back.
 */
export async function takeNumber(
  db: Db,
  tenantId: string,
  cashierId: string,
  at: string,
): Promise<{ bookId: string; series: string; seqNo: number; holderOrgId: string } | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const open = await db
      .selectFrom('receipt_books')
      .select(['id'])
      .where('tenant_id', '=', tenantId)
      .where('cashier_id', '=', cashierId)
      .where('state', '=', 'issued')
      .orderBy('issued_at')
      .orderBy('first_no')
      .executeTakeFirst();
    if (!open) return null;
    const taken = await db
      .updateTable('receipt_books')
      .set({
        next_no: sql`next_no + 1`,
        state: sql`case when next_no + 1 > last_no then 'used_up' else state end`,
        used_up_at: sql`case when next_no + 1 > last_no then ${at} else used_up_at end`,
        version: sql`version + 1`,
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', open.id)
      .where('state', '=', 'issued')
      .returning(['id', 'series', 'next_no', 'holder_org_id'])
      .executeTakeFirst();
    // another payment used the last number meanwhile: take the cashier's next book
    if (taken) return { bookId: taken.id, series: taken.series, seqNo: Number(taken.next_no) - 1, holderOrgId: taken.holder_org_id };
  }
  return null;
}

export async function stubNumbers(db: Db, tenantId: string, bookId: string): Promise<number[]> {
  const rows = await db.selectFrom('receipts').select('seq_no').where('tenant_id', '=', tenantId).where('book_id', '=', bookId).execute();
  return rows.map((r) => Number(r.seq_no));
}

export async function insertReceipt(db: Db, tenantId: string, r: Receipt) {
  await db
    .insertInto('receipts')
    .values({
      tenant_id: tenantId,
      id: r.id,
      book_id: r.bookId,
      seq_no: r.seqNo,
      number: r.number,
      office_id: r.officeId,
      payer: r.payer,
      items_json: JSON.stringify(r.items),
      amount_fen: r.amountFen,
      method: r.method,
      cashier_id: r.cashierId,
      cashier_name: r.cashierName,
      issued_at: r.issuedAt,
      order_id: r.orderId,
      payment_id: r.paymentId,
      voided_at: r.voidedAt,
      void_reason: r.voidReason,
      voided_by: r.voidedBy,
      reprints: r.reprints,
    })
    .execute();
}

export async function findReceipt(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('receipts as r')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.office_id'))
    .selectAll('r')
    .select(['o.path as office_path', 'o.name as office_name'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.id', '=', id)
    .executeTakeFirst();
  return r && { receipt: toReceipt(r), officePath: r.office_path, officeName: r.office_name };
}

export interface ReceiptQuery {
  scope: readonly string[];
  bookId?: string | undefined;
  orderId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
}
export type ReceiptRow = Receipt & { officeName: string; officePath: string };

const RECEIPT_SORT = { issuedAt: 'r.issued_at', number: 'r.number', amountFen: 'r.amount_fen' } as const;

function receiptsQuery(db: Db, tenantId: string, f: ReceiptQuery) {
  let q = db
    .selectFrom('receipts as r')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.office_id'))
    .selectAll('r')
    .select(['o.name as office_name', 'o.path as office_path'])
    .where('r.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.bookId) q = q.where('r.book_id', '=', f.bookId);
  if (f.orderId) q = q.where('r.order_id', '=', f.orderId);
  if (f.from) q = q.where('r.issued_at', '>=', f.from);
  if (f.to) q = q.where('r.issued_at', '<', f.to);
  if (f.q) {
    const text = f.q;
    // by the receipt's number, the payer, or the number of the order it was written for
    q = q.where((eb) =>
      eb.or([
        containsText(['r.number', 'r.payer'], text),
        eb.exists(
          eb
            .selectFrom('orders as ord')
            .select('ord.id')
            .whereRef('ord.tenant_id', '=', 'r.tenant_id')
            .whereRef('ord.id', '=', 'r.order_id')
            .where(containsText(['ord.number'], text)),
        ),
      ]),
    );
  }
  const { field, direction } = parseSort(f.sort, '-issuedAt');
  // the id (UUIDv7) breaks ties so a page boundary never repeats or skips a receipt
  return q.orderBy(RECEIPT_SORT[field as keyof typeof RECEIPT_SORT] ?? 'r.issued_at', direction).orderBy('r.id', direction);
}

const toRow = (r: Selectable<ReceiptTable> & { office_name: string; office_path: string }): ReceiptRow => ({
  ...toReceipt(r),
  officeName: r.office_name,
  officePath: r.office_path,
});

/** One page of receipts and the count over all pages. */
export async function listReceipts(db: Db, tenantId: string, f: ReceiptQuery, p: { page: number; pageSize: number }) {
  const { rows, total } = await fetchPage(receiptsQuery(db, tenantId, f), p.page, p.pageSize);
  return { rows: rows.map(toRow), total };
}

export async function markVoid(db: Db, tenantId: string, id: string, at: string, reason: string, by: string) {
  const res = await db
    .updateTable('receipts')
    .set({ voided_at: at, void_reason: reason, voided_by: by })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function countReprint(db: Db, tenantId: string, id: string) {
  await db.updateTable('receipts').set({ reprints: sql`reprints + 1` }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function insertRequest(db: Db, tenantId: string, r: BookRequest) {
  await db
    .insertInto('book_requests')
    .values({
      tenant_id: tenantId,
      id: r.id,
      org_id: r.orgId,
      requested_by: r.requestedBy,
      requested_by_name: r.requestedByName,
      cashier_id: r.cashierId,
      reason: r.reason,
      state: r.state,
      book_id: r.bookId,
      decline_reason: r.declineReason,
      created_at: r.createdAt,
      decided_at: r.decidedAt,
    })
    .execute();
}

export async function findRequest(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('book_requests as q')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'q.tenant_id').onRef('o.id', '=', 'q.org_id'))
    .selectAll('q')
    .select(['o.path as org_path'])
    .where('q.tenant_id', '=', tenantId)
    .where('q.id', '=', id)
    .executeTakeFirst();
  return r && { request: toRequest(r), orgPath: r.org_path };
}

export async function listRequests(db: Db, tenantId: string, scope: readonly string[]) {
  const rows = await db
    .selectFrom('book_requests as q')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'q.tenant_id').onRef('o.id', '=', 'q.org_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'q.tenant_id').onRef('u.id', '=', 'q.cashier_id'))
    .selectAll('q')
    .select(['o.name as org_name', 'o.path as org_path', 'u.display_name as cashier_name'])
    .where('q.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', scope))
    .orderBy('q.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({ ...toRequest(r), orgName: r.org_name, cashierName: r.cashier_name, orgPath: r.org_path }));
}

export async function decideRequest(
  db: Db,
  tenantId: string,
  id: string,
  state: RequestState,
  at: string,
  bookId: string | null,
  reason: string | null,
) {
  const res = await db
    .updateTable('book_requests')
    .set({ state, decided_at: at, book_id: bookId, decline_reason: reason })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Book requests of the subtrees still waiting for finance. */
export async function countPendingRequests(db: Db, tenantId: string, scope: readonly string[]) {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('book_requests as q')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'q.tenant_id').onRef('o.id', '=', 'q.org_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('q.tenant_id', '=', tenantId)
    .where('q.state', '=', 'pending')
    .where(pathWithin('o.path', scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
