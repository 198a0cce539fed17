import { z } from 'zod';
import { errorResponses, idempotencyHeaders, idParam } from '../../platform/http/common.schemas.js';
import { answerOnce } from '../../platform/http/idempotent.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as custody from './custody.service.js';
import * as s from './money.schemas.js';
import * as receipts from './receipt.service.js';
import * as books from './receipt-book.service.js';

export function moneyRoutes(app: App): void {
  const tags = ['receipt books'];
  app.get(
    '/api/receipt-books',
    {
      config: { permissions: ['finance.custodian', 'receipts.read'] },
      schema: {
        tags,
        summary: 'Receipt books in stock and out with cashiers',
        querystring: s.bookQuery,
        response: { 200: z.array(s.bookSchema), ...errorResponses },
      },
    },
    (req) => books.listBooks(contextOf(req), req.query.state),
  );
  app.get(
    '/api/receipt-books/:id',
    {
      config: { permissions: ['finance.custodian', 'receipts.read'] },
      schema: { tags, summary: 'One book with its stubs', params: idParam, response: { 200: s.bookDetailSchema, ...errorResponses } },
    },
    (req) => books.getBook(contextOf(req), req.params.id),
  );
  app.post(
    '/api/receipt-books',
    {
      config: { permissions: ['finance.custodian'] },
      schema: {
        tags,
        summary: 'Register a book into finance’s stock',
        body: s.registerBookBody,
        response: { 201: s.bookSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await books.registerBook(contextOf(req), req.body)),
  );
  app.post(
    '/api/receipt-books/:id/settle',
    {
      config: { permissions: ['finance.custodian'] },
      schema: {
        tags,
        summary: 'Settle (核销) a used-up book against its stubs',
        params: idParam,
        response: { 200: s.bookSchema, ...errorResponses },
      },
    },
    (req) => books.settleBook(contextOf(req), req.params.id),
  );
  app.get(
    '/api/book-requests',
    {
      config: { permissions: ['finance.custodian', 'receipts.request'] },
      schema: { tags, summary: 'Requests for books', response: { 200: z.array(s.requestSchema), ...errorResponses } },
    },
    (req) => books.listRequests(contextOf(req)),
  );
  app.post(
    '/api/book-requests',
    {
      config: { permissions: ['finance.custodian', 'receipts.request'] },
      schema: {
        tags,
        summary: 'Ask finance for a book for a cashier',
        body: s.requestBookBody,
        response: { 201: s.requestSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await books.requestBook(contextOf(req), req.body)),
  );
  app.post(
    '/api/book-requests/:id/issue',
    {
      config: { permissions: ['finance.custodian'] },
      schema: {
        tags,
        summary: 'Hand a book from stock to the requested cashier',
        params: idParam,
        body: s.issueBookBody,
        response: { 200: s.bookSchema, ...errorResponses },
      },
    },
    (req) => books.issueBook(contextOf(req), req.params.id, req.body.bookId),
  );
  app.post(
    '/api/book-requests/:id/decline',
    {
      config: { permissions: ['finance.custodian'] },
      schema: {
        tags,
        summary: 'Decline a request with a reason',
        params: idParam,
        body: s.declineBody,
        response: { 200: s.requestSchema.omit({ orgName: true, cashierName: true }), ...errorResponses },
      },
    },
    (req) => books.declineRequest(contextOf(req), req.params.id, req.body.reason),
  );

  const rtags = ['receipts'];
  app.get(
    '/api/receipts',
    {
      config: { permissions: ['receipts.issue', 'receipts.read'] },
      schema: {
        tags: rtags,
        summary: 'Receipts of the caller’s offices',
        querystring: s.receiptQuery,
        response: { 200: s.receiptPage, ...errorResponses },
      },
    },
    (req) => receipts.listReceipts(contextOf(req), req.query),
  );
  app.get(
    '/api/receipts/:id',
    {
      config: { permissions: ['receipts.issue', 'receipts.read'] },
      schema: { tags: rtags, summary: 'One receipt', params: idParam, response: { 200: s.receiptDetailSchema, ...errorResponses } },
    },
    (req) => receipts.getReceipt(contextOf(req), req.params.id),
  );
  app.post(
    '/api/receipts/:id/void',
    {
      config: { permissions: ['receipts.issue', 'receipts.read'] },
      schema: {
        tags: rtags,
        summary: 'Void a receipt (kept with its number and reason)',
        params: idParam,
        body: s.voidBody,
        response: { 200: s.receiptDetailSchema, ...errorResponses },
      },
    },
    (req) => receipts.voidReceipt(contextOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/receipts/:id/replace',
    {
      config: { permissions: ['receipts.issue', 'receipts.read'] },
      schema: {
        tags: rtags,
        summary: 'Write a replacement for a voided receipt (new number, same payment)',
        params: idParam,
        response: { 201: s.receiptDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await receipts.replaceReceipt(contextOf(req), req.params.id)),
  );
  app.post(
    '/api/receipts/:id/reprint',
    {
      config: { permissions: ['receipts.issue', 'receipts.read'] },
      schema: {
        tags: rtags,
        summary: 'Record a reprint (the copy says 重印)',
        params: idParam,
        response: { 200: s.receiptDetailSchema, ...errorResponses },
      },
    },
    (req) => receipts.reprintReceipt(contextOf(req), req.params.id),
  );

  const ctags = ['cash custody'];
  app.get(
    '/api/cash-in-hand',
    {
      config: { permissions: 'any' },
      schema: {
        tags: ctags,
        summary: 'Money in hand: per person, the cash they hold and since when (A7.4.7)',
        response: { 200: s.cashInHandSchema, ...errorResponses },
      },
    },
    (req) => custody.cashInHand(contextOf(req)),
  );
  app.get(
    '/api/handovers',
    {
      config: { permissions: 'any' },
      schema: {
        tags: ctags,
        summary: 'My hand-overs, given and received',
        response: { 200: z.array(s.handoverSchema), ...errorResponses },
      },
    },
    (req) => custody.listHandovers(contextOf(req)),
  );
  app.get(
    '/api/handovers/receivers',
    {
      config: { permissions: 'any' },
      schema: {
        tags: ctags,
        summary: 'Whom the caller may hand an office’s cash to, by the relay the office follows (A7.4.7)',
        querystring: s.receiversQuery,
        response: { 200: s.receiversSchema, ...errorResponses },
      },
    },
    (req) => custody.handoverReceivers(contextOf(req), req.query.officeId),
  );
  app.post(
    '/api/handovers',
    {
      config: { permissions: ['orders.assign', 'orders.pay', 'orders.work', 'parking.collect', 'parking.supervise', 'receipts.issue'] },
      schema: {
        tags: ctags,
        summary: 'Offer cash to the next person; it moves when they confirm',
        body: s.offerHandoverBody,
        response: { 201: s.handoverSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await custody.offerHandover(contextOf(req), req.body)),
  );
  app.post(
    '/api/handovers/:id/confirm',
    {
      config: { permissions: ['orders.assign', 'orders.pay', 'orders.work', 'parking.collect', 'parking.supervise', 'receipts.issue'] },
      schema: {
        tags: ctags,
        summary: 'The receiver confirms the cash (a cashier writes receipts now)',
        params: idParam,
        response: { 200: s.handoverSchema, ...errorResponses },
      },
    },
    (req) => custody.confirmHandover(contextOf(req), req.params.id),
  );
  app.post(
    '/api/handovers/:id/refuse',
    {
      config: { permissions: ['orders.assign', 'orders.pay', 'orders.work', 'parking.collect', 'parking.supervise', 'receipts.issue'] },
      schema: {
        tags: ctags,
        summary: 'The receiver refuses, with a reason',
        params: idParam,
        body: s.declineBody,
        response: { 200: s.handoverSchema, ...errorResponses },
      },
    },
    (req) => custody.refuseHandoverOffer(contextOf(req), req.params.id, req.body.reason),
  );
  app.get(
    '/api/remittances',
    {
      config: { permissions: ['finance.custodian', 'orders.pay', 'receipts.read'] },
      schema: { tags: ctags, summary: 'Remittances (上缴) to finance', response: { 200: z.array(s.remittanceSchema), ...errorResponses } },
    },
    (req) => custody.listRemittances(contextOf(req)),
  );
  app.post(
    '/api/remittances',
    {
      config: { permissions: ['finance.custodian', 'receipts.issue'] },
      schema: {
        tags: ctags,
        summary:
          'Hand collected payments to finance. Send an Idempotency-Key: the same key and request answer with the batch as it is now (header Idempotent-Replayed: true); the same key with another request answers 422 idempotency.key_reused',
        headers: idempotencyHeaders,
        body: s.createRemittanceBody,
        response: { 201: s.remittanceSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await answerOnce(req, reply, custody.remittanceOnce(req.body))),
  );
  app.post(
    '/api/remittances/:id/confirm',
    {
      config: { permissions: ['finance.custodian'] },
      schema: {
        tags: ctags,
        summary: 'Finance confirms the amount received',
        params: idParam,
        body: s.confirmRemittanceBody,
        response: { 200: s.remittanceSchema, ...errorResponses },
      },
    },
    (req) => custody.confirmRemittance(contextOf(req), req.params.id, req.body.receivedFen),
  );
  app.post(
    '/api/remittances/:id/return',
    {
      config: { permissions: ['finance.custodian'] },
      schema: {
        tags: ctags,
        summary: 'Finance returns the batch to the cashier with the reason (退回); its cash is the cashier’s again',
        params: idParam,
        body: s.returnRemittanceBody,
        response: { 200: s.remittanceSchema, ...errorResponses },
      },
    },
    (req) => custody.returnRemittance(contextOf(req), req.params.id, req.body),
  );
}
