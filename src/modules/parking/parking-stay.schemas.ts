import { z } from 'zod';
import { exportLang } from '../../platform/export/route.js';
import { pageOf } from '../../platform/http/list.js';
import { STAY_SOURCES, STAY_STATES } from './parking.types.js';

const day = z.iso.date().describe('A business day (YYYY-MM-DD, the organisation’s zone)');
const instant = z.iso.datetime({ offset: true }).describe('An ISO instant; default now; not in the future');

export const staySchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  estateId: z.uuid(),
  estateName: z.string(),
  carParkId: z.uuid(),
  carParkCode: z.string(),
  carParkName: z.string(),
  plate: z.string().describe('Normalised plate (粤B12345)'),
  enteredAt: z.string().nullable().describe('Entry instant; null for an exit with no entry on record (unmatched)'),
  exitedAt: z.string().nullable().describe('Exit instant; null while the car is inside (parked)'),
  minutes: z.number().int().nullable().describe('Whole minutes inside, a begun minute counting; null until both ends are known'),
  source: z.enum(STAY_SOURCES).describe('gate: typed by the guard; import: from the gate system’s export'),
  recordKey: z.string().describe('What a re-import knows the stay by: the gate’s record number, or plate and times'),
  importId: z.uuid().nullable(),
  vehicleId: z.uuid().nullable().describe('The pass vehicle, for a pass stay'),
  passId: z.uuid().nullable().describe('The monthly pass that let the stay off its charge'),
  standardId: z.uuid().nullable().describe('The parking standard the charge was made by'),
  chargeFen: z.number().int().nullable().describe('The charge in fen; null while parked, unmatched or with no standard'),
  state: z.enum(STAY_STATES),
  collectionId: z.uuid().nullable(),
  waiveReason: z.string().nullable(),
  waivedBy: z.string().nullable(),
  waivedByName: z.string().nullable(),
  waivedAt: z.string().nullable(),
  recordedBy: z.string(),
  recordedByName: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({
    exit: z.boolean().describe('May record this car’s exit (parked, parking.gate)'),
    collect: z.boolean().describe('May collect the charge at the gate (due, parking.collect)'),
  }),
});
export const stayPage = pageOf(staySchema);

const stayFilters = {
  carParkId: z.uuid().optional().describe('Stays of this car park'),
  day: day.optional().describe('Stays that entered or left on this day'),
  state: z.enum(STAY_STATES).optional(),
  plate: z.string().trim().max(20).optional().describe('Part of a plate'),
  importId: z.uuid().optional().describe('Stays this import added'),
  sort: z.enum(['entered', 'exited']).optional().describe('Latest first by entry or by exit (default exit)'),
};
export const stayListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('Rows per page (at most 100)'),
  ...stayFilters,
});
export const stayExportQuery = z.strictObject({ ...stayFilters, lang: exportLang });

export const entryBody = z.strictObject({
  carParkId: z.uuid(),
  plate: z.string().trim().min(1).max(20).describe('The plate as read (粤B 12345); normalised'),
  at: instant.optional(),
});
export const exitBody = z.strictObject({
  stayId: z.uuid().optional().describe('The parked stay leaving; or name the car park and the plate'),
  carParkId: z.uuid().optional(),
  plate: z.string().trim().min(1).max(20).optional(),
  at: instant.optional(),
});

export const importSchema = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  carParkId: z.uuid(),
  carParkCode: z.string(),
  carParkName: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  rows: z.number().int().describe('Good rows read'),
  added: z.number().int().describe('New stays (settled, or parked for an entry without exit)'),
  completed: z.number().int().describe('Parked stays whose exit the file brought'),
  unchanged: z.number().int().describe('Rows already on record: nothing changed'),
  unmatched: z.number().int().describe('Exits with no entry on record, kept as unmatched stays'),
  importedBy: z.string(),
  importedByName: z.string(),
  importedAt: z.string(),
});
export const importPage = pageOf(importSchema);
export const importListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  carParkId: z.uuid().optional(),
});
export const importBody = z.strictObject({
  carParkId: z.uuid(),
  fileName: z.string().trim().min(1).max(200).describe('The file’s name, kept with the import'),
  file: z.string().min(1).describe('The Excel (.xlsx) or CSV file, base64-encoded'),
});

const column = z.string().trim().max(40);
export const mappingSchema = z.object({
  carParkId: z.uuid(),
  plateColumn: z.string(),
  enteredColumn: z.string(),
  exitedColumn: z.string(),
  recordColumn: z.string(),
  custom: z.boolean().describe('False while the defaults apply'),
  version: z.number().int().describe('0 while nothing is set'),
  updatedAt: z.string().nullable(),
});
export const mappingBody = z.strictObject({
  plateColumn: column.min(1).describe('Header of the plate column (车牌号)'),
  enteredColumn: column.min(1).describe('Header of the entry time column (入场时间)'),
  exitedColumn: column.min(1).describe('Header of the exit time column (出场时间)'),
  recordColumn: column.describe('Header of the gate’s record number column (记录号); empty when the export has none'),
  version: z.number().int().min(0).describe('The version you last saw (0 when none was set)'),
});
