import { exportSchema, sendXlsx } from '../../platform/export/route.js';
import { errorResponses } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { printLocale } from '../../platform/print/messages.js';
import { exportScores } from './cleaning-score.export.js';
import * as s from './cleaning-score.schemas.js';
import { monthScores } from './cleaning-score.service.js';

const tags = ['cleaning'];

/** Scores (A6.3): pass rates per area, cleaner and level, failures by check, rectifications on time. */
export function scoreRoutes(app: App): void {
  app.get(
    '/api/cleaning/scores',
    {
      config: { permissions: ['cleaning.read'] },
      schema: {
        tags,
        summary: 'A month’s cleaning scores',
        querystring: s.scoreQuery,
        response: { 200: s.scoreSchema, ...errorResponses },
      },
    },
    (req) => monthScores(contextOf(req), req.query),
  );
  app.get(
    '/api/cleaning/scores/export.xlsx',
    {
      config: { permissions: ['cleaning.read'] },
      schema: { ...exportSchema, summary: 'The month’s cleaning scores as Excel', querystring: s.scoreExportQuery },
    },
    async (req, reply) => {
      const { lang, ...q } = req.query;
      const { month, file } = await exportScores(contextOf(req), q, printLocale(lang));
      return sendXlsx(reply, `cleaning-scores-${month}.xlsx`, file);
    },
  );
}
