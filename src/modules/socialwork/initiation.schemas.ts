import { z } from 'zod';
import { nameText, reason, version } from '../../platform/http/common.schemas.js';
import { AGREEMENT_KINDS, PLAN_STATES, SW_METHODS } from './socialwork.types.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.iso.date().describe('YYYY-MM-DD');
const method = z.enum(SW_METHODS).describe('casework 个案工作, group 小组工作, community 社区工作');

export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  url: z.string().describe('Download: only for readers of the project'),
});

/** 需求调查 (A3.3). */
export const surveyBody = z.strictObject({
  surveyedFrom: date,
  surveyedTo: date,
  respondents: text(500).describe('Who was asked'),
  respondentCount: z.number().int().min(1).max(1_000_000),
  method: text(200).describe('How: questionnaire, interviews, meetings…'),
  needs: text(2000),
  opinions: text(2000),
  suggestions: text(2000),
});

export const surveySchema = surveyBody.extend({
  id: z.string(),
  projectId: z.string(),
  recordedBy: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  attachments: z.array(attachmentSchema),
});
export const surveyList = z.object({ items: z.array(surveySchema) });

/** Every section of the 项目计划书 (A3.3). */
export const planContentSchema = z.strictObject({
  background: text(4000),
  theory: text(2000),
  longTermGoals: text(2000),
  stageGoals: text(4000),
  area: text(500),
  periodFrom: date,
  periodTo: date,
  serviceUsers: text(2000),
  methods: z.array(method).max(3).describe('The methods the plan names; a missing one is a warning'),
  activities: z
    .array(z.strictObject({ title: nameText(100), method, frequency: nameText(100) }))
    .min(1)
    .max(50)
    .describe('At least one planned activity'),
  frequency: text(500),
  costFen: z.number().int().min(0).max(100_000_000_000).describe('The cost target in fen'),
  benefitTargets: text(2000),
  executors: text(1000),
});

export const planBody = z.strictObject({ content: planContentSchema });
export const planEditBody = z.strictObject({ version, content: planContentSchema });
export const planStepBody = z.strictObject({ version });
export const planReturnBody = z.strictObject({ version, reason });

export const planSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  versionNo: z.number().int(),
  state: z.enum(PLAN_STATES).describe('draft 草稿, submitted 待审批, approved 已批准, returned 已退回, superseded 已被变更取代'),
  content: planContentSchema,
  warnings: z.array(z.string()).describe('`method_missing:<method>` for each of casework, group, community the plan leaves out'),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  returnReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  printUrl: z.string().describe('The A4 项目计划书; add ?lang=en for English'),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    decide: z.boolean().describe('Approve or return (the organisation head)'),
  }),
});
export const planList = z.object({
  items: z.array(planSchema).describe('Every version, newest first'),
  inForce: z.string().nullable().describe('The id of the approved version in force'),
  canDraft: z.boolean().describe('The caller may draft the first version (none yet, project initiating)'),
});

/** 资助协议 / 合作协议 (A3.3). */
export const agreementBody = z.strictObject({
  kind: z.enum(AGREEMENT_KINDS).describe('funding 资助协议, cooperation 合作协议'),
  partner: nameText(100),
  signedOn: date,
  amountFen: z.number().int().min(0).max(100_000_000_000).nullable().optional().describe('The amount in fen, when it has one'),
  note: z.string().trim().max(1000).nullable().optional(),
});
export const agreementSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: z.enum(AGREEMENT_KINDS),
  partner: z.string(),
  signedOn: z.string(),
  amountFen: z.number().int().nullable(),
  note: z.string().nullable(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  attachments: z.array(attachmentSchema),
});
export const agreementList = z.object({ items: z.array(agreementSchema) });

export const attachmentBody = z.strictObject({
  ownerKind: z.enum(['survey', 'agreement']),
  ownerId: z.uuid(),
  fileName: nameText(120),
  data: z.string().max(7_200_000).describe('data:image/png|image/jpeg|application/pdf;base64,… at most 5 MB'),
});

export const printQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
