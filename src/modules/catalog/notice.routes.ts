import { z } from 'zod';
import { systemActor } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { qrCodeSvg } from '../../platform/print/qr-code.js';
import { orgById } from '../orgs/org.service.js';
import { findTenantById } from '../tenants/tenant.service.js';
import { renderNotice } from './notice.view.js';
import { POSTS_PRICES, publishedPrices } from './price-list.service.js';

/** The public notice (公示) of an office's posted prices: no sign-in, for the bulletin board and residents' phones. */
export function noticeRoutes(app: App): void {
  app.get(
    '/notice/price-lists/:tenantId/:officeId',
    {
      config: { public: true },
      schema: {
        tags: ['price lists'],
        summary: 'Public, printable notice of an office’s posted price list (HTML, with a QR code of its own address)',
        params: z.strictObject({ tenantId: z.uuid(), officeId: z.uuid() }),
        querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (req, reply) => {
      const tenant = await findTenantById(app.deps, req.params.tenantId);
      const ctx = tenant && { ...app.deps, actor: systemActor(tenant.id), requestId: String(req.id) };
      const office = ctx && (await orgById(ctx, req.params.officeId));
      if (!tenant || !ctx || !office || !POSTS_PRICES(office) || !office.active) {
        return reply
          .status(404)
          .type('text/html; charset=utf-8')
          .send('<!doctype html><html lang="zh-CN"><title>404</title><p>未找到该公示 / Not found</p></html>');
      }
      const posted = await publishedPrices(ctx, office.id);
      const locale = printLocale(req.query.lang);
      // the QR code opens the notice in the language it is printed in
      const url = `${req.protocol}://${req.headers.host}${req.url.split('?')[0]}${locale === 'en' ? '?lang=en' : ''}`;
      const qrSvg = await qrCodeSvg(url, 120);
      const page = renderNotice({
        locale,
        officeName: office.name,
        timeZone: tenant.time_zone,
        posted,
        qrSvg,
      });
      return reply.type('text/html; charset=utf-8').send(page);
    },
  );
}
