import { z } from 'zod';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './identity.schemas.js';
import * as roles from './role.service.js';
import * as tokens from './token.service.js';

export function roleRoutes(app: App): void {
  const tags = ['roles'];
  app.get(
    '/api/permissions',
    {
      config: { permissions: ['roles.manage', 'users.manage', 'users.read'] },
      schema: { tags, summary: 'The permission catalogue', response: { 200: z.array(s.permissionSchema), ...errorResponses } },
    },
    (req) => roles.listPermissions(contextOf(req)),
  );
  app.get(
    '/api/roles',
    {
      config: { permissions: ['roles.manage', 'users.manage', 'users.read'] },
      schema: { tags, summary: 'Roles and their permissions', response: { 200: z.array(s.roleSchema), ...errorResponses } },
    },
    (req) => roles.listRoles(contextOf(req)),
  );
  app.get(
    '/api/roles/:id',
    {
      config: { permissions: ['roles.manage', 'users.manage', 'users.read'] },
      schema: { tags, summary: 'One role', params: idParam, response: { 200: s.roleSchema, ...errorResponses } },
    },
    (req) => roles.getRole(contextOf(req), req.params.id),
  );
  app.post(
    '/api/roles',
    {
      config: { permissions: ['roles.manage'] },
      schema: { tags, summary: 'Create a custom role', body: s.createRoleBody, response: { 201: s.roleSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await roles.createRole(contextOf(req), req.body)),
  );
  app.patch(
    '/api/roles/:id',
    {
      config: { permissions: ['roles.manage'] },
      schema: {
        tags,
        summary: 'Change a custom role',
        params: idParam,
        body: s.updateRoleBody,
        response: { 200: s.roleSchema, ...errorResponses },
      },
    },
    (req) => roles.updateRole(contextOf(req), req.params.id, req.body),
  );
}

export function tokenRoutes(app: App): void {
  const tags = ['api tokens'];
  app.get(
    '/api/tokens',
    {
      config: { permissions: ['tokens.manage'] },
      schema: { tags, summary: 'My API tokens', response: { 200: z.array(s.tokenSchema), ...errorResponses } },
    },
    (req) => tokens.listTokens(contextOf(req)),
  );
  app.post(
    '/api/tokens',
    {
      config: { permissions: ['tokens.manage'] },
      schema: {
        tags,
        summary: 'Create an API token (secret shown once)',
        body: s.createTokenBody,
        response: { 201: s.createdTokenSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await tokens.createToken(contextOf(req), req.body)),
  );
  app.post(
    '/api/tokens/:id/revoke',
    {
      config: { permissions: ['tokens.manage'] },
      schema: { tags, summary: 'Revoke an API token', params: idParam, response: { 200: s.tokenSchema, ...errorResponses } },
    },
    (req) => tokens.revokeToken(contextOf(req), req.params.id),
  );
}
