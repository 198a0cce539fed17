import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { CALLBACK_STATES, FOLLOW_UP_STATES, SATISFACTIONS } from './callback.types.js';

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .describe('A calendar month YYYY-MM in the organisation’s time zone');

export const callbackListQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only this node’s subtree (default: every node the caller may read)'),
  month: month.optional().describe('The month whose accepted orders were sampled (default: last month)'),
  state: z.enum(CALLBACK_STATES).optional().describe('to_do or done'),
});

/** The callbacks list's filters, and the language of the file. */
export const callbackExportQuery = callbackListQuery.extend({ lang: exportLang });

export const satisfactionQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only this node’s subtree'),
  month: month
    .optional()
    .describe('The last month of the 12-month trend and the month of the per-staff and per-item tables (default: last month)'),
});

export const followUpSchema = z.object({
  id: z.string(),
  callbackId: z.string(),
  state: z.enum(FOLLOW_UP_STATES),
  description: z.string().describe('What the owner complained of and what is to be done'),
  result: z.string().nullable().describe('What was done, when closed'),
  openedBy: z.string().nullable(),
  openedAt: z.string(),
  closedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
});

export const callbackSchema = z.object({
  id: z.string(),
  drawId: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  month: z.string().describe('The month whose accepted orders were sampled'),
  orderId: z.string(),
  order: z.object({
    number: z.string(),
    customerName: z.string(),
    customerPhone: z.string().nullable(),
    address: z.string().nullable(),
    acceptedAt: z.string().nullable(),
  }),
  assigneeId: z.string().nullable().describe('The customer-service supervisor who calls back; null when the office has none'),
  assigneeName: z.string().nullable(),
  state: z.enum(CALLBACK_STATES),
  reached: z.boolean().nullable().describe('Whether the owner was reached; null until recorded'),
  satisfaction: z.enum(SATISFACTIONS).nullable().describe('满意 / 基本满意 / 不满意, when reached'),
  comments: z.string().nullable(),
  followUp: z.string().nullable().describe('What the supervisor will do next (free text)'),
  attempts: z.number().int().describe('How many times a result was recorded (a call that did not reach the owner may be tried again)'),
  recordedAt: z.string().nullable(),
  recordedBy: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  followUpState: z.enum(FOLLOW_UP_STATES).nullable().describe('State of the complaint follow-up, if one was opened'),
  complaintId: z
    .string()
    .nullable()
    .describe('The feedback (complaint, channel callback) the follow-up is: handled and closed there; null for a follow-up opened before'),
  complaintNumber: z.string().nullable().describe('That complaint’s number FK-YYYYMMDD-NNNN'),
  abilities: z.object({
    record: z.boolean(),
    openFollowUp: z.boolean(),
    closeFollowUp: z.boolean().describe('Close the follow-up here: only one without a complaint (one with a complaint closes with it)'),
  }),
});

export const callbackDetailSchema = callbackSchema.extend({ followUpRecord: followUpSchema.nullable() });

export const drawSummarySchema = z.object({
  id: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  seed: z.string().describe('The stored seed (8 hex digits) that reproduces the sample'),
  candidates: z.number().int().describe('Orders accepted in the month'),
  sampleSize: z.number().int().describe('callbackSampleSize in force at the draw'),
  sampled: z.number().int(),
  drawnAt: z.string(),
});

export const callbackPage = z.object({ month: z.string(), items: z.array(callbackSchema), draws: z.array(drawSummarySchema) });

export const drawSchema = z.object({
  id: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  month: z.string(),
  seed: z.string(),
  candidateIds: z.array(z.string()).describe('The candidates in the order the sample was drawn from'),
  sampleSize: z.number().int(),
  sampledIds: z.array(z.string()),
  drawnAt: z.string(),
  recomputedIds: z.array(z.string()).describe('The sample drawn again now from the stored seed and candidates'),
  reproduced: z.boolean().describe('The recomputed sample equals the stored one'),
});

const text = z.string().trim().max(1000);
export const recordBody = z.strictObject({
  version: z.number().int().min(1).describe('The callback version you saw'),
  reached: z.boolean().describe('Whether the owner was reached'),
  satisfaction: z.enum(SATISFACTIONS).nullable().optional().describe('Required when reached'),
  comments: text.nullable().optional().describe('What the owner said'),
  followUp: text.nullable().optional().describe('What will be done next'),
});
export const openFollowUpBody = z.strictObject({
  description: z.string().trim().min(1).max(1000).describe('The complaint and what is to be done'),
});
export const closeFollowUpBody = z.strictObject({
  version: z.number().int().min(1).describe('The follow-up version you saw'),
  result: z.string().trim().min(1).max(1000).describe('What was done'),
});

const tally = {
  total: z.number().int().describe('Callbacks drawn'),
  pending: z.number().int().describe('Not yet recorded'),
  notReached: z.number().int(),
  reached: z.number().int(),
  satisfied: z.number().int().describe('满意'),
  basicallySatisfied: z.number().int().describe('基本满意 (shown, not counted as satisfied)'),
  dissatisfied: z.number().int().describe('不满意'),
  ratePermille: z.number().int().nullable().describe('满意 ÷ reached, per mille rounded half up; null when nobody was reached'),
};
export const satisfactionSchema = z.object({
  month: z.string(),
  current: z.object({ month: z.string(), ...tally }),
  trend: z.array(z.object({ month: z.string(), ...tally })).describe('The 12 months ending with `month`, oldest first'),
  staff: z
    .array(z.object({ userId: z.string(), displayName: z.string(), ...tally }))
    .describe('Per staff member assigned to the month’s sampled orders'),
  items: z
    .array(z.object({ itemId: z.string(), itemName: z.string(), ...tally }))
    .describe('Per service item (统计服务项目质量满意率): a callback counts for every item on its sampled order'),
});
