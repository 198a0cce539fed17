import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { renderConsentForm } from './infusion-consent.print.js';
import * as s from './infusion-consent.schemas.js';
import * as consents from './infusion-consent.service.js';

const tags = ['infusion'];
const one = { 200: s.consentSchema, ...errorResponses };

/** The signed 家庭输液治疗知情同意书 (A5.4): taken on screen, listed, withdrawn, printed. */
export function consentRoutes(app: App): void {
  app.get(
    '/api/infusion/patients/:id/consents',
    {
      config: { permissions: ['infusion.consent', 'infusion.read'] },
      schema: {
        tags,
        summary: 'A patient’s consents, the one in force and what the caller may do',
        params: idParam,
        response: { 200: s.consentListSchema, ...errorResponses },
      },
    },
    (req) => consents.listConsents(contextOf(req), req.params.id),
  );
  app.post(
    '/api/infusion/patients/:id/consents',
    {
      config: { permissions: ['infusion.consent', 'infusion.read'] },
      bodyLimit: 1024 * 1024,
      schema: {
        tags,
        summary: 'Take the signed consent of the patient or a family member (A5.4)',
        params: idParam,
        body: s.takeConsentBody,
        response: { 201: s.consentSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await consents.takeConsent(contextOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/infusion/consents/:id/withdraw',
    {
      config: { permissions: ['infusion.consent', 'infusion.read'] },
      schema: { tags, summary: 'Withdraw a consent, with the reason', params: idParam, body: s.withdrawConsentBody, response: one },
    },
    (req) => consents.withdrawConsent(contextOf(req), req.params.id, req.body.reason),
  );
  app.get(
    '/api/infusion/consents/:id/signature',
    { config: { permissions: ['infusion.read'] }, schema: { tags, summary: 'The drawn signature of a consent', params: idParam } },
    async (req, reply) => {
      const image = await consents.consentSignature(contextOf(req), req.params.id);
      return reply.type(image.contentType).send(Buffer.from(image.bytes));
    },
  );
  app.get(
    '/api/infusion/consents/:id/print',
    {
      config: { permissions: ['infusion.read'] },
      schema: { tags, summary: 'The printed 家庭输液治疗知情同意书, A4 HTML', params: idParam, querystring: s.printQuery },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await renderConsentForm(contextOf(req), req.params.id, printLocale(req.query.lang))),
  );
}
