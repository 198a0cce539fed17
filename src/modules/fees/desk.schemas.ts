import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { fenSchema } from '../../platform/money.js';
import { PAYMENT_METHODS } from '../money/payment-methods.js';
import { MAX_ADVANCE_MONTHS } from './desk.rules.js';

export const unitParam = z.strictObject({ unitId: z.uuid().describe('The unit (房屋)') });

const openBill = z.object({
  id: z.uuid(),
  itemId: z.uuid().describe('The fee item'),
  itemName: z.string().describe('The fee item’s name, e.g. 物业管理费'),
  period: z.string().describe('The month billed, YYYY-MM'),
  amountFen: z.number().int().describe('The bill’s amount in fen'),
  adjustmentFen: z.number().int().describe('Approved reductions or corrections in fen (signed)'),
  dueFen: z.number().int().describe('What the bill asks for now: amount + adjustment'),
  inBankCollection: z.boolean().describe('In a bank collection batch not yet returned: shown, but the desk may not take it'),
  version: z.number().int().describe('The bill’s version'),
});

export const deskUnitSchema = z.object({
  unit: z.object({
    id: z.uuid(),
    estateId: z.uuid(),
    estateName: z.string().describe('The estate (小区)'),
    officeId: z.uuid(),
    officeName: z.string().describe('The property office'),
    buildingName: z.string().describe('Building (楼栋)'),
    entrance: z.string().describe('单元; empty when the building has one'),
    room: z.string().describe('Room number'),
    floor: z.number().int().describe('Floor'),
    areaMilli: z.number().int().describe('建筑面积 in thousandths of a m²'),
    use: z.string().describe('residential or commercial'),
    occupancy: z.string().describe('occupied, vacant or decorating'),
    ownerName: z.string().nullable().describe('The current owner, if any'),
    ownerPhone: z.string().nullable().describe('The current owner’s phone'),
  }),
  openBills: z.array(openBill).describe('Open bills, oldest first'),
  totalDueFen: z.number().int().describe('What the open bills the desk may take are due together'),
  recentPayments: z
    .array(
      z.object({
        id: z.uuid(),
        paidAt: z.string().describe('When it was paid (UTC)'),
        method: z.string().describe('How it was paid'),
        amountFen: z.number().int().describe('Amount in fen'),
        cashierName: z.string().describe('Who took it'),
        receiptId: z.uuid().nullable().describe('Its receipt'),
        receiptNumber: z.string().nullable().describe('Its receipt’s number'),
      }),
    )
    .describe('The unit’s latest fee payments, newest first'),
});

export const advanceQuery = z.strictObject({
  months: z.coerce.number().int().min(0).max(MAX_ADVANCE_MONTHS).describe('Months to pay ahead (at most 12)'),
});

export const advanceSchema = z.object({
  months: z.number().int().describe('Months asked for'),
  bills: z
    .array(
      z.object({
        itemId: z.uuid(),
        itemName: z.string().describe('The fee item'),
        period: z.string().describe('The month, YYYY-MM'),
        amountFen: z.number().int().describe('A whole month at the standard in force, in fen'),
      }),
    )
    .describe('The bills paying ahead would make, one per item and month'),
  totalFen: z.number().int().describe('Their total in fen'),
});

export const payBody = z.strictObject({
  unitId: z.uuid().describe('The unit paying'),
  billIds: z.array(z.uuid()).max(240).describe('Open bills of the unit to pay'),
  advanceMonths: z.number().int().min(0).max(MAX_ADVANCE_MONTHS).optional().describe('Months to pay ahead (0–12)'),
  method: z.enum(PAYMENT_METHODS).describe('How the owner pays'),
  amountFen: fenSchema.describe('The amount taken, in fen: must equal what the bills are due'),
  payer: z.string().trim().max(60).optional().describe('Who pays, for the receipt (default: the owner)'),
  confirmEarlierOwed: z
    .boolean()
    .optional()
    .describe(
      'true: the clerk was told which earlier months of the same fee item stay owed and takes the later ones first; without it such a payment answers 409 fee_payment.earlier_month_owed',
    ),
});

const paymentFields = {
  id: z.uuid(),
  officeId: z.uuid(),
  officeName: z.string().describe('The property office'),
  estateId: z.uuid(),
  estateName: z.string().describe('The estate'),
  unitId: z.uuid(),
  unitLabel: z.string().describe('Building, entrance and room, e.g. 3栋1单元1201'),
  payer: z.string().describe('Who paid'),
  method: z.string().describe('How it was paid (a payment method, or bank_collection)'),
  amountFen: z.number().int().describe('Amount in fen'),
  receiptId: z.uuid().nullable().describe('The receipt written for it'),
  receiptNumber: z.string().nullable().describe('The number of the receipt in force (a replacement once one was voided)'),
  voidedReceiptNumbers: z.array(z.string()).describe('Its receipts voided before the one in force (补开), oldest first'),
  cashierId: z.uuid().nullable().describe('Who took it'),
  cashierName: z.string().describe('Who took it'),
  paidAt: z.string().describe('When (UTC)'),
};

export const paymentSchema = z.object({
  ...paymentFields,
  bills: z
    .array(
      z.object({
        id: z.uuid(),
        itemName: z.string().describe('The fee item'),
        period: z.string().describe('The month, YYYY-MM'),
        dueFen: z.number().int().describe('What was paid for it, in fen'),
      }),
    )
    .describe('The bills it paid, oldest first'),
});

export const paymentPage = pageOf(z.object(paymentFields));

export const paymentListQuery = listQuery(['paidAt', 'amount'], {
  from: z.iso.date().optional().describe('Paid on or after this business date'),
  to: z.iso.date().optional().describe('Paid on or before this business date'),
  estateId: z.uuid().optional().describe('Of this estate'),
  unitId: z.uuid().optional().describe('Of this unit'),
  method: z
    .enum([...PAYMENT_METHODS, 'bank_collection'])
    .optional()
    .describe('Paid this way'),
  cashierId: z.uuid().optional().describe('Taken by this cashier'),
});
export const paymentExportQuery = paymentListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });
