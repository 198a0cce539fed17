import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { name, nameText, phoneText, reason } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { fenSchema } from '../../platform/money.js';
import { ITEM_CATEGORIES } from '../catalog/catalog.types.js';
import { PAYMENT_METHODS } from '../money/payment-methods.js';
import { ORG_KINDS } from '../orgs/org.types.js';
import { FIELD_STEPS } from './order.rules.js';
import { BILLINGS, CHANNELS, INTAKE_CHANNELS, ORDER_COMMANDS, ORDER_STATES } from './order.types.js';
import { ORDER_TYPE_CODES } from './order-types.js';
import { ORDER_PARTIES } from './types/order-type.js';

const state = z.enum(ORDER_STATES);
const phone = phoneText;
const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true }).describe('ISO-8601 instant');
const quantity = z.number().positive().max(1_000_000).describe('Quantity, at most 3 decimals (e.g. 85.5 m²)');
const image = z
  .string()
  .max(3_000_000)
  .describe('data:image/png;base64,… or image/jpeg: at most 2 MB, 16–8192 pixels a side and 8 megapixels');
const version = z.number().int().min(1).describe('The version you last saw; a newer one answers 409');

const lineSchema = z.object({
  lineNo: z.number().int(),
  itemId: z.string(),
  itemName: z.string(),
  unit: z.string(),
  unitPriceFen: fenSchema.nullable(),
  quantityMilli: z.number().int().describe('Quantity × 1000'),
  amountFen: fenSchema.nullable(),
});
const materialSchema = z.object({
  lineNo: z.number().int(),
  name: z.string(),
  unitLabel: z.string(),
  unitPriceFen: fenSchema,
  quantityMilli: z.number().int(),
  amountFen: fenSchema,
});
const staffSchema = z.object({ userId: z.string(), displayName: z.string(), assignedAt: z.string(), releasedAt: z.string().nullable() });
const roundSchema = z.object({
  roundNo: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  outcome: z.enum(['accepted', 'rework']).nullable(),
  reason: z.string().nullable().describe('Why the owner sent the work back'),
  signerName: z.string().nullable(),
  signatureBlobId: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
const detailValue = z.union([z.string().max(1000), z.boolean()]);
const details = z
  .record(z.string().max(40), detailValue)
  .describe('The order type’s own details (GET /api/order-types lists each type’s fields), e.g. a repair’s location, fault and cause');
const detailStep = z.enum(['create', ...ORDER_COMMANDS]);
const detailField = z.object({
  key: z.string(),
  kind: z.enum(['text', 'textarea', 'boolean', 'select', 'ref']).describe('ref: the value is the id of a record of `ref`'),
  ref: z.string().optional().describe('The entity a ref field names, e.g. infusion_patient; `detailRefs` carries its label'),
  options: z.array(z.string()).optional().describe('The choices of a select'),
  maxLength: z.number().int().optional(),
  editAt: z.array(detailStep).describe('Steps at which the field is filled in: create (intake) or a command'),
  requiredAt: detailStep.optional().describe('The step refused while the field is empty'),
  shownWhen: z.string().optional().describe('A boolean field: this one is shown only while that one is ticked'),
  initialFrom: z.string().optional().describe('Another field whose value the forms put in this one while it is empty'),
});
const sentDetails = details
  .refine((d) => Object.keys(d).length <= 20, 'at most 20 details')
  .optional()
  .describe('Details of the order type open at this step; an empty text clears one');
const abilities = z.object(
  Object.fromEntries(ORDER_COMMANDS.map((c) => [c, z.boolean()])) as Record<(typeof ORDER_COMMANDS)[number], z.ZodBoolean>,
);

const fieldStep = z
  .enum(FIELD_STEPS)
  .nullable()
  .describe('An assigned order whose staff have set off (on_the_way) or arrived since it was last assigned (A7.4.4); else null');

const orderBase = z.object({
  id: z.string(),
  number: z.string().describe('People’s number, e.g. JZ-20261127-0001'),
  type: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  state,
  version: z.number().int(),
  channel: z.enum(CHANNELS),
  customerName: z.string(),
  customerPhone: z.string().nullable(),
  address: z.string().nullable(),
  description: z.string().nullable(),
  staffCount: z.number().int().nullable(),
  staffShortReason: z.string().nullable().describe('Why fewer staff went than were confirmed, as agreed with the owner'),
  appointmentStart: z.string().nullable(),
  appointmentEnd: z.string().nullable(),
  priceListId: z.string().nullable(),
  priceAcceptedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  serviceFeeFen: fenSchema,
  materialFeeFen: fenSchema,
  totalFen: fenSchema.describe('Service fee + material fee'),
  requestedAt: z.string(),
  quotedAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  assignedAt: z.string().nullable(),
  departedAt: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  agreementId: z.string().nullable().describe('The special-service agreement whose visit this is'),
  unitId: z.string().nullable().describe('The unit of the estate register (房屋档案) the order is for; null for a place outside it'),
  billing: z
    .enum(BILLINGS)
    .describe('per_order: paid and invoiced on its own; monthly: on its agreement’s monthly statement, by the cashier'),
  details,
  round: z.number().int().describe('Work round: 2 after one rework'),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const recordRef = z.object({
  label: z.string().describe('What people call the record: a patient’s name, a physician order’s number'),
  contents: z.array(z.string()).optional().describe('What the record lists beside its label, e.g. a physician order’s drugs'),
  path: z.string().nullable().describe('The web page of the record; null when the caller may not read it (the label is still shown)'),
});

/**
 * A row of the orders list: what the list, the task cards, the batch bar and the export show or need. The order's
 * page reads the rest (issue 13: the whole order was 51 fields a row, 29 KB a page of 20).
 */
export const orderSummary = orderBase
  .pick({
    id: true,
    number: true,
    type: true,
    officeId: true,
    officeName: true,
    state: true,
    version: true,
    channel: true,
    customerName: true,
    customerPhone: true,
    address: true,
    description: true,
    staffCount: true,
    appointmentStart: true,
    appointmentEnd: true,
    totalFen: true,
    requestedAt: true,
    acceptedAt: true,
    paidAt: true,
    billing: true,
    updatedAt: true,
  })
  .extend({ staffNames: z.array(z.string()), fieldStep, abilities });
export const orderSchema = orderBase.extend({
  fieldStep,
  typeDef: z.object({
    prefix: z.string(),
    approvalBeforeDispatch: z.boolean(),
    pricedAt: z.enum(['quote', 'site', 'intake']),
    party: z.enum(ORDER_PARTIES),
    emergencyDispatch: z.boolean(),
    fields: z.array(detailField),
  }),
  detailRefs: z
    .record(z.string(), recordRef)
    .describe('The records the `ref` details name, by detail key (a visit’s patientId → the patient’s name and page)'),
  lines: z.array(lineSchema),
  materials: z.array(materialSchema),
  staff: z.array(staffSchema),
  formerStaff: z.array(staffSchema),
  rounds: z.array(roundSchema),
  payment: z
    .object({
      id: z.string(),
      amountFen: fenSchema,
      method: z.enum(PAYMENT_METHODS),
      collectedBy: z.string(),
      collectedByName: z.string(),
      collectedAt: z.string(),
    })
    .nullable(),
  photos: z.array(z.object({ blobId: z.string(), addedAt: z.string() })),
  measures: z.object({
    waitMinutes: z.number().int().nullable().describe('Request to arrival'),
    workMinutes: z.number().int().nullable().describe('Working time over all rounds'),
  }),
  abilities: abilities.extend({ addPhoto: z.boolean() }),
});
export const orderPage = pageOf(orderSummary);

export const orderListQuery = listQuery(['requestedAt', 'number', 'state', 'appointmentStart', 'totalFen'], {
  officeId: z.uuid().optional().describe('Orders of this office (or node) and below'),
  state: z
    .string()
    .max(200)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(state))
    .optional()
    .describe('One state or several, comma-separated'),
  type: z.enum(ORDER_TYPE_CODES).optional(),
  staffId: z.uuid().optional().describe('Orders this staff member is on'),
  patientId: z.uuid().optional().describe('Home infusion visits of this patient (their `details.patientId`)'),
  from: z.iso.date().optional().describe('Requested on or after this business date'),
  to: z.iso.date().optional().describe('Requested on or before this business date'),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only the orders I am assigned to'),
});
export const orderExportQuery = orderListQuery.extend({ lang: exportLang });

const requestedLine = z.strictObject({ itemId: z.uuid(), quantity });
export const createOrderBody = z.strictObject({
  type: z.enum(ORDER_TYPE_CODES).describe('housekeeping (家政, JZ-), paid_service (有偿服务, YC-) or repair (维修, WX-)'),
  officeId: z.uuid(),
  channel: z.enum(INTAKE_CHANNELS).describe('How the request came in (an agreement’s visits are planned by the agreement, not taken here)'),
  customerName: name.describe('Owner or resident'),
  customerPhone: phone.nullable().optional(),
  address: text(200).nullable().optional().describe('Unit or address, e.g. 翠竹园3栋1201'),
  unitId: z
    .uuid()
    .nullable()
    .optional()
    .describe('A unit of the register (GET /api/estate-units/search), of an estate of this office; fills `address` when none is given'),
  description: text(1000).nullable().optional(),
  appointmentStart: instant.nullable().optional().describe('When the owner wants the work done, if agreed at intake'),
  appointmentEnd: instant.nullable().optional(),
  lines: z
    .array(requestedLine)
    .max(50)
    .describe('The items asked for (at least one); none for a type priced on site (GPS installation and repair: parts only, A4.2)'),
  photos: z.array(image).max(3).optional(),
  details: sentDetails,
});
export const quoteBody = z.strictObject({
  details: sentDetails,
  version,
  lines: z
    .array(requestedLine.extend({ unitPriceFen: fenSchema.optional().describe('The price told to the owner; must be the posted one') }))
    .min(1)
    .max(50)
    .optional(),
});
export const confirmBody = z.strictObject({
  version,
  priceAccepted: z.boolean().describe('The owner accepted the quoted price'),
  customerPhone: phone.optional(),
  address: text(200).optional(),
  unitId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Another unit of the register, or null when the place is outside it; omitted keeps the order’s'),
  staffCount: z.number().int().min(1).max(50).optional(),
  appointmentStart: instant.optional(),
  appointmentEnd: instant.optional(),
});
export const versionBody = z.strictObject({ version });
/** A step that may carry the type's details open at it (the checklist before leaving, A4.4.4; the cause at finish). */
export const stepBody = z.strictObject({ version, details: sentDetails });
export const finishBody = stepBody;
export const orderTypesSchema = z.array(
  z.object({
    code: z.enum(ORDER_TYPE_CODES),
    prefix: z.string(),
    itemCategory: z.enum(ITEM_CATEGORIES),
    approvalBeforeDispatch: z.boolean(),
    pricedAt: z
      .enum(['quote', 'site', 'intake'])
      .describe(
        'quote: priced from the posted list before confirmation; site: taken confirmed, parts only; intake: priced from the posted list and confirmed as taken',
      ),
    party: z.enum(ORDER_PARTIES).describe('Who the order is for, as the forms address them: owner 业主, customer 客户, patient 患者'),
    emergencyDispatch: z.boolean().describe('The manager may send another department’s or an outside person, with a reason (A4.7)'),
    takenAt: z.array(z.enum(ORG_KINDS)).describe('The kinds of node that take and keep orders of the type (the GPS department its own)'),
    fields: z.array(detailField),
  }),
);
export const assignBody = z.strictObject({
  version,
  staff: z.array(z.uuid()).max(20).describe('At least one, unless an outside person is recorded in the details (A4.7)'),
  staffShortReason: reason
    .optional()
    .describe('Required when fewer staff are chosen than were confirmed with the owner: the reason agreed with them (A7.4.2)'),
  details: sentDetails,
});
export const materialsBody = z.strictObject({
  version,
  materials: z
    .array(z.strictObject({ name: nameText(100), unitLabel: nameText(10).describe('个, 米, 卷…'), unitPriceFen: fenSchema, quantity }))
    .max(50),
});
export const acceptBody = z.strictObject({
  version,
  signerName: nameText(50, 0).describe('Who signed (the owner or family member)'),
  signature: z.string().max(700_000).describe('The drawn signature: data:image/png;base64,…'),
});
export const reasonBody = z.strictObject({ version, reason });
export const payBody = z.strictObject({
  version,
  amountFen: fenSchema.describe('Must equal the order total'),
  method: z.enum(PAYMENT_METHODS),
});
export const photoBody = z.strictObject({ image });
