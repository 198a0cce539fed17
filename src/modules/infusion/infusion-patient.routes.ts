import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './infusion-patient.schemas.js';
import * as patients from './infusion-patient.service.js';

const tags = ['infusion'];
const one = { 200: s.patientDetailSchema, ...errorResponses };

/** Home-infusion patients and their eligibility (A5.1), judged on every save. */
export function patientRoutes(app: App): void {
  app.get(
    '/api/infusion/patients',
    {
      config: { permissions: ['infusion.patients', 'infusion.read'] },
      schema: {
        tags,
        summary: 'Patients of your centres and stations',
        querystring: s.patientListQuery,
        response: { 200: s.patientPage, ...errorResponses },
      },
    },
    (req) => patients.listPatients(contextOf(req), req.query),
  );
  app.post(
    '/api/infusion/patients',
    {
      config: { permissions: ['infusion.patients', 'infusion.read'] },
      schema: { tags, summary: 'Register a patient; the eligibility is judged at once', body: s.patientCreateBody, response: one },
    },
    (req) => patients.createPatient(contextOf(req), req.body),
  );
  app.get(
    '/api/infusion/patients/:id',
    {
      config: { permissions: ['infusion.patients', 'infusion.read'] },
      schema: { tags, summary: 'One patient', params: idParam, response: one },
    },
    (req) => patients.getPatient(contextOf(req), req.params.id),
  );
  app.put(
    '/api/infusion/patients/:id',
    {
      config: { permissions: ['infusion.patients', 'infusion.read'] },
      schema: {
        tags,
        summary: 'Change or stop serving a patient; the eligibility is judged again',
        params: idParam,
        body: s.patientEditBody,
        response: one,
      },
    },
    (req) => patients.editPatient(contextOf(req), req.params.id, req.body),
  );
}
