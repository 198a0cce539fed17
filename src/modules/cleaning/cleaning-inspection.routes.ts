import { errorResponses, idempotencyHeaders, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './cleaning-inspection.schemas.js';
import * as inspections from './cleaning-inspection.service.js';

const tags = ['cleaning'];
const one = { 200: s.inspectionDetailSchema, ...errorResponses };

/** Inspections (A6.2, A6.3): the planned ones, spot checks, and their results recorded on a phone. */
export function inspectionRoutes(app: App): void {
  app.get(
    '/api/cleaning/inspections',
    {
      config: { permissions: ['cleaning.read'] },
      schema: {
        tags,
        summary: 'Inspections of your estates, or yours to do',
        querystring: s.inspectionListQuery,
        response: { 200: s.inspectionPage, ...errorResponses },
      },
    },
    (req) => inspections.listInspections(contextOf(req), req.query),
  );
  app.post(
    '/api/cleaning/inspections',
    {
      config: { permissions: ['cleaning.inspect_manager', 'cleaning.read'] },
      schema: { tags, summary: 'Start a spot check of an area without a plan', body: s.spotCheckBody, response: one },
    },
    (req) => inspections.startSpotCheck(contextOf(req), req.body),
  );
  app.get(
    '/api/cleaning/inspections/:id',
    {
      config: { permissions: ['cleaning.inspect_manager', 'cleaning.read'] },
      schema: { tags, summary: 'One inspection: its checklist or its results', params: idParam, response: one },
    },
    (req) => inspections.getInspection(contextOf(req), req.params.id),
  );
  app.post(
    '/api/cleaning/inspections/:id/results',
    {
      config: { permissions: ['cleaning.inspect_manager', 'cleaning.read'] },
      bodyLimit: 40 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Record every check’s result; each failure opens a rectification (send an Idempotency-Key to resend safely)',
        params: idParam,
        headers: idempotencyHeaders,
        body: s.recordBody,
        response: one,
      },
    },
    async (req, reply) => {
      const { answer, replayed } = await inspections.recordResultsOnce(
        contextOf(req),
        req.params.id,
        req.body,
        req.headers['idempotency-key'],
      );
      if (replayed) reply.header('idempotent-replayed', 'true');
      return answer;
    },
  );
  app.get(
    '/api/cleaning/inspections/:id/photos/:blobId',
    {
      config: { permissions: ['cleaning.read'] },
      schema: { tags, summary: 'A photo of an inspection’s failed check', params: s.photoParams },
    },
    async (req, reply) => {
      const photo = await inspections.inspectionPhoto(contextOf(req), req.params.id, req.params.blobId);
      return reply.type(photo.contentType).send(Buffer.from(photo.bytes));
    },
  );
}
