import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { nameText, version } from '../../platform/http/common.schemas.js';
import { isWholeTenths } from './training.rules.js';
import { ITEM_STATUSES, PLAN_HALVES, PLAN_STATES, TRAINING_KINDS } from './training.types.js';

const day = z.iso.date().describe('YYYY-MM-DD');
const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .describe('YYYY-MM');
const hours = z
  .number()
  .positive()
  .max(1000)
  .refine(isWholeTenths, { message: 'at most one decimal', params: { code: 'hours_tenths' } })
  .describe('Hours, at most one decimal (1.5); stored as tenths of an hour');
const note = (max: number) => z.string().trim().max(max).nullable();

export const trainingKind = z.enum(TRAINING_KINDS).describe('policy 政策法规, skills 业务技能, safety 安全, other 其他');
export const planState = z.enum(PLAN_STATES).describe('draft 草拟, in_force 已生效');
export const planHalf = z.enum(PLAN_HALVES).describe('year 全年, h1 上半年, h2 下半年');
export const itemStatus = z.enum(ITEM_STATUSES).describe('done 已完成 (a session covers it), overdue 逾期未办, open 待办');
const person = z.object({ id: z.string().describe('User id'), name: z.string().describe('Display name') });

export const planItemSchema = z.object({
  /** Item id */
  id: z.string().describe('Item id'),
  topic: z.string().describe('What is taught'),
  month: z.string().describe('Planned month, YYYY-MM'),
  kind: trainingKind,
  hours: z.number().describe('Planned hours'),
  status: itemStatus,
  sessions: z.array(z.object({ id: z.string(), heldOn: z.string() })).describe('The sessions that carried it out'),
});

export const planSchema = z.object({
  id: z.string().describe('Plan id'),
  orgId: z.string().describe('The station or centre whose plan it is'),
  orgName: z.string().describe('Its name'),
  year: z.number().int().describe('The year'),
  half: planHalf,
  periodFrom: z.string().describe('First day of the period'),
  periodTo: z.string().describe('Last day of the period'),
  title: z.string().describe('The plan’s title'),
  state: planState,
  inForceAt: z.string().nullable().describe('When the head put it in force'),
  inForceByName: z.string().nullable().describe('Who put it in force'),
  items: z.array(planItemSchema).describe('Planned trainings, by month'),
  version: z.number().int().describe('Version, for the next change'),
  abilities: z.object({ edit: z.boolean(), putInForce: z.boolean() }).describe('What the caller may do with it'),
});
export const planList = z.object({ items: z.array(planSchema).describe('Plans, latest period first') });

export const planListQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only this station or centre (and its subtree)'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Only plans of this year'),
});

const planItemBody = z.strictObject({
  topic: nameText(200).describe('What is taught'),
  month: month.describe('Planned month, YYYY-MM, inside the period'),
  kind: trainingKind,
  hours,
});
export const planCreateBody = z.strictObject({
  orgId: z.uuid().describe('The station or centre the plan is for'),
  year: z.number().int().min(2000).max(2100).describe('The year'),
  half: planHalf,
  title: nameText(100).describe('The plan’s title'),
  items: z.array(planItemBody).max(100).describe('Planned trainings'),
});
export const planEditBody = z.strictObject({
  title: nameText(100).describe('The plan’s title'),
  items: z.array(planItemBody).max(100).describe('Planned trainings; replace the draft’s items'),
  version,
});
export const planInForceBody = z.strictObject({ version });

