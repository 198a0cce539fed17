import { z } from 'zod';
import { toWorkbook, XLSX, yuanColumn } from '../../platform/export/xlsx.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { formatFen } from '../../platform/money.js';
import { printLocale, translator } from '../../platform/print/messages.js';
import { listRemittances } from './custody.service.js';
import * as invoices from './invoice.service.js';
import * as s from './money.schemas.js';
import { renderReceipt } from './receipt.print.js';
import { exportReceipts } from './receipt.service.js';
import { reconciliationMessages } from './reconciliation.messages.js';
import { bookChecks, reconciliation } from './reconciliation.service.js';
import * as statements from './statement.service.js';

export function moneyReportRoutes(app: App): void {
  const tags = ['invoices and reconciliation'];
  app.post(
    '/api/orders/:id/invoice',
    {
      schema: {
        tags,
        summary: 'Record the invoice of an accepted order (A7.4.8)',
        params: idParam,
        body: s.recordInvoiceBody,
        response: { 201: s.invoiceSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await invoices.recordInvoice(contextOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/orders/:id/invoice',
    {
      schema: {
        tags,
        summary: 'The invoice of an order, if any, and its delivery deadline by the server’s clock (A7.4.8)',
        params: idParam,
        response: { 200: s.orderInvoiceSchema, ...errorResponses },
      },
    },
    (req) => invoices.invoiceOfOrder(contextOf(req), req.params.id),
  );
  app.get(
    '/api/statements/:id',
    {
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
      schema: {
        tags,
        summary: 'Books not returned, number gaps, invoices late (A2.4.3, A7.4.8)',
        response: { 200: s.checksSchema, ...errorResponses },
      },
    },
    async (req) => {
      const ctx = contextOf(req);
      return { ...(await bookChecks(ctx)), lateInvoices: await invoices.lateInvoices(ctx) };
    },
  );
  app.get(
    '/api/reconciliation',
    {
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

  const xlsx = { tags: ['exports'], produces: [XLSX] };
  app.get(
    '/api/reconciliation/export.xlsx',
    { schema: { ...xlsx, summary: 'The reconciliation report as Excel', querystring: s.periodExportQuery } },
    async (req, reply) => {
      const { lang, ...period } = req.query;
      const r = await reconciliation(contextOf(req), period);
      const tr = translator(reconciliationMessages, printLocale(lang));
      type Row = (typeof r.differences)[number];
      const file = await toWorkbook(
        tr('sheet'),
        [
          { header: tr('kind'), width: 26, value: (d: Row) => tr(`${d.kind}.label`) },
          { header: tr('ref'), width: 26, value: (d: Row) => d.ref },
          yuanColumn<Row>(tr('amount'), (d) => d.amountFen),
          {
            header: tr('detail'),
            width: 44,
            value: (d: Row) => tr(`${d.kind}.detail`, { actual: formatFen(d.amountFen), expected: formatFen(d.expectedFen ?? 0) }),
          },
        ],
        r.differences,
      );
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="reconciliation-${req.query.from}-${req.query.to}.xlsx"`)
        .send(file);
    },
  );
  app.get(
    '/api/receipts/export.xlsx',
    { schema: { ...xlsx, summary: 'Receipts as Excel', querystring: s.receiptExportQuery } },
    async (req, reply) => {
      const rows = await exportReceipts(contextOf(req), req.query);
      type R = (typeof rows)[number];
      const file = await toWorkbook<R>(
        '收据',
        [
          { header: '收据号', width: 14, value: (r) => r.number },
          { header: '管理处', width: 18, value: (r) => r.officeName },
          { header: '付款人', width: 14, value: (r) => r.payer },
          yuanColumn<R>('金额', (r) => r.amountFen),
          { header: '方式', width: 10, value: (r) => r.method },
          { header: '收费员', width: 10, value: (r) => r.cashierName },
          { header: '开具时间', width: 22, value: (r) => r.issuedAt },
          { header: '作废原因', width: 24, value: (r) => r.voidReason },
        ],
        rows,
      );
      return reply.type(XLSX).header('content-disposition', 'attachment; filename="receipts.xlsx"').send(file);
    },
  );
  app.get('/api/remittances/export.xlsx', { schema: { ...xlsx, summary: 'Remittances as Excel' } }, async (req, reply) => {
    const rows = await listRemittances(contextOf(req));
    type R = (typeof rows)[number];
    const file = await toWorkbook<R>(
      '上缴',
      [
        { header: '管理处', width: 18, value: (r) => r.officeName },
        { header: '收费员', width: 10, value: (r) => r.cashierName },
        { header: '期间起', width: 12, value: (r) => r.periodFrom },
        { header: '期间止', width: 12, value: (r) => r.periodTo },
        yuanColumn<R>('金额', (r) => r.totalFen),
        { header: '状态', width: 10, value: (r) => r.state },
        { header: '财务确认', width: 22, value: (r) => r.confirmedAt },
      ],
      rows,
    );
    return reply.type(XLSX).header('content-disposition', 'attachment; filename="remittances.xlsx"').send(file);
  });
}
