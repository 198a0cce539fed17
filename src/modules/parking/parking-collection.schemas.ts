import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { pageOf } from '../../platform/http/list.js';
import { PAYMENT_METHODS } from '../money/payment-methods.js';
import { STAY_STATES } from './parking.types.js';

const version = z.number().int().min(1).describe('The stay’s version you last saw; a newer one answers 409');

/** A stay as the gate's collection screens show it. */
export const collectStaySchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  officeName: z.string(),
  estateName: z.string(),
  carParkId: z.uuid(),
  carParkName: z.string(),
  carParkCode: z.string(),
  plate: z.string().describe('The plate, normalised (粤B12345)'),
  enteredAt: z.string().nullable().describe('Entry instant (ISO UTC); null for an exit with no entry on record'),
  exitedAt: z.string().nullable().describe('Exit instant (ISO UTC); null while parked'),
  minutes: z.number().int().nullable().describe('The stay’s length in whole minutes, a begun minute counting'),
  standardId: z.uuid().nullable(),
  chargeFen: z.number().int().nullable().describe('The charge by the standard, in fen; null when not charged'),
  state: z.enum(STAY_STATES),
  collectionId: z.uuid().nullable(),
  waiveReason: z.string().nullable().describe('Why the charge was waived'),
  waivedByName: z.string().nullable().describe('The supervisor who approved the waiver'),
  waivedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({
    collect: z.boolean().describe('May collect it now (due, and the caller collects at its office)'),
    waive: z.boolean().describe('May waive it now (due, and the caller supervises at its office)'),
  }),
});
export const dueStayPage = pageOf(collectStaySchema);
export const dueStayQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('Rows per page (at most 100)'),
  q: z.string().trim().max(20).optional().describe('Part of a plate'),
  carParkId: z.uuid().optional().describe('Due stays of this car park only'),
});

/** One stay with its standard and collection, for the collection page. */
export const collectStayDetail = collectStaySchema.extend({
  standard: z
    .object({
      id: z.uuid(),
      effectiveMonth: z.string(),
      freeMinutes: z.number().int(),
      unitMinutes: z.number().int(),
      unitFen: z.number().int(),
      night: z.object({ from: z.string(), to: z.string(), unitFen: z.number().int() }).nullable(),
      dailyCapFen: z.number().int().nullable(),
      stayCapFen: z.number().int().nullable(),
    })
    .nullable()
    .describe('The standard the stay was charged by'),
  collection: z
    .object({
      id: z.uuid(),
      payer: z.string(),
      method: z.string(),
      amountFen: z.number().int(),
      receiptId: z.uuid().nullable(),
      receiptNumber: z.string().nullable().describe('The receipt’s number from the collector’s book'),
      collectorName: z.string(),
      collectedAt: z.string(),
    })
    .nullable(),
});

export const collectBody = z.strictObject({
  method: z.enum(PAYMENT_METHODS).describe('How the driver paid: cash goes into the collector’s custody'),
  amountFen: z.number().int().min(0).describe('What the guard takes, in fen: exactly the charge shown'),
  payer: z.string().trim().max(40).optional().describe('A name for the receipt; the plate when empty'),
  version,
});
export const waiveBody = z.strictObject({
  reason: z.string().max(200).describe('Why the charge is let off (required); kept with the stay'),
  version,
});
export const receiptPrintQuery = z.strictObject({
  size: z.enum(['receipt', 'a4']).optional().describe('receipt: the 80 mm slip (default); a4: with the stub copy'),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

const figures = {
  stays: z.number().int().describe('Stays that ended that day'),
  chargedFen: z.number().int(),
  chargedCount: z.number().int(),
  collectedFen: z.number().int(),
  collectedCount: z.number().int(),
  waivedFen: z.number().int(),
  waivedCount: z.number().int(),
  dueFen: z.number().int().describe('Charged and still unpaid'),
  dueCount: z.number().int(),
  passCount: z.number().int().describe('Monthly-pass stays'),
  freeCount: z.number().int().describe('Out within the free minutes'),
  noStandardCount: z.number().int().describe('Out while no standard was approved: not charged'),
  unmatchedCount: z.number().int().describe('Exits with no entry on record'),
  parkedAtClose: z.number().int().describe('Cars inside at the day’s close (now, for today)'),
  waived: z.array(
    z.object({
      stayId: z.uuid(),
      plate: z.string(),
      chargeFen: z.number().int(),
      reason: z.string(),
      approver: z.string().describe('The supervisor who approved the waiver'),
      waivedAt: z.string().nullable(),
    }),
  ),
};
// a day that exists (2026-02-30 is refused by the schema, not by the report's date arithmetic)
const date = z.iso.date();
export const dailyReportQuery = z.strictObject({
  from: date.describe('First business day (YYYY-MM-DD, the organisation’s zone)'),
  to: date.describe('Last business day, included'),
  carParkId: z.uuid().optional(),
  estateId: z.uuid().optional(),
});
export const dailyReportExportQuery = dailyReportQuery.extend({ lang: exportLang });
export const dailyReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      date: z.string(),
      carParkId: z.uuid(),
      carParkCode: z.string(),
      carParkName: z.string(),
      estateName: z.string(),
      officeName: z.string(),
      ...figures,
    }),
  ),
  totals: z.object(figures),
});
