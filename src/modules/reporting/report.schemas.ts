import { z } from 'zod';
import { booleanQuery, nameText, version } from '../../platform/http/common.schemas.js';
import { REPORT_KINDS } from './reporting.types.js';

const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('YYYY-MM');

export const reportKind = z.enum(REPORT_KINDS).describe('work 工作报告 or public_sentiment 社情民意');

export const sectionSchema = z.strictObject({
  heading: nameText(100).describe('The section’s title, e.g. 工作开展情况'),
  body: z.string().trim().min(1).max(5000).describe('The section’s text'),
});

export const attachmentUpload = z.strictObject({
  fileName: nameText(120).describe('The file’s name as shown'),
  data: z.string().max(7_200_000).describe('data:image/png|image/jpeg|application/pdf;base64,… at most 5 MB'),
});

export const reportBody = z.strictObject({
  orgId: z.uuid().describe('The reporting station'),
  kind: reportKind,
  period: period.describe('The month reported on (YYYY-MM), ended'),
  sections: z.array(sectionSchema).min(1).max(12).describe('The report’s text, in titled sections'),
  attachments: z.array(attachmentUpload).max(3).optional().describe('Files kept with the report (optional)'),
});

export const acknowledgeBody = z.strictObject({
  version,
  reply: z.string().trim().max(2000).optional().describe('The superior’s reply (optional)'),
});

export const reportListQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only this station'),
  kind: reportKind.optional(),
  open: booleanQuery.optional().describe('true: only those not yet acknowledged'),
});

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** Where it downloads. */
  url: z.string(),
});

export const reportAbilities = z.object({
  acknowledge: z.boolean().describe('The caller may acknowledge it (the superior, not yet acknowledged)'),
});

export const reportSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string().describe('The reporting station'),
  superiorId: z.string(),
  superiorName: z.string().describe('The node it was reported to'),
  kind: reportKind,
  period,
  dueOn: z.string().describe('Its due day (YYYY-MM-DD) by stationReportDueDay'),
  late: z.boolean().describe('Submitted after its due day'),
  sections: z.array(z.object({ heading: z.string(), body: z.string() })),
  attachments: z.array(attachmentSchema),
  submittedByName: z.string(),
  submittedAt: z.string(),
  acknowledgedByName: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  reply: z.string().nullable(),
  version: z.number().int(),
  abilities: reportAbilities,
});

export const owedSchema = z.object({
  orgId: z.string(),
  orgName: z.string(),
  kind: reportKind,
  period,
  dueOn: z.string().describe('The last day it is on time'),
  overdue: z.boolean().describe('Past its due day'),
});

export const stationSchema = z.object({
  id: z.string(),
  name: z.string(),
  superiorName: z.string().describe('The node it reports to'),
  maySubmit: z.boolean().describe('The caller may report for it'),
});

export const reportList = z.object({
  items: z.array(reportSchema),
  owed: z.array(owedSchema).describe('Reports the stations owe and have not submitted, oldest first'),
  stations: z.array(stationSchema).describe('The stations the caller sees'),
  today: z.string().describe('Today in the tenant’s zone'),
  dueDay: z.number().int().describe('stationReportDueDay at the caller’s first station'),
});
