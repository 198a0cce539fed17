import { z } from 'zod';
import { idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { renderRepairLabel } from './repair-label.print.js';

/** A4.4.5: the label of a terminal returned for repair, printed from its GPS repair order. */
export function repairLabelRoutes(app: App): void {
  app.get(
    '/api/orders/:id/repair-label',
    {
      config: { permissions: ['orders.assign', 'orders.intake', 'orders.read', 'orders.work'] },
      schema: {
        tags: ['gps'],
        summary:
          'The 返修标签 of a GPS repair’s returned terminal: plate and fault on a 70 × 40 mm label, HTML (422 gps.label_not_repair for other types)',
        params: idParam,
        querystring: z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await renderRepairLabel(contextOf(req), req.params.id, printLocale(req.query.lang))),
  );
}
