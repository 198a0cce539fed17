import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportPasses } from './parking-pass.export.js';
import * as s from './parking-pass.schemas.js';
import * as passes from './parking-pass.service.js';

const tags = ['parking'];

/** Monthly passes (月卡, A2.4.1.2): list, export, one, issue (billed with the property bills), cancel. */
export function passRoutes(app: App): void {
  app.get(
    '/api/parking/passes',
    {
      config: { permissions: ['estates.read', 'parking.passes', 'parking.read'] },
      schema: {
        tags,
        summary: 'Monthly passes of the caller’s offices',
        querystring: s.passListQuery,
        response: { 200: s.passPage, ...errorResponses },
      },
    },
    (req) => passes.listPasses(contextOf(req), req.query),
  );
  app.get(
    '/api/parking/passes/export.xlsx',
    {
      config: { permissions: ['estates.read', 'parking.passes', 'parking.read'] },
      schema: { ...exportSchema, summary: 'The passes the list selects, as Excel', querystring: s.passExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'parking-passes.xlsx', await exportPasses(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/parking/passes/quote',
    {
      config: { permissions: ['parking.passes', 'parking.read'] },
      schema: {
        tags,
        summary: 'What a pass would cost, or why it would be refused (nothing is written)',
        querystring: s.passQuoteQuery,
        response: { 200: s.passQuoteSchema, ...errorResponses },
      },
    },
    (req) => passes.quotePass(contextOf(req), { ...req.query, spaceId: req.query.spaceId ?? null }),
  );
  app.get(
    '/api/parking/passes/:id',
    {
      config: { permissions: ['parking.passes', 'parking.read'] },
      schema: {
        tags,
        summary: 'One monthly pass with its months’ bills',
        params: idParam,
        response: { 200: s.passSchema, ...errorResponses },
      },
    },
    (req) => passes.getPass(contextOf(req), req.params.id),
  );
  app.post(
    '/api/parking/passes',
    {
      config: { permissions: ['parking.passes', 'parking.read'] },
      schema: {
        tags,
        summary: 'Issue a monthly pass: every month becomes a property bill of the unit',
        body: s.issuePassBody,
        response: { 201: s.passSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await passes.issuePass(contextOf(req), req.body)),
  );
  app.post(
    '/api/parking/passes/:id/cancel',
    {
      config: { permissions: ['parking.passes', 'parking.read'] },
      schema: {
        tags,
        summary: 'Cancel a pass: later open months are withdrawn',
        params: idParam,
        body: s.cancelPassBody,
        response: { 200: s.passSchema, ...errorResponses },
      },
    },
    (req) => passes.cancelPass(contextOf(req), req.params.id, req.body),
  );
}
