import type { FastifyReply } from 'fastify';
import { XLSX } from '../../platform/export/xlsx.js';
import { errorResponses } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportArrears } from './arrears.export.js';
import { renderArrearsNotices } from './arrears.print.js';
import * as s from './arrears.schemas.js';
import { listArrears } from './arrears.service.js';
import * as rs from './collection-rate.schemas.js';
import { collectionRate } from './collection-rate.service.js';

const tags = ['fees'];
/** The most notices one bulk print holds (one A4 page each). */
export const BULK_NOTICE_LIMIT = 500;
const sendHtml = async (reply: FastifyReply, page: Promise<string>) => reply.type('text/html; charset=utf-8').send(await page);

export function arrearsRoutes(app: App): void {
  app.get(
    '/api/arrears',
    {
      config: { permissions: ['fees.read'] },
      schema: {
        tags,
        summary: 'Arrears (欠费) per unit as of today, with ageing by months overdue; the largest first',
        querystring: s.arrearsListQuery,
        response: { 200: s.arrearsPage, ...errorResponses },
      },
    },
    (req) => listArrears(contextOf(req), req.query),
  );
  app.get(
    '/api/arrears/export.xlsx',
    {
      config: { permissions: ['fees.read'] },
      schema: {
        tags: ['exports'],
        produces: [XLSX],
        summary: 'The arrears the list shows, as Excel, with a totals row',
        querystring: s.arrearsExportQuery,
      },
    },
    async (req, reply) => {
      const { lang, page: _p, pageSize: _s, sort: _o, ...f } = req.query;
      const file = await exportArrears(contextOf(req), f, printLocale(lang));
      return reply.type(XLSX).header('content-disposition', 'attachment; filename="arrears.xlsx"').send(file);
    },
  );
  app.get(
    '/api/arrears/notices',
    {
      config: { permissions: ['fees.read'] },
      schema: {
        tags,
        summary: `催缴通知单 of every unit the arrears list's filters match, one A4 page each (HTML, at most ${BULK_NOTICE_LIMIT})`,
        querystring: s.noticesQuery,
      },
    },
    async (req, reply) => {
      const { lang, ...f } = req.query;
      return sendHtml(reply, renderArrearsNotices(contextOf(req), f, printLocale(lang), BULK_NOTICE_LIMIT));
    },
  );
  app.get(
    '/api/arrears/:unitId/notice',
    {
      config: { permissions: ['fees.read'] },
      schema: { tags, summary: 'The 催缴通知单 of one unit (A4 HTML)', params: s.unitParam, querystring: s.noticeQuery },
    },
    async (req, reply) =>
      sendHtml(reply, renderArrearsNotices(contextOf(req), { unitId: req.params.unitId }, printLocale(req.query.lang), 1)),
  );
  app.get(
    '/api/collection-rate',
    {
      config: { permissions: ['fees.supervise'] },
      schema: {
        tags,
        summary: 'The collection rate (收缴率) of a month per office, estate, building or unit, its totals and 12-month trend',
        querystring: rs.collectionRateQuery,
        response: { 200: rs.collectionRateResult, ...errorResponses },
      },
    },
    (req) => collectionRate(contextOf(req), req.query),
  );
}
