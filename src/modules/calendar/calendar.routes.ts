import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportCalendarYear } from './calendar.export.js';
import * as s from './calendar.schemas.js';
import * as calendar from './calendar.service.js';

/** 工作日历 (A4.7): a year's special days and working hours; keeping the days; a year's import; the Excel. */
export function calendarRoutes(app: App): void {
  const tags = ['calendar'];
  app.get(
    '/api/calendar',
    {
      config: { permissions: 'any' },
      schema: {
        tags,
        summary: 'A year of the organisation’s calendar: holidays, make-up working days and working hours (anyone signed in)',
        querystring: s.yearQuery,
        response: { 200: s.calendarSchema, ...errorResponses },
      },
    },
    (req) => calendar.getCalendar(contextOf(req), req.query.year),
  );
  app.get(
    '/api/calendar/export.xlsx',
    {
      config: { permissions: 'any' },
      schema: { ...exportSchema, summary: 'A year’s special days as Excel', querystring: s.yearExportQuery },
    },
    async (req, reply) => {
      const { year, lang } = req.query;
      return sendXlsx(reply, `calendar-${year}.xlsx`, await exportCalendarYear(contextOf(req), year, printLocale(lang)));
    },
  );
  app.put(
    '/api/calendar/days/:day',
    {
      config: { permissions: ['calendar.manage'] },
      schema: {
        tags,
        summary: 'Mark a date a holiday or a make-up working day (calendar.manage)',
        params: s.dayParam,
        body: s.putDayBody,
        response: { 200: s.specialDaySchema, ...errorResponses },
      },
    },
    (req) => calendar.putDay(contextOf(req), req.params.day, req.body),
  );
  app.delete(
    '/api/calendar/days/:day',
    {
      config: { permissions: ['calendar.manage'] },
      schema: {
        tags,
        summary: 'Make a date an ordinary day again (calendar.manage)',
        params: s.dayParam,
        response: { 204: s.removedSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      await calendar.removeDay(contextOf(req), req.params.day);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/calendar/years/:year/import',
    {
      config: { permissions: ['calendar.manage'] },
      schema: {
        tags,
        summary: 'Replace a year’s special days with a list, all or nothing (calendar.manage)',
        params: s.yearParam,
        body: s.importBody,
        response: { 200: s.calendarSchema, ...errorResponses },
      },
    },
    (req) => calendar.importYear(contextOf(req), req.params.year, req.body.days),
  );
}
