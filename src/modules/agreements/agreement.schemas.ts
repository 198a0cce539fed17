import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { nameText, phoneText, reason } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { fenSchema } from '../../platform/money.js';
import { statementSchema } from '../money/money.schemas.js';
import { FIELD_STEPS } from '../orders/order.rules.js';
import { AGREEMENT_STATES, PAYMENT_TERMS, VISIT_STATES } from './agreement.types.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const phone = phoneText;
const date = z.iso.date().describe('Business date YYYY-MM-DD in the organisation’s zone');
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM')
  .describe('Local time HH:MM');
const version = z.number().int().min(1).describe('The version you last saw; a newer one answers 409');
const image = z.string().max(1_000_000).describe('data:image/png;base64,… (a drawn signature)');

const schedule = z.object({
  weekdays: z.array(z.number().int().min(1).max(7)).max(7).describe('ISO weekdays: 1 = Monday … 7 = Sunday'),
  monthDays: z.array(z.number().int().min(1).max(31)).max(31).describe('Days of the month; a day a month lacks does not occur'),
  windowStart: time,
  windowEnd: time,
});

const agreementInput = {
  ownerName: nameText(50).describe('The owner (业主)'),
  ownerPhone: phone,
  address: text(200).optional().describe('Unit or address served; may be left out when `unitId` is given (its address is taken)'),
  unitId: z
    .uuid()
    .nullable()
    .optional()
    .describe('A unit of the register (GET /api/estate-units/search) of an estate of this office; null: a place outside it'),
  staffCount: z.number().int().min(1).max(20).describe('Staff sent on each visit'),
  items: z
    .array(
      z.object({
        itemId: z.uuid(),
        quantity: z.number().positive().max(1_000_000).describe('Quantity per visit, at most 3 decimals'),
        unitPriceFen: fenSchema
          .optional()
          .describe('Agreed price; omitted = the posted price. Another price needs the office head’s approval'),
      }),
    )
    .min(1)
    .max(20),
  schedule,
  startDate: date,
  endDate: date,
  paymentTerms: z.enum(PAYMENT_TERMS).describe('Paid per visit or monthly'),
  notes: z.string().trim().max(1000).nullable().optional(),
};

export const createAgreementBody = z.strictObject({ officeId: z.uuid(), ...agreementInput });
export const updateAgreementBody = z.strictObject({ version, ...agreementInput });
export const versionBody = z.strictObject({ version });
export const reasonBody = z.strictObject({ version, reason });
export const signBody = z.strictObject({
  version,
  ownerSignerName: nameText(50, 0).describe('The owner’s name as they sign'),
  ownerSignature: image,
  officeSignature: image.describe('The office representative’s drawn signature (the caller)'),
});
export const skipBody = z.strictObject({ reason });
export const moveBody = z.strictObject({ date, windowStart: time, windowEnd: time, reason });
export const visitParams = z.strictObject({ id: z.uuid(), visitId: z.uuid() });

const itemSchema = z.object({
  lineNo: z.number().int(),
  itemId: z.string(),
  itemName: z.string(),
  unit: z.string(),
  category: z.string(),
  quantityMilli: z.number().int().describe('Quantity × 1000 per visit'),
  unitPriceFen: fenSchema.describe('Agreed price'),
  listPriceFen: fenSchema.nullable().describe('The posted price when last priced'),
  amountFen: fenSchema,
});

const visitSchema = z.object({
  id: z.string(),
  agreementId: z.string(),
  plannedDate: z.string().describe('The occurrence of the schedule'),
  windowStart: z.string(),
  windowEnd: z.string(),
  orderId: z.string().nullable(),
  orderNumber: z.string().nullable(),
  orderState: z.string().nullable(),
  orderFieldStep: z
    .enum(FIELD_STEPS)
    .nullable()
    .describe('The visit’s order is assigned and its staff have set off (on_the_way) or arrived, as the order reads it; else null'),
  state: z.enum(VISIT_STATES),
  reason: z.string().nullable(),
  movedFrom: z.string().nullable(),
  movedTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ skip: z.boolean(), move: z.boolean() }),
});

const agreementBase = z.object({
  id: z.string(),
  number: z.string().describe('People’s number, e.g. XY-20261127-0001'),
  officeId: z.string(),
  officeName: z.string(),
  state: z.enum(AGREEMENT_STATES),
  version: z.number().int(),
  ownerName: z.string(),
  ownerPhone: z.string(),
  address: z.string(),
  unitId: z.string().nullable().describe('The unit of the estate register (房屋档案) served; null for a place outside it'),
  staffCount: z.number().int(),
  schedule,
  startDate: z.string(),
  endDate: z.string(),
  paymentTerms: z.enum(PAYMENT_TERMS),
  notes: z.string().nullable(),
  priceApprovedAt: z.string().nullable(),
  priceApprovedBy: z.string().nullable(),
  ownerSignerName: z.string().nullable(),
  ownerSignatureBlobId: z.string().nullable(),
  officeSignerName: z.string().nullable(),
  officeSignatureBlobId: z.string().nullable(),
  signedAt: z.string().nullable(),
  activatedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  terminatedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  perVisitFen: fenSchema.describe('Amount of one visit at the agreed prices'),
});

export const agreementSchema = agreementBase.extend({
  items: z.array(itemSchema),
  negotiated: z.boolean().describe('Some agreed price differs from the posted list'),
  visits: z.array(visitSchema),
  statements: z.array(statementSchema).describe('Monthly statements (agreements paid monthly), newest month first'),
  abilities: z.object({
    edit: z.boolean(),
    approvePrice: z.boolean(),
    sign: z.boolean(),
    activate: z.boolean(),
    end: z.boolean(),
    terminate: z.boolean(),
    manageVisits: z.boolean(),
  }),
});

export const agreementListQuery = listQuery(['createdAt', 'number', 'startDate', 'endDate'], {
  officeId: z.uuid().optional().describe('Agreements of this office (or node) and below'),
  state: z
    .string()
    .max(200)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(AGREEMENT_STATES)))
    .optional()
    .describe('One state or several, comma-separated'),
});
export const agreementPage = pageOf(agreementBase);
/** The agreements list's filters, search and sort without paging (the file holds every match), and the language. */
export const agreementExportQuery = agreementListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });
