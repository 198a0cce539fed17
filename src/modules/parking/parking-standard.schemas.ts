import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { nameText, reason } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { PERIOD_PATTERN } from '../fees/bill.rules.js';
import { STANDARD_STATES } from '../fees/fee.types.js';
import { approvalStepSchema } from '../fees/fee-standard.schemas.js';
import { SPACE_OWNERSHIPS } from './parking.types.js';

const version = z.number().int().min(1).describe('The version you last saw; a newer one answers 409');
// amounts and minutes are only typed here: their ranges are the price rule's (`validateRate`), refused with its codes
const fen = z.number().int();

export const rateSchema = z.strictObject({
  freeMinutes: z.number().int().describe('A stay of at most this many minutes is free (0–1440); beyond, the whole stay is charged'),
  unitMinutes: z.number().int().describe('Billing unit in minutes, dividing 1440 (60 = “an hour or part of it”)'),
  unitFen: fen.describe('Fen per unit (by day, or always without a night rate)'),
  night: z
    .strictObject({
      from: z.string().max(5).describe('HH:MM, local time, the night begins (included)'),
      to: z.string().max(5).describe('HH:MM the night ends (excluded); before `from` runs past midnight'),
      unitFen: fen.describe('Fen per unit beginning in the night'),
    })
    .nullable()
    .describe('The night window and price; null for none'),
  dailyCapFen: fen.nullable().describe('The most 24 hours from the entry cost; null = no daily cap'),
  stayCapFen: fen.nullable().describe('The most one stay costs; null = no cap per stay'),
});
export const passPriceSchema = z.strictObject({
  ownership: z.enum(SPACE_OWNERSHIPS).describe('owned: management pass of an owned space; rented: a rented space; public: a zone pass'),
  monthlyFen: fen.describe('Fen a month'),
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
  carParkId: z.uuid(),
  carParkCode: z.string().describe('The car park’s code (P1, B1)'),
  carParkName: z.string(),
  effectiveMonth: z.string().describe('First month it charges, YYYY-MM'),
  rate: rateSchema.describe('The temporary-parking rate'),
  passPrices: z.array(passPriceSchema).describe('Monthly-pass prices per kind of space; a kind missing has no pass'),
  note: z.string(),
  state: z.enum(STANDARD_STATES),
  submitted: stepSchema.describe('Submitted by the office'),
  reviewed: stepSchema.describe('Passed by HQ business (业务总部审核)'),
  approved: stepSchema.describe('Approved by the general manager (总经理审批)'),
  returned: stepSchema.describe('The last return, by HQ business or the general manager'),
  returnReason: z.string().nullable().describe('Why it was last returned'),
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
/** One standard, with its whole approval record (the lists carry the latest step of each kind only). */
export const standardDetailSchema = standardSchema.extend({
  approvalSteps: z.array(approvalStepSchema).describe('Every step of its approval, oldest first: each round kept'),
});

export const standardListQuery = listQuery(['effectiveMonth'], {
  state: z.enum(STANDARD_STATES).optional().describe('Only standards in this state'),
  estateId: z.uuid().optional().describe('Only this estate'),
  carParkId: z.uuid().optional().describe('Only this car park'),
});
export const standardExportQuery = standardListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });

const fields = {
  effectiveMonth: z
    .string()
    .regex(PERIOD_PATTERN, 'YYYY-MM')
    .describe('First month it charges, YYYY-MM (never before the current month nor a month charged already)'),
  rate: rateSchema,
  passPrices: z.array(passPriceSchema).max(3).describe('At most one price per kind of space'),
  note: nameText(500, 0).optional().describe('Why the standard, what changed'),
};
export const createStandardBody = z.strictObject({ carParkId: z.uuid().describe('The car park it prices'), ...fields });
export const updateStandardBody = z.strictObject({ ...fields, version });
export const returnBody = z.strictObject({ reason });
