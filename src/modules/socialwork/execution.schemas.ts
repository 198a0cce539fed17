import { z } from 'zod';
import { nameText, phoneText, version } from '../../platform/http/common.schemas.js';
import { planContentSchema } from './initiation.schemas.js';
import { CHANGE_KINDS, CHANGE_STATES, DECISIONS, FEEDBACK_SOURCES, PERSON_KINDS, SW_METHODS } from './socialwork.types.js';

const day = z.iso.date().describe('YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable();
const method = z.enum(SW_METHODS).describe('casework 个案, group 小组, community 社区');

export const progressItemSchema = z.object({
  id: z.string(),
  planId: z.string().describe('The plan version in force when the item was added'),
  title: z.string(),
  method,
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export const progressItemCreateBody = z.strictObject({
  title: nameText(100).describe('The title of an activity of the plan in force'),
  method,
  dueOn: day,
  note: optionalText(500),
});
export const progressItemEditBody = z.strictObject({
  version,
  dueOn: day,
  doneOn: day.nullable().describe('When it was done (not in the future); null while it is not'),
  note: optionalText(500),
});

export const personSchema = z.object({
  id: z.string(),
  kind: z.enum(PERSON_KINDS),
  userId: z.string().nullable(),
  name: z.string(),
  role: z.string(),
  phone: z.string().nullable(),
  training: z.string().nullable(),
  trainedOn: z.string().nullable(),
  addedAt: z.string(),
});
export const personCreateBody = z.strictObject({
  kind: z.enum(PERSON_KINDS).describe('staff 工作人员 (a user of the organisation), volunteer 志愿者'),
  userId: z.uuid().nullable().describe('The user, for staff; null for a volunteer'),
  name: nameText(50).nullable().describe('The volunteer’s name; null for staff (their user’s name is used)'),
  role: nameText(50).describe('Their role in the project'),
  phone: phoneText.nullable(),
  training: optionalText(500).describe('The training for the project they received'),
  trainedOn: day.nullable(),
});

export const publicitySchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  channel: z.string(),
  description: z.string(),
  reach: z.number().int().nullable(),
  recordedAt: z.string(),
});
export const publicityCreateBody = z.strictObject({
  heldOn: day,
  channel: nameText(100).describe('Where or through what: 社区宣传栏, 微信公众号…'),
  description: text(1000),
  reach: z.number().int().min(0).max(1_000_000).nullable().describe('How many people it reached (at most 1 000 000)'),
});

const decisionSchema = z
  .object({ decision: z.enum(DECISIONS), byName: z.string(), at: z.string(), note: z.string().nullable() })
  .nullable();
export const changeRequestSchema = z.object({
  id: z.string(),
  kind: z.enum(CHANGE_KINDS),
  reason: z.string(),
  changes: z.string(),
  newPlan: planContentSchema,
  basePlanId: z.string(),
  baseVersionNo: z.number().int(),
  state: z.enum(CHANGE_STATES).describe('pending 待批准, approved 已生效, rejected 未批准'),
  supervisor: decisionSchema.describe('The project supervisor’s decision'),
  head: decisionSchema.describe('The organisation head’s decision'),
  newPlanId: z.string().nullable(),
  newVersionNo: z.number().int().nullable(),
  effectiveAt: z.string().nullable(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  version: z.number().int(),
});
export const changeRequestCreateBody = z.strictObject({
  kind: z.enum(CHANGE_KINDS).describe('plan 计划变更, needs 需求变更'),
  basePlanId: z.uuid().describe('The plan version in force it changes'),
  reason: text(1000),
  changes: text(2000).describe('What changes'),
  newPlan: planContentSchema,
});
export const decisionBody = z.strictObject({
  version,
  decision: z.enum(DECISIONS),
  note: optionalText(500),
});

export const feedbackSchema = z.object({
  id: z.string(),
  source: z.enum(FEEDBACK_SOURCES),
  fromName: z.string(),
  content: z.string(),
  receivedOn: z.string(),
  reply: z.string().nullable(),
  repliedByName: z.string().nullable(),
  repliedAt: z.string().nullable(),
  version: z.number().int(),
});
export const feedbackCreateBody = z.strictObject({
  source: z.enum(FEEDBACK_SOURCES).describe('user 服务对象, partner 合作方'),
  fromName: nameText(100),
  content: text(2000),
  receivedOn: day,
});
export const replyBody = z.strictObject({ version, reply: text(2000) });
export const summaryBody = z.strictObject({ version, summary: text(5000) });
export const projectVersionBody = z.strictObject({ version });

export const executionSchema = z.object({
  planInForce: z
    .object({ id: z.string(), versionNo: z.number().int(), content: planContentSchema })
    .nullable()
    .describe('The plan version in force: progress items are drawn from its activities'),
  progressItems: z.array(progressItemSchema),
  people: z.array(personSchema),
  publicity: z.array(publicitySchema),
  changeRequests: z.array(changeRequestSchema),
  feedback: z.array(feedbackSchema),
  staffCandidates: z
    .array(z.object({ id: z.string(), displayName: z.string() }))
    .describe('Active users of the project’s centre or station, to pick staff from'),
});
