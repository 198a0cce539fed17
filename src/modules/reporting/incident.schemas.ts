import { z } from 'zod';
import { nameText, version } from '../../platform/http/common.schemas.js';
import { INCIDENT_KINDS, INCIDENT_STATES } from './reporting.types.js';

const instant = z.iso.datetime({ offset: true }).describe('ISO date-time with offset');

export const incidentKind = z.enum(INCIDENT_KINDS).describe('刑事案件, 重大治安案件, 群体性纠纷, 安全事故, 灾害 or 其他重大事件');

export const incidentBody = z.strictObject({
  orgId: z.uuid().describe('The station where it is recorded'),
  kind: incidentKind,
  occurredAt: instant.describe('When it happened, not in the future'),
  place: nameText(200).describe('Where it happened'),
  description: z.string().trim().min(1).max(4000).describe('What happened'),
  measures: z.string().trim().min(1).max(4000).describe('The early intervention and control measures taken'),
  measuresAt: instant.describe('When they were taken: not before it happened, not in the future'),
  report: z.boolean().describe('true: report it upward now; false: only record it, to report later'),
});

export const reportIncidentBody = z.strictObject({ version });

export const acknowledgeIncidentBody = z.strictObject({
  version,
  reply: z.string().trim().max(2000).optional().describe('The superior’s instructions or reply (optional)'),
});

export const incidentListQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only this station'),
  state: z.enum(INCIDENT_STATES).optional().describe('recorded, reported (not yet acknowledged) or acknowledged'),
});

export const incidentSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  superiorName: z.string().describe('The node it is reported to'),
  kind: incidentKind,
  state: z.enum(INCIDENT_STATES),
  occurredAt: z.string(),
  place: z.string(),
  description: z.string(),
  measures: z.string(),
  measuresAt: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  reportedAt: z.string().nullable(),
  reportedByName: z.string().nullable(),
  reportDueAt: z.string().describe('occurredAt + incidentReportMinutes'),
  reportMinutes: z.number().int().describe('incidentReportMinutes at the station'),
  late: z.boolean().describe('Reported after reportDueAt, or still unreported past it'),
  acknowledgedAt: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  reply: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({
    report: z.boolean().describe('The caller may report it upward now'),
    acknowledge: z.boolean().describe('The caller may acknowledge it as the superior'),
  }),
});

export const incidentList = z.object({
  items: z.array(incidentSchema),
  stations: z.array(
    z.object({ id: z.string(), name: z.string(), superiorName: z.string(), mayRecord: z.boolean().describe('The caller may record here') }),
  ),
});
