import { z } from 'zod';
import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportAgreements } from './agreement.export.js';
import { renderAgreement } from './agreement.print.js';
import * as s from './agreement.schemas.js';
import * as agreements from './agreement.service.js';
import * as visits from './agreement-visits.service.js';

const tags = ['agreements'];
const one = { 200: s.agreementSchema, ...errorResponses };
type Out = Promise<z.infer<typeof s.agreementSchema>>;

export function agreementRoutes(app: App): void {
  app.get(
    '/api/agreements',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Special-service agreements of the caller’s offices',
        querystring: s.agreementListQuery,
        response: { 200: s.agreementPage, ...errorResponses },
      },
    },
    (req) => agreements.listAgreements(contextOf(req), req.query),
  );
  app.get(
    '/api/agreements/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: {
        ...exportSchema,
        summary: 'The agreements the list selects with these filters, search and sort, every page, as Excel (at most 10,000 rows)',
        querystring: s.agreementExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, ...filters } = req.query;
      return sendXlsx(reply, 'agreements.xlsx', await exportAgreements(contextOf(req), filters, printLocale(lang)));
    },
  );
  app.get(
    '/api/agreements/:id',
    {
      config: { permissions: ['agreements.approve', 'agreements.manage', 'agreements.read', 'receipts.issue', 'receipts.read'] },
      schema: { tags, summary: 'One agreement with its items and visits', params: idParam, response: one },
    },
    (req) => agreements.getAgreement(contextOf(req), req.params.id),
  );
  app.post(
    '/api/agreements',
    {
      config: { permissions: ['agreements.approve', 'agreements.manage', 'estates.read', 'orders.read', 'receipts.read'] },
      schema: {
        tags,
        summary: 'Draw up an agreement (A7.4.3)',
        body: s.createAgreementBody,
        response: { 201: s.agreementSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await agreements.createAgreement(contextOf(req), req.body)),
  );
  app.put(
    '/api/agreements/:id',
    {
      config: { permissions: ['agreements.approve', 'agreements.manage', 'agreements.read'] },
      schema: { tags, summary: 'Change a draft', params: idParam, body: s.updateAgreementBody, response: one },
    },
    (req) => agreements.updateAgreement(contextOf(req), req.params.id, req.body),
  );
  const command = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: ReturnType<typeof contextOf>, id: string, body: z.infer<B>) => Out,
  ) =>
    app.post(
      `/api/agreements/:id/${path}`,
      {
        config: { permissions: ['agreements.approve', 'agreements.manage', 'agreements.read'] },
        bodyLimit: path === 'sign' ? 3 * 1024 * 1024 : undefined,
        schema: { tags, summary, params: idParam, body, response: one },
      },
      (req) => run(contextOf(req), req.params.id, req.body as z.infer<B>),
    );
  command('approve-price', 'Approve prices negotiated off the posted list (office head)', s.versionBody, (c, id, b) =>
    agreements.approveAgreementPrice(c, id, b.version),
  );
  command('sign', 'Both sides sign (X2)', s.signBody, agreements.signAgreement);
  command('activate', 'Put in force; visits within the horizon are planned (A7.4.9)', s.versionBody, (c, id, b) =>
    agreements.activateAgreement(c, id, b.version),
  );
  command('end', 'End the agreement; future visits are cancelled', s.reasonBody, agreements.endAgreement);
  command('terminate', 'Terminate early with a reason; future visits are cancelled', s.reasonBody, agreements.terminateAgreement);
  app.post(
    '/api/agreements/:id/visits/:visitId/skip',
    {
      config: { permissions: ['agreements.manage', 'agreements.read', 'orders.intake', 'orders.read', 'orders.work'] },
      schema: {
        tags,
        summary: 'Skip one visit with a reason (its order is cancelled)',
        params: s.visitParams,
        body: s.skipBody,
        response: one,
      },
    },
    (req) => visits.skipVisit(contextOf(req), req.params.id, req.params.visitId, req.body),
  );
  app.post(
    '/api/agreements/:id/visits/:visitId/move',
    {
      config: { permissions: ['agreements.manage', 'agreements.read'] },
      schema: {
        tags,
        summary: 'Move one visit to another day or time (its order follows)',
        params: s.visitParams,
        body: s.moveBody,
        response: one,
      },
    },
    (req) => visits.moveVisit(contextOf(req), req.params.id, req.params.visitId, req.body),
  );
  app.get(
    '/api/agreements/:id/images/:blobId',
    {
      config: { permissions: ['agreements.read'] },
      schema: { tags, summary: 'A signature of the agreement', params: z.strictObject({ id: z.uuid(), blobId: z.uuid() }) },
    },
    async (req, reply) => {
      const image = await agreements.agreementImage(contextOf(req), req.params.id, req.params.blobId);
      return reply.type(image.contentType).send(Buffer.from(image.bytes));
    },
  );
  app.get(
    '/api/agreements/:id/print',
    {
      config: { permissions: ['agreements.approve', 'agreements.manage', 'agreements.read'] },
      schema: {
        tags,
        summary: 'The printable agreement (业主特约服务协议书), A4 HTML',
        params: idParam,
        querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await renderAgreement(contextOf(req), req.params.id, printLocale(req.query.lang))),
  );
}
