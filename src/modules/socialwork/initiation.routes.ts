import { z } from 'zod';
import { errorResponses, idParam, version } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as s from './initiation.schemas.js';
import * as initiation from './initiation.service.js';
import { renderPlan } from './plan.print.js';
import * as plans from './plan.service.js';
import { projectSchema } from './project.schemas.js';
import { getProject } from './project.service.js';

const tags = ['socialwork'];
const plan = { 200: s.planSchema, ...errorResponses };

/** 立项 of a social-work project (A3.3): needs survey, project plan and its approval, agreements, files, the start. */
export function initiationRoutes(app: App): void {
  app.get(
    '/api/socialwork/projects/:id/surveys',
    {
      config: { permissions: ['socialwork.read'] },
      schema: { tags, summary: 'The needs surveys of a project', params: idParam, response: { 200: s.surveyList, ...errorResponses } },
    },
    (req) => initiation.listSurveys(contextOf(req), req.params.id),
  );
  app.post(
    '/api/socialwork/projects/:id/surveys',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Record a needs survey (需求调查) while the project is being initiated',
        params: idParam,
        body: s.surveyBody,
        response: { 201: s.surveySchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await initiation.recordSurvey(contextOf(req), req.params.id, req.body)),
  );
  app.put(
    '/api/socialwork/surveys/:id',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Correct a needs survey while the project is being initiated',
        params: idParam,
        body: s.surveyBody,
        response: { 200: s.surveySchema, ...errorResponses },
      },
    },
    (req) => initiation.editSurvey(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/socialwork/projects/:id/plans',
    {
      config: { permissions: ['socialwork.approve', 'socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'Every version of the project plan', params: idParam, response: { 200: s.planList, ...errorResponses } },
    },
    (req) => plans.listProjectPlans(contextOf(req), req.params.id),
  );
  app.post(
    '/api/socialwork/projects/:id/plans',
    {
      config: { permissions: ['socialwork.approve', 'socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Draft the project plan (项目计划书), version 1',
        params: idParam,
        body: s.planBody,
        response: { 201: s.planSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await plans.draftPlan(contextOf(req), req.params.id, req.body.content)),
  );
  app.get(
    '/api/socialwork/plans/:id',
    {
      config: { permissions: ['socialwork.approve', 'socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'One plan version', params: idParam, response: plan },
    },
    (req) => plans.getPlan(contextOf(req), req.params.id),
  );
  app.put(
    '/api/socialwork/plans/:id',
    {
      config: { permissions: ['socialwork.approve', 'socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'Edit a draft or returned plan', params: idParam, body: s.planEditBody, response: plan },
    },
    (req) => plans.editPlan(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/plans/:id/submit',
    {
      config: { permissions: ['socialwork.approve', 'socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'Submit the plan to the organisation head', params: idParam, body: s.planStepBody, response: plan },
    },
    (req) => plans.submitPlan(contextOf(req), req.params.id, req.body.version),
  );
  app.post(
    '/api/socialwork/plans/:id/approve',
    {
      config: { permissions: ['socialwork.approve', 'socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'Approve a submitted plan (organisation head)', params: idParam, body: s.planStepBody, response: plan },
    },
    (req) => plans.approvePlan(contextOf(req), req.params.id, req.body.version),
  );
  app.post(
    '/api/socialwork/plans/:id/return',
    {
      config: { permissions: ['socialwork.approve', 'socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Return a submitted plan with the reason (organisation head)',
        params: idParam,
        body: s.planReturnBody,
        response: plan,
      },
    },
    (req) => plans.returnPlan(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/socialwork/plans/:id/print',
    {
      config: { permissions: ['socialwork.read'] },
      schema: { tags, summary: 'The printed 项目计划书, A4 HTML', params: idParam, querystring: s.printQuery },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await renderPlan(contextOf(req), req.params.id, printLocale(req.query.lang))),
  );
  app.get(
    '/api/socialwork/projects/:id/agreements',
    {
      config: { permissions: ['socialwork.read'] },
      schema: {
        tags,
        summary: 'The funding and cooperation agreements of a project',
        params: idParam,
        response: { 200: s.agreementList, ...errorResponses },
      },
    },
    (req) => initiation.listAgreements(contextOf(req), req.params.id),
  );
  app.post(
    '/api/socialwork/projects/:id/agreements',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Record a funding or cooperation agreement',
        params: idParam,
        body: s.agreementBody,
        response: { 201: s.agreementSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await initiation.recordAgreement(contextOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/socialwork/projects/:id/attachments',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Keep a file (image or PDF, at most 5 MB) with a survey or an agreement',
        params: idParam,
        body: s.attachmentBody,
        response: { 201: s.attachmentSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await initiation.addAttachment(contextOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/socialwork/attachments/:id',
    {
      config: { permissions: ['socialwork.read'] },
      schema: { tags, summary: 'Download an attachment (readers of its project only)', params: idParam },
    },
    async (req, reply) => {
      const file = await initiation.downloadAttachment(contextOf(req), req.params.id);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(Buffer.from(file.bytes));
    },
  );
  app.post(
    '/api/socialwork/projects/:id/start',
    {
      config: {
        permissions: [
          'socialwork.approve',
          'socialwork.assess',
          'socialwork.ethics',
          'socialwork.execute',
          'socialwork.read',
          'socialwork.supervise',
        ],
      },
      schema: {
        tags,
        summary: 'Start the project (项目启动): needs a needs survey and an approved plan (A3.3)',
        params: idParam,
        body: z.strictObject({ version }),
        response: { 200: projectSchema, ...errorResponses },
      },
    },
    async (req) => {
      await initiation.startProject(contextOf(req), req.params.id, req.body.version);
      return getProject(contextOf(req), req.params.id);
    },
  );
}
