import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { renderMeeting } from './meeting.print.js';
import * as s from './meeting.schemas.js';
import * as meetings from './meeting.service.js';

const tags = ['meetings'];
const meetingOut = { 200: s.meetingSchema, ...errorResponses };

/** Work meetings (A1.2): schedule, minutes with the fixed agenda, attendance, action items followed to done. */
export function meetingRoutes(app: App): void {
  app.get(
    '/api/meetings',
    {
      config: { permissions: ['meetings.manage', 'meetings.read'] },
      schema: {
        tags,
        summary: 'Your stations with when their next meeting is due, and their meetings',
        querystring: s.meetingListQuery,
        response: { 200: s.meetingList, ...errorResponses },
      },
    },
    (req) => meetings.listMeetings(contextOf(req), req.query),
  );
  app.post(
    '/api/meetings',
    {
      config: { permissions: ['meetings.manage', 'meetings.read'] },
      schema: { tags, summary: 'Schedule a work meeting at a station', body: s.scheduleBody, response: meetingOut },
    },
    (req) => meetings.scheduleMeeting(contextOf(req), req.body),
  );
  app.get(
    '/api/meetings/people',
    {
      config: { permissions: ['meetings.read'] },
      schema: {
        tags,
        summary: 'The station’s staff: chair, attendees and owners of action items',
        querystring: s.peopleQuery,
        response: { 200: s.people, ...errorResponses },
      },
    },
    (req) => meetings.meetingPeople(contextOf(req), req.query.orgId),
  );
  app.get(
    '/api/meetings/actions',
    {
      config: { permissions: ['meetings.manage', 'meetings.read'] },
      schema: {
        tags,
        summary: 'Action items of your stations: open, overdue, your own, or all',
        querystring: s.actionListQuery,
        response: { 200: s.actionList, ...errorResponses },
      },
    },
    (req) => meetings.listActions(contextOf(req), req.query),
  );
  app.post(
    '/api/meetings/actions/:id/done',
    {
      config: { permissions: ['meetings.manage', 'meetings.read'] },
      schema: {
        tags,
        summary: 'Mark an action item done with a note (its owner or the station head)',
        params: idParam,
        body: s.doneBody,
        response: { 200: s.actionSchema, ...errorResponses },
      },
    },
    (req) => meetings.markActionDone(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/meetings/:id',
    {
      config: { permissions: ['meetings.manage', 'meetings.read'] },
      schema: { tags, summary: 'A meeting with its minutes, attendance and action items', params: idParam, response: meetingOut },
    },
    (req) => meetings.getMeeting(contextOf(req), req.params.id),
  );
  app.post(
    '/api/meetings/:id/cancel',
    {
      config: { permissions: ['meetings.manage', 'meetings.read'] },
      schema: { tags, summary: 'Cancel a scheduled meeting, with the reason', params: idParam, body: s.cancelBody, response: meetingOut },
    },
    (req) => meetings.cancelMeeting(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/meetings/:id/minutes',
    {
      config: { permissions: ['meetings.manage', 'meetings.read'] },
      schema: {
        tags,
        summary: 'Record the minutes of a scheduled meeting: agenda, attendance, recorder, action items',
        params: idParam,
        body: s.minutesBody,
        response: meetingOut,
      },
    },
    (req) => meetings.recordMinutes(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/meetings/:id/print',
    {
      config: { permissions: ['meetings.manage', 'meetings.read'] },
      schema: { tags, summary: 'The printed 工作例会记录, A4 HTML', params: idParam, querystring: s.printQuery },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await renderMeeting(contextOf(req), req.params.id, printLocale(req.query.lang))),
  );
}
