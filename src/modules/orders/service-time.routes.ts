import { errorResponses } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './service-time.schemas.js';
import { serviceTimes } from './service-time.service.js';

export function serviceTimeRoutes(app: App): void {
  app.get(
    '/api/service-times',
    {
      config: { permissions: ['orders.read'] },
      schema: {
        tags: ['orders'],
        summary: 'A4.7 service standard: wait and repair time of the month’s finished orders in business hours, per person',
        querystring: s.serviceTimeQuery,
        response: { 200: s.serviceTimeReport, ...errorResponses },
      },
    },
    (req) => serviceTimes(contextOf(req), req.query),
  );
}
