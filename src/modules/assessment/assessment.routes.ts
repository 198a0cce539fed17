import type { z } from 'zod';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { renderAnnual } from './annual.print.js';
import * as annual from './annual.service.js';
import * as s from './assessment.schemas.js';
import * as criteria from './criteria.service.js';
import * as responsibilities from './responsibility.service.js';
import * as rewards from './reward.service.js';

const tags = ['assessment'];
const answers = <T extends z.ZodType>(schema: T) => ({ 200: schema, ...errorResponses });

/** 考核奖惩 (A1.6): posted responsibilities, criteria, rewards and penalties, the year-end assessment and its form. */
export function assessmentRoutes(app: App): void {
  app.get(
    '/api/assessment/staff',
    {
      config: { permissions: ['assessment.manage', 'assessment.read'] },
      schema: {
        tags,
        summary: 'A node’s staff with their posted responsibilities',
        querystring: s.staffQuery,
        response: answers(s.staffList),
      },
    },
    (req) => responsibilities.listStaff(contextOf(req), req.query.orgId),
  );
  app.post(
    '/api/assessment/responsibilities',
    {
      config: { permissions: ['assessment.manage', 'assessment.read'] },
      schema: {
        tags,
        summary: 'Post a staff member’s responsibilities (replaces the ones in force)',
        body: s.responsibilityBody,
        response: answers(s.responsibilitySchema),
      },
    },
    (req) => responsibilities.postResponsibility(contextOf(req), req.body),
  );
  app.get(
    '/api/assessment/criteria',
    {
      config: { permissions: ['assessment.manage', 'assessment.read'] },
      schema: {
        tags,
        summary: 'The assessment criteria in force at a node for a year',
        querystring: s.orgYearQuery,
        response: answers(s.criteriaAnswer),
      },
    },
    (req) => criteria.getCriteria(contextOf(req), req.query.orgId, req.query.year),
  );
  app.put(
    '/api/assessment/criteria',
    {
      config: { permissions: ['assessment.manage', 'assessment.read'] },
      schema: {
        tags,
        summary: 'Set a node’s assessment criteria for a year (weights add up to 100)',
        body: s.criteriaBody,
        response: answers(s.criteriaSchema),
      },
    },
    (req) => criteria.setCriteria(contextOf(req), req.body),
  );
  app.get(
    '/api/assessment/rewards',
    {
      config: { permissions: ['assessment.manage', 'assessment.read'] },
      schema: {
        tags,
        summary: 'Rewards and penalties of a node’s staff in a year (yours only, unless you manage)',
        querystring: s.orgYearQuery,
        response: answers(s.rewardList),
      },
    },
    (req) => rewards.listRewards(contextOf(req), req.query.orgId, req.query.year),
  );
  app.post(
    '/api/assessment/rewards',
    {
      config: { permissions: ['assessment.manage'] },
      schema: { tags, summary: 'Record a reward or penalty of a staff member', body: s.rewardBody, response: answers(s.rewardSchema) },
    },
    (req) => rewards.recordReward(contextOf(req), req.body),
  );
  app.get(
    '/api/assessment/assessments',
    {
      config: { permissions: ['assessment.manage', 'assessment.read'] },
      schema: {
        tags,
        summary: 'The year-end assessments of a node’s staff (yours only, unless you manage)',
        querystring: s.orgYearQuery,
        response: answers(s.annualList),
      },
    },
    (req) => annual.listAnnual(contextOf(req), req.query.orgId, req.query.year),
  );
  app.post(
    '/api/assessment/assessments',
    {
      config: { permissions: ['assessment.manage'] },
      schema: {
        tags,
        summary: 'Save a person’s year-end assessment (replaces the one saved)',
        body: s.annualBody,
        response: answers(s.annualSchema),
      },
    },
    (req) => annual.saveAnnual(contextOf(req), req.body),
  );
  app.get(
    '/api/assessment/people/:id',
    {
      config: { permissions: ['assessment.manage', 'assessment.read'] },
      schema: {
        tags,
        summary: 'A person’s year: responsibilities, criteria, rewards, figures and assessment',
        params: idParam,
        querystring: s.yearQuery,
        response: answers(s.personSheet),
      },
    },
    (req) => annual.personSheet(contextOf(req), req.params.id, req.query.year),
  );
  app.get(
    '/api/assessment/assessments/:id/print',
    {
      config: { permissions: ['assessment.manage', 'assessment.read'] },
      schema: { tags, summary: 'The printed 年度考核表, A4 HTML', params: idParam, querystring: s.printQuery },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await renderAnnual(contextOf(req), req.params.id, printLocale(req.query.lang))),
  );
}
