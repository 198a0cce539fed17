import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';

const localized = z.object({ 'zh-CN': z.string(), en: z.string() });

const periodFields = {
  from: z.iso.date().optional().describe('First business date of a period (with `to`): dated breaches whose deadline fell in it'),
  to: z.iso.date().optional().describe('Last business date of the period, included'),
};

export const complianceQuery = z.strictObject({
  org: z.uuid().optional().describe('Org node to check (its subtree); all of the caller’s nodes when absent'),
  ...periodFields,
});

export const breachesQuery = z.strictObject({
  org: z.uuid().optional().describe('Org node to check (its subtree); all of the caller’s nodes when absent'),
  ...periodFields,
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('Breaches per page (at most 100)'),
});

/** The breaches list's node and period without paging (the file holds every breach), and the language. */
export const breachesExportQuery = breachesQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });

export const monitorParam = z.strictObject({
  monitorId: z.string().min(1).max(100).describe('Monitor id, e.g. money.books_not_returned'),
});

const orgRef = z.object({ id: z.string(), name: z.string() }).nullable().describe('The node checked; null for all of the caller’s nodes');
const periodRef = z
  .object({ from: z.string(), to: z.string() })
  .nullable()
  .describe('The period asked (business dates); null: breaches now');
const periodic = z.boolean().describe('Counted for the period (missed deadlines dated in it); false: breaches now');

export const complianceSchema = z.object({
  org: orgRef,
  period: periodRef,
  checkedAt: z.string().describe('When the counts were taken (ISO UTC)'),
  clauses: z.array(
    z.object({
      id: z.string().describe('Clause id of the regulations, e.g. A2.4.3'),
      regulation: z.string().describe('A1…A7, or X'),
      regulationTitle: localized,
      title: localized,
      summary: z.string().describe('What the system must do (the spec’s words)'),
      coverage: z
        .enum(['enforced', 'monitored', 'enforced_and_monitored', 'provided', 'not_covered'])
        .describe(
          'enforced: the server refuses the breach; monitored: a monitor counts breaches; both; provided: neither, but a feature fulfils it; or not yet covered',
        ),
      status: z
        .enum(['ok', 'breached', 'not_monitored'])
        .describe('What the monitors say: ok, no breach; breached: see breaches; not_monitored: no monitor checks the clause'),
      breaches: z.number().int().nullable().describe('Current breaches over the clause’s monitors; null when not monitored'),
      monitors: z.array(z.object({ id: z.string(), title: localized, count: z.number().int(), periodic })),
      enforced: z
        .array(
          z.object({
            code: z.string().describe('The refusal’s problem+json code; the web shows `compliance:rules.<code>`'),
            module: z.string().describe('The module that enforces it'),
            description: z.string().describe('The rule in English'),
            test: z.string().describe('The test that shows the refusal (path from the repository root)'),
          }),
        )
        .describe('The rules the server enforces for the clause, refusing the breach'),
      provided: z
        .array(
          z.object({
            key: z.string().describe('The feature; the web shows `compliance:features.<key>`'),
            module: z.string().describe('The module that provides it'),
            description: z.string().describe('The feature in English'),
            test: z.string().describe('The test that shows the feature at work (path from the repository root)'),
          }),
        )
        .describe('The features that fulfil the clause where no refusal or monitor expresses it'),
    }),
  ),
});

export const breachSchema = z.object({
  what: z.object({
    key: z.string().describe('i18n key of the web’s compliance namespace'),
    values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    coded: z
      .record(z.string(), z.string())
      .optional()
      .describe('Values that are codes, each with the catalogue path of its words (area → cleaning:areas)'),
  }),
  since: z.string().describe('Since when it is a breach (ISO UTC)'),
  entity: z.object({ type: z.string(), id: z.string(), label: z.string(), link: z.string().describe('Web path of the record') }),
  officeId: z.string(),
});

export const breachesSchema = z.object({
  org: orgRef,
  period: periodRef,
  monitor: z.object({ id: z.string(), clauseId: z.string(), title: localized, clauseTitle: localized, periodic }),
  items: z.array(breachSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const notificationSchema = z.object({
  id: z.string(),
  monitorId: z.string(),
  clauseId: z.string(),
  entity: z.object({ type: z.string(), id: z.string(), label: z.string() }),
  text: z.object({ key: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])) }),
  link: z.string().describe('Web path of the record'),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(30).describe('How many to return (unread first)'),
});

export const notificationsSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int().describe('Unread notifications of the caller'),
});
