import { z } from 'zod';
import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './execution.schemas.js';
import * as execution from './execution.service.js';
import * as changes from './execution-changes.service.js';
import * as closure from './execution-closure.service.js';
import { projectSchema } from './project.schemas.js';

const tags = ['socialwork'];
const created = { 200: z.object({ id: z.string() }), ...errorResponses };
const done = { 200: projectSchema, ...errorResponses };

/** A project's execution (A3.4): progress plan, people, publicity, changes approved by supervisor and head, closure. */
export function executionRoutes(app: App): void {
  app.get(
    '/api/socialwork/projects/:id/execution',
    {
      config: { permissions: ['socialwork.read'] },
      schema: {
        tags,
        summary: 'The project’s plan in force, progress plan, people, publicity, change requests and closure feedback',
        params: idParam,
        response: { 200: s.executionSchema, ...errorResponses },
      },
    },
    (req) => execution.getExecution(contextOf(req), req.params.id),
  );
  app.post(
    '/api/socialwork/projects/:id/progress-items',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Add an item of the progress plan (推进计划) from an activity of the plan in force',
        params: idParam,
        body: s.progressItemCreateBody,
        response: { 200: s.progressItemSchema, ...errorResponses },
      },
    },
    (req) => execution.addProgressItem(contextOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/socialwork/progress-items/:id',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Move a progress item’s date or mark it done',
        params: idParam,
        body: s.progressItemEditBody,
        response: { 200: s.progressItemSchema, ...errorResponses },
      },
    },
    (req) => execution.editProgressItem(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/projects/:id/people',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Add a member of staff or a volunteer with their training',
        params: idParam,
        body: s.personCreateBody,
        response: created,
      },
    },
    (req) => execution.addPerson(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/projects/:id/publicity',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'Record a publicity of the project', params: idParam, body: s.publicityCreateBody, response: created },
    },
    (req) => execution.addPublicity(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/projects/:id/change-requests',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Request a change of the plan or of the needs, with the new plan (in force once supervisor and head approve)',
        params: idParam,
        body: s.changeRequestCreateBody,
        response: { 200: s.changeRequestSchema, ...errorResponses },
      },
    },
    (req) => changes.requestChange(contextOf(req), req.params.id, req.body),
  );
  for (const role of ['supervisor', 'head'] as const)
    app.post(
      `/api/socialwork/change-requests/:id/${role}-decision`,
      {
        config: { permissions: ['socialwork.read', role === 'supervisor' ? 'socialwork.supervise' : 'socialwork.approve'] },
        schema: {
          tags,
          summary:
            role === 'supervisor'
              ? 'The project supervisor approves or rejects a change (socialwork.supervise)'
              : 'The organisation head approves or rejects a change (socialwork.approve)',
          params: idParam,
          body: s.decisionBody,
          response: { 200: s.changeRequestSchema, ...errorResponses },
        },
      },
      (req) => changes.decideChange(contextOf(req), req.params.id, role, req.body),
    );
  app.post(
    '/api/socialwork/projects/:id/close-out',
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
        summary: 'Begin the closure: running → closing',
        params: idParam,
        body: s.projectVersionBody,
        response: done,
      },
    },
    (req) => closure.closeOut(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/projects/:id/feedback',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: {
        tags,
        summary: 'Record feedback of a user or partner gathered at closure',
        params: idParam,
        body: s.feedbackCreateBody,
        response: created,
      },
    },
    (req) => closure.addFeedback(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/feedback/:id/reply',
    {
      config: { permissions: ['socialwork.execute', 'socialwork.read'] },
      schema: { tags, summary: 'Reply to a feedback', params: idParam, body: s.replyBody, response: created },
    },
    (req) => closure.replyFeedback(contextOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/socialwork/projects/:id/summary',
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
      schema: { tags, summary: 'Write the project summary', params: idParam, body: s.summaryBody, response: done },
    },
    (req) => closure.writeSummary(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/socialwork/projects/:id/close',
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
        summary: 'Close the project: every feedback answered and the summary written',
        params: idParam,
        body: s.projectVersionBody,
        response: done,
      },
    },
    (req) => closure.closeProject(contextOf(req), req.params.id, req.body),
  );
}
