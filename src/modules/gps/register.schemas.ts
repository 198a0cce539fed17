import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { booleanQuery, nameText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { CUSTOMER_KINDS, DEVICE_EVENTS, SIM_CARRIERS, SIM_STATES, TERMINAL_STATES } from './gps.types.js';

const version = z.number().int().min(1).describe('The version you last saw; a newer one answers 409');
const active = booleanQuery.optional().describe('true: in use only; false: deactivated only');
const abilities = z.object({ register: z.boolean().describe('May change this record (keeps the GPS register of its node)') });
const stamps = { version: z.number().int(), createdAt: z.string(), updatedAt: z.string() };
const officeId = z.uuid().optional().describe('The node that keeps the record; default: the one node where you keep the register');
const note = z.string().trim().max(500).describe('Free note');
const phone = z.string().trim().max(20);
const day = z.iso.date().describe('A date YYYY-MM-DD that exists');
const noPage = <T extends z.ZodObject>(q: T) => q.omit({ page: true, pageSize: true }).extend({ lang: exportLang });

// ---- customers ----

const customerFields = {
  kind: z.enum(CUSTOMER_KINDS).describe('fleet (车队/运输公司) or individual (个人)'),
  name: nameText(60).describe('Company or person; unique among the node’s active customers'),
  address: z.string().trim().max(200).describe('Address'),
  contactName: z.string().trim().max(40).describe('Contact person'),
  phone: phone.min(3).describe('Contact phone: a mobile, or a landline with area code'),
  note,
};
export const customerSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  officeName: z.string(),
  ...customerFields,
  name: z.string(),
  phone: z.string(),
  active: z.boolean(),
  vehicleCount: z.number().int().describe('Vehicles in use'),
  ...stamps,
  abilities,
});
export const customerPage = pageOf(customerSchema);
export const customerListQuery = listQuery(['name', 'createdAt'], { kind: z.enum(CUSTOMER_KINDS).optional(), active });
export const customerExportQuery = noPage(customerListQuery);
export const createCustomerBody = z.strictObject({ officeId, ...customerFields });
export const updateCustomerBody = z.strictObject({ ...customerFields, active: z.boolean(), version });

// ---- vehicles ----

const vehicleFields = {
  plate: z.string().trim().min(1).max(20).describe('Plate (粤B12345, new energy 粤BD12345); normalised: upper case, no spaces'),
  model: z.string().trim().max(40).describe('Make and model (东风天龙, 比亚迪e6)'),
  driverName: z.string().trim().max(40).describe('Driver'),
  driverPhone: phone.describe('Driver’s phone (empty: none)'),
};
export const vehicleSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  customerId: z.uuid(),
  customerName: z.string(),
  ...vehicleFields,
  plate: z.string(),
  terminalSerial: z.string().nullable().describe('The terminal on the vehicle'),
  active: z.boolean(),
  ...stamps,
  abilities,
});
export const vehiclePage = pageOf(vehicleSchema);
export const vehicleListQuery = listQuery(['plate', 'customer', 'createdAt'], {
  customerId: z.uuid().optional().describe('Vehicles of this customer'),
  active,
});
export const vehicleExportQuery = noPage(vehicleListQuery);
export const vehicleByPlateQuery = z.strictObject({ plate: z.string().trim().min(1).max(20).describe('The plate, however typed') });
export const createVehicleBody = z.strictObject({ customerId: z.uuid(), ...vehicleFields });
export const updateVehicleBody = z.strictObject({ customerId: z.uuid(), ...vehicleFields, active: z.boolean(), version });

// ---- products ----

const productFields = {
  modelCode: z.string().trim().min(1).max(20).describe('Model code (GT06); upper-cased, unique'),
  name: nameText(60).describe('Model name (北斗/GPS 双模终端)'),
  warrantyMonths: z.number().int().min(0).max(120).describe('Warranty in months from the sale (default 12)'),
};
export const productSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  ...productFields,
  modelCode: z.string(),
  name: z.string(),
  terminalCount: z.number().int().describe('Terminals of the model not scrapped'),
  active: z.boolean(),
  ...stamps,
  abilities,
});
export const productPage = pageOf(productSchema);
export const productListQuery = listQuery(['modelCode', 'name'], { active });
export const productExportQuery = noPage(productListQuery);
export const createProductBody = z.strictObject({ officeId, ...productFields, warrantyMonths: productFields.warrantyMonths.default(12) });
export const updateProductBody = z.strictObject({ ...productFields, active: z.boolean(), version });

