import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { BILL_STATES } from '../fees/fee.types.js';
import { PASS_STATES, SPACE_OWNERSHIPS } from './parking.types.js';

const month = z.string().trim().describe('A month, YYYY-MM (the organisation’s zone)');

export const passMonthSchema = z.object({
  period: z.string().describe('The month, YYYY-MM'),
  billId: z.uuid().describe('The property bill that charges it (item 停车月卡费)'),
  billState: z.enum(BILL_STATES).describe('open (not paid yet) or paid'),
  dueFen: z.number().int().describe('What the bill is due, fen (amount + approved adjustments)'),
  paidAt: z.string().nullable().describe('When it was paid at the desk or by the bank'),
  inBankCollection: z.boolean().describe('In a bank batch waiting for its return file'),
});

export const passSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  estateId: z.uuid(),
  estateName: z.string(),
  carParkId: z.uuid(),
  carParkCode: z.string(),
  carParkName: z.string(),
  vehicleId: z.uuid(),
  plate: z.string(),
  holderName: z.string(),
  holderPhone: z.string(),
  unitId: z.uuid().describe('The unit the pass is billed to (the vehicle’s)'),
  unitAddress: z.string().describe('The unit written as an address'),
  spaceId: z.uuid().nullable(),
  spaceNumber: z.string().nullable().describe('The space, when the pass has one'),
  zone: z.string().describe('The zone named when the pass has no space; empty with a space'),
  ownership: z.enum(SPACE_OWNERSHIPS).describe('The kind of space it is priced as (a zone as public)'),
  fromMonth: z.string(),
  toMonth: z.string(),
  monthlyFen: z.number().int().describe('Price a month, fen, from the standard in force in the first month'),
  standardId: z.uuid().describe('The parking standard that priced it'),
  state: z.enum(PASS_STATES),
  cancelledAt: z.string().nullable(),
  createdBy: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  months: z.array(passMonthSchema).describe('The months billed, oldest first (a cancelled pass keeps those not withdrawn)'),
  paidMonths: z.number().int().describe('How many of them are paid'),
  abilities: z.object({ cancel: z.boolean().describe('May cancel it (active, and the caller issues passes there)') }),
});
export const passPage = pageOf(passSchema);

export const passListQuery = listQuery(['createdAt', 'plate', 'fromMonth'], {
  estateId: z.uuid().optional().describe('Passes at this estate'),
  carParkId: z.uuid().optional().describe('Passes of this car park'),
  state: z.enum(PASS_STATES).optional(),
});
export const passExportQuery = passListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });

export const issuePassBody = z.strictObject({
  carParkId: z.uuid(),
  vehicleId: z.uuid().describe('A vehicle in use at the car park’s estate, with a unit (the pass is billed to it)'),
  spaceId: z.uuid().nullable().describe('A space of the car park (owned/rented: the vehicle’s unit’s); null for a zone'),
  zone: z.string().max(40).default('').describe('The zone (B1 东区) when there is no space; priced as public'),
  fromMonth: month.describe('First month, YYYY-MM: this month or later'),
  toMonth: month.describe('Last month, YYYY-MM: at most 12 months in all'),
});

export const cancelPassBody = z.strictObject({
  reason: z.string().trim().min(1).max(200).describe('Why the pass is cancelled'),
  version: z.number().int().min(1).describe('The version you last saw; a newer one answers 409'),
});

export const passQuoteQuery = z.strictObject({
  carParkId: z.uuid(),
  vehicleId: z.uuid(),
  spaceId: z.uuid().optional().describe('A space of the car park; absent for a zone'),
  zone: z.string().max(40).default('').describe('The zone when there is no space'),
  fromMonth: month,
  toMonth: month,
});
export const passQuoteSchema = z.object({
  ownership: z.enum(SPACE_OWNERSHIPS).describe('The kind of space it is priced as'),
  monthlyFen: z.number().int().describe('Price a month, fen'),
  months: z.array(z.string()).describe('The months it would bill'),
  totalFen: z.number().int().describe('All its months together, fen'),
  standardEffectiveMonth: z.string().describe('The month the pricing standard took effect'),
});
