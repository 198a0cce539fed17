import { z } from 'zod';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { ADJUSTMENT_STATES, BILL_RUN_STATES, BILL_STATES, FEE_BASES } from './fee.types.js';

const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
  .describe('Billing month, YYYY-MM');
const lang = z.enum(['zh-CN', 'en']).optional().describe('Language of the headers');
const version = z.number().int().min(1).describe('The version you last saw; a newer one answers 409');

export const billRunSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  estateId: z.uuid(),
  estateName: z.string(),
  period: z.string().describe('The month billed, YYYY-MM'),
  state: z.enum(BILL_RUN_STATES).describe('running, done or failed'),
  unitTotal: z.number().int().describe('Active units the run goes through'),
  unitDone: z.number().int().describe('Units gone through so far'),
  billsCreated: z.number().int().describe('Bills this pass created (existing ones are never made twice)'),
  unitsSkipped: z.number().int().describe('Units with no owner in the month or no rate for them: no bill'),
  progress: z.number().int().describe('Percent done, 0–100'),
  error: z.string().nullable(),
  startedBy: z.string().nullable(),
  startedByName: z.string().describe('Who started this pass (系统 for the scheduled start)'),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ run: z.boolean().describe('May start or restart it (false in lists)') }),
});
export const billRunPage = pageOf(billRunSchema);
export const billRunListQuery = z.strictObject({
  estateId: z.uuid().optional().describe('Runs of this estate'),
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('Rows per page (at most 100)'),
});
export const startBillRunBody = z.strictObject({ estateId: z.uuid().describe('The estate to bill'), period });

const adjustmentSchema = z.object({
  id: z.uuid(),
  billId: z.uuid(),
  officeId: z.uuid(),
  amountFen: z.number().int().describe('Signed fen: negative reduces what is due'),
  reason: z.string(),
  state: z.enum(ADJUSTMENT_STATES),
  requestedBy: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({
    approve: z.boolean().describe('May approve it now (not while the bank collects the bill, nor once it is paid)'),
    reject: z.boolean().describe('May reject it'),
  }),
});

const billFields = {
  id: z.uuid(),
  officeId: z.uuid(),
  officeName: z.string(),
  estateId: z.uuid(),
  estateName: z.string(),
  buildingId: z.uuid(),
  buildingName: z.string(),
  unitId: z.uuid(),
  entrance: z.string(),
  room: z.string(),
  itemId: z.uuid(),
  itemName: z.string().describe('收费项目'),
  standardId: z.uuid().describe('The approved standard that priced it'),
  period: z.string(),
  basis: z.enum(FEE_BASES),
  rateFen: z.number().int().describe('Fen per m² a month, or per unit a month'),
  areaMilli: z.number().int().describe('Area billed, thousandths of m²'),
  daysBilled: z.number().int(),
  daysInPeriod: z.number().int(),
  amountFen: z.number().int().describe('What the run billed (never edited)'),
  adjustmentFen: z.number().int().describe('Sum of the approved adjustments'),
  dueFen: z.number().int().describe('amount + adjustment'),
  payerName: z.string().describe('The last owner of the month'),
  state: z.enum(BILL_STATES),
  runId: z.uuid().nullable(),
  bankBatchId: z.uuid().nullable(),
  paymentId: z.uuid().nullable(),
  paidAt: z.string().nullable(),
  createdAt: z.string(),
  pendingAdjustments: z.number().int().describe('Adjustments waiting for the office head'),
  version: z.number().int(),
};
export const billRowSchema = z.object(billFields);
export const billSchema = z.object({
  ...billFields,
  bankBatch: z
    .object({
      id: z.uuid(),
      number: z.string().describe('The batch number, e.g. TS-202611-0001'),
      exportedAt: z.string().describe('When its file went to the bank'),
    })
    .nullable()
    .describe('The bank collection batch collecting the bill, its return file not yet in; null otherwise'),
  adjustments: z.array(adjustmentSchema),
  abilities: z.object({
    requestAdjustment: z.boolean().describe('May ask for an adjustment (an open bill the bank is not collecting)'),
  }),
});
export const billPage = pageOf(billRowSchema);
export const billListQuery = listQuery(['period', 'room', 'amount', 'payer'], {
  officeId: z.uuid().optional().describe('Bills of this office (or node) and below'),
  estateId: z.uuid().optional().describe('Bills of this estate'),
  buildingId: z.uuid().optional().describe('Bills of this building'),
  unitId: z.uuid().optional().describe('Bills of this unit'),
  period: period.optional(),
  state: z.enum(BILL_STATES).optional().describe('open or paid'),
  adjustment: z.enum(['pending']).optional().describe('pending: only bills with an adjustment waiting for a decision'),
});
export const billExportQuery = billListQuery.extend({ lang });

export const requestAdjustmentBody = z.strictObject({
  amountFen: z
    .number()
    .int()
    .min(-100_000_000)
    .max(100_000_000)
    .describe('Signed fen: negative for a reduction (减免), positive for a correction upwards'),
  reason: z.string().trim().min(1).max(500).describe('Why; shown to the office head and kept'),
});
export const approveAdjustmentBody = z.strictObject({
  version,
  note: z.string().trim().max(500).optional().describe('A note on the decision'),
});
export const rejectAdjustmentBody = z.strictObject({ version, note: z.string().trim().min(1).max(500).describe('Why it is rejected') });
