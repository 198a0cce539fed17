import type { FieldError } from '../../platform/http/errors.js';
import { isPhone, roomKey } from '../estates/estate.rules.js';
import type { SpaceOwnership } from './parking.types.js';
import { parsePlate } from './plate.rules.js';
import { isSpaceNumber, normaliseSpaceNumber, parseOwnership, spaceUnitRefusal } from './register.rules.js';

// ---- the Excel imports of spaces (into a car park) and vehicles (into an estate), checked whole before anything is stored ----

/** Where a row says the unit is: building, entrance and room, as the estate register writes them (all empty: none). */
interface UnitCells {
  building: string;
  entrance: string;
  room: string;
}
export interface SpaceRow extends UnitCells {
  row: number;
  number: string;
  ownership: string;
}
export interface VehicleRow extends UnitCells {
  row: number;
  plate: string;
  name: string;
  phone: string;
}

/** A resident of the estate as the vehicle import matches a holder: by name, at their unit. */
export interface KnownResident {
  id: string;
  name: string;
  phone: string;
}

/** What the estate and the tenant hold already. */
export interface ImportFacts {
  /** Unit ids of the estate's active units by `roomKey(building, entrance, room)`. */
  rooms: ReadonlyMap<string, string>;
}
export interface SpaceFacts extends ImportFacts {
  /** Numbers the car park has (active or not). */
  numbers: ReadonlySet<string>;
}
export interface VehicleFacts extends ImportFacts {
  /** Active residents of each unit. */
  residents: ReadonlyMap<string, readonly KnownResident[]>;
  /** Plates of active vehicles anywhere in the tenant. */
  plates: ReadonlySet<string>;
}

export interface SpacePlan {
  number: string;
  ownership: SpaceOwnership;
  unitId: string | null;
}
export interface VehiclePlan {
  plate: string;
  unitId: string | null;
  holderResidentId: string | null;
  holderName: string;
  holderPhone: string;
}

const MAX_NAME = 40;

type Fail = (row: number, column: string, code: string, message: string) => void;

function collector(sheet: 'spaces' | 'vehicles') {
  const errors: FieldError[] = [];
  const fail: Fail = (row, column, code, message) =>
    errors.push({ field: `${sheet}.${row}.${column}`, code: `parking_import.${code}`, message });
  return { errors, fail };
}

/** The unit a row names, `null` when it names none, `undefined` (and an error) when it names one the estate lacks. */
function unitOf(r: UnitCells & { row: number }, facts: ImportFacts, fail: Fail): string | null | undefined {
  const [building, entrance, room] = [r.building.trim(), r.entrance.trim(), r.room.trim()];
  if (!building && !entrance && !room) return null;
  const id = facts.rooms.get(roomKey(building, entrance, room));
  if (id) return id;
  fail(r.row, 'room', 'unknown_unit', `no unit ${building} ${entrance} ${room} in the estate`);
  return undefined;
}

/**
 * Checks every row of a space import: a field is `spaces.<row>.<column>` with the spreadsheet's row number. A number
 * the car park has, or the file has twice, is a duplicate; an owned space must name a unit, a public one must not.
 */
export function checkSpaceImport(rows: readonly SpaceRow[], facts: SpaceFacts): { errors: FieldError[]; plan: SpacePlan[] } {
  const { errors, fail } = collector('spaces');
  const plan: SpacePlan[] = [];
  if (!rows.length) return { errors: [{ field: 'file', code: 'parking_import.empty', message: 'the file has no rows to import' }], plan };
  const numbers = new Set(facts.numbers);
  for (const r of rows) {
    const before = errors.length;
    const number = normaliseSpaceNumber(r.number);
    if (!isSpaceNumber(number)) fail(r.row, 'number', 'number_invalid', 'a space number of 1–20 letters, digits or dashes');
    else if (numbers.has(number)) fail(r.row, 'number', 'duplicate_number', `space ${number} is in the car park or the file already`);
    numbers.add(number);
    const ownership = parseOwnership(r.ownership);
    if (!ownership) fail(r.row, 'ownership', 'ownership_invalid', 'type is 产权, 租赁 or 公共');
    const unitId = unitOf(r, facts, fail);
    if (ownership && unitId !== undefined) {
      const refusal = spaceUnitRefusal(ownership, unitId !== null);
      if (refusal === 'unit_required') fail(r.row, 'room', 'unit_required', 'an owned space names the unit that owns it');
      if (refusal === 'unit_not_allowed') fail(r.row, 'room', 'unit_not_allowed', 'a public space belongs to no unit');
    }
    if (errors.length === before) plan.push({ number, ownership: ownership!, unitId: unitId ?? null });
  }
  return { errors, plan };
}

/**
 * Checks every row of a vehicle import. A row naming a unit names its holder as one of the unit's owners or tenants
 * on the register (found by name; the phone, when left empty, is theirs); a row without a unit gives a name and phone.
 * A plate registered already (active, anywhere in the company) or twice in the file is a duplicate.
 */
export function checkVehicleImport(rows: readonly VehicleRow[], facts: VehicleFacts): { errors: FieldError[]; plan: VehiclePlan[] } {
  const { errors, fail } = collector('vehicles');
  const plan: VehiclePlan[] = [];
  if (!rows.length) return { errors: [{ field: 'file', code: 'parking_import.empty', message: 'the file has no rows to import' }], plan };
  const plates = new Set(facts.plates);
  for (const r of rows) {
    const before = errors.length;
    const parsed = parsePlate(r.plate);
    if (!parsed) fail(r.row, 'plate', 'plate_invalid', 'not a plate of the mainland (沪A12345, 浙AD12345)');
    else if (plates.has(parsed.plate))
      fail(r.row, 'plate', 'duplicate_plate', `${parsed.plate} is registered already or twice in the file`);
    if (parsed) plates.add(parsed.plate);
    const unitId = unitOf(r, facts, fail);
    const name = r.name.trim();
    const typedPhone = r.phone.replace(/\s+/g, '');
    if (!name || name.length > MAX_NAME) fail(r.row, 'name', 'name_invalid', 'a name of 1–40 characters');
    if (typedPhone && !isPhone(typedPhone)) fail(r.row, 'phone', 'phone_invalid', 'a mobile (11 digits) or landline with area code');
    let holder: KnownResident | null = null;
    if (unitId && name) {
      holder = facts.residents.get(unitId)?.find((p) => p.name === name) ?? null;
      if (!holder) fail(r.row, 'name', 'holder_not_resident', `${name} is no owner or tenant of that unit on the register`);
    } else if (unitId === null && !typedPhone) fail(r.row, 'phone', 'phone_invalid', 'a holder without a unit needs a phone');
    if (errors.length === before)
      plan.push({
        plate: parsed!.plate,
        unitId: unitId ?? null,
        holderResidentId: holder?.id ?? null,
        holderName: name,
        holderPhone: typedPhone || holder!.phone,
      });
  }
  return { errors, plan };
}
