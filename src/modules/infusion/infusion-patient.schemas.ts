import { z } from 'zod';
import { booleanQuery, nameText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { INELIGIBLE_REASONS, MOBILITIES, SEXES, VISIT_BLOCKERS } from './infusion.types.js';

export const mobility = z.enum(MOBILITIES).describe('bedridden 卧床, limited 行动不便, walks 可自行行走');
export const sex = z.enum(SEXES);
export const ineligibleReason = z
  .enum(INELIGIBLE_REASONS)
  .describe('not_elderly_or_frail 非老年人且非体弱, walks 可自行行走, paperwork_incomplete 用药资料不全, contraindication 有禁忌症');

const isoDate = z.iso.date().describe('YYYY-MM-DD');
const phone = z
  .string()
  .trim()
  .min(7)
  .max(20)
  .regex(/^[0-9+\- ]+$/, 'digits, +, - and spaces only');
/** Free text that may be left out: null, or empty once trimmed, is saved as null. */
const optionalText = (max: number) => z.string().trim().max(max).nullable();

export const patientSchema = z.object({
  id: z.string(),
  orgId: z.string().describe('The team’s centre or station'),
  orgName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  area: z.string(),
  name: z.string(),
  sex,
  birthDate: z.string(),
  age: z.number().int().describe('Whole years today, in the tenant’s time zone'),
  address: z.string(),
  phone: z.string().nullable(),
  familyName: z.string().nullable(),
  familyRelation: z.string().nullable(),
  familyPhone: z.string().nullable(),
  mobility,
  frail: z.boolean(),
  paperworkComplete: z.boolean(),
  allergies: z.string().nullable(),
  contraindications: z.string().nullable(),
  eligible: z.boolean().describe('No reason of ineligibleReasons held at the last save (A5.1)'),
  ineligibleReasons: z.array(ineligibleReason),
  eligibilityCheckedAt: z.string(),
  eligibilityCheckedByName: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean().describe('The caller holds infusion.patients at the patient’s centre or station') }),
});

export const visitBlocker = z
  .enum(VISIT_BLOCKERS)
  .describe(
    'inactive 已停止服务, ineligible 不符合出诊条件, no_usable_order 没有可执行的医嘱, no_consent 没有有效的知情同意书, outside_not_ready 外配药品四步签名未完成',
  );

/** One patient as their page shows them: also what would stop 安排出诊 today. */
export const patientDetailSchema = patientSchema.extend({
  visitBlockers: z
    .array(visitBlocker)
    .describe('What stops a visit today, judged as the intake gate judges it (A5.1, A5.2, A5.4, A5.5); empty: a visit may be arranged'),
});

export const patientListQuery = listQuery(['name', 'createdAt'], {
  orgId: z.uuid().optional().describe('Only patients of this node and below'),
  teamId: z.uuid().optional(),
  eligible: booleanQuery.optional().describe('true: 可出诊; false: 不符合'),
  mobility: mobility.optional(),
  active: booleanQuery.optional().describe('Without it, active patients only'),
});
export const patientPage = pageOf(patientSchema);

const patientFields = {
  teamId: z.uuid().describe('The team covering the patient’s area; its centre or station becomes the patient’s'),
  area: nameText(60).describe('One of the team’s areas: the one the address lies in'),
  name: nameText(40),
  sex,
  birthDate: isoDate.describe('YYYY-MM-DD, not in the future'),
  address: nameText(200),
  phone: phone.nullable().describe('7 to 20 digits, +, - or spaces'),
  familyName: optionalText(40),
  familyRelation: optionalText(20).describe('女儿, 儿子, 配偶…'),
  familyPhone: phone.nullable(),
  mobility,
  frail: z.boolean().describe('体弱, judged by the physician: stands in for age'),
  paperworkComplete: z.boolean().describe('The drug paperwork (病历、处方) is complete'),
  allergies: optionalText(500),
  contraindications: optionalText(500).describe('Any text makes the patient ineligible'),
};

export const patientCreateBody = z.strictObject(patientFields);
export const patientEditBody = z.strictObject({
  ...patientFields,
  active: z.boolean().describe('false: no longer served (kept in the records)'),
  version: z.number().int().min(1).describe('The version you saw; a newer one answers 409'),
});
