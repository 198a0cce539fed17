import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { JOB_STATES } from '../../platform/jobs/job.machine.js';

const title = z.object({ 'zh-CN': z.string(), en: z.string() }).describe('What the job does, in both languages');

export const jobListQuery = listQuery(['dueAt', 'updatedAt', 'kind', 'state'], {
  state: z.enum(JOB_STATES).optional().describe('pending (waiting or retrying), done, failed (no attempts left)'),
  kind: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z][a-z0-9.-]*$/)
    .optional()
    .describe('Only jobs of this kind, e.g. callbacks.draw'),
});

/** The jobs list's filters, search and sort without paging (the file holds every match), and the language. */
export const jobExportQuery = jobListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });

export const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title,
  key: z.string().describe('Unique per organisation; a recurring job’s key names its occurrence'),
  state: z.enum(JOB_STATES),
  dueAt: z.string().describe('When it may run (for a retry, after the backoff)'),
  attempts: z.number().int().describe('Attempts that ended, well or badly'),
  maxAttempts: z.number().int(),
  recurring: z.string().nullable().describe('The cron (5 fields, the organisation’s time zone) of a recurring job'),
  skippedOccurrences: z.number().int().describe('Occurrences passed over while the server was down, before this one'),
  lastRunAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastWorker: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ retry: z.boolean() }),
});

export const jobPage = pageOf(jobSchema).extend({
  kinds: z
    .array(z.object({ kind: z.string(), title, recurring: z.string().nullable() }))
    .describe('Every kind this server knows, for the filter'),
});

export const jobRunSchema = z.object({
  id: z.string(),
  attempt: z.number().int(),
  workerId: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  outcome: z.enum(['ok', 'failed']),
  summary: z.string().nullable(),
  error: z.string().nullable(),
  errorStack: z.string().nullable().describe('The first lines of the stack'),
});

export const runReportSchema = z.object({
  jobId: z.string(),
  kind: z.string(),
  key: z.string(),
  dueAt: z.string(),
  attempt: z.number().int(),
  outcome: z.enum(['ok', 'retry', 'failed']),
  summary: z.string().nullable(),
  error: z.string().nullable(),
  next: z.string().nullable().describe('Due again at (retry), or the next occurrence scheduled'),
});

export const runDueReply = z.object({ ran: z.array(runReportSchema), now: z.string() });

export const clockSchema = z.object({
  demoMode: z.boolean().describe('Whether this server lets its clock be set (demo mode)'),
  now: z.string().describe('The server’s time, simulated in demo mode'),
  simulated: z.boolean().describe('The time differs from the real time'),
});

export const setClockBody = z.strictObject({
  at: z.iso
    .datetime({ offset: true })
    .refine((v) => {
      const y = new Date(v).getUTCFullYear();
      return y >= 2000 && y <= 2100;
    }, 'between 2000 and 2100')
    .nullable()
    .describe('The simulated time (ISO 8601); null goes back to the real time'),
});
