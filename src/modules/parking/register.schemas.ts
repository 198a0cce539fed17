import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { booleanQuery, nameText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { RESIDENT_ROLES } from '../estates/estate.types.js';
import { CAR_PARK_KINDS, PLATE_KINDS, SPACE_OWNERSHIPS } from './parking.types.js';

const version = z.number().int().min(1).describe('The version you last saw; a newer one answers 409');
const active = booleanQuery.optional().describe('true: in use only; false: deactivated only');
const abilities = z.object({ register: z.boolean().describe('May change this record (the parking register of its office)') });
const stamps = { active: z.boolean(), version: z.number().int(), createdAt: z.string(), updatedAt: z.string() };

// ---- car parks ----

const carParkFields = {
  code: z.string().trim().min(1).max(20).describe('Short code within the estate (P1, B1); upper-cased'),
  name: nameText(40).describe('Car park (车场) name, e.g. 地下车库'),
  kind: z.enum(CAR_PARK_KINDS).describe('ground (地面), underground (地下) or mechanical (机械)'),
};
export const carParkSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  officeName: z.string(),
  estateId: z.uuid(),
  estateName: z.string(),
  ...carParkFields,
  code: z.string(),
  name: z.string(),
  ...stamps,
  spaceCount: z.number().int().describe('Spaces in use'),
  abilities,
});
export const carParkPage = pageOf(carParkSchema);
export const carParkListQuery = listQuery(['code', 'name'], {
  estateId: z.uuid().optional().describe('Car parks of this estate'),
  active,
});
export const carParkExportQuery = carParkListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });
export const createCarParkBody = z.strictObject({ estateId: z.uuid(), ...carParkFields });
export const updateCarParkBody = z.strictObject({ ...carParkFields, active: z.boolean(), version });

// ---- parking spaces ----

const spaceFields = {
  number: z.string().trim().min(1).max(30).describe('Space number as painted (A-001); upper-cased, spaces removed'),
  ownership: z.enum(SPACE_OWNERSHIPS).describe('owned (产权: needs a unit), rented (租赁), public (公共: no unit)'),
  unitId: z.uuid().nullable().describe('The unit that owns or rents the space'),
};
export const spaceSchema = z.object({
  id: z.uuid(),
  carParkId: z.uuid(),
  carParkCode: z.string(),
  carParkName: z.string(),
  estateId: z.uuid(),
  estateName: z.string(),
  ...spaceFields,
  number: z.string(),
  unitAddress: z.string().nullable().describe('The unit written as an address, e.g. 翠竹园3栋1单元1201'),
  ...stamps,
  abilities,
});
export const spacePage = pageOf(spaceSchema);
export const spaceListQuery = listQuery(['number'], {
  carParkId: z.uuid().optional().describe('Spaces of this car park'),
  estateId: z.uuid().optional().describe('Spaces of this estate’s car parks'),
  unitId: z.uuid().optional().describe('Spaces this unit owns or rents'),
  ownership: z.enum(SPACE_OWNERSHIPS).optional(),
  active,
});
export const spaceExportQuery = spaceListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });
export const createSpaceBody = z.strictObject({ carParkId: z.uuid(), ...spaceFields });
export const updateSpaceBody = z.strictObject({ ...spaceFields, active: z.boolean(), version });

// ---- vehicles ----

const vehicleFields = {
  plate: z.string().trim().min(1).max(20).describe('Plate (沪A12345, new energy 浙AD12345); normalised: upper case, no spaces or dots'),
  unitId: z.uuid().nullable().describe('The unit the vehicle belongs to'),
  holderResidentId: z.uuid().nullable().describe('The owner or tenant of that unit on the estate register who holds the vehicle'),
  holderName: nameText(40).describe('The holder’s name'),
  holderPhone: z.string().trim().min(3).max(20).describe('The holder’s phone: a mobile, or a landline with area code'),
};
export const vehicleSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  estateId: z.uuid(),
  estateName: z.string(),
  ...vehicleFields,
  plate: z.string(),
  holderName: z.string(),
  holderPhone: z.string(),
  plateKind: z.enum(PLATE_KINDS).describe('standard, or new_energy (an 8-character green plate)'),
  unitAddress: z.string().nullable(),
  holderRole: z.enum(RESIDENT_ROLES).nullable().describe('owner or renter on the register; null for a holder not on it'),
  ...stamps,
  abilities,
});
export const vehiclePage = pageOf(vehicleSchema);
export const vehicleListQuery = listQuery(['plate', 'holder', 'createdAt'], {
  estateId: z.uuid().optional().describe('Vehicles registered at this estate'),
  unitId: z.uuid().optional().describe('Vehicles of this unit'),
  active,
});
export const vehicleExportQuery = vehicleListQuery.omit({ page: true, pageSize: true }).extend({ lang: exportLang });
export const createVehicleBody = z.strictObject({ estateId: z.uuid(), ...vehicleFields });
export const updateVehicleBody = z.strictObject({ ...vehicleFields, active: z.boolean(), version });

// ---- imports ----

const file = z
  .string()
  .min(1)
  .max(4 * 1024 * 1024)
  .describe('The filled-in template (.xlsx), base64-encoded');
export const spaceImportBody = z.strictObject({ carParkId: z.uuid().describe('The car park the spaces are added to'), file });
export const vehicleImportBody = z.strictObject({ estateId: z.uuid().describe('The estate the vehicles are registered at'), file });
export const spaceImportResult = z.object({ spaces: z.number().int().describe('Spaces added') });
export const vehicleImportResult = z.object({ vehicles: z.number().int().describe('Vehicles added') });
