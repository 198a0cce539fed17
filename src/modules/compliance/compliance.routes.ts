import { z } from 'zod';
import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportBreaches } from './compliance.export.js';
import * as s from './compliance.schemas.js';
import { compliancePage, monitorBreaches } from './compliance.service.js';
import { myNotifications, readAllNotifications, readNotification } from './notification.service.js';

export function complianceRoutes(app: App): void {
  const tags = ['compliance'];
  app.get(
    '/api/compliance',
    {
      config: { permissions: ['compliance.read'] },
      schema: {
        tags,
        summary: 'Every clause of the regulations with its live status for an org node (X5)',
        querystring: s.complianceQuery,
        response: { 200: s.complianceSchema, ...errorResponses },
      },
    },
    (req) => compliancePage(contextOf(req), req.query),
  );
  app.get(
    '/api/compliance/monitors/:monitorId/breaches',
    {
      config: { permissions: ['compliance.read'] },
      schema: {
        tags,
        summary: 'The current breaches of one monitor, each linking to its record',
        params: s.monitorParam,
        querystring: s.breachesQuery,
        response: { 200: s.breachesSchema, ...errorResponses },
      },
    },
    (req) => monitorBreaches(contextOf(req), req.params.monitorId, req.query, req.query.page, req.query.pageSize),
  );
  app.get(
    '/api/compliance/monitors/:monitorId/breaches/export.xlsx',
    {
      config: { permissions: ['compliance.read'] },
      schema: {
        ...exportSchema,
        summary: 'Every breach of one monitor for the node and period, as Excel (at most 10,000 rows)',
        params: s.monitorParam,
        querystring: s.breachesExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, ...q } = req.query;
      const file = await exportBreaches(contextOf(req), req.params.monitorId, q, printLocale(lang));
      return sendXlsx(reply, `breaches-${req.params.monitorId}.xlsx`, file);
    },
  );
  app.get(
    '/api/notifications',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'My notifications, unread first',
        querystring: s.notificationsQuery,
        response: { 200: s.notificationsSchema, ...errorResponses },
      },
    },
    (req) => myNotifications(contextOf(req), req.query.limit),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: idParam,
        response: { 200: s.notificationSchema, ...errorResponses },
      },
    },
    (req) => readNotification(contextOf(req), req.params.id),
  );
  app.post(
    '/api/notifications/read-all',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: z.object({ marked: z.number().int() }), ...errorResponses },
      },
    },
    (req) => readAllNotifications(contextOf(req)),
  );
}
