import { z } from 'zod';
import { booleanQuery, nameText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { OCCUPANCIES, RESIDENT_ROLES, UNIT_USES } from './estate.types.js';

const version = z.number().int().min(1).describe('The version you last saw; a newer one answers 409');
const lang = z.enum(['zh-CN', 'en']).optional().describe('Language of the headers');
const date = z.iso.date().describe('Business date YYYY-MM-DD');
const active = booleanQuery.optional().describe('true: in use only; false: deactivated only');
const abilities = z.object({ manage: z.boolean().describe('May change this record and add to it') });

export const estateSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  officeName: z.string(),
  name: z.string().describe('Estate (小区/项目) name'),
  address: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities,
});
const estateRow = estateSchema.omit({ abilities: true }).extend({ buildingCount: z.number().int(), unitCount: z.number().int() });
export const estatePage = pageOf(estateRow);
export const estateListQuery = listQuery(['name', 'createdAt'], {
  officeId: z.uuid().optional().describe('Estates of this office (or node) and below'),
  active,
});
export const estateExportQuery = estateListQuery.extend({ lang });
export const createEstateBody = z.strictObject({ officeId: z.uuid(), name: nameText(60), address: nameText(200) });
export const updateEstateBody = z.strictObject({ name: nameText(60), address: nameText(200), active: z.boolean(), version });

export const buildingSchema = z.object({
  id: z.uuid(),
  estateId: z.uuid(),
  name: z.string().describe('Building (楼栋) name, e.g. 1栋'),
  active: z.boolean(),
  version: z.number().int(),
  unitCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const buildingPage = pageOf(buildingSchema);
export const buildingListQuery = listQuery(['name', 'createdAt'], { estateId: z.uuid().describe('The estate'), active });
export const buildingExportQuery = buildingListQuery.extend({ lang });
export const createBuildingBody = z.strictObject({ estateId: z.uuid(), name: nameText(40) });
export const updateBuildingBody = z.strictObject({ name: nameText(40), active: z.boolean(), version });

const unitFields = {
  buildingId: z.uuid(),
  entrance: z.string().trim().max(40).describe('单元 (entrance); empty when the building has one'),
  floor: z
    .number()
    .int()
    .min(-9)
    .max(200)
    .refine((f) => f !== 0, { message: 'no floor 0', params: { code: 'floor_zero' } }),
  room: nameText(40).describe('Room number, e.g. 0802'),
  areaMilli: z.number().int().min(1).max(100_000_000).describe('建筑面积 in thousandths of a m² (89.5 m² = 89500)'),
  use: z.enum(UNIT_USES),
  occupancy: z.enum(OCCUPANCIES),
};
const unitBase = z.object({
  id: z.uuid(),
  estateId: z.uuid(),
  ...unitFields,
  floor: z.number().int(),
  room: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  buildingName: z.string(),
  estateName: z.string(),
  officeName: z.string(),
});
const unitRow = unitBase.extend({ ownerName: z.string().nullable(), ownerPhone: z.string().nullable() });
export const unitPage = pageOf(unitRow);
export const unitListQuery = listQuery(['building', 'room', 'floor', 'area'], {
  estateId: z.uuid().optional(),
  buildingId: z.uuid().optional(),
  use: z.enum(UNIT_USES).optional(),
  occupancy: z.enum(OCCUPANCIES).optional(),
  active,
});
export const unitExportQuery = unitListQuery.extend({ lang });
export const createUnitBody = z.strictObject({ estateId: z.uuid(), ...unitFields });
export const updateUnitBody = z.strictObject({ ...unitFields, active: z.boolean(), version });

const residentFields = {
  role: z.enum(RESIDENT_ROLES).describe('owner (业主) or renter (租户)'),
  name: nameText(40),
  phone: z.string().trim().min(3).max(20),
  moveInDate: date.nullable(),
  moveOutDate: date.nullable().optional(),
};
export const residentSchema = z.object({
  id: z.uuid(),
  estateId: z.uuid(),
  unitId: z.uuid(),
  ...residentFields,
  moveOutDate: date.nullable(),
  idNumberMasked: z.string().nullable().describe('Only the masked form is kept: 1101**********1234'),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const residentRow = residentSchema.extend({
  buildingName: z.string(),
  entrance: z.string(),
  room: z.string(),
  estateName: z.string(),
});
export const residentPage = pageOf(residentRow);
export const residentListQuery = listQuery(['room', 'name', 'moveInDate'], {
  estateId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  role: z.enum(RESIDENT_ROLES).optional(),
  active,
});
export const residentExportQuery = residentListQuery.extend({ lang });
const idNumber = z.string().trim().max(30).nullable().optional().describe('The full number; only its masked form and a hash are kept');
export const createResidentBody = z.strictObject({ unitId: z.uuid(), ...residentFields, idNumber });
export const updateResidentBody = z.strictObject({ ...residentFields, idNumber, active: z.boolean(), version });

export const unitSchema = unitBase.extend({
  address: z.string().describe('The unit written as an address, e.g. 翠竹园3栋1单元1201'),
  residents: z.array(residentSchema),
  abilities,
});

export const unitSearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(50).describe('Building/room, an owner or tenant’s name, or a phone number'),
  estateId: z.uuid().optional(),
});
export const unitSearchResult = z.array(
  z.object({
    id: z.uuid(),
    estateId: z.uuid(),
    estateName: z.string(),
    buildingName: z.string(),
    entrance: z.string(),
    room: z.string(),
    address: z.string().describe('The unit written as an address, e.g. 翠竹园3栋1单元1201'),
    areaMilli: z.number().int(),
    ownerName: z.string().nullable(),
    ownerPhone: z.string().nullable(),
    renterName: z.string().nullable().describe('The tenant living there, given only when no owner is on the register'),
    renterPhone: z.string().nullable(),
  }),
);

export const importBody = z.strictObject({
  file: z
    .string()
    .min(1)
    .max(4 * 1024 * 1024)
    .describe('The filled-in template (.xlsx), base64-encoded'),
});
export const importResult = z.object({
  buildings: z.number().int().describe('Buildings added'),
  units: z.number().int().describe('Units added'),
  residents: z.number().int().describe('Owners and tenants added'),
});
