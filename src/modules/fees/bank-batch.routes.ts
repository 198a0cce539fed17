import { XLSX } from '../../platform/export/xlsx.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { DomainError } from '../../platform/http/errors.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './bank-batch.schemas.js';
import * as batches from './bank-batch.service.js';

const tags = ['fees'];
const CSV = 'text/csv; charset=utf-8';

/** Decodes the uploaded file; text that is not base64 is refused with the field named. */
function decodeFile(base64: string): Buffer {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64.replace(/\s+/g, '')))
    throw new DomainError('unprocessable', 'bank_return.unreadable', 'the file is not base64', [
      { field: 'file', code: 'bank_return.unreadable', message: 'send the return file base64-encoded' },
    ]);
  return Buffer.from(base64, 'base64');
}

export function bankBatchRoutes(app: App): void {
  app.get(
    '/api/bank-batches',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Bank collection batches of the caller’s offices',
        querystring: s.batchListQuery,
        response: { 200: s.batchPage, ...errorResponses },
      },
    },
    (req) => batches.listBatches(contextOf(req), req.query),
  );
  app.get(
    '/api/bank-batches/:id',
    {
      config: { permissions: ['fees.bank', 'fees.read'] },
      schema: { tags, summary: 'One batch with its lines', params: idParam, response: { 200: s.batchDetail, ...errorResponses } },
    },
    (req) => batches.getBatch(contextOf(req), req.params.id),
  );
  app.get(
    '/api/bank-batches/preview',
    {
      config: { permissions: ['fees.bank', 'fees.read'] },
      schema: {
        tags,
        summary: 'What exporting a batch now would collect, and the bills it would hold out (an adjustment awaiting approval)',
        querystring: s.previewQuery,
        response: { 200: s.batchPreview, ...errorResponses },
      },
    },
    (req) => batches.previewBatch(contextOf(req), req.query),
  );
  app.post(
    '/api/bank-batches',
    {
      config: { permissions: ['fees.bank', 'fees.read'] },
      schema: {
        tags,
        summary:
          'Export a collection batch: the open bills of the month and before of units with an active mandate, less those with an adjustment awaiting approval (422 bank_batch.empty when none)',
        body: s.createBatchBody,
        response: { 201: s.createdBatch, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await batches.createBatch(contextOf(req), req.body)),
  );
  app.get(
    '/api/bank-batches/:id/file',
    {
      config: { permissions: ['fees.bank', 'fees.read'] },
      schema: {
        tags: ['exports'],
        produces: [CSV, XLSX],
        summary: 'The batch’s file for the bank (docs/bank-collection-format.md), CSV in UTF-8 with BOM or Excel',
        params: idParam,
        querystring: s.fileQuery,
      },
    },
    async (req, reply) => {
      const { name, file } = await batches.batchFile(contextOf(req), req.params.id, req.query.format);
      const xlsx = req.query.format === 'xlsx';
      return reply
        .type(xlsx ? XLSX : CSV)
        .header('content-disposition', `attachment; filename="${name}.${xlsx ? 'xlsx' : 'csv'}"`)
        .send(file);
    },
  );
  app.post(
    '/api/bank-batches/:id/return',
    {
      config: { permissions: ['fees.bank', 'fees.read'] },
      bodyLimit: 12 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import the bank’s return file: paid lines settle their bills, failed ones go back to the desk, unmatched ones are listed',
        params: idParam,
        body: s.returnBody,
        response: { 200: s.returnResult, ...errorResponses },
      },
    },
    (req) => batches.importReturn(contextOf(req), req.params.id, { file: decodeFile(req.body.file), format: req.body.format }),
  );
  app.post(
    '/api/bank-batches/:id/close',
    {
      config: { permissions: ['fees.bank', 'fees.read'] },
      schema: {
        tags,
        summary: 'Close a returned batch: lines its return file did not mention fail as 未回盘 and their bills go back to the desk',
        params: idParam,
        body: s.closeBody,
        response: { 200: s.batchDetail, ...errorResponses },
      },
    },
    (req) => batches.closeBatch(contextOf(req), req.params.id, req.body),
  );
}
