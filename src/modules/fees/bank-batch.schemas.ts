import { z } from 'zod';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { FILE_FORMATS } from './bank-batch.file.js';
import { BANK_BATCH_STATES, BANK_LINE_STATES } from './fee.types.js';

const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('Month YYYY-MM');

export const batchSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  estateId: z.uuid(),
  estateName: z.string().describe('Estate (小区) name'),
  number: z.string().describe('Batch number, e.g. TS-202612-0001 (the files carry it)'),
  period: z.string().describe('The month collected: bills of this month and earlier'),
  state: z.enum(BANK_BATCH_STATES).describe('exported: awaiting the bank’s return file; returned: imported'),
  lineCount: z.number().int().describe('Lines (one per bill)'),
  totalFen: z.number().int().describe('Total asked of the bank, in fen'),
  paidCount: z.number().int().describe('Lines the bank collected'),
  paidFen: z.number().int().describe('Amount the bank collected, in fen'),
  failedCount: z.number().int().describe('Lines the bank could not collect (bills back at the desk)'),
  pendingCount: z.number().int().describe('Lines awaiting an answer (their bills stay locked)'),
  exportedBy: z.string().describe('Who exported it (user id)'),
  exportedByName: z.string().describe('Who exported it'),
  exportedAt: z.string().describe('When it was exported (ISO UTC)'),
  returnedAt: z.string().nullable().describe('When its return file was first imported (ISO UTC)'),
  version: z.number().int().describe('Version for optimistic locking'),
  abilities: z.object({
    importReturn: z.boolean().describe('May import a return file (lines still pending)'),
    close: z.boolean().describe('May close it, releasing the lines the return file did not mention as 未回盘'),
  }),
});
export const lineSchema = z.object({
  lineNo: z.number().int().describe('序号 in the files'),
  billId: z.uuid(),
  unitId: z.uuid(),
  unitLabel: z.string().describe('The unit, e.g. 1栋1单元0802'),
  period: z.string().describe('The bill’s month'),
  mandateNo: z.string().describe('托收协议号'),
  accountHolder: z.string().describe('户名'),
  accountNoMasked: z.string().describe('Account number masked'),
  amountFen: z.number().int().describe('Amount asked, in fen'),
  state: z.enum(BANK_LINE_STATES).describe('pending, paid or failed'),
  failReason: z.string().nullable().describe('The bank’s reason when failed'),
});
export const batchDetail = batchSchema.extend({ lines: z.array(lineSchema) });
export const batchPage = pageOf(batchSchema);
export const batchListQuery = listQuery(['exportedAt', 'period', 'number'], {
  estateId: z.uuid().optional().describe('Batches of this estate'),
  state: z.enum(BANK_BATCH_STATES).optional().describe('Only exported or only returned batches'),
  period: period.optional(),
});
export const createBatchBody = z.strictObject({
  estateId: z.uuid().describe('The estate whose bills the bank collects'),
  period: period.describe('Collect the open bills of this month and earlier'),
});
export const heldOutBill = z.object({
  billId: z.uuid(),
  unitId: z.uuid(),
  unitLabel: z.string().describe('The unit, e.g. 1栋1单元0802'),
  itemName: z.string().describe('The fee item, e.g. 物业管理费'),
  period: z.string().describe('The bill’s month'),
  dueFen: z.number().int().describe('What it asks for now, in fen (before the pending adjustment)'),
  pendingAdjustmentFen: z.number().int().describe('The adjustments awaiting approval, in fen (negative: a reduction)'),
});
const heldOut = z
  .array(heldOutBill)
  .describe('Bills left out because an adjustment of them awaits the office head: collected at the desk or by a later batch once decided');
export const previewQuery = createBatchBody;
export const batchPreview = z.object({
  lineCount: z.number().int().describe('Lines a batch exported now would have'),
  totalFen: z.number().int().describe('What it would ask of the bank, in fen'),
  heldOut,
});
export const createdBatch = batchDetail.extend({ heldOut });
export const fileQuery = z.strictObject({ format: z.enum(FILE_FORMATS).default('csv').describe('csv (UTF-8 with BOM) or xlsx') });
export const returnBody = z.strictObject({
  file: z.string().min(1).max(8_000_000).describe('The bank’s return file, base64-encoded'),
  format: z.enum(FILE_FORMATS).describe('csv or xlsx'),
});
export const returnResult = z.object({
  batch: batchSchema,
  paid: z.number().int().describe('Lines paid by this import'),
  paidFen: z.number().int().describe('Amount paid by this import, in fen'),
  failed: z
    .array(z.object({ lineNo: z.number().int(), unitLabel: z.string(), reason: z.string() }))
    .describe('Lines failed by this import, with the bank’s reason'),
  skipped: z.number().int().describe('Lines of the file already resolved by an earlier import (left as they are)'),
  unmatched: z
    .array(
      z.object({
        row: z.number().int().describe('Row of the file (the header is row 1)'),
        lineNo: z.string().describe('序号 as the file has it'),
        mandateNo: z.string(),
        amount: z.string(),
        cause: z
          .enum(['line_unknown', 'mandate_mismatch', 'amount_mismatch', 'result_unknown', 'line_repeated'])
          .describe('Why it was not applied'),
      }),
    )
    .describe('Lines of the file that do not match the batch: listed, not applied'),
  alreadyImported: z.boolean().describe('This very file was imported before: nothing changed'),
});
export const closeBody = z.strictObject({
  version: z.number().int().min(1).describe('The version you last saw; a newer one answers 409'),
});
