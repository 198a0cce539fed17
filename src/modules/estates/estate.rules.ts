import { createHmac } from 'node:crypto';
import type { FieldError } from '../../platform/http/errors.js';
import { OCCUPANCIES, type Occupancy, RESIDENT_ROLES, type ResidentRole, UNIT_USES, type UnitUse } from './estate.types.js';

/** The largest area one unit may have (m²): a larger figure is a typing error, not a unit. */
export const MAX_AREA_M2 = 100_000;

/**
 * 建筑面积 as written (`89.5`, `89.50 ㎡`, a number from a spreadsheet cell) → thousandths of a m²; null when it is
 * not a positive number with at most three decimals, or is larger than any unit.
 */
export function parseAreaMilli(input: string | number): number | null {
  let milli: number;
  if (typeof input === 'number') {
    // a spreadsheet number carries binary noise (89.12299999999999): round to thousandths, refuse a real fourth decimal
    if (!Number.isFinite(input)) return null;
    milli = Math.round(input * 1000);
    if (Math.abs(input * 1000 - milli) > 1e-6) return null;
  } else {
    const text = input.trim().replace(/\s*(㎡|m²|m2|平方米|平米)$/i, '');
    const m = /^(\d{1,6})(?:\.(\d{1,3}))?$/.exec(text);
    if (!m) return null;
    milli = Number(m[1]) * 1000 + Number((m[2] ?? '').padEnd(3, '0'));
  }
  return milli > 0 && milli <= MAX_AREA_M2 * 1000 ? milli : null;
}

