import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as s from './desk.schemas.js';
import { deskUnit, previewAdvance } from './desk.service.js';
import { exportPayments } from './fee-payment.export.js';
import { getPayment, listPayments, payFees } from './fee-payment.service.js';

const tags = ['fees'];

/** Collection at the desk (A2.3, A2.4.1.1): a unit's open bills, months ahead, payments with their receipts. */
export function deskRoutes(app: App): void {
  app.get(
    '/api/fee-desk/units/:unitId',
    {
      config: { permissions: ['fees.collect'] },
      schema: {
        tags,
        summary: 'A unit at the desk: owner, open bills oldest first, total due, latest payments',
        params: s.unitParam,
        response: { 200: s.deskUnitSchema, ...errorResponses },
      },
    },
    (req) => deskUnit(contextOf(req), req.params.unitId),
  );
  app.get(
    '/api/fee-desk/units/:unitId/advance',
    {
      config: { permissions: ['fees.collect'] },
      schema: {
        tags,
        summary: 'The bills paying months ahead would make (nothing is written)',
        params: s.unitParam,
        querystring: s.advanceQuery,
        response: { 200: s.advanceSchema, ...errorResponses },
      },
    },
    (req) => previewAdvance(contextOf(req), req.params.unitId, req.query.months),
  );
  app.post(
    '/api/fee-payments',
    {
      config: { permissions: ['fees.collect', 'fees.read', 'receipts.issue'] },
      schema: {
        tags,
        summary: 'Take a payment at the desk: bills paid, receipt issued, cash into custody (one transaction)',
        body: s.payBody,
        response: { 201: s.paymentSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await payFees(contextOf(req), req.body)),
  );
  app.get(
    '/api/fee-payments',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Fee payments of the caller’s offices',
        querystring: s.paymentListQuery,
        response: { 200: s.paymentPage, ...errorResponses },
      },
    },
    (req) => listPayments(contextOf(req), req.query),
  );
  app.get(
    '/api/fee-payments/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: { ...exportSchema, summary: 'The fee payments the list shows, as Excel', querystring: s.paymentExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'fee-payments.xlsx', await exportPayments(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/fee-payments/:id',
    {
      config: { permissions: ['fees.read'] },
      schema: {
        tags,
        summary: 'One fee payment with the bills it paid',
        params: idParam,
        response: { 200: s.paymentSchema, ...errorResponses },
      },
    },
    (req) => getPayment(contextOf(req), req.params.id),
  );
}
