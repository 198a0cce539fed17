import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { level } from './cleaning-plan.schemas.js';
import { area } from './cleaning-standard.schemas.js';

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .describe('A calendar month YYYY-MM in the organisation’s time zone');
const rate = z.number().int().nullable().describe('Pass rate in per mille (0–1000); null when nothing was checked');

export const scoreQuery = z.strictObject({
  month: month.optional().describe('Defaults to the current month'),
  orgId: z.uuid().optional(),
  estateId: z.uuid().optional(),
});
export const scoreExportQuery = scoreQuery.extend({ lang: exportLang });

const counts = { checks: z.number().int(), passed: z.number().int(), rate };

export const scoreSchema = z.object({
  month: z.string(),
  byArea: z.array(z.object({ estateId: z.string(), estateName: z.string(), area, level, ...counts })),
  byCleaner: z.array(z.object({ cleanerId: z.string(), cleanerName: z.string(), level, ...counts })),
  byCheck: z
    .array(z.object({ checkKey: z.string(), area, object: z.string(), criterion: z.string(), failed: z.number().int() }))
    .describe('Checks that failed this month, most failures first'),
  rectifications: z.object({
    opened: z.number().int(),
    fixedOnTime: z.number().int(),
    fixedLate: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
  }),
  inspections: z.object({ planned: z.number().int(), done: z.number().int(), missed: z.number().int() }),
  trend: z.array(z.object({ month: z.string(), level, ...counts })).describe('The last six months’ pass rate per level, oldest first'),
});
