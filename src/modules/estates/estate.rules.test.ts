import { describe, expect, it } from 'vitest';
import {
  checkImport,
  formatArea,
  hashIdNumber,
  type ImportSheets,
  isIdNumber,
  isPhone,
  maskIdNumber,
  parseAreaMilli,
  roomKey,
  unitAddress,
} from './estate.rules.js';

describe('floor area (建筑面积, thousandths of a m²)', () => {
  it('reads what people type and what spreadsheets hold', () => {
    expect(parseAreaMilli('89.5')).toBe(89_500);
    expect(parseAreaMilli(' 126.38 ㎡')).toBe(126_380);
    expect(parseAreaMilli('120平方米')).toBe(120_000);
    expect(parseAreaMilli(88.125)).toBe(88_125);
    // binary noise of a computed cell is rounded away (both ways); a real fourth decimal is refused
    expect(parseAreaMilli(89.1 + 0.023)).toBe(89_123);
    expect(parseAreaMilli(0.1 + 0.2)).toBe(300);
    expect(parseAreaMilli(89.1234)).toBeNull();
    expect(parseAreaMilli('89.1234')).toBeNull();
    expect(parseAreaMilli(Number.NaN)).toBeNull();
  });
  it('refuses what is not a positive area', () => {
    for (const bad of ['0', '-5', 'abc', '', '1e3', '0.0001', '200000', '89,5']) expect(parseAreaMilli(bad), bad).toBeNull();
  });
  it('shows thousandths without trailing zeros', () => {
    expect(formatArea(89_500)).toBe('89.5');
    expect(formatArea(120_000)).toBe('120');
    expect(formatArea(88_125)).toBe('88.125');
  });
});

describe('ID numbers are kept masked, with a keyed hash', () => {
  const id = '11010519491231002X';
  it('checks the check character of a resident ID', () => {
    expect(isIdNumber(id)).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(isIdNumber('E12345678')).toBe(true);
    expect(isIdNumber('12345')).toBe(false);
  });
  it('keeps the first and last four of a resident ID only', () => {
    expect(maskIdNumber(id)).toBe('1101**********002X');
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002X');
    expect(maskIdNumber('E12345678')).toBe('E1*****78');
  });
  it('hashes the same number the same way within a tenant, differently across tenants', () => {
    expect(hashIdNumber('t1', id)).toBe(hashIdNumber('t1', '11010519491231002x'));
    expect(hashIdNumber('t1', id)).not.toBe(hashIdNumber('t2', id));
    expect(hashIdNumber('t1', id)).not.toContain('002X');
  });
  it('takes mobiles and landlines as phone numbers', () => {
    expect(isPhone('13912345678')).toBe(true);
    expect(isPhone('0755-83456789')).toBe(true);
    expect(isPhone('1391234567')).toBe(false);
    expect(isPhone('12912345678')).toBe(false);
  });
});

describe('an import is checked as a whole', () => {
  const unit = (row: number, over: Partial<ImportSheets['units'][number]> = {}) => ({
    row,
    building: '1栋',
    entrance: '1',
    floor: '8',
    room: '0801',
    area: '89.5',
    use: '住宅',
    occupancy: '已入住',
    ...over,
  });
  const none = { buildings: new Set<string>(), rooms: new Set<string>() };

  it('plans buildings, units and owners from good rows', () => {
    const { errors, plan } = checkImport(
      {
        buildings: [{ row: 2, name: '1栋' }],
        units: [unit(2), unit(3, { room: '0802', use: '商业', occupancy: '空置' })],
        residents: [
          {
            row: 2,
            building: '1栋',
            entrance: '1',
            room: '0802',
            role: '业主',
            name: '张三',
            phone: '13800001234',
            idNumber: '',
            moveInDate: '2020-05-01',
          },
        ],
      },
      none,
    );
    expect(errors).toEqual([]);
    expect(plan.buildings).toEqual(['1栋']);
    expect(plan.units.map((u) => [u.room, u.areaMilli, u.use, u.occupancy])).toEqual([
      ['0801', 89_500, 'residential', 'occupied'],
      ['0802', 89_500, 'commercial', 'vacant'],
    ]);
    expect(plan.residents[0]).toMatchObject({ role: 'owner', room: '0802', moveInDate: '2020-05-01', idNumber: null });
  });

  it('lists every bad row with its sheet, row, column and code', () => {
    const { errors } = checkImport(
      {
        buildings: [{ row: 2, name: '1栋' }],
        units: [
          unit(2),
          unit(3),
          unit(4, { building: '9栋', room: '0901' }),
          unit(5, { room: '0803', area: '-3' }),
          unit(6, { room: '0804', floor: 'x', use: '厂房' }),
        ],
        residents: [
          {
            row: 2,
            building: '1栋',
            entrance: '1',
            room: '0801',
            role: '业主',
            name: '李四',
            phone: '1380000',
            idNumber: '110105194912310021',
            moveInDate: '2020-02-30',
          },
          {
            row: 3,
            building: '1栋',
            entrance: '1',
            room: '9999',
            role: '房东',
            name: '',
            phone: '13800001234',
            idNumber: '',
            moveInDate: '',
          },
        ],
      },
      none,
    );
    expect(errors.map((e) => `${e.field} ${e.code}`)).toEqual([
      'units.3.room estate_import.duplicate_room',
      'units.4.building estate_import.unknown_building',
      'units.5.area estate_import.area_invalid',
      'units.6.floor estate_import.floor_invalid',
      'units.6.use estate_import.use_invalid',
      'residents.2.phone estate_import.phone_invalid',
      'residents.2.idNumber estate_import.id_number_invalid',
      'residents.2.moveInDate estate_import.date_invalid',
      'residents.3.room estate_import.unknown_unit',
      'residents.3.role estate_import.role_invalid',
      'residents.3.name estate_import.name_invalid',
    ]);
  });

  it('takes buildings the estate has, refuses rooms it has, and an empty file', () => {
    const existing = { buildings: new Set(['1栋']), rooms: new Set([roomKey('1栋', '1', '0801')]) };
    const { errors, plan } = checkImport(
      { buildings: [{ row: 2, name: '1栋' }], units: [unit(2), unit(3, { room: '0802' })], residents: [] },
      existing,
    );
    expect(errors.map((e) => e.field)).toEqual(['units.2.room']);
    expect(plan.buildings).toEqual([]);
    expect(checkImport({ buildings: [], units: [], residents: [] }, none).errors[0]?.code).toBe('estate_import.empty');
  });
});

describe('a unit as an address (what order intake writes when a unit is picked)', () => {
  it('runs estate, building, entrance and room together, naming a numbered entrance 单元', () => {
    expect(unitAddress({ estateName: '翠竹园', buildingName: '3栋', entrance: '1', room: '1201' })).toBe('翠竹园3栋1单元1201');
    expect(unitAddress({ estateName: '翠竹园', buildingName: '3栋', entrance: '2单元', room: '0802' })).toBe('翠竹园3栋2单元0802');
    // a building with one entrance, and a row of shops
    expect(unitAddress({ estateName: '金色家园', buildingName: '商业街', entrance: '', room: 'S01' })).toBe('金色家园商业街S01');
    expect(unitAddress({ estateName: '测试花园', buildingName: 'A座', entrance: ' 东 ', room: '301' })).toBe('测试花园A座东单元301');
  });
});