// ---- terminals ----

const terminalFields = {
  serial: z.string().trim().min(1).max(30).describe('Serial number or IMEI; upper-cased, unique'),
  productId: z.uuid().describe('The model'),
  vehicleId: z.uuid().nullable().describe('The vehicle it is installed on (null: not on a vehicle)'),
  simId: z.uuid().nullable().describe('The SIM card fitted (a card from stock; null: none)'),
  soldOn: day.nullable().describe('Sold on (YYYY-MM-DD)'),
  warrantyEnd: day.nullable().describe('Warranty ends (YYYY-MM-DD); null: the sold date plus the model’s warranty months'),
  note,
};
export const terminalSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  ...terminalFields,
  serial: z.string(),
  soldOn: z.string().nullable(),
  warrantyEnd: z.string().nullable(),
  state: z.enum(TERMINAL_STATES).describe('in_stock (库存), installed (已安装), in_repair (维修中), scrapped (已报废)'),
  modelCode: z.string(),
  productName: z.string(),
  plate: z.string().nullable(),
  customerName: z.string().nullable(),
  simNumber: z.string().nullable(),
  inWarranty: z.boolean().describe('Under warranty today'),
  ...stamps,
  abilities,
});
export const terminalPage = pageOf(terminalSchema);
export const terminalListQuery = listQuery(['serial', 'soldOn', 'warrantyEnd'], {
  state: z.enum(TERMINAL_STATES).optional(),
  productId: z.uuid().optional(),
  vehicleId: z.uuid().optional().describe('Terminals on this vehicle'),
});
export const terminalExportQuery = noPage(terminalListQuery);
export const terminalBySerialQuery = z.strictObject({ serial: z.string().trim().min(1).max(30) });
export const createTerminalBody = z.strictObject({ officeId, ...terminalFields });
export const updateTerminalBody = z.strictObject({ ...terminalFields, version });
export const settleTerminalBody = z.strictObject({
  outcome: z.enum(['repaired', 'scrapped']).describe('repaired: back to stock; scrapped: out of use for good'),
  note: note.describe('What was done, or why it is scrapped'),
  version,
});

// ---- SIM cards ----

const simFields = {
  number: z.string().trim().min(1).max(30).describe('ICCID or the card’s number, digits'),
  carrier: z.enum(SIM_CARRIERS).describe('cmcc (移动), cucc (联通), ctcc (电信)'),
  note,
};
export const simSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  ...simFields,
  number: z.string(),
  state: z.enum(SIM_STATES).describe('in_stock (库存), in_use (使用中), suspended (停机), cancelled (已销户)'),
  terminalId: z.uuid().nullable(),
  terminalSerial: z.string().nullable(),
  plate: z.string().nullable(),
  ...stamps,
  abilities,
});
export const simPage = pageOf(simSchema);
export const simListQuery = listQuery(['number', 'createdAt'], {
  state: z.enum(SIM_STATES).optional(),
  carrier: z.enum(SIM_CARRIERS).optional(),
  terminalId: z.uuid().optional(),
});
export const simExportQuery = noPage(simListQuery);
export const createSimBody = z.strictObject({ officeId, ...simFields });
export const updateSimBody = z.strictObject({ ...simFields, state: z.enum(SIM_STATES), version });

// ---- device history ----

export const deviceHistory = z.array(
  z.object({
    id: z.uuid(),
    event: z.enum(DEVICE_EVENTS),
    at: z.string(),
    vehicleId: z.uuid().nullable(),
    plate: z.string().nullable().describe('The vehicle the move concerned'),
    orderId: z.uuid().nullable(),
    orderNumber: z.string().nullable().describe('The order that moved the device'),
    note: z.string(),
    byName: z.string(),
  }),
);

// ---- import ----

export const importBody = z.strictObject({
  officeId,
  file: z
    .string()
    .min(1)
    .max(4 * 1024 * 1024)
    .describe('The filled-in template (.xlsx, sheets 客户, 车辆, 终端), base64-encoded'),
});
export const importResult = z.object({
  customers: z.object({ added: z.number().int(), updated: z.number().int() }),
  vehicles: z.object({ added: z.number().int(), updated: z.number().int() }),
  terminals: z.object({ added: z.number().int(), updated: z.number().int() }),
  sims: z.object({ added: z.number().int() }),
});
