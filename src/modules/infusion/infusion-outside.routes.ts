import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './infusion-outside.schemas.js';
import * as outside from './infusion-outside.service.js';

const tags = ['infusion'];
const one = { 200: s.outsideDrugDetailSchema, ...errorResponses };

/** A drug brought from another hospital and its four signed steps (A5.5). */
export function outsideDrugRoutes(app: App): void {
  app.get(
    '/api/infusion/outside-drugs',
    {
      config: { permissions: ['infusion.order', 'infusion.pharmacist_review', 'infusion.read'] },
      schema: {
        tags,
        summary: 'Outside drugs of your centres and stations, with the next step of each',
        querystring: s.outsideDrugListQuery,
        response: { 200: s.outsideDrugPage, ...errorResponses },
      },
    },
    (req) => outside.listOutsideDrugs(contextOf(req), req.query),
  );
  app.get(
    '/api/infusion/outside-drugs/drug-choices',
    {
      config: { permissions: ['infusion.read'] },
      schema: {
        tags,
        summary: 'The active drugs of a patient’s centre, to name the outside drug',
        querystring: s.drugChoicesQuery,
        response: { 200: s.drugChoicesSchema, ...errorResponses },
      },
    },
    (req) => outside.drugChoices(contextOf(req), req.query.patientId),
  );
  app.get(
    '/api/infusion/outside-drugs/:id',
    {
      config: { permissions: ['infusion.order', 'infusion.pharmacist_review', 'infusion.read'] },
      schema: { tags, summary: 'One outside drug: each step with who and when', params: idParam, response: one },
    },
    (req) => outside.getOutsideDrug(contextOf(req), req.params.id),
  );
  app.post(
    '/api/infusion/outside-drugs',
    {
      config: { permissions: ['infusion.first_dose', 'infusion.gp_check', 'infusion.read'] },
      schema: {
        tags,
        summary: 'Step 1: the first dose at the other hospital, without adverse reaction (A5.5)',
        body: s.createOutsideDrugBody,
        response: { 201: s.outsideDrugDetailSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await outside.recordFirstDose(contextOf(req), req.body)),
  );
  app.post(
    '/api/infusion/outside-drugs/:id/gp-check',
    {
      config: { permissions: ['infusion.gp_check', 'infusion.pharmacist_review', 'infusion.read'] },
      schema: { tags, summary: 'Step 2: the GP’s check of the prescription', params: idParam, body: s.gpCheckBody, response: one },
    },
    (req) => outside.signGpCheck(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/infusion/outside-drugs/:id/pharmacist-review',
    {
      config: { permissions: ['infusion.order', 'infusion.pharmacist_review', 'infusion.read'] },
      schema: {
        tags,
        summary: 'Step 3: the centre pharmacist’s review',
        params: idParam,
        body: s.pharmacistReviewBody,
        response: one,
      },
    },
    (req) => outside.signPharmacistReview(contextOf(req), req.params.id, req.body),
  );
}
