import { z } from 'zod';
import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as s from './feedback.schemas.js';
import { feedbackPhoto, getFeedback, listFeedback } from './feedback.service.js';
import { listForwardTargets } from './feedback-forward.service.js';
import { createFeedback } from './feedback-intake.service.js';
import { exportFeedbackReport } from './feedback-report.export.js';
import { monthReport, valuableSuggestions } from './feedback-report.service.js';
import {
  answerForward,
  closeFeedback,
  forwardFeedback,
  markSpam,
  markValuable,
  reopenFeedback,
  replyFeedback,
  resolveFeedback,
  tellFeedback,
} from './feedback-steps.service.js';

const tags = ['feedback'];
const one = { 200: s.feedbackDetailSchema, ...errorResponses };

/** The signed-in side of customer feedback (A4.5): the queue, intake, the steps, the report. */
export function feedbackRoutes(app: App): void {
  app.get(
    '/api/feedback',
    {
      config: { permissions: ['feedback.answer', 'feedback.handle', 'feedback.read'] },
      schema: {
        tags,
        summary: 'Customer feedback of your nodes, newest first',
        querystring: s.feedbackListQuery,
        response: { 200: s.feedbackPage, ...errorResponses },
      },
    },
    (req) => listFeedback(contextOf(req), req.query),
  );
  app.post(
    '/api/feedback',
    {
      config: { permissions: ['feedback.handle', 'feedback.read'] },
      bodyLimit: 12 * 1024 * 1024,
      schema: { tags, summary: 'Take feedback by hotline, letter or visit', body: s.createBody, response: one },
    },
    (req) => createFeedback(contextOf(req), req.body),
  );
  app.get(
    '/api/feedback/report',
    {
      config: { permissions: ['feedback.read'] },
      schema: {
        tags,
        summary: 'A month’s feedback: by kind and channel, reply and outcome times, satisfaction',
        querystring: s.reportQuery,
        response: { 200: s.reportSchema, ...errorResponses },
      },
    },
    (req) => monthReport(contextOf(req), req.query),
  );
  app.get(
    '/api/feedback/report/export.xlsx',
    {
      config: { permissions: ['feedback.read'] },
      schema: {
        ...exportSchema,
        summary: 'The month’s feedback report as Excel, as the report page shows it',
        querystring: s.reportExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, ...q } = req.query;
      const { month, file } = await exportFeedbackReport(contextOf(req), q, printLocale(lang));
      return sendXlsx(reply, `feedback-report-${month}.xlsx`, file);
    },
  );
  app.get(
    '/api/feedback/valuable-suggestions',
    {
      config: { permissions: ['feedback.read'] },
      schema: {
        tags,
        summary: 'Suggestions marked valuable in a quarter, with the departments’ answers',
        querystring: s.valuableQuery,
        response: { 200: s.valuableSchema, ...errorResponses },
      },
    },
    (req) => valuableSuggestions(contextOf(req), req.query),
  );
  app.get(
    '/api/feedback/:id',
    {
      config: { permissions: ['feedback.answer', 'feedback.handle', 'feedback.read'] },
      schema: { tags, summary: 'One feedback with its forwards and photos', params: idParam, response: one },
    },
    (req) => getFeedback(contextOf(req), req.params.id),
  );
  app.get(
    '/api/feedback/:id/forward-targets',
    {
      config: { permissions: ['feedback.handle'] },
      schema: {
        tags,
        summary: 'The departments of the company this feedback may be forwarded to, with who answers at each',
        params: idParam,
        response: { 200: z.array(s.forwardTargetSchema), ...errorResponses },
      },
    },
    (req) => listForwardTargets(contextOf(req), req.params.id),
  );
  app.get(
    '/api/feedback/:id/photos/:blobId',
    { config: { permissions: ['feedback.read'] }, schema: { tags, summary: 'A photo of the feedback', params: s.photoParams } },
    async (req, reply) => {
      const photo = await feedbackPhoto(contextOf(req), req.params.id, req.params.blobId);
      return reply.type(photo.contentType).send(Buffer.from(photo.bytes));
    },
  );
  const command = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: ReturnType<typeof contextOf>, id: string, body: z.infer<B>) => ReturnType<typeof getFeedback>,
  ) =>
    app.post(
      `/api/feedback/:id/${path}`,
      {
        config: { permissions: ['feedback.answer', 'feedback.handle', 'feedback.read'] },
        schema: { tags, summary, params: idParam, body, response: one },
      },
      (req) => run(contextOf(req), req.params.id, req.body as z.infer<B>),
    );
  command('reply', 'The first reply to the customer: how and what', s.replyBody, replyFeedback);
  command('forward', 'Forward to one or more departments', s.forwardBody, forwardFeedback);
  command('resolve', 'Resolved (refused while a forward is unanswered)', s.resolveBody, resolveFeedback);
  command('tell', 'The outcome told to the customer, and their satisfaction', s.tellBody, tellFeedback);
  command('close', 'Close after the customer was told', s.versionBody, closeFeedback);
  command('reopen', 'Reopen when the customer is not satisfied', s.reopenBody, reopenFeedback);
  command('spam', 'Mark a web-form submission as spam', s.versionBody, markSpam);
  command('valuable', 'Mark or unmark a suggestion as valuable', s.valuableBody, markValuable);
  app.post(
    '/api/feedback/:id/forwards/:forwardId/answer',
    {
      config: { permissions: ['feedback.answer', 'feedback.handle', 'feedback.read'] },
      schema: { tags, summary: 'A department’s answer to a forward', params: s.forwardParams, body: s.answerBody, response: one },
    },
    (req) => answerForward(contextOf(req), req.params.id, req.params.forwardId, req.body),
  );
}
