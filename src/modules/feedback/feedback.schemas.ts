import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { booleanQuery, nameText, phoneText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, FEEDBACK_STATES, OUTCOME_SATISFACTIONS, REPLY_HOWS, STAFF_CHANNELS } from './feedback.types.js';

const phone = phoneText;
const text = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().min(1).describe('The feedback version you saw; a newer one answers 409');
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .describe('A calendar month YYYY-MM in the organisation’s time zone');
const photo = z.string().max(3_000_000).describe('data:image/png;base64,… or image/jpeg');

export const feedbackListQuery = listQuery(['receivedAt'], {
  orgId: z.uuid().optional().describe('Only feedback received at this node’s subtree'),
  state: z.enum(FEEDBACK_STATES).optional(),
  kind: z.enum(FEEDBACK_KINDS).optional().describe('complaint 投诉, suggestion 建议, inquiry 咨询, praise 表扬'),
  channel: z.enum(FEEDBACK_CHANNELS).optional(),
  overdue: booleanQuery.optional().describe('Only feedback past its first-reply or outcome deadline'),
});

const forwardSchema = z.object({
  id: z.string(),
  feedbackId: z.string(),
  nodeId: z.string().describe('The department (or other node) it was forwarded to'),
  nodeName: z.string(),
  note: z.string().nullable(),
  sentAt: z.string(),
  sentBy: z.string().nullable(),
  answer: z.string().nullable().describe('The department’s answer, once given'),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  mayAnswer: z.boolean().describe('Whether the caller may record this forward’s answer'),
});

export const feedbackSchema = z.object({
  id: z.string(),
  number: z.string().describe('FK-YYYYMMDD-NNNN'),
  officeId: z.string().describe('The node that received it and answers for it'),
  officeName: z.string(),
  kind: z.enum(FEEDBACK_KINDS),
  channel: z.enum(FEEDBACK_CHANNELS),
  customerName: z.string(),
  customerPhone: z.string().nullable(),
  unitId: z.string().nullable(),
  address: z.string().nullable().describe('The unit’s address or what the customer wrote of it'),
  vehiclePlate: z.string().nullable(),
  aboutNodeId: z.string().nullable(),
  aboutNodeName: z.string().nullable(),
  aboutOrderId: z.string().nullable(),
  aboutOrderNumber: z.string().nullable(),
  aboutUserId: z.string().nullable(),
  aboutUserName: z.string().nullable(),
  content: z.string(),
  valuable: z.boolean().describe('A suggestion marked worth keeping (A4.5)'),
  state: z.enum(FEEDBACK_STATES),
  receivedAt: z.string(),
  receivedBy: z.string().nullable().describe('Who took it; null for the public web form'),
  replyDueAt: z.string().describe('receivedAt + feedbackReplyHours in force at its node'),
  outcomeDueAt: z.string().describe('receivedAt + feedbackOutcomeDays in force at its node'),
  firstReplyAt: z.string().nullable(),
  firstReplyBy: z.string().nullable(),
  replyHow: z.enum(REPLY_HOWS).nullable(),
  replyText: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolution: z.string().nullable(),
  toldAt: z.string().nullable(),
  toldBy: z.string().nullable(),
  tellHow: z.enum(REPLY_HOWS).nullable(),
  tellText: z.string().nullable(),
  outcomeSatisfaction: z.enum(OUTCOME_SATISFACTIONS).nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  reopenCount: z.number().int(),
  reopenReason: z.string().nullable(),
  spamAt: z.string().nullable(),
  spamBy: z.string().nullable(),
  callbackId: z
    .string()
    .nullable()
    .describe('The callback (A7.4.10) whose dissatisfied follow-up this complaint is (channel callback): closing it closes the follow-up'),
  version: z.number().int(),
  forwards: z.array(forwardSchema),
  abilities: z.object({
    reply: z.boolean(),
    forward: z.boolean(),
    answer: z.boolean(),
    resolve: z.boolean(),
    tell: z.boolean(),
    close: z.boolean(),
    reopen: z.boolean(),
    markSpam: z.boolean(),
    markValuable: z.boolean(),
  }),
});

export const feedbackDetailSchema = feedbackSchema.extend({
  photos: z.array(z.object({ blobId: z.string(), contentType: z.string(), addedAt: z.string(), url: z.string() })),
});
export const feedbackPage = pageOf(feedbackSchema);

