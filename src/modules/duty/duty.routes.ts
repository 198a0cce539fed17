import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import * as s from './duty.schemas.js';
import * as logs from './log.service.js';
import { renderRoster } from './roster.print.js';
import * as rosters from './roster.service.js';

const tags = ['duty'];
const roster = { 200: s.rosterSchema, ...errorResponses };
const log = { 200: s.logSchema, ...errorResponses };

/** 值班备勤 (A1.5): the station's duty roster with swaps, the daily duty log and the handover. */
export function dutyRoutes(app: App): void {
  app.get(
    '/api/duty/stations',
    {
      config: { permissions: ['duty.read'] },
      schema: { tags, summary: 'The stations whose duty rosters you may see', response: { 200: s.stationList, ...errorResponses } },
    },
    (req) => rosters.listStations(contextOf(req)),
  );
  app.get(
    '/api/duty/roster',
    {
      config: { permissions: ['duty.log', 'duty.read', 'duty.roster'] },
      schema: { tags, summary: 'A station’s duty roster for one month, after swaps', querystring: s.rosterQuery, response: roster },
    },
    (req) => rosters.getRosterMonth(contextOf(req), req.query.orgId, req.query.month),
  );
  app.put(
    '/api/duty/roster/days',
    {
      config: { permissions: ['duty.log', 'duty.read', 'duty.roster'] },
      schema: { tags, summary: 'Put people on duty (or nobody) on some days, from today on', body: s.rosterDaysBody, response: roster },
    },
    (req) => rosters.setDays(contextOf(req), req.body),
  );
  app.post(
    '/api/duty/roster/rotation',
    {
      config: { permissions: ['duty.log', 'duty.read', 'duty.roster'] },
      schema: { tags, summary: 'Fill a range of days by rotation among chosen people', body: s.rotationBody, response: roster },
    },
    (req) => rosters.fillRotation(contextOf(req), req.body),
  );
  app.put(
    '/api/duty/roster/contact',
    {
      config: { permissions: ['duty.log', 'duty.read', 'duty.roster'] },
      schema: { tags, summary: 'Set the station head’s 24-hour phone on the roster', body: s.contactBody, response: roster },
    },
    (req) => rosters.setContact(contextOf(req), req.body),
  );
  app.post(
    '/api/duty/swaps',
    {
      config: { permissions: ['duty.log', 'duty.read', 'duty.roster'] },
      schema: { tags, summary: 'Record a swap of duty (换班) for a day', body: s.swapBody, response: roster },
    },
    (req) => rosters.recordSwap(contextOf(req), req.body),
  );
  app.get(
    '/api/duty/roster/print',
    {
      config: { permissions: ['duty.log', 'duty.read', 'duty.roster'] },
      schema: { tags, summary: 'The printed 值班表 of a month, A4 HTML', querystring: s.printQuery },
    },
    async (req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(await renderRoster(contextOf(req), req.query.orgId, req.query.month, printLocale(req.query.lang))),
  );
  app.get(
    '/api/duty/today',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'Your duty today, your past days without a log, handovers to receive',
        response: { 200: s.todaySchema, ...errorResponses },
      },
    },
    (req) => logs.myDuty(contextOf(req)),
  );
  app.get(
    '/api/duty/logs',
    {
      config: { permissions: ['duty.read'] },
      schema: {
        tags,
        summary: 'Duty logs of your stations between two days',
        querystring: s.logListQuery,
        response: { 200: s.logList, ...errorResponses },
      },
    },
    (req) => logs.listLogs(contextOf(req), req.query),
  );
  app.put(
    '/api/duty/logs',
    {
      config: { permissions: ['duty.log', 'duty.read'] },
      schema: { tags, summary: 'Write or change the duty log of your day on duty', body: s.logBody, response: log },
    },
    (req) => logs.writeLog(contextOf(req), req.body),
  );
  app.get(
    '/api/duty/logs/:id',
    { config: { permissions: ['duty.read'] }, schema: { tags, summary: 'One duty log', params: idParam, response: log } },
    (req) => logs.getLog(contextOf(req), req.params.id),
  );
  app.post(
    '/api/duty/logs/:id/handover',
    {
      config: { permissions: ['duty.read'] },
      schema: { tags, summary: 'Hand over (交班) to the next person on duty', params: idParam, body: s.handoverBody, response: log },
    },
    (req) => logs.handOver(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/duty/logs/:id/receive',
    {
      config: { permissions: ['duty.read'] },
      schema: { tags, summary: 'Receive the handover (接班)', params: idParam, body: s.receiveBody, response: log },
    },
    (req) => logs.receive(contextOf(req), req.params.id, req.body),
  );
}
