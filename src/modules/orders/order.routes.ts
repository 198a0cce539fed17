import { z } from 'zod';
import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idempotencyHeaders, idParam } from '../../platform/http/common.schemas.js';
import { answerOnce } from '../../platform/http/idempotent.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportOrders } from './order.export.js';
import { ORDER_STEP_PERMISSIONS } from './order.permissions.js';
import { renderOrderForm } from './order.print.js';
import * as s from './order.schemas.js';
import * as orders from './order.service.js';
import { renderOrderForms } from './order-batch.print.js';
import * as batch from './order-batch.schemas.js';
import { assignOrders, closeOrders } from './order-batch.service.js';
import * as steps from './order-steps.service.js';
import * as work from './order-work-steps.service.js';

const tags = ['orders'];
const one = { 200: s.orderSchema, ...errorResponses };

export function orderRoutes(app: App): void {
  app.get(
    '/api/orders',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Orders of the caller’s offices and their own tasks',
        querystring: s.orderListQuery,
        response: { 200: s.orderPage, ...errorResponses },
      },
    },
    (req) => orders.listOrders(contextOf(req), req.query),
  );
  app.get(
    '/api/orders/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: {
        ...exportSchema,
        summary: 'The orders the list shows with these filters, every page, as Excel (at most 10,000 rows)',
        querystring: s.orderExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, page: _page, pageSize: _size, ...filters } = req.query;
      const file = await exportOrders(contextOf(req), filters, printLocale(lang));
      return sendXlsx(reply, 'orders.xlsx', file);
    },
  );
  app.get(
    '/api/order-types',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'The order types and their detail fields, to build the forms from',
        response: { 200: s.orderTypesSchema, ...errorResponses },
      },
    },
    (req) => orders.listOrderTypes(contextOf(req)),
  );
  app.get(
    '/api/orders/:id',
    {
      config: {
        permissions: ['infusion.read', 'orders.approve', 'orders.assign', 'orders.intake', 'orders.pay', 'orders.read', 'orders.work'],
      },
      schema: { tags, summary: 'One order in full', params: idParam, response: one },
    },
    (req) => orders.getOrder(contextOf(req), req.params.id),
  );
  app.post(
    '/api/orders',
    {
      config: { permissions: ['estates.read', 'infusion.read', 'orders.approve', 'orders.assign', 'orders.intake', 'orders.work'] },
      schema: { tags, summary: 'Take a request (A7.4.1)', body: s.createOrderBody, response: { 201: s.orderSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await orders.createOrder(contextOf(req), req.body)),
  );
  app.post(
    '/api/orders/:id/photos',
    {
      config: { permissions: ['orders.intake', 'orders.read', 'orders.work'] },
      bodyLimit: 4 * 1024 * 1024,
      schema: { tags, summary: 'Add a photo', params: idParam, body: s.photoBody, response: one },
    },
    (req) => orders.addPhoto(contextOf(req), req.params.id, req.body.image),
  );
  app.get(
    '/api/orders/:id/images/:blobId',
    {
      config: { permissions: ['orders.pay', 'orders.read', 'orders.work'] },
      schema: { tags, summary: 'A signature or photo of the order', params: z.strictObject({ id: z.uuid(), blobId: z.uuid() }) },
    },
    async (req, reply) => {
      const image = await orders.orderImage(contextOf(req), req.params.id, req.params.blobId);
      return reply.type(image.contentType).send(Buffer.from(image.bytes));
    },
  );
  app.get(
    '/api/orders/:id/print',
    {
      config: { permissions: ['infusion.read', 'orders.assign', 'orders.intake', 'orders.pay', 'orders.read', 'orders.work'] },
      schema: {
        tags,
        summary: 'The printable form (家政服务表 / 有偿服务单 / 维修服务单), A4 HTML',
        params: idParam,
        querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await renderOrderForm(contextOf(req), req.params.id, printLocale(req.query.lang))),
  );
  app.get(
    '/api/orders/batch/print',
    {
      config: { permissions: ['orders.approve', 'orders.assign', 'orders.intake', 'orders.pay', 'orders.read', 'orders.work'] },
      schema: {
        tags,
        summary: 'The printable forms of several orders in one A4 HTML page, each form on a sheet of its own',
        querystring: batch.batchPrintQuery,
      },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await renderOrderForms(contextOf(req), req.query.ids, printLocale(req.query.lang))),
  );
  const batchSummary =
    'each order in its own transaction through the single-order command; refusals are answered per order and do not hold the others back; an order the caller cannot see refuses the whole batch (404)';
  app.post(
    '/api/orders/batch/assign',
    {
      config: { permissions: ['orders.assign', 'orders.intake', 'orders.read', 'orders.work'] },
      schema: {
        tags,
        summary: `Assign the same staff to several orders (A7.3): ${batchSummary}`,
        body: batch.batchAssignBody,
        response: { 200: batch.batchResult, ...errorResponses },
      },
    },
    (req) => assignOrders(contextOf(req), req.body),
  );
  app.post(
    '/api/orders/batch/close',
    {
      config: { permissions: ['orders.pay', 'orders.read', 'orders.work'] },
      schema: {
        tags,
        summary: `Close several paid orders: ${batchSummary}`,
        body: batch.batchCloseBody,
        response: { 200: batch.batchResult, ...errorResponses },
      },
    },
    (req) => closeOrders(contextOf(req), req.body),
  );

  const command = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: ReturnType<typeof contextOf>, id: string, body: z.infer<B>) => Promise<unknown>,
  ) =>
    app.post(
      `/api/orders/:id/${path}`,
      {
        config: { permissions: ORDER_STEP_PERMISSIONS },
        bodyLimit: path === 'accept' ? 1024 * 1024 : undefined,
        schema: { tags, summary, params: idParam, body, response: one },
      },
      (req) => run(contextOf(req), req.params.id, req.body as z.infer<B>) as Promise<z.infer<typeof s.orderSchema>>,
    );
  command('quote', 'Quote from the posted price list', s.quoteBody, steps.quoteOrder);
  command('confirm', 'Register the owner’s confirmation (A7.4.2)', s.confirmBody, steps.confirmOrder);
  command('approve', 'Approve dispatch (types that need it)', s.versionBody, (c, id, b) => steps.approveOrder(c, id, b.version));
  command('assign', 'Assign staff of the office (A7.3)', s.assignBody, steps.assignOrder);
  command('depart', 'Staff on the way (with the type’s checklist, A4.4.4)', s.stepBody, (c, id, b) =>
    steps.departOrder(c, id, b.version, b.details),
  );
  command('arrive', 'Staff arrived', s.stepBody, (c, id, b) => steps.arriveOrder(c, id, b.version, b.details));
  command('start', 'Work started', s.stepBody, (c, id, b) => work.startOrder(c, id, b.version, b.details));
  command('materials', 'Record materials used', s.materialsBody, work.recordMaterials);
  command('finish', 'Work finished (with the details the type asks for then)', s.finishBody, (c, id, b) =>
    work.finishOrder(c, id, b.version, b.details),
  );
  command('accept', 'The owner accepts and signs (A7.4.6)', s.acceptBody, work.acceptOrder);
  command('reject', 'The owner is not satisfied: rework', s.reasonBody, work.rejectOrder);
  app.post(
    '/api/orders/:id/pay',
    {
      config: { permissions: ['infusion.read', 'orders.intake', 'orders.pay', 'orders.read', 'orders.work', 'receipts.issue'] },
      schema: {
        tags,
        summary:
          'Record the payment of the total (A2.4.2.3). Send an Idempotency-Key so a retry never pays twice: the same key and request answer with the order as it is now (header Idempotent-Replayed: true); the same key with another request answers 422 idempotency.key_reused',
        params: idParam,
        headers: idempotencyHeaders,
        body: s.payBody,
        response: one,
      },
    },
    (req, reply) => answerOnce(req, reply, steps.paymentOnce(req.params.id, req.body)),
  );
  command('close', 'Close a paid order, or a free one once accepted', s.versionBody, (c, id, b) => steps.closeOrder(c, id, b.version));
  command('cancel', 'Cancel before completion, with a reason', s.reasonBody, steps.cancelOrder);
}
