import { errorResponses, idParam } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import * as s from './report.schemas.js';
import * as reports from './report.service.js';

const tags = ['reporting'];
const reportOut = { 200: s.reportSchema, ...errorResponses };

/** The stations' periodic reports upward (A1.3): work reports and 社情民意 reports, and their acknowledgement. */
export function reportRoutes(app: App): void {
  app.get(
    '/api/station-reports',
    {
      config: { permissions: ['reporting.acknowledge', 'reporting.read', 'reporting.submit'] },
      schema: {
        tags,
        summary: 'The stations’ periodic reports, the reports they owe, and the stations',
        querystring: s.reportListQuery,
        response: { 200: s.reportList, ...errorResponses },
      },
    },
    (req) => reports.listReports(contextOf(req), req.query),
  );
  app.post(
    '/api/station-reports',
    {
      config: { permissions: ['reporting.acknowledge', 'reporting.read', 'reporting.submit'] },
      schema: {
        tags,
        summary: 'Submit a station’s report of an ended month to its superior node',
        body: s.reportBody,
        response: reportOut,
      },
    },
    (req) => reports.submitReport(contextOf(req), req.body),
  );
  app.get(
    '/api/station-reports/:id',
    {
      config: { permissions: ['reporting.acknowledge', 'reporting.read'] },
      schema: { tags, summary: 'One periodic report with its files', params: idParam, response: reportOut },
    },
    (req) => reports.getReport(contextOf(req), req.params.id),
  );
  app.post(
    '/api/station-reports/:id/acknowledge',
    {
      config: { permissions: ['reporting.acknowledge', 'reporting.read'] },
      schema: {
        tags,
        summary: 'The superior node acknowledges a report, with an optional reply',
        params: idParam,
        body: s.acknowledgeBody,
        response: reportOut,
      },
    },
    (req) => reports.acknowledgeReport(contextOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/station-reports/attachments/:id',
    {
      config: { permissions: ['reporting.read'] },
      schema: { tags, summary: 'Download a report’s file (readers of its report only)', params: idParam },
    },
    async (req, reply) => {
      const file = await reports.downloadAttachment(contextOf(req), req.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(Buffer.from(file.bytes));
    },
  );
}
