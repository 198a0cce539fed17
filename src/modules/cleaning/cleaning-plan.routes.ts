import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './cleaning-plan.schemas.js';
import * as plans from './cleaning-plan.service.js';

const tags = ['cleaning'];
const one = { 200: s.planSchema, ...errorResponses };

/** Inspection plans (A6.3): who checks which areas of an estate, at which level, how often. */
export function planRoutes(app: App): void {
  app.get(
    '/api/cleaning/plans',
    {
      config: { permissions: ['cleaning.plan', 'cleaning.read'] },
      schema: {
        tags,
        summary: 'Inspection plans of your estates',
        querystring: s.planListQuery,
        response: { 200: s.planPage, ...errorResponses },
      },
    },
    (req) => plans.listPlans(contextOf(req), req.query),
  );
  app.post(
    '/api/cleaning/plans',
    {
      config: { permissions: ['cleaning.plan', 'cleaning.read'] },
      schema: {
        tags,
        summary: 'Set up a plan; its current period’s inspections are planned at once',
        body: s.planCreateBody,
        response: one,
      },
    },
    (req) => plans.createPlan(contextOf(req), req.body),
  );
  app.get(
    '/api/cleaning/plans/:id',
    {
      config: { permissions: ['cleaning.plan', 'cleaning.read'] },
      schema: { tags, summary: 'One inspection plan', params: idParam, response: one },
    },
    (req) => plans.getPlan(contextOf(req), req.params.id),
  );
  app.put(
    '/api/cleaning/plans/:id',
    {
      config: { permissions: ['cleaning.plan', 'cleaning.read'] },
      schema: { tags, summary: 'Change or stop a plan (from its next period)', params: idParam, body: s.planEditBody, response: one },
    },
    (req) => plans.editPlan(contextOf(req), req.params.id, req.body),
  );
}
