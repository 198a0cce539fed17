import { z } from 'zod';
import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportHistory, recordHistory } from './history.service.js';

const eventSchema = z.object({
  seq: z.number().int(),
  at: z.string().describe("When it happened by the application's clock (simulated when a demo server's clock was moved)"),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string().describe('What was done, e.g. user.create'),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  recordedAt: z.string().nullable().describe('The wall time it was written (null on events from before it was kept)'),
  clockMoved: z.boolean().describe('Written under a moved demo clock: `at` is simulated, `recordedAt` is real'),
  names: z
    .record(z.string(), z.string())
    .describe("The names of the users, organisation nodes and other records (a price list, a unit) the event's values name by id"),
});

export function historyRoutes(app: App): void {
  // every entity some module's manifest has a history reader for
  const entities = [...app.deps.modules.historyReaders.keys()] as [string, ...string[]];
  const params = z.strictObject({ entity: z.enum(entities), id: z.uuid() });
  app.get(
    '/api/history/:entity/:id',
    {
      config: { permissions: 'any' },
      schema: {
        tags: ['history'],
        summary: 'Audit trail of one record (X1)',
        params,
        response: { 200: z.array(eventSchema), ...errorResponses },
      },
    },
    (req) => recordHistory(contextOf(req), req.params.entity, req.params.id),
  );
  app.get(
    '/api/history/:entity/:id/export.xlsx',
    {
      config: { permissions: ['orders.read', 'orders.work', 'users.manage', 'users.read'] },
      schema: {
        tags: ['history', 'exports'],
        summary: 'Audit trail of one record as Excel (X1)',
        params,
        querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional().describe('Language of the headers and actions') }),
        produces: exportSchema.produces,
      },
    },
    async (req, reply) => {
      const file = await exportHistory(contextOf(req), req.params.entity, req.params.id, printLocale(req.query.lang));
      return sendXlsx(reply, `history-${req.params.entity}-${req.params.id}.xlsx`, file);
    },
  );
}
