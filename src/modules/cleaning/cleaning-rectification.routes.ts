import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { photoParams } from './cleaning-inspection.schemas.js';
import * as s from './cleaning-rectification.schemas.js';
import * as rectifications from './cleaning-rectification.service.js';

const tags = ['cleaning'];
const one = { 200: s.rectificationDetailSchema, ...errorResponses };

/** Rectifications (A6.3): a failed check fixed by the cleaner with an after-photo, then re-checked. */
export function rectificationRoutes(app: App): void {
  app.get(
    '/api/cleaning/rectifications',
    {
      config: { permissions: ['cleaning.read'] },
      schema: {
        tags,
        summary: 'Rectifications of your estates, or yours to fix or re-check',
        querystring: s.rectificationListQuery,
        response: { 200: s.rectificationPage, ...errorResponses },
      },
    },
    (req) => rectifications.listRectifications(contextOf(req), req.query),
  );
  app.get(
    '/api/cleaning/rectifications/:id',
    {
      config: { permissions: ['cleaning.read', 'cleaning.rectify'] },
      schema: { tags, summary: 'One rectification with the failure and every round', params: idParam, response: one },
    },
    (req) => rectifications.getRectification(contextOf(req), req.params.id),
  );
  app.post(
    '/api/cleaning/rectifications/:id/fix',
    {
      config: { permissions: ['cleaning.inspect_manager', 'cleaning.read', 'cleaning.rectify'] },
      bodyLimit: 4 * 1024 * 1024,
      schema: { tags, summary: 'Fixed: the after-photo and what was done', params: idParam, body: s.fixBody, response: one },
    },
    (req) => rectifications.fixRectification(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/cleaning/rectifications/:id/recheck',
    {
      config: { permissions: ['cleaning.inspect_manager', 'cleaning.read'] },
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Re-checked: passed ends it, failed opens the next round',
        params: idParam,
        body: s.recheckBody,
        response: one,
      },
    },
    (req) => rectifications.recheckRectification(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/cleaning/rectifications/:id/photos/:blobId',
    { config: { permissions: ['cleaning.read'] }, schema: { tags, summary: 'An after-photo or re-check photo', params: photoParams } },
    async (req, reply) => {
      const photo = await rectifications.rectificationPhoto(contextOf(req), req.params.id, req.params.blobId);
      return reply.type(photo.contentType).send(Buffer.from(photo.bytes));
    },
  );
}
