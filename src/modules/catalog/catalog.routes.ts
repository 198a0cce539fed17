import { z } from 'zod';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { DomainError } from '../../platform/http/errors.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './catalog.schemas.js';
import * as lists from './price-list.service.js';
import * as items from './service-item.service.js';

export function catalogRoutes(app: App): void {
  const tags = ['service items'];
  app.get(
    '/api/service-items',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'The service catalogue',
        querystring: s.itemQuery,
        response: { 200: z.array(s.itemSchema), ...errorResponses },
      },
    },
    (req) => items.listItems(contextOf(req), req.query),
  );
  app.post(
    '/api/service-items',
    {
      config: { permissions: ['catalog.manage'] },
      schema: { tags, summary: 'Define a service item', body: s.createItemBody, response: { 201: s.itemSchema, ...errorResponses } },
    },
    async (req, reply) => reply.status(201).send(await items.createItem(contextOf(req), req.body)),
  );
  app.patch(
    '/api/service-items/:id',
    {
      config: { permissions: ['catalog.manage'] },
      schema: {
        tags,
        summary: 'Change or retire an item',
        params: idParam,
        body: s.updateItemBody,
        response: { 200: s.itemSchema, ...errorResponses },
      },
    },
    (req) => items.updateItem(contextOf(req), req.params.id, req.body),
  );
}

export function priceListRoutes(app: App): void {
  const tags = ['price lists'];
  const one = { 200: s.priceListSchema, ...errorResponses };
  app.get(
    '/api/price-lists',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Price lists of the offices the caller sees',
        querystring: s.priceListQuery,
        response: { 200: z.array(s.priceListSummary), ...errorResponses },
      },
    },
    (req) => lists.listPriceLists(contextOf(req), req.query),
  );
  app.get(
    '/api/price-lists/published',
    {
      config: { permissions: 'any' },
      schema: { tags, summary: 'The list posted now at an office (what quotes use)', querystring: s.publishedQuery, response: one },
    },
    async (req) => {
      const posted = await lists.publishedPrices(contextOf(req), req.query.officeId);
      if (!posted) throw new DomainError('not_found', 'pricelist.none_published', 'this office has no published price list');
      return lists.getPriceList(contextOf(req), posted.list.id);
    },
  );
  app.get(
    '/api/price-lists/:id',
    { config: { permissions: 'any' }, schema: { tags, summary: 'One price list with its lines', params: idParam, response: one } },
    (req) => lists.getPriceList(contextOf(req), req.params.id),
  );
  app.post(
    '/api/price-lists',
    {
      config: { permissions: ['pricelist.edit'] },
      schema: {
        tags,
        summary: 'Start the next version of an office’s list',
        body: s.createPriceListBody,
        response: { 201: s.priceListSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await lists.createPriceList(contextOf(req), req.body)),
  );
  app.put(
    '/api/price-lists/:id/lines',
    {
      config: { permissions: ['pricelist.edit'] },
      schema: { tags, summary: 'Set the prices of a list in preparation', params: idParam, body: s.setLinesBody, response: one },
    },
    (req) => lists.setLines(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/price-lists/:id/submit',
    {
      config: { permissions: ['pricelist.approve', 'pricelist.edit'] },
      schema: { tags, summary: 'Submit for the office head’s approval', params: idParam, response: one },
    },
    (req) => lists.submitPriceList(contextOf(req), req.params.id),
  );
  app.post(
    '/api/price-lists/:id/return',
    {
      config: { permissions: ['pricelist.approve', 'pricelist.edit'] },
      schema: { tags, summary: 'Return to the preparer with a reason', params: idParam, body: s.returnBody, response: one },
    },
    (req) => lists.returnPriceList(contextOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/price-lists/:id/approve',
    { config: { permissions: ['pricelist.approve'] }, schema: { tags, summary: 'Approve (office head)', params: idParam, response: one } },
    (req) => lists.approvePriceList(contextOf(req), req.params.id),
  );
  app.post(
    '/api/price-lists/:id/publish',
    {
      config: { permissions: ['pricelist.approve'] },
      schema: { tags, summary: 'Post (公示) it; the previous list is superseded', params: idParam, response: one },
    },
    (req) => lists.publishPriceList(contextOf(req), req.params.id),
  );
}
