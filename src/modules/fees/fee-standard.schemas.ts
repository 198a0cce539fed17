import { z } from 'zod';
import { booleanQuery, code, nameText, reason } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { fenSchema } from '../../platform/money.js';
import { OCCUPANCIES, UNIT_USES } from '../estates/estate.types.js';
import { PERIOD_PATTERN } from './bill.rules.js';
import { FEE_BASES, STANDARD_STATES } from './fee.types.js';

const version = z.number().int().min(1).describe('The version you last saw; a newer one answers 409');
const lang = z.enum(['zh-CN', 'en']).optional().describe('Language of the headers');

export const itemSchema = z.object({
  id: z.uuid(),
  code: z.string().describe('Stable code, unique in the company, e.g. property'),
  name: z.string().describe('Name on bills and receipts, e.g. 物业管理费'),
  active: z.boolean().describe('Deactivated items take no new standards'),
  pricedElsewhere: z
    .boolean()
    .describe('Billed by another module month by month (停车月卡费: the parking passes); it takes no fee standard'),
  version: z.number().int(),
  abilities: z.object({ manage: z.boolean().describe('May rename or deactivate it (HQ business)') }),
});
export const itemQuery = z.strictObject({ active: booleanQuery.optional().describe('true: in use only; false: deactivated only') });
export const createItemBody = z.strictObject({
  code: code.describe('Stable code, unique in the company: letters, digits, _ . -'),
  name: nameText(40).describe('e.g. 垃圾清运费'),
});
export const updateItemBody = z.strictObject({
  name: nameText(40).optional().describe('New name'),
  active: z.boolean().optional().describe('false deactivates it'),
  version,
});

const month = z.string().regex(PERIOD_PATTERN, 'YYYY-MM').describe('First month it bills, YYYY-MM (never before the current month)');
export const basis = z.enum(FEE_BASES).describe('per_area: fen per m² of floor area a month; per_unit: fen per unit a month');
export const rateSchema = z.object({
  use: z.enum(['*', ...UNIT_USES]).describe('Unit use it applies to; * for any'),
  occupancy: z.enum(['*', ...OCCUPANCIES]).describe('Occupancy it applies to; * for any'),
  rateFen: fenSchema.describe('Fen per m² a month (per_area) or per unit a month (per_unit)'),
});
const stepSchema = z.object({
  by: z.string().nullable().describe('User id of who took the step'),
  byName: z.string().nullable().describe('Their name at the time'),
  at: z.string().nullable().describe('When (ISO instant); null while the step is not taken'),
});

export const standardSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  officeName: z.string(),
  estateId: z.uuid(),
  estateName: z.string(),
  itemId: z.uuid(),
  itemName: z.string(),
  itemCode: z.string(),
  basis,
  effectiveMonth: z.string().describe('First month it bills, YYYY-MM'),
  rates: z.array(rateSchema).describe('Rate rows; the most specific row for a unit’s use and occupancy applies'),
  note: z.string(),
  state: z.enum(STANDARD_STATES),
  submitted: stepSchema.describe('Submitted by the office'),
  reviewed: stepSchema.describe('Passed by HQ business (业务总部审核)'),
  approved: stepSchema.describe('Approved by the general manager (总经理审批)'),
  returned: stepSchema.describe('The last return, by HQ business or the general manager'),
  returnReason: z.string().nullable().describe('Why it was last returned'),
  filing: z
    .boolean()
    .describe(
      'A filing standard: bills of an item priced elsewhere (monthly parking passes, priced by the approved parking standard) are filed under it; no rates, no approval of its own, bills nothing itself',
    ),
  createdBy: z.string().describe('Who drafted it'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({
    edit: z.boolean().describe('May change it (a draft or returned standard, at its office)'),
    submit: z.boolean().describe('May submit it to HQ'),
    review: z.boolean().describe('May pass it as HQ business'),
    return: z.boolean().describe('May return it with a reason'),
    approve: z.boolean().describe('May approve it as the general manager'),
  }),
});
export const standardPage = pageOf(standardSchema);

/** One step of a standard's approval record (A2.3), every round of it. */
export const approvalStepSchema = z.object({
  kind: z
    .enum(['created', 'submitted', 'resubmitted', 'reviewed', 'returned', 'approved'])
    .describe('drafted, submitted (again after a return: resubmitted), passed by HQ business, returned, approved by the GM'),
  byName: z.string().describe('Who took it, by name at the time'),
  at: z.string().describe('When (ISO instant)'),
  reason: z.string().nullable().describe('Why it was returned (a return only)'),
  stage: z
    .enum(['review', 'approval'])
    .nullable()
    .describe('Where it was returned: at HQ business’s review or at the general manager’s approval (a return only)'),
});
/** One standard, with its whole approval record (the lists carry the latest step of each kind only). */
export const standardDetailSchema = standardSchema.extend({
  approvalSteps: z.array(approvalStepSchema).describe('Every step of its approval, oldest first: each round kept'),
});

export const standardListQuery = listQuery(['effectiveMonth'], {
  state: z.enum(STANDARD_STATES).optional().describe('Only standards in this state'),
  estateId: z.uuid().optional().describe('Only this estate'),
  itemId: z.uuid().optional().describe('Only this fee item'),
});
export const standardExportQuery = standardListQuery.extend({ lang });

const fields = {
  basis,
  effectiveMonth: month,
  rates: z.array(rateSchema).min(1).max(12).describe('At least the */* row; each use and occupancy once'),
  note: nameText(500, 0).optional().describe('Why the standard, what changed'),
};
export const createStandardBody = z.strictObject({
  estateId: z.uuid().describe('The estate it prices'),
  itemId: z.uuid().describe('The fee item'),
  ...fields,
});
export const updateStandardBody = z.strictObject({ ...fields, version });
export const returnBody = z.strictObject({ reason });
