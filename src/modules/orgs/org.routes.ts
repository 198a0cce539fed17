import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './org.schemas.js';
import * as orgs from './org.service.js';

const tags = ['organisations'];

export function orgRoutes(app: App): void {
  app.get(
    '/api/orgs',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'List visible organisation nodes',
        querystring: s.orgListQuery,
        response: { 200: s.orgPage, ...errorResponses },
      },
    },
    (req) => orgs.listOrgs(contextOf(req), req.query),
  );
  app.get(
    '/api/orgs/:id',
    {
      config: { permissions: 'any' },
      schema: { tags, summary: 'One organisation node', params: idParam, response: { 200: s.orgSchema, ...errorResponses } },
    },
    (req) => orgs.getOrg(contextOf(req), req.params.id),
  );
  app.post(
    '/api/orgs',
    {
      config: { permissions: ['org.manage'] },
      schema: { tags, summary: 'Create a node', body: s.createOrgBody, response: { 201: s.orgSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await orgs.createOrg(contextOf(req), req.body)),
  );
  app.patch(
    '/api/orgs/:id',
    {
      config: { permissions: ['org.manage'] },
      schema: { tags, summary: 'Rename a node', params: idParam, body: s.renameOrgBody, response: { 200: s.orgSchema, ...errorResponses } },
    },
    (req) => orgs.renameOrg(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/orgs/:id/move',
    {
      config: { permissions: ['org.manage'] },
      schema: {
        tags,
        summary: 'Move a node with its subtree',
        params: idParam,
        body: s.moveOrgBody,
        response: { 200: s.orgSchema, ...errorResponses },
      },
    },
    (req) => orgs.moveOrg(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/orgs/:id/deactivate',
    {
      config: { permissions: ['org.manage'] },
      schema: {
        tags,
        summary: 'Deactivate a node (never deleted)',
        params: idParam,
        body: s.activeBody,
        response: { 200: s.orgSchema, ...errorResponses },
      },
    },
    (req) => orgs.setOrgActive(contextOf(req), req.params.id, false, req.body.reason),
  );
  app.post(
    '/api/orgs/:id/activate',
    {
      config: { permissions: ['org.manage'] },
      schema: {
        tags,
        summary: 'Activate a node again',
        params: idParam,
        body: s.activeBody,
        response: { 200: s.orgSchema, ...errorResponses },
      },
    },
    (req) => orgs.setOrgActive(contextOf(req), req.params.id, true, req.body.reason),
  );
}