export const sessionSchema = z.object({
  id: z.string().describe('Session id'),
  orgId: z.string().describe('The station or centre that held it'),
  orgName: z.string().describe('Its name'),
  topic: z.string().describe('What was taught'),
  kind: trainingKind,
  heldOn: z.string().describe('The day it was held'),
  trainer: z.string().describe('Who taught'),
  place: z.string().describe('Where'),
  hours: z.number().describe('Hours credited to each attendee'),
  planItemId: z.string().nullable().describe('The plan item it carried out'),
  planItemTopic: z.string().nullable().describe('That item’s topic'),
  note: z.string().nullable().describe('Content and remarks'),
  attendees: z.array(person).describe('Staff who attended'),
  recordedByName: z.string().describe('Who recorded it'),
  recordedAt: z.string().describe('When'),
  version: z.number().int().describe('Version, for the next change'),
  abilities: z.object({ edit: z.boolean() }).describe('What the caller may do with it'),
});
export const sessionList = z.object({ items: z.array(sessionSchema).describe('Sessions, latest first') });
export const sessionListQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only this station or centre (and its subtree)'),
  from: day.optional().describe('Held on or after'),
  to: day.optional().describe('Held on or before'),
});
const sessionFields = {
  topic: nameText(200).describe('What was taught'),
  kind: trainingKind,
  heldOn: day.describe('The day it was held; not in the future'),
  trainer: nameText(100).describe('Who taught'),
  place: nameText(200).describe('Where'),
  hours,
  planItemId: z.uuid().nullable().describe('The item of a plan in force of the same node it carries out'),
  note: note(4000).describe('Content and remarks'),
  attendeeIds: z.array(z.uuid()).min(1).max(200).describe('Staff of the node who attended'),
};
export const sessionCreateBody = z.strictObject({ orgId: z.uuid().describe('The station or centre that held it'), ...sessionFields });
export const sessionEditBody = z.strictObject({ ...sessionFields, version });

export const courseSchema = z.object({
  id: z.string().describe('Course record id'),
  orgId: z.string().describe('The station or centre that recorded it'),
  orgName: z.string().describe('Its name'),
  userId: z.string().describe('Who attended'),
  userName: z.string().describe('Their name'),
  organiser: z.string().describe('Who ran the course (主办单位)'),
  title: z.string().describe('The course'),
  fromOn: z.string().describe('First day'),
  toOn: z.string().describe('Last day'),
  days: z.number().int().describe('Days, both ends included'),
  hours: z.number().describe('Hours credited'),
  certificate: z.string().nullable().describe('Certificate (结业证书) and its number'),
  recordedByName: z.string().describe('Who recorded it'),
  recordedAt: z.string().describe('When'),
  version: z.number().int().describe('Version, for the next change'),
  abilities: z.object({ edit: z.boolean() }).describe('What the caller may do with it'),
});
export const courseList = z.object({ items: z.array(courseSchema).describe('Courses, latest first') });
export const courseListQuery = z.strictObject({
  orgId: z.uuid().optional().describe('Only this station or centre (and its subtree)'),
  from: day.optional().describe('Ending on or after'),
  to: day.optional().describe('Ending on or before'),
});
const courseFields = {
  userId: z.uuid().describe('The staff member of the node who attended'),
  organiser: nameText(200).describe('Who ran the course (主办单位)'),
  title: nameText(200).describe('The course'),
  fromOn: day.describe('First day'),
  toOn: day.describe('Last day, not before the first'),
  hours,
  certificate: note(500).describe('Certificate (结业证书) and its number'),
};
export const courseCreateBody = z.strictObject({ orgId: z.uuid().describe('The station or centre recording it'), ...courseFields });
export const courseEditBody = z.strictObject({ ...courseFields, version });

export const hoursQuery = z.strictObject({
  orgId: z.uuid().describe('The station or centre whose staff are counted (its subtree included)'),
  from: day.describe('First day of the period'),
  to: day.describe('Last day of the period'),
});
export const hoursExportQuery = hoursQuery.extend({ lang: exportLang });
export const hoursRow = z.object({
  userId: z.string().describe('Staff member'),
  name: z.string().describe('Their name'),
  orgName: z.string().describe('Their node'),
  sessions: z.number().int().describe('Sessions attended'),
  sessionHours: z.number().describe('Hours of the sessions attended'),
  courses: z.number().int().describe('Outside courses ending in the period'),
  outsideHours: z.number().describe('Hours of those courses'),
  totalHours: z.number().describe('Both together'),
});
export const hoursReport = z.object({
  orgId: z.string().describe('The node counted'),
  orgName: z.string().describe('Its name'),
  from: z.string().describe('First day'),
  to: z.string().describe('Last day'),
  items: z.array(hoursRow).describe('One row per staff member'),
});

export const staffQuery = z.strictObject({ orgId: z.uuid().describe('The station or centre') });
export const staffList = z.object({ items: z.array(person.extend({ orgName: z.string() })).describe('Active staff of the node') });
