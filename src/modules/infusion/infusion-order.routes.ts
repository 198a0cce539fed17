import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './infusion-order.schemas.js';
import * as orders from './infusion-order.service.js';

const tags = ['infusion'];
const one = { 200: s.orderSchema, ...errorResponses };

/** Physician orders for home infusions (A5.2), their overrides of excluded drugs and the head's review (A5.3). */
export function orderRoutes(app: App): void {
  app.get(
    '/api/infusion/orders',
    {
      config: { permissions: ['infusion.read'] },
      schema: {
        tags,
        summary: 'Physician orders of the caller’s nodes',
        querystring: s.orderListQuery,
        response: { 200: s.orderPage, ...errorResponses },
      },
    },
    (req) => orders.listOrders(contextOf(req), req.query),
  );
  app.get(
    '/api/infusion/orders/:id',
    {
      config: { permissions: ['infusion.order', 'infusion.override_review', 'infusion.read'] },
      schema: { tags, summary: 'One physician order', params: idParam, response: one },
    },
    (req) => orders.getOrder(contextOf(req), req.params.id),
  );
  app.post(
    '/api/infusion/orders',
    {
      config: { permissions: ['infusion.order', 'infusion.override_review', 'infusion.read'] },
      schema: { tags, summary: 'Write a physician order for a patient’s home infusions', body: s.orderCreateBody, response: one },
    },
    (req) => orders.createOrder(contextOf(req), req.body),
  );
  app.post(
    '/api/infusion/orders/:id/cancel',
    {
      config: { permissions: ['infusion.order', 'infusion.read'] },
      schema: { tags, summary: 'Cancel an active order', params: idParam, body: s.cancelBody, response: one },
    },
    (req) => orders.cancelOrder(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/infusion/orders/:id/review-override',
    {
      config: { permissions: ['infusion.order', 'infusion.override_review', 'infusion.read'] },
      schema: { tags, summary: 'Review the override of an excluded drug (once)', params: idParam, body: s.reviewBody, response: one },
    },
    (req) => orders.reviewOverride(contextOf(req), req.params.id, req.body),
  );
}
