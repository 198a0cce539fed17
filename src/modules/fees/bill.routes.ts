import { XLSX } from '../../platform/export/xlsx.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { approveAdjustment, rejectAdjustment, requestAdjustment } from './adjustment.service.js';
import { exportBills } from './bill.export.js';
import * as s from './bill.schemas.js';
import { getBill, listBills } from './bill.service.js';
import { getBillRun, listBillRuns, startBillRun } from './bill-run.service.js';

const tags = ['fees'];

export function billRoutes(app: App): void {
  app.post(
    '/api/bill-runs',
    {
      config: { permissions: ['fees.bills.run'] },
      schema: {
        tags,
        summary: 'Start (or go on with, or run again) the monthly bill run of an estate (A2.4.1.1)',
        body: s.startBillRunBody,
        response: { 202: s.billRunSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(202).send(await startBillRun(contextOf(req), req.body)),
  );
  app.get(
    '/api/bill-runs',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Bill runs, newest month first',
        querystring: s.billRunListQuery,
        response: { 200: s.billRunPage, ...errorResponses },
      },
    },
    (req) => listBillRuns(contextOf(req), req.query),
  );
  app.get(
    '/api/bill-runs/:id',
    {
      config: { permissions: ['fees.bills.run', 'fees.read'] },
      schema: { tags, summary: 'One bill run with its progress', params: idParam, response: { 200: s.billRunSchema, ...errorResponses } },
    },
    (req) => getBillRun(contextOf(req), req.params.id),
  );
  app.get(
    '/api/bills',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Bills of the caller’s offices',
        querystring: s.billListQuery,
        response: { 200: s.billPage, ...errorResponses },
      },
    },
    (req) => listBills(contextOf(req), req.query),
  );
  app.get(
    '/api/bills/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: { tags: ['exports'], produces: [XLSX], summary: 'The bills the list shows, as Excel', querystring: s.billExportQuery },
    },
    async (req, reply) => {
      const { lang, page: _p, pageSize: _s, ...f } = req.query;
      const file = await exportBills(contextOf(req), f, printLocale(lang));
      return reply.type(XLSX).header('content-disposition', 'attachment; filename="bills.xlsx"').send(file);
    },
  );
  app.get(
    '/api/bills/:id',
    {
      config: { permissions: ['fees.adjustments.approve', 'fees.adjustments.request', 'fees.read'] },
      schema: { tags, summary: 'One bill with its adjustments', params: idParam, response: { 200: s.billSchema, ...errorResponses } },
    },
    (req) => getBill(contextOf(req), req.params.id),
  );
  app.post(
    '/api/bills/:id/adjustments',
    {
      config: { permissions: ['fees.adjustments.approve', 'fees.adjustments.request', 'fees.read'] },
      schema: {
        tags,
        summary: 'Ask for an adjustment of a bill (reduction or correction) with a reason',
        params: idParam,
        body: s.requestAdjustmentBody,
        response: { 201: s.billSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await requestAdjustment(contextOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/fee-adjustments/:id/approve',
    {
      config: { permissions: ['fees.adjustments.approve', 'fees.adjustments.request', 'fees.read'] },
      schema: {
        tags,
        summary: 'Approve an adjustment as the office head: it changes what is due',
        params: idParam,
        body: s.approveAdjustmentBody,
        response: { 200: s.billSchema, ...errorResponses },
      },
    },
    (req) => approveAdjustment(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/fee-adjustments/:id/reject',
    {
      config: { permissions: ['fees.adjustments.approve', 'fees.adjustments.request', 'fees.read'] },
      schema: {
        tags,
        summary: 'Reject an adjustment as the office head, with a reason',
        params: idParam,
        body: s.rejectAdjustmentBody,
        response: { 200: s.billSchema, ...errorResponses },
      },
    },
    (req) => rejectAdjustment(contextOf(req), req.params.id, req.body),
  );
}
