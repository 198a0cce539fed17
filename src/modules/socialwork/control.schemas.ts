import { z } from 'zod';
import { nameText, version } from '../../platform/http/common.schemas.js';
import { SUPERVISION_KINDS } from './socialwork.types.js';

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('YYYY-MM');
const day = z.iso.date().describe('YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

export const missedItem = z.strictObject({
  item: nameText(200).describe('What the plans called for and was not done'),
  remedy: z.string().trim().max(500).describe('What is done about it (补救措施); required'),
});

export const monthlyCheckSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  month,
  findings: z.string(),
  missed: z.array(z.object({ item: z.string(), remedy: z.string() })),
  checkedBy: z.string(),
  checkedByName: z.string(),
  checkedAt: z.string(),
});

export const monthlyCheckBody = z.strictObject({
  month: month.describe('The month checked (YYYY-MM), not in the future'),
  findings: text(2000).describe('How the month went against the project plan and the progress plan'),
  missed: z.array(missedItem).max(30).describe('Items of the plans not done, each with its remedial action'),
});

export const opinionSchema = z.object({
  id: z.string(),
  supervisionId: z.string(),
  text: z.string(),
  raisedAt: z.string(),
  dueAt: z.string().describe('raisedAt + opinionAnswerDays'),
  overdue: z.boolean().describe('Unanswered past its due time'),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: z.string().nullable(),
  version: z.number().int(),
});

export const supervisionSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: z.enum(SUPERVISION_KINDS),
  month,
  heldOn: z.string(),
  activityId: z.string().nullable(),
  activityTitle: z.string().nullable(),
  findings: z.string(),
  supervisorName: z.string(),
  recordedAt: z.string(),
  opinions: z.array(opinionSchema),
});

export const supervisionBody = z.strictObject({
  kind: z.enum(SUPERVISION_KINDS).describe('monthly 月度督导 or on_site 现场督导 (of a key activity)'),
  month: month.describe('The month the supervision counts for (YYYY-MM), not in the future'),
  heldOn: day.describe('The day it was held, not in the future'),
  activityId: z.uuid().nullable().optional().describe('On site: the key activity supervised'),
  findings: text(2000),
  opinions: z.array(text(1000)).max(20).describe('Opinions the executor must answer'),
});

export const answerBody = z.strictObject({ version, answer: text(2000).describe('The executor’s answer to the opinion') });

export const monthStatus = z.object({
  month,
  checked: z.boolean(),
  supervised: z.boolean(),
});

export const projectControl = z.object({
  currentMonth: month,
  opinionAnswerDays: z.number().int(),
  months: z.array(monthStatus).describe('From the start month to the current month, newest first'),
  checks: z.array(monthlyCheckSchema),
  supervisions: z.array(supervisionSchema),
  keyActivities: z.array(z.object({ id: z.string(), title: z.string(), plannedOn: z.string() })),
});

export const assessmentSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  executorId: z.string(),
  executorName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  score: z.number().int(),
  comments: z.string(),
  assessorName: z.string(),
  assessedAt: z.string(),
});

export const assessmentBody = z.strictObject({
  executorId: z.uuid().describe('A social worker holding socialwork.execute where you assess'),
  periodFrom: day,
  periodTo: day,
  score: z.number().int().min(0).max(100),
  comments: text(2000),
});

export const assessmentQuery = z.strictObject({
  from: day.describe('Period start (YYYY-MM-DD)'),
  to: day.describe('Period end (YYYY-MM-DD), included'),
});

export const executorFigures = z.object({
  executorId: z.string(),
  executorName: z.string(),
  orgName: z.string(),
  projects: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), state: z.string() })),
  monthsDue: z.number().int().describe('Project-months of the period the executor owed a monthly check'),
  checksDone: z.number().int(),
  opinions: z.number().int().describe('Opinions raised in the period'),
  opinionsAnsweredLate: z.number().int(),
  opinionsUnanswered: z.number().int().describe('Raised in the period, unanswered and overdue now'),
  activitiesHeld: z.number().int(),
  briefsLate: z.number().int(),
  assessments: z.array(assessmentSchema).describe('Assessments of this executor whose period overlaps the one asked'),
});

export const assessmentOverview = z.object({
  mayAssess: z.boolean(),
  executors: z.array(executorFigures),
});
