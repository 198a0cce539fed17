import { z } from 'zod';
import { nameText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { MANDATE_STATES } from './fee.types.js';

export const mandateSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid().describe('The office of the unit’s estate'),
  estateId: z.uuid(),
  estateName: z.string().describe('Estate (小区) name'),
  unitId: z.uuid(),
  unitLabel: z.string().describe('The unit, e.g. 1栋1单元0802'),
  mandateNo: z.string().describe('托收协议号: how the bank knows the mandate (unique in the company)'),
  bankName: z.string().describe('The bank (开户行)'),
  accountHolder: z.string().describe('户名: the account holder'),
  accountNoMasked: z.string().describe('The account number masked, e.g. 6222 **** **** 1234 (the full number is never kept)'),
  signedDate: z.string().describe('Date the mandate was signed, YYYY-MM-DD'),
  state: z.enum(MANDATE_STATES).describe('active: the bank collects the unit’s bills; cancelled: no longer'),
  cancelledAt: z.string().nullable().describe('When it was cancelled (ISO UTC)'),
  version: z.number().int().describe('Version for optimistic locking'),
  createdAt: z.string().describe('When it was recorded (ISO UTC)'),
  updatedAt: z.string().describe('Last change (ISO UTC)'),
  abilities: z.object({ cancel: z.boolean().describe('May cancel this mandate') }),
});
export const mandatePage = pageOf(mandateSchema);
export const mandateListQuery = listQuery(['signedDate', 'mandateNo', 'room'], {
  estateId: z.uuid().optional().describe('Mandates of units of this estate'),
  unitId: z.uuid().optional().describe('Mandates of this unit'),
  state: z.enum(MANDATE_STATES).optional().describe('Only active or only cancelled mandates'),
});
export const mandateExportQuery = mandateListQuery.extend({
  lang: z.enum(['zh-CN', 'en']).optional().describe('Language of the headers'),
});
export const createMandateBody = z.strictObject({
  unitId: z.uuid().describe('The unit (房屋) whose bills the bank collects'),
  mandateNo: z.string().trim().min(1).max(40).describe('托收协议号 as printed on the signed mandate'),
  bankName: nameText(60).describe('The bank (开户行)'),
  accountHolder: nameText(60).describe('户名: the account holder'),
  accountNo: z.string().trim().min(1).max(60).describe('The full account number: only its mask (first and last 4 digits) is kept'),
  signedDate: z.iso.date().describe('Date the mandate was signed, YYYY-MM-DD'),
});
export const cancelMandateBody = z.strictObject({
  version: z.number().int().min(1).describe('The version you last saw; a newer one answers 409'),
});
