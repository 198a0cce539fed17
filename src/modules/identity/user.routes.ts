import { z } from 'zod';
import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as s from './identity.schemas.js';
import { listStaff } from './staff.service.js';
import { exportUsers } from './user.export.js';
import * as users from './user.service.js';

const tags = ['users'];

export function userRoutes(app: App): void {
  app.get(
    '/api/users',
    {
      config: { permissions: ['users.manage', 'users.read'] },
      schema: {
        tags,
        summary: 'List users of the caller’s nodes',
        querystring: s.userListQuery,
        response: { 200: s.userPage, ...errorResponses },
      },
    },
    (req) => users.listUsers(contextOf(req), req.query),
  );
  app.get(
    '/api/users/export.xlsx',
    {
      config: { permissions: ['users.manage', 'users.read'] },
      schema: {
        ...exportSchema,
        summary: 'The users the list selects with these filters, search and sort, every page, as Excel (at most 10,000 rows)',
        querystring: s.userExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, ...filters } = req.query;
      return sendXlsx(reply, 'users.xlsx', await exportUsers(contextOf(req), filters, printLocale(lang)));
    },
  );
  app.get(
    '/api/orgs/:id/staff',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'People of a node who hold one of the permissions (pickers for assignment, hand-overs, books)',
        params: idParam,
        querystring: s.staffQuery,
        response: { 200: s.staffList, ...errorResponses },
      },
    },
    async (req) => ({ items: await listStaff(contextOf(req), req.params.id, req.query.permission.split(','), req.query.scope) }),
  );
  app.get(
    '/api/users/:id',
    {
      config: { permissions: ['users.manage', 'users.read'] },
      schema: { tags, summary: 'One user with their roles', params: idParam, response: { 200: s.userDetailSchema, ...errorResponses } },
    },
    (req) => users.getUser(contextOf(req), req.params.id),
  );
  app.post(
    '/api/users',
    {
      config: { permissions: ['users.manage'] },
      schema: { tags, summary: 'Create a user', body: s.createUserBody, response: { 201: s.userSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await users.createUser(contextOf(req), req.body)),
  );
  app.patch(
    '/api/users/:id',
    {
      config: { permissions: ['users.manage'] },
      schema: {
        tags,
        summary: 'Change a user',
        params: idParam,
        body: s.updateUserBody,
        response: { 200: s.userSchema, ...errorResponses },
      },
    },
    (req) => users.updateUser(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/users/:id/deactivate',
    {
      config: { permissions: ['users.manage'] },
      schema: {
        tags,
        summary: 'Deactivate a user (never deleted)',
        params: idParam,
        body: s.reasonBody,
        response: { 200: s.userSchema, ...errorResponses },
      },
    },
    (req) => users.setUserActive(contextOf(req), req.params.id, false, req.body.reason),
  );
  app.post(
    '/api/users/:id/activate',
    {
      config: { permissions: ['users.manage'] },
      schema: {
        tags,
        summary: 'Activate a user again',
        params: idParam,
        body: s.reasonBody,
        response: { 200: s.userSchema, ...errorResponses },
      },
    },
    (req) => users.setUserActive(contextOf(req), req.params.id, true, req.body.reason),
  );
  app.post(
    '/api/users/:id/reset-password',
    {
      config: { permissions: ['users.manage'] },
      schema: {
        tags,
        summary: 'Set a new password (admin reset)',
        params: idParam,
        body: s.resetPasswordBody,
        response: { 200: s.userSchema, ...errorResponses },
      },
    },
    (req) => users.resetPassword(contextOf(req), req.params.id, req.body.newPassword),
  );
  app.post(
    '/api/users/:id/grants',
    {
      config: {
        permissions: [
          'agreements.approve',
          'agreements.read',
          'cleaning.inspect_self',
          'cleaning.read',
          'cleaning.rectify',
          'estates.read',
          'fees.adjustments.request',
          'fees.bank',
          'fees.bills.run',
          'fees.collect',
          'fees.read',
          'orders.pay',
          'orders.read',
          'orders.work',
          'org.manage',
          'params.manage',
          'parking.passes',
          'parking.read',
          'receipts.issue',
          'receipts.read',
          'receipts.request',
          'tokens.manage',
          'users.manage',
          'users.read',
        ],
      },
      schema: {
        tags,
        summary: 'Grant a role at a node',
        params: idParam,
        body: s.grantBody,
        response: { 201: z.array(s.grantSchema), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await users.grantRole(contextOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/users/:id/grants/:grantId/revoke',
    {
      config: { permissions: ['users.manage'] },
      schema: { tags, summary: 'Revoke a grant', params: s.grantParams, response: { 200: z.array(s.grantSchema), ...errorResponses } },
    },
    (req) => users.revokeGrant(contextOf(req), req.params.id, req.params.grantId),
  );
}
