import { z } from 'zod';
import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as invoices from './invoice.service.js';
import { exportBooks, exportReceipts, exportRemittances } from './money.export.js';
import * as s from './money.schemas.js';
import { renderReceipt } from './receipt.print.js';
import { reconciliationWorkbook } from './reconciliation.export.js';
import { bookChecks, checksUnit, reconciliation } from './reconciliation.service.js';
import * as statements from './statement.service.js';

export function moneyReportRoutes(app: App): void {
  const tags = ['invoices and reconciliation'];
  app.get(
    '/api/statements/:id',
    {
      config: { permissions: ['orders.read', 'receipts.issue', 'receipts.read'] },
      schema: {
        tags,
        summary: 'One monthly statement of an agreement paid monthly: its visits, payment, receipt and invoice',
        params: idParam,
        response: { 200: s.statementSchema, ...errorResponses },
      },
    },
    (req) => statements.getStatement(contextOf(req), req.params.id),
  );
  app.post(
    '/api/statements/:id/pay',
    {
      config: { permissions: ['orders.read', 'receipts.issue', 'receipts.read'] },
      schema: {
        tags,
        summary: 'The cashier takes the month’s one payment for a statement, with a receipt; its visits are paid (A7.4.3)',
        params: idParam,
        body: s.payStatementBody,
        response: { 200: s.statementSchema, ...errorResponses },
      },
    },
    (req) => statements.payStatement(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/statements/:id/invoice',
    {
      config: { permissions: ['orders.read', 'receipts.issue', 'receipts.read'] },
      schema: {
        tags,
        summary: 'Record the one invoice of a monthly statement (A7.4.8)',
        params: idParam,
        body: s.recordInvoiceBody,
        response: { 201: s.invoiceSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await statements.recordStatementInvoice(contextOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/invoices/:id/deliver',
    {
      config: { permissions: ['receipts.issue'] },
      schema: {
        tags,
        summary: 'The invoice reached the owner',
        params: idParam,
        body: s.deliverBody,
        response: { 200: s.invoiceSchema, ...errorResponses },
      },
    },
    (req) => invoices.deliverInvoice(contextOf(req), req.params.id, req.body.note),
  );
  app.get(
    '/api/money/checks',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Books not returned, number gaps, invoices late (A2.4.3, A7.4.8), of one unit when `officeId` says',
        querystring: s.checksQuery,
        response: { 200: s.checksSchema, ...errorResponses },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      const within = await checksUnit(ctx, req.query.officeId);
      return { ...(await bookChecks(ctx, within)), lateInvoices: await invoices.lateInvoices(ctx, within) };
    },
  );
  app.get(
    '/api/reconciliation',
    {
      config: { permissions: ['receipts.read'] },
      schema: {
        tags,
        summary: 'Orders ↔ payments ↔ receipts ↔ hand-overs ↔ remittances ↔ invoices, with differences',
        querystring: s.periodQuery,
        response: { 200: s.reconciliationSchema, ...errorResponses },
      },
    },
    (req) => reconciliation(contextOf(req), req.query),
  );

  app.get(
    '/api/receipts/:id/print',
    {
      config: { permissions: ['receipts.issue', 'receipts.read'] },
      schema: {
        tags: ['receipts'],
        summary: 'The printed receipt: receipt-printer size, or A4 with the stub copy (HTML)',
        params: idParam,
        querystring: z.strictObject({ size: z.enum(['receipt', 'a4']).optional(), lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(await renderReceipt(contextOf(req), req.params.id, printLocale(req.query.lang), req.query.size ?? 'receipt')),
  );

  app.get(
    '/api/reconciliation/export.xlsx',
    {
      config: { permissions: ['receipts.read'] },
      schema: { ...exportSchema, summary: 'The reconciliation report as Excel', querystring: s.periodExportQuery },
    },
    async (req, reply) => {
      const { lang, ...period } = req.query;
      const r = await reconciliation(contextOf(req), period);
      const file = await reconciliationWorkbook(r, printLocale(lang));
      return sendXlsx(reply, `reconciliation-${req.query.from}-${req.query.to}.xlsx`, file);
    },
  );
  app.get(
    '/api/receipts/export.xlsx',
    {
      config: { permissions: ['receipts.issue', 'receipts.read'] },
      schema: {
        ...exportSchema,
        summary: 'The receipts the list selects with these filters, search and sort, every page, as Excel (at most 10,000 rows)',
        querystring: s.receiptExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, ...filters } = req.query;
      return sendXlsx(reply, 'receipts.xlsx', await exportReceipts(contextOf(req), filters, printLocale(lang)));
    },
  );
  app.get(
    '/api/remittances/export.xlsx',
    {
      config: { permissions: ['finance.custodian', 'orders.pay', 'receipts.read'] },
      schema: { ...exportSchema, summary: 'The remittances the list shows, as Excel', querystring: s.remittanceExportQuery },
    },
    async (req, reply) => sendXlsx(reply, 'remittances.xlsx', await exportRemittances(contextOf(req), printLocale(req.query.lang))),
  );
  app.get(
    '/api/receipt-books/export.xlsx',
    {
      config: { permissions: ['finance.custodian', 'receipts.read'] },
      schema: { ...exportSchema, summary: 'The receipt books the list shows with this filter, as Excel', querystring: s.bookExportQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, 'receipt-books.xlsx', await exportBooks(contextOf(req), req.query.state, printLocale(req.query.lang))),
  );
}
