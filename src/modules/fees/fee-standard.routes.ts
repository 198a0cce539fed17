import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { XLSX } from '../../platform/export/xlsx.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as items from './fee-item.service.js';
import { exportStandards } from './fee-standard.export.js';
import * as s from './fee-standard.schemas.js';
import * as standards from './fee-standard.service.js';

const sendXlsx = (reply: FastifyReply, name: string, file: Buffer) =>
  reply.type(XLSX).header('content-disposition', `attachment; filename="${name}.xlsx"`).send(file);

export function feeItemRoutes(app: App): void {
  const tags = ['fee standards'];
  const one = { 200: s.itemSchema, ...errorResponses };
  app.get(
    '/api/fee-items',
    {
      config: { permissions: ['fees.items.manage', 'fees.read'] },
      schema: {
        tags,
        summary: 'The fee items (收费项目) of the company',
        querystring: s.itemQuery,
        response: { 200: z.array(s.itemSchema), ...errorResponses },
      },
    },
    (req) => items.listFeeItems(contextOf(req), req.query),
  );
  app.post(
    '/api/fee-items',
    {
      config: { permissions: ['fees.items.manage'] },
      schema: { tags, summary: 'Add a fee item (HQ business)', body: s.createItemBody, response: { 201: s.itemSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await items.createFeeItem(contextOf(req), req.body)),
  );
  app.patch(
    '/api/fee-items/:id',
    {
      config: { permissions: ['fees.items.manage'] },
      schema: { tags, summary: 'Rename or deactivate a fee item', params: idParam, body: s.updateItemBody, response: one },
    },
    (req) => items.updateFeeItem(contextOf(req), req.params.id, req.body),
  );
}

export function feeStandardRoutes(app: App): void {
  const tags = ['fee standards'];
  const one = { 200: s.standardDetailSchema, ...errorResponses };
  app.get(
    '/api/fee-standards',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Fee standards of the caller’s offices',
        querystring: s.standardListQuery,
        response: { 200: s.standardPage, ...errorResponses },
      },
    },
    (req) => standards.listStandards(contextOf(req), req.query),
  );
  app.get(
    '/api/fee-standards/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: {
        tags: ['exports'],
        produces: [XLSX],
        summary: 'The fee standards the list shows, as Excel',
        querystring: s.standardExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, page: _p, pageSize: _s, ...f } = req.query;
      return sendXlsx(reply, 'fee-standards', await exportStandards(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/fee-standards/:id',
    {
      config: { permissions: ['fees.read', 'fees.standards.approve', 'fees.standards.review', 'fees.standards.submit'] },
      schema: { tags, summary: 'One fee standard with its rates and approval steps', params: idParam, response: one },
    },
    (req) => standards.getStandard(contextOf(req), req.params.id),
  );
  app.post(
    '/api/fee-standards',
    {
      config: { permissions: ['estates.read', 'fees.standards.submit'] },
      schema: {
        tags,
        summary: 'Draft a fee standard for an estate and item',
        body: s.createStandardBody,
        response: { 201: s.standardDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await standards.createStandard(contextOf(req), req.body)),
  );
  app.put(
    '/api/fee-standards/:id',
    {
      config: { permissions: ['fees.read', 'fees.standards.submit'] },
      schema: { tags, summary: 'Change a draft or returned standard', params: idParam, body: s.updateStandardBody, response: one },
    },
    (req) => standards.updateStandard(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/fee-standards/:id/submit',
    {
      config: { permissions: ['fees.read', 'fees.standards.review', 'fees.standards.submit'] },
      schema: { tags, summary: 'Submit to the HQ business department (office)', params: idParam, response: one },
    },
    (req) => standards.submitStandard(contextOf(req), req.params.id),
  );
  app.post(
    '/api/fee-standards/:id/review',
    {
      config: { permissions: ['fees.read', 'fees.standards.approve', 'fees.standards.review'] },
      schema: { tags, summary: 'Pass the review (业务总部审核) on to the general manager', params: idParam, response: one },
    },
    (req) => standards.reviewStandard(contextOf(req), req.params.id),
  );
  app.post(
    '/api/fee-standards/:id/return',
    {
      config: { permissions: ['fees.read', 'fees.standards.approve', 'fees.standards.review', 'fees.standards.submit'] },
      schema: {
        tags,
        summary: 'Return to the office with a reason (HQ business or the general manager)',
        params: idParam,
        body: s.returnBody,
        response: one,
      },
    },
    (req) => standards.returnStandard(contextOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/fee-standards/:id/approve',
    {
      config: { permissions: ['fees.read', 'fees.standards.approve'] },
      schema: { tags, summary: 'Approve (总经理审批): it bills from its effective month', params: idParam, response: one },
    },
    (req) => standards.approveStandard(contextOf(req), req.params.id),
  );
}
