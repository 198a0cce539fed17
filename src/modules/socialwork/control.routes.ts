import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as assessments from './assessment.service.js';
import * as s from './control.schemas.js';
import * as control from './control.service.js';

const tags = ['socialwork'];
const controlOut = { 200: s.projectControl, ...errorResponses };
const assessmentOut = { 200: s.assessmentSchema, ...errorResponses };

/** A project's control (A3.5): monthly checks, supervision and opinions; the executors' assessments. */
export function controlRoutes(app: App): void {
  app.get(
    '/api/socialwork/projects/:id/control',
    {
      config: { permissions: ['socialwork.read'] },
      schema: { tags, summary: 'A project’s months, monthly checks, supervisions and opinions', params: idParam, response: controlOut },
    },
    (req) => control.projectControl(contextOf(req), req.params.id),
  );
  app.post(
    '/api/socialwork/projects/:id/monthly-checks',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Record the executor’s monthly check against both plans, with each missed item’s remedy',
        params: idParam,
        body: s.monthlyCheckBody,
        response: controlOut,
      },
    },
    (req) => control.recordCheck(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/projects/:id/supervisions',
    {
      config: { permissions: ['socialwork.read', 'socialwork.supervise'] },
      schema: {
        tags,
        summary: 'Record a monthly or on-site supervision with its opinions',
        params: idParam,
        body: s.supervisionBody,
        response: controlOut,
      },
    },
    (req) => control.recordSupervision(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/opinions/:id/answer',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'The executor answers a supervision opinion (once)',
        params: idParam,
        body: s.answerBody,
        response: controlOut,
      },
    },
    (req) => control.answerOpinion(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/socialwork/assessments',
    {
      config: { permissions: ['socialwork.assess'] },
      schema: {
        tags,
        summary: 'Executors you assess, with their projects, the period’s figures and assessments',
        querystring: s.assessmentQuery,
        response: { 200: s.assessmentOverview, ...errorResponses },
      },
    },
    (req) => assessments.assessmentOverview(contextOf(req), req.query),
  );
  app.post(
    '/api/socialwork/assessments',
    {
      config: { permissions: ['socialwork.assess'] },
      schema: { tags, summary: 'Assess an executor for a period', body: s.assessmentBody, response: assessmentOut },
    },
    (req) => assessments.recordAssessment(contextOf(req), req.body),
  );
  app.get(
    '/api/socialwork/assessments/:id',
    {
      config: { permissions: ['socialwork.assess'] },
      schema: { tags, summary: 'One assessment', params: idParam, response: assessmentOut },
    },
    (req) => assessments.readAssessment(contextOf(req), req.params.id),
  );
}
