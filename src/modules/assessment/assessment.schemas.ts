import { z } from 'zod';
import { nameText, version } from '../../platform/http/common.schemas.js';
import { GRADES, SANCTION_KINDS } from './assessment.types.js';

const day = z.iso.date().describe('YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
const year = z.coerce.number().int().min(2000).max(2100).describe('The calendar year assessed');

export const grade = z.enum(GRADES).describe('excellent 优秀, competent 称职, basically_competent 基本称职, incompetent 不称职');
export const sanctionKind = z.enum(SANCTION_KINDS).describe('reward 奖励, penalty 惩处');

export const staffQuery = z.strictObject({ orgId: z.uuid().describe('The node whose staff (its whole subtree) are listed') });
export const orgYearQuery = z.strictObject({
  orgId: z.uuid().describe('The node: its staff are the users whose node lies in its subtree'),
  year,
});
export const yearQuery = z.strictObject({ year });
export const printQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional().describe('The language printed') });

export const responsibilitySchema = z.object({
  id: z.string(),
  /** The staff member. */
  userId: z.string(),
  userName: z.string(),
  postTitle: z.string().describe('The post (岗位), e.g. 站长'),
  duties: z.string().describe('The duties of the post, as posted'),
  postedOn: z.string().describe('The day it was posted (in force from)'),
  postedByName: z.string(),
  postedAt: z.string(),
  version: z.number().int(),
});
export const staffList = z.object({
  mayManage: z.boolean().describe('Whether the caller posts responsibilities and assesses here'),
  items: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      orgId: z.string(),
      orgName: z.string(),
      responsibility: responsibilitySchema.nullable().describe('The responsibility in force, if posted'),
    }),
  ),
});
export const responsibilityBody = z.strictObject({
  userId: z.uuid().describe('The staff member, of a node where you manage'),
  postTitle: nameText(50).describe('The post (岗位)'),
  duties: text(4000).describe('The duties of the post'),
  postedOn: day.describe('The day it is posted; not in the future'),
  version: version.describe('The version of the responsibility in force you replace; a newer one answers 409'),
});

export const criterionItem = z.strictObject({
  name: nameText(50).describe('What is assessed, e.g. 工作职责'),
  weight: z.number().int().min(1).max(100).describe('Its weight in the total; all weights add up to 100'),
  description: z.string().trim().max(500).describe('How it is judged'),
});
export const criteriaSchema = z.object({
  id: z.string(),
  orgId: z.string().describe('The node that set them'),
  orgName: z.string(),
  year: z.number().int(),
  items: z.array(criterionItem),
  setByName: z.string(),
  setAt: z.string(),
  version: z.number().int(),
});
export const criteriaAnswer = z.object({
  mayManage: z.boolean(),
  criteria: criteriaSchema.nullable().describe('The criteria in force at the node: its own, or the nearest superior’s'),
  inherited: z.boolean().describe('True when the criteria in force were set by a superior node'),
});
export const criteriaBody = z.strictObject({
  orgId: z.uuid().describe('The node the criteria are set for'),
  year: z.number().int().min(2000).max(2100).describe('The year they apply to'),
  items: z.array(criterionItem).max(20).describe('The criteria; the weights add up to 100'),
  version: version.describe('The version of the node’s criteria you replace'),
});

export const rewardSchema = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  kind: sanctionKind,
  occurredOn: z.string().describe('The day of the reward or penalty'),
  reason: z.string(),
  measure: z.string().describe('The measure: 通报表扬, 口头警告…'),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export const rewardList = z.object({ mayManage: z.boolean(), items: z.array(rewardSchema) });
export const rewardBody = z.strictObject({
  userId: z.uuid().describe('The staff member, of a node where you manage; not yourself'),
  kind: sanctionKind,
  occurredOn: day.describe('Not in the future'),
  reason: text(500).describe('What it is for'),
  measure: nameText(50).describe('The measure: 通报表扬, 物质奖励, 口头警告, 书面警告…'),
});

export const figureSchema = z.object({
  key: z.string().describe('<module>.<what>; the web names it <namespace>:personFigures.<what>'),
  unit: z.enum(['count', 'minutes', 'permille']),
  value: z.number().nullable(),
  better: z.enum(['higher', 'lower']).optional(),
});
export const scoredItem = z.object({ name: z.string(), weight: z.number().int(), score: z.number().int() });
export const annualSchema = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  orgName: z.string(),
  year: z.number().int(),
  items: z.array(scoredItem).describe('The criteria with their weights as scored'),
  totalTenths: z.number().int().describe('The weighted total in tenths of a point'),
  grade,
  comment: z.string(),
  figures: z.array(figureSchema).describe('The person’s figures of the year when the assessment was saved'),
  assessedByName: z.string(),
  assessedAt: z.string(),
  version: z.number().int(),
});
export const annualList = z.object({
  mayManage: z.boolean(),
  items: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      orgName: z.string(),
      assessment: z
        .object({ id: z.string(), totalTenths: z.number().int(), grade, assessedByName: z.string(), assessedAt: z.string() })
        .nullable(),
    }),
  ),
});
export const personSheet = z.object({
  person: z.object({ id: z.string(), name: z.string(), orgId: z.string(), orgName: z.string() }),
  year: z.number().int(),
  mayAssess: z.boolean().describe('Whether the caller may save this person’s assessment'),
  responsibility: responsibilitySchema.nullable(),
  criteria: criteriaSchema.nullable().describe('The criteria in force for the person that year'),
  rewards: z.array(rewardSchema),
  figures: z.array(figureSchema).describe('The person’s figures of the year now, from every module that counts them'),
  assessment: annualSchema.nullable(),
});
export const annualBody = z.strictObject({
  userId: z.uuid().describe('The person assessed; not yourself'),
  year: z.number().int().min(2000).max(2100).describe('Not a year to come'),
  scores: z
    .array(z.strictObject({ name: nameText(50).describe('The criterion'), score: z.number().int().min(0).max(100).describe('0–100') }))
    .max(20)
    .describe('A score for every criterion in force'),
  comment: text(2000).describe('The assessor’s comment'),
  version: version.describe('The version of the saved assessment you replace'),
});
