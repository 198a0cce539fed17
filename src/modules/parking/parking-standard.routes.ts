import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportParkingStandards } from './parking-standard.export.js';
import * as s from './parking-standard.schemas.js';
import * as standards from './parking-standard.service.js';

/** 停车收费标准: list, one, draft, edit, and the approval chain's steps (A2.4.1.2 through A2.3's chain). */
export function parkingStandardRoutes(app: App): void {
  const tags = ['parking standards'];
  const one = { 200: s.standardDetailSchema, ...errorResponses };
  app.get(
    '/api/parking/standards',
    {
      config: { permissions: ['fees.standards.review', 'parking.read'] },
      schema: {
        tags,
        summary: 'Parking standards of the caller’s car parks',
        querystring: s.standardListQuery,
        response: { 200: s.standardPage, ...errorResponses },
      },
    },
    (req) => standards.listParkingStandards(contextOf(req), req.query),
  );
  app.get(
    '/api/parking/standards/export.xlsx',
    {
      config: { permissions: ['fees.standards.review', 'parking.read'] },
      schema: { ...exportSchema, summary: 'The parking standards the list selects, as Excel', querystring: s.standardExportQuery },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendXlsx(reply, 'parking-standards.xlsx', await exportParkingStandards(contextOf(req), f, printLocale(lang)));
    },
  );
  app.get(
    '/api/parking/standards/:id',
    {
      config: { permissions: ['fees.standards.review', 'fees.standards.submit', 'parking.read'] },
      schema: { tags, summary: 'One parking standard with its pass prices and approval steps', params: idParam, response: one },
    },
    (req) => standards.getParkingStandard(contextOf(req), req.params.id),
  );
  app.post(
    '/api/parking/standards',
    {
      config: { permissions: ['fees.standards.submit', 'parking.read'] },
      schema: {
        tags,
        summary: 'Draft a parking standard for a car park (office head)',
        body: s.createStandardBody,
        response: { 201: s.standardDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await standards.createParkingStandard(contextOf(req), req.body)),
  );
  app.put(
    '/api/parking/standards/:id',
    {
      config: { permissions: ['fees.standards.submit', 'parking.read'] },
      schema: { tags, summary: 'Change a draft or returned parking standard', params: idParam, body: s.updateStandardBody, response: one },
    },
    (req) => standards.updateParkingStandard(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/parking/standards/:id/submit',
    {
      config: { permissions: ['fees.standards.review', 'fees.standards.submit', 'parking.read'] },
      schema: { tags, summary: 'Submit to the HQ business department (office)', params: idParam, response: one },
    },
    (req) => standards.submitParkingStandard(contextOf(req), req.params.id),
  );
  app.post(
    '/api/parking/standards/:id/review',
    {
      config: { permissions: ['fees.standards.approve', 'fees.standards.review', 'parking.read'] },
      schema: { tags, summary: 'Pass the review (业务总部审核) on to the general manager', params: idParam, response: one },
    },
    (req) => standards.reviewParkingStandard(contextOf(req), req.params.id),
  );
  app.post(
    '/api/parking/standards/:id/return',
    {
      config: { permissions: ['fees.standards.approve', 'fees.standards.review', 'fees.standards.submit', 'parking.read'] },
      schema: {
        tags,
        summary: 'Return to the office with a reason (HQ business or the general manager)',
        params: idParam,
        body: s.returnBody,
        response: one,
      },
    },
    (req) => standards.returnParkingStandard(contextOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/parking/standards/:id/approve',
    {
      config: { permissions: ['fees.standards.approve', 'parking.read'] },
      schema: {
        tags,
        summary: 'Approve (总经理审批): the car park charges by it from its effective month',
        params: idParam,
        response: one,
      },
    },
    (req) => standards.approveParkingStandard(contextOf(req), req.params.id),
  );
}
