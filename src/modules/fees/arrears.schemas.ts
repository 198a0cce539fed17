import { z } from 'zod';
import { listQuery, pageOf } from '../../platform/http/list.js';

const lang = z.enum(['zh-CN', 'en']).optional().describe('Language of the headers or the printed text');
const fen = z.number().int().describe('Amount in integer fen');

const filters = {
  estateId: z.uuid().optional().describe('Units of this estate only'),
  buildingId: z.uuid().optional().describe('Units of this building only'),
  minMonths: z.coerce
    .number()
    .int()
    .min(1)
    .max(120)
    .optional()
    .describe('Only units whose oldest unpaid bill is overdue at least this many months'),
};

const buckets = z
  .object({
    m1: fen.describe('Due on bills 1 month overdue (the month just ended)'),
    m2to3: fen.describe('Due on bills 2–3 months overdue'),
    m4to6: fen.describe('Due on bills 4–6 months overdue'),
    over6: fen.describe('Due on bills more than 6 months overdue'),
  })
  .describe('What is due, by months overdue');

export const arrearsRow = z.object({
  unitId: z.uuid().describe('The unit in arrears'),
  officeId: z.uuid().describe('Its office'),
  officeName: z.string().describe('Its office’s name'),
  estateId: z.uuid().describe('Its estate'),
  estateName: z.string().describe('Its estate’s name'),
  estateAddress: z.string().describe('Its estate’s address'),
  buildingId: z.uuid().describe('Its building'),
  buildingName: z.string().describe('Its building’s name'),
  entrance: z.string().describe('单元 (entrance); empty when the building has one'),
  room: z.string().describe('Room number'),
  ownerName: z.string().nullable().describe('The current owner in the register (null: none registered)'),
  ownerPhone: z.string().nullable().describe('The current owner’s phone'),
  buckets,
  totalFen: fen.describe('Everything due on the unit’s bills in arrears'),
  bills: z.number().int().describe('How many bills are in arrears'),
  oldestPeriod: z.string().describe('The oldest unpaid period, YYYY-MM'),
});

export const arrearsListQuery = listQuery(['total'], filters);
export const arrearsPage = pageOf(arrearsRow).extend({
  totals: z
    .object({
      buckets,
      totalFen: fen.describe('Sum of every matching unit’s total'),
      bills: z.number().int().describe('Sum of the bill counts'),
    })
    .describe('Sums over every unit matching the filters (all pages): the sum of the rows'),
  asOfMonth: z.string().describe('The current month: bills of earlier periods are in arrears'),
});
export const arrearsExportQuery = arrearsListQuery.extend({ lang });
export const noticesQuery = z.strictObject({ ...filters, q: z.string().trim().max(100).optional().describe('Free-text search'), lang });
export const unitParam = z.strictObject({ unitId: z.uuid().describe('The unit') });
export const noticeQuery = z.strictObject({ lang });
