import { z } from 'zod';
import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as demo from './demo-clock.service.js';
import { exportJobs } from './jobs.export.js';
import * as s from './jobs.schemas.js';
import * as jobs from './jobs.service.js';

export function jobsRoutes(app: App): void {
  const tags = ['scheduled jobs'];
  app.get(
    '/api/jobs',
    {
      config: { permissions: ['jobs.manage', 'jobs.read'] },
      schema: {
        tags,
        summary: 'Scheduled jobs of the organisation: state, when due, attempts, last error',
        querystring: s.jobListQuery,
        response: { 200: s.jobPage, ...errorResponses },
      },
    },
    (req) => jobs.listJobs(contextOf(req), req.query),
  );
  app.get(
    '/api/jobs/export.xlsx',
    {
      config: { permissions: ['jobs.manage', 'jobs.read'] },
      schema: {
        ...exportSchema,
        summary: 'The jobs the list selects with these filters, search and sort, every page, as Excel (at most 10,000 rows)',
        querystring: s.jobExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, ...filters } = req.query;
      return sendXlsx(reply, 'jobs.xlsx', await exportJobs(contextOf(req), filters, printLocale(lang)));
    },
  );
  app.get(
    '/api/jobs/:id/runs',
    {
      config: { permissions: ['jobs.read'] },
      schema: {
        tags,
        summary: 'Every ended attempt at a job, latest first, with its error',
        params: idParam,
        response: { 200: z.array(s.jobRunSchema), ...errorResponses },
      },
    },
    (req) => jobs.jobRuns(contextOf(req), req.params.id),
  );
  app.post(
    '/api/jobs/:id/retry',
    {
      config: { permissions: ['jobs.manage'] },
      schema: {
        tags,
        summary: 'Give a failed job a fresh set of attempts, due now',
        params: idParam,
        response: { 200: s.jobSchema, ...errorResponses },
      },
    },
    (req) => jobs.retryJob(contextOf(req), req.params.id),
  );
  app.post(
    '/api/jobs/run-due',
    {
      config: { permissions: ['jobs.manage'] },
      schema: {
        tags,
        summary: 'Demo mode: run the organisation’s due jobs now (404 outside demo mode)',
        response: { 200: s.runDueReply, ...errorResponses },
      },
    },
    (req) => demo.runDueNow(contextOf(req)),
  );
  app.get(
    '/api/demo/clock',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'The server’s time, and whether demo mode lets it be set',
        response: { 200: s.clockSchema, ...errorResponses },
      },
    },
    (req) => demo.readClock(contextOf(req)),
  );
  app.post(
    '/api/demo/clock',
    {
      config: { permissions: ['demo.clock'] },
      schema: {
        tags,
        summary: 'Demo mode: set the simulated time (e.g. a month end); 404 outside demo mode',
        body: s.setClockBody,
        response: { 200: s.clockSchema, ...errorResponses },
      },
    },
    (req) => demo.setDemoClock(contextOf(req), req.body.at),
  );
}
