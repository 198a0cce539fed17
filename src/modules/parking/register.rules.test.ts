import { describe, expect, it } from 'vitest';
import { roomKey } from '../estates/estate.rules.js';
import { isCarParkCode, isSpaceNumber, normaliseSpaceNumber, parseOwnership, spaceUnitRefusal } from './register.rules.js';
import { checkSpaceImport, checkVehicleImport, type SpaceRow, type VehicleRow } from './register-import.rules.js';

describe('spaces and car parks', () => {
  it('keeps one spelling of a space number', () => {
    expect(normaliseSpaceNumber(' a-001 ')).toBe('A-001');
    expect(normaliseSpaceNumber('Ｂ２－０１５')).toBe('B2-015');
    expect(isSpaceNumber('负一1024')).toBe(true);
    for (const bad of ['', 'A 001', 'A/001', 'X'.repeat(21)]) expect(isSpaceNumber(bad), bad).toBe(false);
    expect(isCarParkCode('P1')).toBe(true);
    expect(isCarParkCode('-P1')).toBe(false);
  });

  it('ties an owned space to a unit, a public one to none, a rented one to either', () => {
    expect(spaceUnitRefusal('owned', false)).toBe('unit_required');
    expect(spaceUnitRefusal('owned', true)).toBeNull();
    expect(spaceUnitRefusal('public', true)).toBe('unit_not_allowed');
    expect(spaceUnitRefusal('public', false)).toBeNull();
    expect(spaceUnitRefusal('rented', true)).toBeNull();
    expect(spaceUnitRefusal('rented', false)).toBeNull();
  });

  it('reads the template’s Chinese words and the English ones', () => {
    expect(parseOwnership('产权')).toBe('owned');
    expect(parseOwnership(' 租赁车位 ')).toBe('rented');
    expect(parseOwnership('PUBLIC')).toBe('public');
    expect(parseOwnership('私有')).toBeNull();
  });
});

const rooms = new Map([
  [roomKey('1栋', '1', '0101'), 'unit-1'],
  [roomKey('1栋', '1', '0102'), 'unit-2'],
]);

describe('a space import is checked as a whole', () => {
  const space = (row: number, over: Partial<SpaceRow> = {}): SpaceRow => ({
    row,
    number: `A-${String(row).padStart(3, '0')}`,
    ownership: '产权',
    building: '1栋',
    entrance: '1',
    room: '0101',
    ...over,
  });

  it('plans good rows with their units', () => {
    const { errors, plan } = checkSpaceImport(
      [space(2), space(3, { ownership: '公共', building: '', entrance: '', room: '' }), space(4, { ownership: '租赁', room: '0102' })],
      { rooms, numbers: new Set() },
    );
    expect(errors).toEqual([]);
    expect(plan).toEqual([
      { number: 'A-002', ownership: 'owned', unitId: 'unit-1' },
      { number: 'A-003', ownership: 'public', unitId: null },
      { number: 'A-004', ownership: 'rented', unitId: 'unit-2' },
    ]);
  });

  it('lists every bad row with its row, column and code', () => {
    const { errors, plan } = checkSpaceImport(
      [
        space(2, { number: 'a-003' }),
        space(3, { number: 'A-010' }),
        space(4, { number: 'a-010' }),
        space(5, { number: 'A/9' }),
        space(6, { ownership: '私有' }),
        space(7, { room: '9999' }),
        space(8, { building: '', entrance: '', room: '' }),
        space(9, { ownership: '公共' }),
      ],
      { rooms, numbers: new Set(['A-003']) },
    );
    expect(errors.map((e) => `${e.field} ${e.code}`)).toEqual([
      'spaces.2.number parking_import.duplicate_number',
      'spaces.4.number parking_import.duplicate_number',
      'spaces.5.number parking_import.number_invalid',
      'spaces.6.ownership parking_import.ownership_invalid',
      'spaces.7.room parking_import.unknown_unit',
      'spaces.8.room parking_import.unit_required',
      'spaces.9.room parking_import.unit_not_allowed',
    ]);
    // one good row among bad ones is planned, but the import stores nothing while errors is not empty
    expect(plan.map((p) => p.number)).toEqual(['A-010']);
    expect(checkSpaceImport([], { rooms, numbers: new Set() }).errors[0]?.code).toBe('parking_import.empty');
  });
});

describe('a vehicle import is checked as a whole', () => {
  const residents = new Map([['unit-1', [{ id: 'res-1', name: '张伟', phone: '13900001111' }]]]);
  const facts = { rooms, residents, plates: new Set(['沪A00001']) };
  const vehicle = (row: number, over: Partial<VehicleRow> = {}): VehicleRow => ({
    row,
    plate: `沪B1000${row}`,
    building: '1栋',
    entrance: '1',
    room: '0101',
    name: '张伟',
    phone: '',
    ...over,
  });

  it('finds the holder on the register by name, and takes a holder without a unit by name and phone', () => {
    const { errors, plan } = checkVehicleImport(
      [
        vehicle(2, { plate: '沪b·10002' }),
        vehicle(3, { plate: '浙AD12345', phone: '13700002222' }),
        vehicle(4, { building: '', entrance: '', room: '', name: '访客甲', phone: '0755-83456789' }),
      ],
      facts,
    );
    expect(errors).toEqual([]);
    expect(plan).toEqual([
      { plate: '沪B10002', unitId: 'unit-1', holderResidentId: 'res-1', holderName: '张伟', holderPhone: '13900001111' },
      { plate: '浙AD12345', unitId: 'unit-1', holderResidentId: 'res-1', holderName: '张伟', holderPhone: '13700002222' },
      { plate: '沪B10004', unitId: null, holderResidentId: null, holderName: '访客甲', holderPhone: '0755-83456789' },
    ]);
  });

  it('lists every bad row with its row, column and code', () => {
    const { errors } = checkVehicleImport(
      [
        vehicle(2, { plate: '沪A00001' }),
        vehicle(3, { plate: '沪A12345' }),
        vehicle(4, { plate: '沪a 12345' }),
        vehicle(5, { plate: '沪I12345' }),
        vehicle(6, { name: '李四' }),
        vehicle(7, { room: '9999' }),
        vehicle(8, { building: '', entrance: '', room: '', name: '访客乙' }),
        vehicle(9, { name: '', phone: '123' }),
      ],
      facts,
    );
    expect(errors.map((e) => `${e.field} ${e.code}`)).toEqual([
      'vehicles.2.plate parking_import.duplicate_plate',
      'vehicles.4.plate parking_import.duplicate_plate',
      'vehicles.5.plate parking_import.plate_invalid',
      'vehicles.6.name parking_import.holder_not_resident',
      'vehicles.7.room parking_import.unknown_unit',
      'vehicles.8.phone parking_import.phone_invalid',
      'vehicles.9.name parking_import.name_invalid',
      'vehicles.9.phone parking_import.phone_invalid',
    ]);
  });
});
