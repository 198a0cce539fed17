import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as s from './parking-collection.schemas.js';
import * as collect from './parking-collection.service.js';
import { exportDailyReport } from './parking-report.export.js';
import { dailyReport } from './parking-report.service.js';

const tags = ['parking'];

/** Collection of temporary-parking charges at the gate, its receipts, and the daily parking report (A2.4.1.2). */
export function collectionRoutes(app: App): void {
  app.get(
    '/api/parking/collect/stays',
    {
      config: { permissions: ['parking.collect', 'parking.supervise'] },
      schema: {
        tags,
        summary: '待收停车费: charged, unpaid stays of the car parks where the caller collects or supervises, latest exit first',
        querystring: s.dueStayQuery,
        response: { 200: s.dueStayPage, ...errorResponses },
      },
    },
    (req) => collect.listDueStays(contextOf(req), req.query),
  );
  app.get(
    '/api/parking/collect/stays/:id',
    {
      config: { permissions: ['parking.collect', 'parking.read', 'parking.supervise'] },
      schema: {
        tags,
        summary: 'One stay for collection: its charge, the standard, and how it was settled',
        params: idParam,
        response: { 200: s.collectStayDetail, ...errorResponses },
      },
    },
    (req) => collect.getCollectStay(contextOf(req), req.params.id),
  );
  app.post(
    '/api/parking/collect/stays/:id',
    {
      config: { permissions: ['parking.collect', 'parking.read'] },
      schema: {
        tags,
        summary: 'Collect a due stay’s charge with a receipt from the collector’s book; cash goes into their custody',
        params: idParam,
        body: s.collectBody,
        response: { 200: s.collectStayDetail, ...errorResponses },
      },
    },
    (req) => collect.collectStay(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/parking/collect/stays/:id/waive',
    {
      config: { permissions: ['parking.read', 'parking.supervise'] },
      schema: {
        tags,
        summary: 'Waive a due stay’s charge with a reason; the supervisor is recorded as the approver',
        params: idParam,
        body: s.waiveBody,
        response: { 200: s.collectStayDetail, ...errorResponses },
      },
    },
    (req) => collect.waiveStay(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/parking/collections/:id/receipt',
    {
      config: { permissions: ['parking.read', 'receipts.issue'] },
      schema: {
        tags,
        summary: 'The printed receipt of a parking collection (HTML), for whoever may read the collection',
        params: idParam,
        querystring: s.receiptPrintQuery,
      },
    },
    async (req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          await collect.printCollectionReceipt(contextOf(req), req.params.id, printLocale(req.query.lang), req.query.size ?? 'receipt'),
        ),
  );
  app.get(
    '/api/parking/reports/daily',
    {
      config: { permissions: ['parking.read'] },
      schema: {
        tags,
        summary: '停车日报: per car park and business day, stays, charged, collected, waived (with reason and approver), due',
        querystring: s.dailyReportQuery,
        response: { 200: s.dailyReportSchema, ...errorResponses },
      },
    },
    (req) => dailyReport(contextOf(req), req.query),
  );
  app.get(
    '/api/parking/reports/daily/export.xlsx',
    {
      config: { permissions: ['parking.read'] },
      schema: { ...exportSchema, summary: 'The daily parking report as Excel', querystring: s.dailyReportExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'parking-daily.xlsx', await exportDailyReport(contextOf(req), f, printLocale(lang)));
    },
  );
}
