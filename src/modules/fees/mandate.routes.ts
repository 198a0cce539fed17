import { XLSX } from '../../platform/export/xlsx.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportMandates } from './mandate.export.js';
import * as s from './mandate.schemas.js';
import * as mandates from './mandate.service.js';

const tags = ['fees'];

export function mandateRoutes(app: App): void {
  app.get(
    '/api/bank-mandates',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Bank collection mandates (托收协议) of the caller’s offices',
        querystring: s.mandateListQuery,
        response: { 200: s.mandatePage, ...errorResponses },
      },
    },
    (req) => mandates.listMandates(contextOf(req), req.query),
  );
  app.get(
    '/api/bank-mandates/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: { tags: ['exports'], produces: [XLSX], summary: 'The mandates the list shows, as Excel', querystring: s.mandateExportQuery },
    },
    async (req, reply) => {
      const { lang, page: _p, pageSize: _s, ...f } = req.query;
      const file = await exportMandates(contextOf(req), f, printLocale(lang));
      return reply.type(XLSX).header('content-disposition', 'attachment; filename="bank-mandates.xlsx"').send(file);
    },
  );
  app.get(
    '/api/bank-mandates/:id',
    {
      config: { permissions: ['fees.bank', 'fees.read'] },
      schema: { tags, summary: 'One mandate', params: idParam, response: { 200: s.mandateSchema, ...errorResponses } },
    },
    (req) => mandates.getMandate(contextOf(req), req.params.id),
  );
  app.post(
    '/api/bank-mandates',
    {
      config: { permissions: ['fees.bank'] },
      schema: {
        tags,
        summary: 'Record a unit’s mandate; the account number is kept masked only (one active mandate per unit)',
        body: s.createMandateBody,
        response: { 201: s.mandateSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await mandates.createMandate(contextOf(req), req.body)),
  );
  app.post(
    '/api/bank-mandates/:id/cancel',
    {
      config: { permissions: ['fees.bank', 'fees.read'] },
      schema: {
        tags,
        summary: 'Cancel a mandate',
        params: idParam,
        body: s.cancelMandateBody,
        response: { 200: s.mandateSchema, ...errorResponses },
      },
    },
    (req) => mandates.cancelMandate(contextOf(req), req.params.id, req.body),
  );
}
