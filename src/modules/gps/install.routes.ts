import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './install.schemas.js';
import * as installs from './install.service.js';

const tags = ['gps'];
const one = { 200: s.requestSchema, ...errorResponses };

/** 安装需求单 (A4.4.1): requests with their vehicles, the visits sent for them, and what each visit fitted. */
export function installRoutes(app: App): void {
  app.get(
    '/api/gps/install-requests',
    {
      config: { permissions: ['gps.read'] },
      schema: {
        tags,
        summary: 'Installation requests of the caller’s GPS departments',
        querystring: s.requestListQuery,
        response: { 200: s.requestPage, ...errorResponses },
      },
    },
    (req) => installs.listRequests(contextOf(req), req.query),
  );
  app.post(
    '/api/gps/install-requests',
    {
      config: { permissions: ['orders.intake'] },
      schema: {
        tags,
        summary: 'Take an installation request with its vehicle list (A4.4.1)',
        body: s.createRequestBody,
        response: { 201: s.requestSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await installs.createRequest(contextOf(req), req.body)),
  );
  app.get(
    '/api/gps/install-requests/:id',
    {
      config: { permissions: ['gps.read', 'orders.intake'] },
      schema: { tags, summary: 'One installation request with its vehicles and visits', params: idParam, response: one },
    },
    (req) => installs.getRequest(contextOf(req), req.params.id),
  );
  app.post(
    '/api/gps/install-requests/:id/visits',
    {
      config: { permissions: ['gps.read', 'orders.approve', 'orders.assign', 'orders.intake', 'orders.work'] },
      schema: {
        tags,
        summary: 'Send a visit (安装任务派工单) for some of the request’s vehicles: a free GPS installation order awaiting approval',
        params: idParam,
        body: s.visitBody,
        response: one,
      },
    },
    (req) => installs.dispatchVisit(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/gps/install-requests/:id/vehicles/:vehicleId/fit',
    {
      config: { permissions: ['gps.read', 'orders.intake', 'orders.read', 'orders.work'] },
      schema: {
        tags,
        summary: 'Record the terminal and SIM card fitted to a vehicle on its visit (both from stock; both histories follow)',
        params: s.vehicleParams,
        body: s.fitBody,
        response: one,
      },
    },
    (req) => installs.fitVehicle(contextOf(req), req.params.id, req.params.vehicleId, req.body),
  );
  app.get(
    '/api/gps/install-visits/:id',
    {
      config: { permissions: ['orders.read', 'orders.work'] },
      schema: {
        tags,
        summary: 'The installation request an order (a visit) serves, with the visit’s vehicles; null for any other order',
        params: idParam,
        response: { 200: s.visitSchema, ...errorResponses },
      },
    },
    (req) => installs.visitOfOrder(contextOf(req), req.params.id),
  );
}
