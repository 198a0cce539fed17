import { z } from 'zod';
import { nameText, reason, version } from '../../platform/http/common.schemas.js';
import { ACTIVITY_STATES, OFFER_KINDS, SW_METHODS } from './socialwork.types.js';

const day = z.iso.date().describe('YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
const photo = z.string().max(3_000_000).describe('data:image/jpeg;base64,… or image/png');

export const activityState = z.enum(ACTIVITY_STATES).describe('planned 已计划, held 已开展, cancelled 已取消');
export const briefStatus = z
  .enum(['none', 'due', 'overdue', 'onTime', 'late'])
  .describe(
    'none (not held), due (may still be written on time), overdue (missing past its due day), onTime, late (written after its due day)',
  );

export const activitySchema = z.object({
  id: z.string(),
  projectId: z.string(),
  progressItemId: z.string().nullable(),
  title: z.string(),
  method: z.enum(SW_METHODS),
  keyActivity: z.boolean().describe('A key activity, for the supervisor’s on-site supervision (A3.5)'),
  plannedOn: z.string(),
  place: z.string().nullable(),
  planGoals: z.string(),
  planContent: z.string(),
  planStaffing: z.string(),
  planWrittenByName: z.string(),
  planWrittenAt: z.string(),
  state: activityState,
  heldOn: z.string().nullable(),
  attendance: z.number().int().nullable(),
  heldByName: z.string().nullable(),
  cancelReason: z.string().nullable(),
  briefSummary: z.string().nullable(),
  briefReflection: z.string().nullable(),
  briefByName: z.string().nullable(),
  briefAt: z.string().nullable(),
  briefPhotos: z.array(z.object({ blobId: z.string(), url: z.string() })),
  briefDue: z.string().nullable().describe('The day the brief is due: held_on + briefDeadlineDays (A3.4)'),
  briefLate: z.boolean().describe('The brief was written after its due day'),
  briefStatus,
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), hold: z.boolean(), cancel: z.boolean(), brief: z.boolean() }),
});
export const activityList = z.object({
  items: z.array(activitySchema),
  briefDeadlineDays: z.number().int().describe('The days a brief is due after its activity, at the project’s node'),
});

const planFields = {
  title: nameText(100),
  method: z.enum(SW_METHODS),
  keyActivity: z.boolean(),
  plannedOn: day.describe('The day it is planned for'),
  place: z.string().trim().max(200).nullable(),
  planGoals: text(2000).describe('What the activity is to achieve'),
  planContent: text(4000).describe('How it runs: its programme'),
  planStaffing: text(1000).describe('Who runs it: staff and volunteers'),
  progressItemId: z.uuid().nullable().describe('The item of the progress plan it carries out, of the same project'),
};
export const activityCreateBody = z.strictObject(planFields);
export const activityEditBody = z.strictObject({ version, ...planFields });
export const activityHoldBody = z.strictObject({
  version,
  heldOn: day.describe('The day it was held: not in the future, not before the project started'),
  attendance: z.number().int().min(0).max(100_000).describe('How many service users took part'),
});
export const activityCancelBody = z.strictObject({ version, reason });
export const briefBody = z.strictObject({
  version,
  summary: text(4000).describe('总结: how it went'),
  reflection: text(4000).describe('反思: what to do better'),
  photos: z.array(photo).max(6).default([]),
});
export const activityPhotoParams = z.strictObject({ id: z.uuid(), blobId: z.uuid() });

export const ethicsEntrySchema = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  projectId: z.string().nullable(),
  projectNumber: z.string().nullable(),
  projectTitle: z.string().nullable(),
  offeredTo: z.string(),
  offeredToName: z.string(),
  offeredBy: z.string(),
  offeredOn: z.string(),
  kind: z.enum(OFFER_KINDS),
  description: z.string(),
  valueFen: z.number().int().nullable(),
  declinedHow: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export const ethicsListQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only entries of this node and below'),
  from: day.optional().describe('Offered on or after'),
  to: day.optional().describe('Offered on or before'),
});
export const ethicsList = z.object({ items: z.array(ethicsEntrySchema) });
export const ethicsCreateBody = z.strictObject({
  orgId: z.uuid().describe('The centre or station whose social worker it was offered to'),
  projectId: z.uuid().nullable().describe('The project it happened in, of that node'),
  offeredTo: z.uuid().describe('The social worker it was offered to'),
  offeredBy: nameText(100).describe('Who offered it: a service user or their family'),
  offeredOn: day.describe('Not in the future'),
  kind: z.enum(OFFER_KINDS),
  description: text(1000),
  valueFen: z.number().int().min(0).max(1_000_000_000).nullable().describe('Its value in fen, when known'),
  declinedHow: text(500).describe('How it was declined: refused on the spot, returned…'),
});