/** Thousandths of a m² as the register shows them: `89.5`, `120`, `88.125`. */
export function formatArea(milli: number): string {
  const whole = Math.trunc(milli / 1000);
  const frac = String(milli % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** A mainland mobile number (11 digits from 1) or a landline with its area code (0755-12345678). */
export function isPhone(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone) || /^0\d{2,3}-?\d{7,8}$/.test(phone);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of a resident ID's first 17 digits (GB 11643). */
export function idCheckChar(first17: string): string {
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(first17[i]), 0);
  return ID_CHECK[sum % 11]!;
}

/** Upper case, no spaces: the form an ID number is compared, masked and hashed in. */
export const normaliseIdNumber = (raw: string) => raw.replace(/\s+/g, '').toUpperCase();

/**
 * A document number the register accepts: an 18-character resident ID card whose check character agrees
 * (GB 11643), or another document (passport, 港澳通行证…) of 6–20 letters and digits that does not look like
 * a resident ID.
 */
export function isIdNumber(raw: string): boolean {
  const id = normaliseIdNumber(raw);
  if (/^\d{17}[\dX]$/.test(id)) return idCheckChar(id.slice(0, 17)) === id[17];
  return /^[A-Z0-9]{6,20}$/.test(id) && !/^\d{15,18}$/.test(id);
}

/** The only form of an ID number the register keeps: `1101**********1234` (first and last four of a resident ID). */
export function maskIdNumber(raw: string): string {
  const id = normaliseIdNumber(raw);
  const keep = id.length >= 15 ? 4 : 2;
  return `${id.slice(0, keep)}${'*'.repeat(id.length - 2 * keep)}${id.slice(-keep)}`;
}

/**
 * A keyed hash of the normalised number, to find a person by the number they show without keeping it. Keyed with
 * the tenant, so the same person's hash differs between tenants and a copied table matches nothing elsewhere.
 */
export function hashIdNumber(tenantId: string, raw: string): string {
  return createHmac('sha256', `guanjia-id-number:${tenantId}`).update(normaliseIdNumber(raw)).digest('hex');
}

/** The Chinese words the import template uses for each use, occupancy and role (English ones are taken too). */
const USE_WORDS: Record<string, UnitUse> = { 住宅: 'residential', 商业: 'commercial', 商铺: 'commercial' };
const OCCUPANCY_WORDS: Record<string, Occupancy> = {
  已入住: 'occupied',
  入住: 'occupied',
  空置: 'vacant',
  装修中: 'decorating',
  装修: 'decorating',
};
const ROLE_WORDS: Record<string, ResidentRole> = { 业主: 'owner', 租户: 'renter', 租客: 'renter' };

export const USE_LABEL: Record<UnitUse, string> = { residential: '住宅', commercial: '商业' };
export const OCCUPANCY_LABEL: Record<Occupancy, string> = { occupied: '已入住', vacant: '空置', decorating: '装修中' };
export const ROLE_LABEL: Record<ResidentRole, string> = { owner: '业主', renter: '租户' };

function word<T extends string>(words: Record<string, T>, all: readonly T[], text: string): T | null {
  const t = text.trim();
  return words[t] ?? ((all as readonly string[]).includes(t.toLowerCase()) ? (t.toLowerCase() as T) : null);
}
export const parseUse = (text: string) => word(USE_WORDS, UNIT_USES, text);
export const parseOccupancy = (text: string) => word(OCCUPANCY_WORDS, OCCUPANCIES, text);
export const parseRole = (text: string) => word(ROLE_WORDS, RESIDENT_ROLES, text);

/** A calendar date `YYYY-MM-DD` that exists. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The key a room is unique by within an estate: building, entrance and room number. */
export const roomKey = (building: string, entrance: string, room: string) =>
  `${building.trim()}\u0000${entrance.trim()}\u0000${room.trim()}`;

/**
 * A unit as an address is written: estate, building, entrance and room run together (翠竹园3栋1单元1201); an entrance
 * given as a bare number gets 单元, one without a name is left out (商业街S01).
 */
export function unitAddress(u: { estateName: string; buildingName: string; entrance: string; room: string }): string {
  const entrance = u.entrance.trim();
  const word = !entrance || /单元$/.test(entrance) ? entrance : `${entrance}单元`;
  return `${u.estateName.trim()}${u.buildingName.trim()}${word}${u.room.trim()}`;
}

// ---- the Excel import (楼栋 / 房屋 / 业主住户), checked as a whole before anything is stored ----

export interface BuildingRow {
  row: number;
  name: string;
}
export interface UnitRow {
  row: number;
  building: string;
  entrance: string;
  floor: string;
  room: string;
  area: string;
  use: string;
  occupancy: string;
}
export interface ResidentRow {
  row: number;
  building: string;
  entrance: string;
  room: string;
  role: string;
  name: string;
  phone: string;
  idNumber: string;
  moveInDate: string;
}
export interface ImportSheets {
  buildings: BuildingRow[];
  units: UnitRow[];
  residents: ResidentRow[];
}

/** What the estate holds already: building names and room keys. */
export interface ImportExisting {
  buildings: ReadonlySet<string>;
  rooms: ReadonlySet<string>;
}

export interface ImportPlan {
  buildings: string[];
  units: { building: string; entrance: string; floor: number; room: string; areaMilli: number; use: UnitUse; occupancy: Occupancy }[];
  residents: {
    building: string;
    entrance: string;
    room: string;
    role: ResidentRole;
    name: string;
    phone: string;
    idNumber: string | null;
    moveInDate: string | null;
  }[];
}

const MAX_TEXT = 40;

/**
 * Checks every row of an import against the others and the estate: a field is named `<sheet>.<row>.<column>` with
 * the spreadsheet's own row number, so the user finds the cell. Buildings already in the estate may be listed again
 * (nothing is made twice); a room already in the estate or twice in the file is a duplicate.
 */
export function checkImport(sheets: ImportSheets, existing: ImportExisting): { errors: FieldError[]; plan: ImportPlan } {
  const errors: FieldError[] = [];
  const fail = (sheet: string, row: number, column: string, code: string, message: string) =>
    errors.push({ field: `${sheet}.${row}.${column}`, code: `estate_import.${code}`, message });
  const plan: ImportPlan = { buildings: [], units: [], residents: [] };
  if (!sheets.buildings.length && !sheets.units.length && !sheets.residents.length) {
    errors.push({ field: 'file', code: 'estate_import.empty', message: 'the file has no rows to import' });
    return { errors, plan };
  }

  const buildings = new Set(existing.buildings);
  const listed = new Set<string>();
  for (const b of sheets.buildings) {
    const name = b.name.trim();
    if (!name || name.length > MAX_TEXT) fail('buildings', b.row, 'name', 'building_name_invalid', 'a building name of 1–40 characters');
    else if (listed.has(name)) fail('buildings', b.row, 'name', 'duplicate_building', `building ${name} is listed twice`);
    else {
      listed.add(name);
      if (!buildings.has(name)) plan.buildings.push(name);
      buildings.add(name);
    }
  }

  const rooms = new Set(existing.rooms);
  for (const u of sheets.units) {
    const before = errors.length;
    const building = u.building.trim();
    const room = u.room.trim();
    const entrance = u.entrance.trim();
    if (!buildings.has(building))
      fail('units', u.row, 'building', 'unknown_building', `no building ${building || '(empty)'} in the estate or the file`);
    if (!room || room.length > MAX_TEXT) fail('units', u.row, 'room', 'room_invalid', 'a room number of 1–40 characters');
    if (entrance.length > MAX_TEXT) fail('units', u.row, 'entrance', 'entrance_invalid', 'an entrance of at most 40 characters');
    const floor = /^-?\d{1,3}$/.test(u.floor.trim()) ? Number(u.floor.trim()) : null;
    if (floor === null || floor === 0)
      fail('units', u.row, 'floor', 'floor_invalid', 'a whole floor number (negative below ground), not 0');
    const areaMilli = parseAreaMilli(u.area);
    if (areaMilli === null) fail('units', u.row, 'area', 'area_invalid', 'the area is not a positive number of m² (at most 3 decimals)');
    const use = parseUse(u.use);
    if (!use) fail('units', u.row, 'use', 'use_invalid', 'use is 住宅 or 商业');
    const occupancy = parseOccupancy(u.occupancy);
    if (!occupancy) fail('units', u.row, 'occupancy', 'occupancy_invalid', 'occupancy is 已入住, 空置 or 装修中');
    const key = roomKey(building, entrance, room);
    if (room && buildings.has(building) && rooms.has(key))
      fail('units', u.row, 'room', 'duplicate_room', `room ${building} ${entrance} ${room} is already in the estate or the file`);
    rooms.add(key);
    if (errors.length === before)
      plan.units.push({ building, entrance, floor: floor!, room, areaMilli: areaMilli!, use: use!, occupancy: occupancy! });
  }

  for (const r of sheets.residents) {
    const before = errors.length;
    const building = r.building.trim();
    const entrance = r.entrance.trim();
    const room = r.room.trim();
    if (!rooms.has(roomKey(building, entrance, room)))
      fail('residents', r.row, 'room', 'unknown_unit', `no room ${building} ${entrance} ${room} in the estate or the file`);
    const role = parseRole(r.role);
    if (!role) fail('residents', r.row, 'role', 'role_invalid', 'type is 业主 or 租户');
    const name = r.name.trim();
    if (!name || name.length > MAX_TEXT) fail('residents', r.row, 'name', 'name_invalid', 'a name of 1–40 characters');
    const phone = r.phone.replace(/\s+/g, '');
    if (!isPhone(phone)) fail('residents', r.row, 'phone', 'phone_invalid', 'a mobile (11 digits) or landline with area code');
    const idNumber = r.idNumber.trim() ? normaliseIdNumber(r.idNumber) : null;
    if (idNumber !== null && !isIdNumber(idNumber)) fail('residents', r.row, 'idNumber', 'id_number_invalid', 'not a valid ID number');
    const moveInDate = r.moveInDate.trim() || null;
    if (moveInDate !== null && !isDate(moveInDate)) fail('residents', r.row, 'moveInDate', 'date_invalid', 'a date YYYY-MM-DD');
    if (errors.length === before) plan.residents.push({ building, entrance, room, role: role!, name, phone, idNumber, moveInDate });
  }
  return { errors, plan };
}
