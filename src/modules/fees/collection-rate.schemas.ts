import { z } from 'zod';
import { RATE_LEVELS } from './collection-rate.repo.js';

const fen = z.number().int().describe('Amount in integer fen');
const rate = z.number().int().nullable().describe('received / receivable in permille, rounded down (null: nothing receivable)');
const named = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const collectionRateQuery = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month_format' })
    .optional()
    .describe('The bills’ period YYYY-MM (default: last month)'),
  level: z.enum(RATE_LEVELS).optional().describe('One row per office, estate, building or unit (default office)'),
  officeId: z.uuid().optional().describe('Inside this office (or any node) only'),
  estateId: z.uuid().optional().describe('Inside this estate only'),
  buildingId: z.uuid().optional().describe('Inside this building only'),
});

const figures = {
  receivable: fen.describe('Due on the month’s bills (amount + approved adjustments)'),
  received: fen.describe('Of that, due on the bills paid by now'),
  receivedInMonth: fen.describe('Of that, due on the bills paid before the month ended'),
  outstanding: fen.describe('receivable − received: still unpaid'),
  recovered: fen.describe('Due on bills of earlier months paid during the month (arrears recovered)'),
  bills: z.number().int().describe('How many bills the month has'),
  ratePermille: rate,
};

export const collectionRateResult = z.object({
  month: z.string().describe('The month shown, YYYY-MM'),
  level: z.enum(RATE_LEVELS).describe('What one row is'),
  childLevel: z.enum(RATE_LEVELS).nullable().describe('The level a row drills down to (null at unit level)'),
  node: z
    .object({ office: named, estate: named, building: named })
    .describe('The node the filters name, for the breadcrumb (null parts: not narrowed)'),
  rows: z.array(
    z.object({
      id: z.uuid().describe('The row’s office, estate, building or unit'),
      name: z.string().describe('Its name (a unit: entrance and room)'),
      officeId: z.uuid(),
      estateId: z.uuid().nullable(),
      buildingId: z.uuid().nullable(),
      unitId: z.uuid().nullable(),
      ...figures,
    }),
  ),
  total: z.object(figures).describe('The sum of the rows (the rate of the sums)'),
  trend: z
    .array(z.object({ month: z.string(), receivable: fen, received: fen, ratePermille: rate }))
    .describe('The node’s twelve months ending with the month, oldest first'),
});
