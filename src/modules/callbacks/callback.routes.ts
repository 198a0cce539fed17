import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportCallbacks } from './callback.export.js';
import * as s from './callback.schemas.js';
import * as callbacks from './callback.service.js';
import { getDraw } from './callback-draw.service.js';
import { satisfaction } from './satisfaction.service.js';

const tags = ['callbacks'];
const one = { 200: s.callbackDetailSchema, ...errorResponses };

export function callbackRoutes(app: App): void {
  app.get(
    '/api/callbacks',
    {
      config: { permissions: ['callbacks.read', 'callbacks.record'] },
      schema: {
        tags,
        summary: 'Callbacks of a month and its draws (A7.4.10)',
        querystring: s.callbackListQuery,
        response: { 200: s.callbackPage, ...errorResponses },
      },
    },
    (req) => callbacks.listCallbacks(contextOf(req), req.query),
  );
  app.get(
    '/api/callbacks/export.xlsx',
    {
      config: { permissions: ['callbacks.read', 'callbacks.record'] },
      schema: {
        ...exportSchema,
        summary: 'The callbacks the list shows for this node, month and state, as Excel',
        querystring: s.callbackExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, ...filters } = req.query;
      const { month, file } = await exportCallbacks(contextOf(req), filters, printLocale(lang));
      return sendXlsx(reply, `callbacks-${month}.xlsx`, file);
    },
  );
  app.get(
    '/api/callbacks/:id',
    {
      config: { permissions: ['callbacks.read', 'callbacks.record'] },
      schema: { tags, summary: 'One callback', params: idParam, response: one },
    },
    (req) => callbacks.getCallback(contextOf(req), req.params.id),
  );
  app.post(
    '/api/orders/:id/callback',
    {
      config: { permissions: ['callbacks.read', 'callbacks.record', 'orders.read', 'orders.work'] },
      schema: { tags, summary: 'Record the callback of a sampled order', params: idParam, body: s.recordBody, response: one },
    },
    (req) => callbacks.recordCallback(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/callbacks/:id/follow-up',
    {
      config: { permissions: ['callbacks.read', 'callbacks.record'] },
      schema: {
        tags,
        summary: 'Open a complaint follow-up from a dissatisfied callback: it is taken as a complaint (channel callback) in feedback',
        params: idParam,
        body: s.openFollowUpBody,
        response: one,
      },
    },
    (req) => callbacks.openFollowUp(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/callbacks/:id/follow-up/close',
    {
      config: { permissions: ['callbacks.read', 'callbacks.record'] },
      schema: {
        tags,
        summary: 'Close a follow-up that has no complaint (one with a complaint closes with it: 422 callback.follow_up_is_complaint)',
        params: idParam,
        body: s.closeFollowUpBody,
        response: one,
      },
    },
    (req) => callbacks.closeFollowUp(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/callback-draws/:id',
    {
      config: { permissions: ['callbacks.read'] },
      schema: {
        tags,
        summary: 'A draw with its seed, candidates and the sample recomputed',
        params: idParam,
        response: { 200: s.drawSchema, ...errorResponses },
      },
    },
    (req) => getDraw(contextOf(req), req.params.id),
  );
  app.get(
    '/api/satisfaction',
    {
      config: { permissions: ['callbacks.read'] },
      schema: {
        tags,
        summary: 'Satisfaction rate: the month, its 12-month trend, per staff',
        querystring: s.satisfactionQuery,
        response: { 200: s.satisfactionSchema, ...errorResponses },
      },
    },
    (req) => satisfaction(contextOf(req), req.query),
  );
}
