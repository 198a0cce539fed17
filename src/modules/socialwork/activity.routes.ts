import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './activity.schemas.js';
import * as activities from './activity.service.js';
import * as ethics from './ethics.service.js';

const tags = ['socialwork'];
const one = { 200: s.activitySchema, ...errorResponses };

/** Activities of a project with their plans and briefs (A3.4), and the ethics register (A3.2). */
export function activityRoutes(app: App): void {
  app.get(
    '/api/socialwork/projects/:id/activities',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'A project’s activities with their plans and briefs',
        params: idParam,
        response: { 200: s.activityList, ...errorResponses },
      },
    },
    (req) => activities.listActivities(contextOf(req), req.params.id),
  );
  app.post(
    '/api/socialwork/projects/:id/activities',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Plan an activity with its activity plan (A3.4)',
        params: idParam,
        body: s.activityCreateBody,
        response: one,
      },
    },
    (req) => activities.createActivity(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/socialwork/activities/:id',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'One activity', params: idParam, response: one },
    },
    (req) => activities.getActivity(contextOf(req), req.params.id),
  );
  app.put(
    '/api/socialwork/activities/:id',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'Change the activity plan while it is planned', params: idParam, body: s.activityEditBody, response: one },
    },
    (req) => activities.editActivity(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/activities/:id/hold',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'Record that the activity was held', params: idParam, body: s.activityHoldBody, response: one },
    },
    (req) => activities.holdActivity(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/activities/:id/cancel',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'Cancel a planned activity', params: idParam, body: s.activityCancelBody, response: one },
    },
    (req) => activities.cancelActivity(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/activities/:id/brief',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      bodyLimit: 20 * 1024 * 1024,
      schema: { tags, summary: 'Write the activity’s brief (简报) with photos', params: idParam, body: s.briefBody, response: one },
    },
    (req) => activities.writeBrief(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/socialwork/activities/:id/photos/:blobId',
    {
      config: { permissions: ['socialwork.read'] },
      schema: { tags, summary: 'A photo of the activity’s brief', params: s.activityPhotoParams },
    },
    async (req, reply) => {
      const image = await activities.briefPhoto(contextOf(req), req.params.id, req.params.blobId);
      return reply.type(image.contentType).send(Buffer.from(image.bytes));
    },
  );
  app.get(
    '/api/socialwork/ethics',
    {
      config: { permissions: ['socialwork.read'] },
      schema: {
        tags,
        summary: 'The ethics register of your centres and stations (A3.2)',
        querystring: s.ethicsListQuery,
        response: { 200: s.ethicsList, ...errorResponses },
      },
    },
    (req) => ethics.listEthics(contextOf(req), req.query),
  );
  app.post(
    '/api/socialwork/ethics',
    {
      config: { permissions: ['socialwork.ethics', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Record an offer to a social worker and how it was declined (A3.2)',
        body: s.ethicsCreateBody,
        response: { 200: s.ethicsEntrySchema, ...errorResponses },
      },
    },
    (req) => ethics.recordEthicsEntry(contextOf(req), req.body),
  );
}
