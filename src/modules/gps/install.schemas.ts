import { z } from 'zod';
import { nameText, phoneText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { FIELD_STEPS } from '../orders/order.rules.js';

const phone = phoneText;
const instant = z.iso.datetime({ offset: true }).describe('ISO-8601 instant');

export const requestListQuery = listQuery(['createdAt'], {
  officeId: z.uuid().optional().describe('Only the requests of this node and below'),
});

export const createRequestBody = z.strictObject({
  officeId: z.uuid().describe('The GPS department that takes the request'),
  customerId: z.uuid().describe('A customer of the register (GET /api/gps/customers)'),
  contactName: nameText(40),
  phone,
  address: nameText(200).describe('Where the vehicles are fitted'),
  requirements: z.string().trim().max(500).optional().describe('安装要求: where and how the customer wants the terminals'),
  vehicleIds: z.array(z.uuid()).min(1).max(200).describe('安装车辆明细: the customer’s vehicles to fit, from the register'),
});

export const visitBody = z.strictObject({
  version: z.number().int().min(1),
  vehicleIds: z.array(z.uuid()).min(1).max(50).describe('The vehicles fitted on this visit'),
  appointmentStart: instant.describe('When the technician is expected'),
  appointmentEnd: instant.optional(),
});

export const fitBody = z.strictObject({
  terminalSerial: z.string().trim().min(4).max(40).describe('A terminal in stock'),
  simNumber: z.string().trim().min(11).max(20).describe('A SIM card in stock (ICCID or number)'),
});

export const vehicleParams = z.strictObject({ id: z.uuid(), vehicleId: z.uuid() });

const installVehicle = z.object({
  vehicleId: z.string(),
  lineNo: z.number().int(),
  plate: z.string(),
  model: z.string(),
  driverName: z.string(),
  driverPhone: z.string(),
  orderId: z.string().nullable().describe('The visit (GPS installation order) the vehicle is on'),
  orderNumber: z.string().nullable(),
  orderState: z.string().nullable(),
  orderFieldStep: z
    .enum(FIELD_STEPS)
    .nullable()
    .describe('The visit is assigned and its staff have set off (on_the_way) or arrived, as the order reads it; else null'),
  terminalSerial: z.string().nullable().describe('Fitted on the visit'),
  simNumber: z.string().nullable(),
  fittedAt: z.string().nullable(),
  fittedByName: z.string().nullable(),
});

const requestBase = z.object({
  id: z.string(),
  number: z.string().describe('AX-20261204-0001'),
  officeId: z.string(),
  officeName: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  contactName: z.string(),
  phone: z.string(),
  address: z.string(),
  requirements: z.string(),
  version: z.number().int(),
  createdByName: z.string(),
  createdAt: z.string(),
});

export const requestSchema = requestBase.extend({
  vehicles: z.array(installVehicle),
  abilities: z.object({ dispatch: z.boolean() }),
});
export const requestPage = pageOf(
  requestBase.extend({ vehicles: z.number().int(), dispatched: z.number().int(), fitted: z.number().int() }),
);
export const visitSchema = z
  .object({
    requestId: z.string(),
    requestNumber: z.string(),
    vehicles: z.array(installVehicle),
    abilities: z.object({
      fit: z.boolean().describe('The caller may record the devices fitted now (work started, on the visit or dispatching)'),
    }),
  })
  .nullable()
  .describe('The installation request a visit serves and its vehicles; null for any other order');
