import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as courses from './course.service.js';
import { exportHours } from './hours.export.js';
import * as hours from './hours.service.js';
import * as plans from './plan.service.js';
import * as sessions from './session.service.js';
import * as s from './training.schemas.js';

const tags = ['training'];

/** 学习培训 (A1.1): plans per period, sessions held with their attendees, outside courses, hours per person. */
export function trainingRoutes(app: App): void {
  const plan = { 200: s.planSchema, ...errorResponses };
  app.get(
    '/api/training/plans',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: {
        tags,
        summary: 'Training plans of your stations and centres',
        querystring: s.planListQuery,
        response: { 200: s.planList, ...errorResponses },
      },
    },
    (req) => plans.listPlans(contextOf(req), req.query),
  );
  app.post(
    '/api/training/plans',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: {
        tags,
        summary: 'Draft a training plan for a year or half-year',
        body: s.planCreateBody,
        response: { 201: s.planSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await plans.createPlan(contextOf(req), req.body)),
  );
  app.get(
    '/api/training/plans/:id',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: { tags, summary: 'One training plan', params: idParam, response: plan },
    },
    (req) => plans.getPlan(contextOf(req), req.params.id),
  );
  app.put(
    '/api/training/plans/:id',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: { tags, summary: 'Change a draft plan’s title and items', params: idParam, body: s.planEditBody, response: plan },
    },
    (req) => plans.editPlan(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/training/plans/:id/in-force',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: { tags, summary: 'Put a draft plan in force (station head)', params: idParam, body: s.planInForceBody, response: plan },
    },
    (req) => plans.putPlanInForce(contextOf(req), req.params.id, req.body),
  );

  const session = { 200: s.sessionSchema, ...errorResponses };
  app.get(
    '/api/training/sessions',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: {
        tags,
        summary: 'Training sessions held',
        querystring: s.sessionListQuery,
        response: { 200: s.sessionList, ...errorResponses },
      },
    },
    (req) => sessions.listSessions(contextOf(req), req.query),
  );
  app.post(
    '/api/training/sessions',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: {
        tags,
        summary: 'Record a session held with its attendees',
        body: s.sessionCreateBody,
        response: { 201: s.sessionSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await sessions.recordSession(contextOf(req), req.body)),
  );
  app.get(
    '/api/training/sessions/:id',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: { tags, summary: 'One session', params: idParam, response: session },
    },
    (req) => sessions.getSession(contextOf(req), req.params.id),
  );
  app.put(
    '/api/training/sessions/:id',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: { tags, summary: 'Correct a recorded session', params: idParam, body: s.sessionEditBody, response: session },
    },
    (req) => sessions.editSession(contextOf(req), req.params.id, req.body),
  );

  const course = { 200: s.courseSchema, ...errorResponses };
  app.get(
    '/api/training/courses',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: {
        tags,
        summary: 'Outside courses staff attended (上级培训班)',
        querystring: s.courseListQuery,
        response: { 200: s.courseList, ...errorResponses },
      },
    },
    (req) => courses.listCourses(contextOf(req), req.query),
  );
  app.post(
    '/api/training/courses',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: {
        tags,
        summary: 'Record an outside course a staff member attended',
        body: s.courseCreateBody,
        response: { 201: s.courseSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await courses.recordCourse(contextOf(req), req.body)),
  );
  app.get(
    '/api/training/courses/:id',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: { tags, summary: 'One outside course record', params: idParam, response: course },
    },
    (req) => courses.getCourse(contextOf(req), req.params.id),
  );
  app.put(
    '/api/training/courses/:id',
    {
      config: { permissions: ['training.manage', 'training.read'] },
      schema: { tags, summary: 'Correct an outside course record', params: idParam, body: s.courseEditBody, response: course },
    },
    (req) => courses.editCourse(contextOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/training/hours',
    {
      config: { permissions: ['training.read'] },
      schema: {
        tags,
        summary: 'Training hours per staff member of a node in a period',
        querystring: s.hoursQuery,
        response: { 200: s.hoursReport, ...errorResponses },
      },
    },
    (req) => hours.hoursReport(contextOf(req), req.query),
  );
  app.get(
    '/api/training/hours/export.xlsx',
    {
      config: { permissions: ['training.read'] },
      schema: { ...exportSchema, summary: 'The hours report as Excel', querystring: s.hoursExportQuery },
    },
    async (req, reply) => {
      const { lang, ...q } = req.query;
      return sendXlsx(reply, 'training-hours.xlsx', await exportHours(contextOf(req), q, printLocale(lang)));
    },
  );
  app.get(
    '/api/training/staff',
    {
      config: { permissions: ['training.read'] },
      schema: {
        tags,
        summary: 'Active staff of a station or centre, to pick attendees from',
        querystring: s.staffQuery,
        response: { 200: s.staffList, ...errorResponses },
      },
    },
    (req) => hours.trainingStaff(contextOf(req), req.query),
  );
}