export const createBody = z.strictObject({
  officeId: z.uuid().describe('The receiving node: an office, station or department where you hold feedback.handle'),
  kind: z.enum(FEEDBACK_KINDS),
  channel: z.enum(STAFF_CHANNELS).describe('hotline 热线, letter 信箱/来信, visit 来访'),
  customerName: nameText(100),
  customerPhone: phone.nullable().optional(),
  unitId: z.uuid().nullable().optional().describe('The customer’s unit in the estate register, when known'),
  address: z.string().trim().max(200).nullable().optional().describe('Where the customer lives, when no unit is picked'),
  vehiclePlate: z.string().trim().max(20).nullable().optional(),
  aboutNodeId: z.uuid().nullable().optional().describe('The office or department it is about'),
  aboutOrderId: z.uuid().nullable().optional().describe('The order it is about'),
  aboutUserId: z.uuid().nullable().optional().describe('The staff member it is about'),
  content: text(2000),
  photos: z.array(photo).max(3).optional(),
});

export const replyBody = z.strictObject({ version, how: z.enum(REPLY_HOWS), text: text(1000).describe('What the customer was told') });
export const forwardBody = z.strictObject({
  version,
  nodeIds: z.array(z.uuid()).min(1).max(10).describe('The departments to forward to; each answers on its own'),
  note: z.string().trim().max(500).nullable().optional(),
});
/** A department a feedback may be forwarded to (A4.5), with who of it answers. */
export const forwardTargetSchema = z.object({
  id: z.string(),
  name: z.string(),
  unitName: z.string().describe('The office or company the department belongs to'),
  own: z.boolean().describe('Under the node that received the feedback'),
  answerers: z.array(z.string()).describe('Who of the department answers forwarded feedback; none: it cannot be sent there'),
});
export const answerBody = z.strictObject({ answer: text(1000).describe('The department’s answer') });
export const resolveBody = z.strictObject({ version, resolution: text(1000) });
export const tellBody = z.strictObject({
  version,
  how: z.enum(REPLY_HOWS),
  text: text(1000).describe('What the customer was told of the outcome'),
  satisfaction: z.enum(OUTCOME_SATISFACTIONS).describe('The customer’s satisfaction with the outcome'),
  at: z.iso.datetime({ offset: true }).optional().describe('When the customer was told (default now)'),
});
export const versionBody = z.strictObject({ version });
export const reopenBody = z.strictObject({ version, reason: text(500).describe('Why the customer is not satisfied') });
export const valuableBody = z.strictObject({ version, valuable: z.boolean() });

export const forwardParams = z.strictObject({ id: z.uuid(), forwardId: z.uuid() });
export const photoParams = z.strictObject({ id: z.uuid(), blobId: z.uuid() });

export const reportQuery = z.strictObject({
  month: month.optional().describe('Default: this month'),
  orgId: z.uuid().optional().describe('The node whose subtree is counted (default: every node the caller reads)'),
});
export const reportExportQuery = reportQuery.extend({ lang: exportLang });
const spread = z.object({
  count: z.number().int(),
  medianHours: z.number().nullable(),
  averageHours: z.number().nullable(),
});
const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as { [K in T[number]]: z.ZodNumber });
export const reportSchema = z.object({
  month: z.string(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  received: z.number().int().describe('Feedback received in the month, spam left out'),
  byKind: counts(FEEDBACK_KINDS),
  byChannel: counts(FEEDBACK_CHANNELS),
  firstReply: spread.describe('Hours from receipt to the first reply, of those replied'),
  outcome: spread.describe('Hours from receipt to the outcome told, of those told'),
  satisfaction: counts(OUTCOME_SATISFACTIONS),
});

export const valuableQuery = z.strictObject({
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, 'YYYY-Qn')
    .optional()
    .describe('Default: this quarter'),
  orgId: z.uuid().optional(),
});
export const valuableSchema = z.object({
  quarter: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      officeId: z.string(),
      officeName: z.string(),
      customerName: z.string(),
      content: z.string(),
      state: z.enum(FEEDBACK_STATES),
      receivedAt: z.string(),
      forwards: z.array(
        z.object({
          nodeId: z.string(),
          nodeName: z.string(),
          sentAt: z.string(),
          answer: z.string().nullable(),
          answeredAt: z.string().nullable(),
        }),
      ),
    }),
  ),
});

export const publicParams = z.strictObject({ tenantId: z.uuid(), officeId: z.uuid() });
export const publicFormSchema = z.object({
  officeName: z.string(),
  organisationName: z.string(),
  takesFeedback: z.boolean().describe('Whether the node takes feedback through the form'),
});
export const publicBody = z.strictObject({
  kind: z.enum(FEEDBACK_KINDS),
  content: text(2000),
  name: nameText(50),
  phone,
  unit: z.string().trim().max(100).optional().describe('Where the customer lives (free text)'),
  photos: z.array(z.string().max(4_000_000)).max(3).optional().describe('Up to 3 photos of at most 1 MB each'),
  website: z.string().max(200).optional().describe('Leave empty (a field people never see)'),
});
export const publicAccepted = z.object({ accepted: z.literal(true) });
