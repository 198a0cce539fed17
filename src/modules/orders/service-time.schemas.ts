import { z } from 'zod';
import { ORDER_TYPE_CODES } from './order-types.js';

export const serviceTimeQuery = z.strictObject({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .describe('The month the orders were finished in, YYYY-MM'),
  officeId: z.uuid().optional().describe('Only the orders of this node and below'),
  type: z.enum(ORDER_TYPE_CODES).optional().describe('One order type; default the GPS department’s installations and repairs'),
});

const minutes = z.number().int().nullable();
const slowest = z.object({ id: z.string(), number: z.string(), minutes: z.number().int() }).nullable();
const timed = z.object({
  id: z.string(),
  number: z.string(),
  type: z.string(),
  customerName: z.string(),
  staff: z.array(z.string()).describe('Who did the work: the staff on the order, or the outside person (A4.7)'),
  requestedAt: z.string(),
  arrivedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  waitMinutes: minutes.describe('Call → arrival, in business minutes of the calendar'),
  repairMinutes: minutes.describe('Start → finish, in business minutes'),
  waitClockMinutes: minutes.describe('Call → arrival by the clock'),
  repairClockMinutes: minutes.describe('Start → finish by the clock'),
});

export const serviceTimeReport = z.object({
  month: z.string(),
  workday: z.object({ startMinutes: z.number().int(), endMinutes: z.number().int() }).describe('Working hours, minutes after midnight'),
  orders: z.array(timed),
  people: z.array(
    z.object({
      person: z.string(),
      orders: z.number().int(),
      avgWaitMinutes: minutes,
      avgRepairMinutes: minutes,
      slowestWait: slowest,
      slowestRepair: slowest,
    }),
  ),
  slowest: z.array(timed).describe('The five slowest orders by wait + repair'),
});
