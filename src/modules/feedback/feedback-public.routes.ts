import { z } from 'zod';
import { systemActor } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/common.schemas.js';
import type { App } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { qrCodeSvg } from '../../platform/print/qr-code.js';
import { orgById } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { findTenantById } from '../tenants/tenant.service.js';
import * as s from './feedback.schemas.js';
import { renderPoster } from './feedback-poster.view.js';
import { publicForm, submitPublic, takesFeedback } from './feedback-public.service.js';

const tags = ['feedback'];

/** The public side (no sign-in): the web form's office, its submission, and the poster with the form's QR code. */
export function feedbackPublicRoutes(app: App): void {
  app.get(
    '/api/public/feedback-form/:tenantId/:officeId',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The public feedback form’s node: its name and whether it takes feedback',
        params: s.publicParams,
        response: { 200: s.publicFormSchema, ...errorResponses },
      },
    },
    (req) => publicForm(app.deps, req.params.tenantId, req.params.officeId, String(req.id)),
  );
  app.post(
    '/api/public/feedback/:tenantId/:officeId',
    {
      config: { public: true },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Submit the public feedback form (limited per client address: 429 feedback.too_many)',
        params: s.publicParams,
        body: s.publicBody,
        response: { 201: s.publicAccepted, ...errorResponses },
      },
    },
    async (req, reply) => {
      const r = await submitPublic(app.deps, req.params.tenantId, req.params.officeId, req.body, req.ip, String(req.id));
      return reply.status(201).send(r);
    },
  );
  app.get(
    '/notice/feedback/:tenantId/:officeId',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Printable poster of a node’s public feedback form (HTML, with a QR code of the form)',
        params: s.publicParams,
        querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (req, reply) => {
      const tenant = await findTenantById(app.deps, req.params.tenantId);
      const ctx = tenant && { ...app.deps, actor: systemActor(tenant.id), requestId: String(req.id) };
      const office = ctx && (await orgById(ctx, req.params.officeId));
      if (!ctx || !office || !takesFeedback(office))
        return reply
          .status(404)
          .type('text/html; charset=utf-8')
          .send('<!doctype html><html lang="zh-CN"><title>404</title><p>未找到 / Not found</p></html>');
      const locale = printLocale(req.query.lang);
      const url = `${req.protocol}://${req.headers.host}/p/feedback/${req.params.tenantId}/${req.params.officeId}`;
      const page = renderPoster({
        locale,
        officeName: office.name,
        replyHours: await paramAt(ctx, office.path, 'feedbackReplyHours'),
        outcomeDays: await paramAt(ctx, office.path, 'feedbackOutcomeDays'),
        qrSvg: await qrCodeSvg(url, 200),
        url,
      });
      return reply.type('text/html; charset=utf-8').send(page);
    },
  );
}
