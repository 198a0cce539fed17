import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
/** 吴强, the 保安部 manager of office A: keeps its parking register. */
let guardA: Agent;
/** 王芳, office A's head: keeps the estate register (and the parking register too). */
let headA: Agent;
let headB: Agent;
let cashierA: Agent;
let cleanerA: Agent;
let hq: Agent;
beforeAll(async () => {
  t = await startTestEnv();
  guardA = await t.login('wuqiang');
  headA = await t.login('wangfang');
  headB = await t.login('zhaolei');
  cashierA = await t.login('chenjing');
  cleanerA = await t.login('sunxy');
  hq = await t.login('liyw');
});
afterAll(() => t.close());

interface Place {
  estateId: string;
  units: Record<string, string>;
  residents: Record<string, { id: string; unitId: string }>;
}

let n = 0;
/** A fresh estate of office A with three units and their owners (and one tenant), so counts here are this test's own. */
async function freshEstate(): Promise<Place> {
  const e = (await headA.post('/api/estates', { officeId: await t.org('office-a'), name: `停车测试园${++n}`, address: '测试路8号' })).body;
  const b = (await headA.post('/api/estate-buildings', { estateId: e.id, name: '1栋' })).body;
  const units: Record<string, string> = {};
  for (const room of ['0101', '0102', '0201']) {
    const u = await headA.post('/api/estate-units', {
      estateId: e.id,
      buildingId: b.id,
      entrance: '1',
      floor: Number(room.slice(0, 2)),
      room,
      areaMilli: 90_000,
      use: 'residential',
      occupancy: 'occupied',
    });
    units[room] = u.body.id;
  }
  const residents: Place['residents'] = {};
  for (const [name, room, role, phone] of [
    ['张伟', '0101', 'owner', '13900001111'],
    ['王强', '0101', 'renter', '13700002222'],
    ['李娜', '0102', 'owner', '13900003333'],
  ] as const) {
    const r = await headA.post('/api/estate-residents', { unitId: units[room], role, name, phone, moveInDate: null });
    residents[name] = { id: r.body.id, unitId: units[room]! };
  }
  return { estateId: e.id, units, residents };
}

async function workbook(sheet: string, rows: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet(sheet).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

async function download(agent: Agent, url: string): Promise<string[][]> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: `gj_session=${agent.cookie}` } });
  expect(res.statusCode, url).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

const SPACE_HEADER = ['车位号', '类型（产权/租赁/公共）', '楼栋', '单元', '房号'];
const VEHICLE_HEADER = ['车牌号', '楼栋', '单元', '房号', '车主姓名', '联系电话'];

describe('the parking register (A2.4.1.2)', () => {
  it('has the demo’s car parks, spaces and vehicles, each office seeing its own', async () => {
    const a = (await guardA.get('/api/car-parks')).body;
    expect(a.items.map((c: { estateName: string; name: string }) => `${c.estateName} ${c.name}`)).toEqual([
      '翠竹园 地下车库',
      '翠竹园 地面停车场',
    ]);
    expect(a.items.map((c: { spaceCount: number }) => c.spaceCount)).toEqual([60, 40]);
    expect(a.items.every((c: { abilities: { register: boolean } }) => c.abilities.register)).toBe(true);
    const b = (await headB.get('/api/car-parks')).body;
    expect(b.items.map((c: { estateName: string }) => c.estateName)).toEqual(['金色家园']);
    // HQ's business department reads every office's register, the cashier her own, neither keeps it
    expect((await hq.get('/api/car-parks')).body.total).toBe(3);
    expect((await cashierA.get('/api/car-parks')).body.items.map((c: { abilities: unknown }) => c.abilities)).toEqual([
      { register: false },
      { register: false },
    ]);

    const vehiclesA = (await guardA.get('/api/vehicles?pageSize=100')).body;
    const vehiclesB = (await headB.get('/api/vehicles?pageSize=100')).body;
    expect(vehiclesA.total + vehiclesB.total).toBeGreaterThanOrEqual(75);
    expect(vehiclesA.items.every((v: { estateName: string }) => v.estateName === '翠竹园')).toBe(true);
    expect(vehiclesA.items.some((v: { plateKind: string }) => v.plateKind === 'new_energy')).toBe(true);
    // every demo vehicle belongs to a unit and its holder is an owner or tenant on the register
    expect(vehiclesA.items.every((v: { unitAddress: string | null; holderRole: string | null }) => v.unitAddress && v.holderRole)).toBe(
      true,
    );
    const owned = (await guardA.get(`/api/parking-spaces?carParkId=${a.items[0].id}&ownership=owned&pageSize=100`)).body;
    expect(owned.total).toBe(40);
    expect(owned.items.every((s: { unitAddress: string | null }) => s.unitAddress?.startsWith('翠竹园'))).toBe(true);
    const plates = [...vehiclesA.items, ...vehiclesB.items].map((v: { plate: string }) => v.plate);
    expect(new Set(plates).size).toBe(plates.length);
  });

  it('keeps each office’s records to itself: 404 outside, 403 inside without the permission', async () => {
    const carParkA = (await guardA.get('/api/car-parks')).body.items[0];
    const spaceA = (await guardA.get(`/api/parking-spaces?carParkId=${carParkA.id}&pageSize=1`)).body.items[0];
    const vehicleA = (await guardA.get('/api/vehicles?pageSize=1')).body.items[0];
    for (const url of [`/api/car-parks/${carParkA.id}`, `/api/parking-spaces/${spaceA.id}`, `/api/vehicles/${vehicleA.id}`]) {
      expect((await headB.get(url)).status, url).toBe(404);
      expect((await cashierA.get(url)).status, url).toBe(200);
    }
    expect((await headB.get(`/api/parking-spaces?carParkId=${carParkA.id}`)).status).toBe(404);
    expect((await headB.get(`/api/history/car_park/${carParkA.id}`)).status).toBe(404);
    // a cleaner holds nothing of the register: the lists refuse her
    for (const url of ['/api/car-parks', '/api/parking-spaces', '/api/vehicles', '/api/vehicles/export.xlsx']) {
      const res = await cleanerA.get(url);
      expect(res.status, url).toBe(403);
      expect(res.body.code).toBe('auth.permission_required');
    }
    // the cashier reads it but does not keep it
    const body = { code: carParkA.code, name: carParkA.name, kind: carParkA.kind, active: false, version: carParkA.version };
    expect((await cashierA.put(`/api/car-parks/${carParkA.id}`, body)).status).toBe(403);
    expect((await headB.put(`/api/car-parks/${carParkA.id}`, body)).status).toBe(404);
    expect((await guardA.get(`/api/car-parks/${carParkA.id}`)).body.active).toBe(true);
  });

  it('registers car parks and spaces with unique codes and numbers, an owned space at a unit of its estate', async () => {
    const p = await freshEstate();
    const park = await guardA.post('/api/car-parks', { estateId: p.estateId, code: 'p1', name: '地面停车场', kind: 'ground' });
    expect(park.status, JSON.stringify(park.body)).toBe(201);
    expect(park.body).toMatchObject({ code: 'P1', spaceCount: 0, officeName: '翠竹园管理处', abilities: { register: true } });
    const again = await guardA.post('/api/car-parks', { estateId: p.estateId, code: ' P1 ', name: '另一个', kind: 'underground' });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'car_park.code_taken' })]);
    expect((await cashierA.post('/api/car-parks', { estateId: p.estateId, code: 'P2', name: '二号', kind: 'ground' })).status).toBe(403);
    expect((await headB.post('/api/car-parks', { estateId: p.estateId, code: 'P2', name: '二号', kind: 'ground' })).status).toBe(404);

    const space = (body: object) => guardA.post('/api/parking-spaces', { carParkId: park.body.id, ...body });
    const a1 = await space({ number: 'a-001', ownership: 'owned', unitId: p.units['0101'] });
    expect(a1.status, JSON.stringify(a1.body)).toBe(201);
    expect(a1.body).toMatchObject({ number: 'A-001', unitAddress: `停车测试园${n}1栋1单元0101`, carParkCode: 'P1' });
    const refusals: [object, number, string, string][] = [
      [{ number: 'A-001', ownership: 'public', unitId: null }, 409, 'number', 'parking_space.number_taken'],
      [{ number: 'A 002', ownership: 'owned', unitId: null }, 422, 'unitId', 'parking_space.unit_required'],
      [{ number: 'A-002', ownership: 'public', unitId: p.units['0102'] }, 422, 'unitId', 'parking_space.unit_not_allowed'],
      [{ number: 'A/002', ownership: 'public', unitId: null }, 422, 'number', 'parking_space.number_invalid'],
    ];
    for (const [body, status, field, code] of refusals) {
      const res = await space(body);
      expect(res.status, code).toBe(status);
      expect(res.body.errors, code).toEqual([expect.objectContaining({ field, code })]);
    }
    // a unit of another estate (翠竹园's) cannot own a space here
    const other = (await guardA.get('/api/estate-units/search?q=0101')).body.find((u: { estateName: string }) => u.estateName === '翠竹园');
    const far = await space({ number: 'A-009', ownership: 'owned', unitId: other.id });
    expect(far.body.errors[0]).toMatchObject({ field: 'unitId', code: 'parking_space.unit_other_estate' });
    expect((await space({ number: 'A-002', ownership: 'rented', unitId: null })).status).toBe(201);
    expect((await guardA.get(`/api/car-parks/${park.body.id}`)).body.spaceCount).toBe(2);

    // by version: a stale one is refused, a fresh one changes the space, and the history shows both
    const fields = { number: 'A-001', ownership: 'rented', unitId: p.units['0102'] };
    const stale = await guardA.put(`/api/parking-spaces/${a1.body.id}`, { ...fields, active: true, version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.version_conflict');
    const changed = await guardA.put(`/api/parking-spaces/${a1.body.id}`, { ...fields, active: false, version: 1 });
    expect(changed.body).toMatchObject({ ownership: 'rented', active: false, version: 2, unitAddress: `停车测试园${n}1栋1单元0102` });
    const history = (await guardA.get(`/api/history/parking_space/${a1.body.id}`)).body;
    expect(history.map((h: { action: string }) => h.action).sort()).toEqual(['parking_space.create', 'parking_space.update']);

    // spaces are found by number, ownership and car park
    const found = (await guardA.get(`/api/parking-spaces?carParkId=${park.body.id}&q=a-00`)).body;
    expect(found.items.map((s: { number: string }) => s.number)).toEqual(['A-001', 'A-002']);
    const rented = (await guardA.get(`/api/parking-spaces?carParkId=${park.body.id}&ownership=rented&active=true`)).body;
    expect(rented.items.map((s: { number: string }) => s.number)).toEqual(['A-002']);

    // a deactivated car park takes no new spaces
    const parked = (await guardA.get(`/api/car-parks/${park.body.id}`)).body;
    const off = await guardA.put(`/api/car-parks/${park.body.id}`, {
      code: 'P1',
      name: '地面停车场',
      kind: 'ground',
      active: false,
      version: parked.version,
    });
    expect(off.body).toMatchObject({ active: false, version: 2 });
    expect((await space({ number: 'A-003', ownership: 'public', unitId: null })).body.code).toBe('parking_space.car_park_inactive');
  });

  it('registers vehicles with a normalised plate, the unit and its owner or tenant from the register', async () => {
    const p = await freshEstate();
    const vehicle = (body: object) =>
      guardA.post('/api/vehicles', {
        estateId: p.estateId,
        unitId: p.units['0101'],
        holderResidentId: p.residents['张伟']!.id,
        holderName: '张伟',
        holderPhone: '13900001111',
        ...body,
      });
    const car = await vehicle({ plate: ' 苏e·8g8h8 ' });
    expect(car.status, JSON.stringify(car.body)).toBe(201);
    expect(car.body).toMatchObject({
      plate: '苏E8G8H8',
      plateKind: 'standard',
      holderRole: 'owner',
      unitAddress: `停车测试园${n}1栋1单元0101`,
    });
    const green = await vehicle({
      plate: '浙ad12345',
      holderResidentId: p.residents['王强']!.id,
      holderName: '王强',
      holderPhone: '137 0000 2222',
    });
    expect(green.body).toMatchObject({ plate: '浙AD12345', plateKind: 'new_energy', holderRole: 'renter', holderPhone: '13700002222' });
    const visitor = await vehicle({
      plate: '沪B0A123',
      unitId: null,
      holderResidentId: null,
      holderName: '赵访客',
      holderPhone: '0755-83456789',
    });
    expect(visitor.body).toMatchObject({ unitAddress: null, holderRole: null });

    const refusals: [object, number, string, string][] = [
      [{ plate: '苏E 8G8H8' }, 409, 'plate', 'vehicle.plate_taken'],
      [{ plate: '沪I12345' }, 422, 'plate', 'vehicle.plate_invalid'],
      [{ plate: '沪B9A123', holderPhone: '12345' }, 422, 'holderPhone', 'vehicle.phone_invalid'],
      // 李娜 lives at 0102, not at 0101
      [{ plate: '沪B9A123', holderResidentId: p.residents['李娜']!.id }, 422, 'holderResidentId', 'vehicle.holder_not_of_unit'],
      [{ plate: '沪B9A123', unitId: null }, 422, 'holderResidentId', 'vehicle.holder_not_of_unit'],
    ];
    for (const [body, status, field, code] of refusals) {
      const res = await vehicle(body);
      expect(res.status, code).toBe(status);
      expect(res.body.errors, code).toEqual([expect.objectContaining({ field, code })]);
    }

    // found by plate however typed, holder, phone or room
    for (const [q, plates] of [
      ['苏e·8g', ['苏E8G8H8']],
      ['王强', ['浙AD12345']],
      ['83456789', ['沪B0A123']],
      ['0101', ['浙AD12345', '苏E8G8H8']],
    ] as const) {
      const found = (await guardA.get(`/api/vehicles?estateId=${p.estateId}&q=${encodeURIComponent(q)}`)).body;
      // sorted here: the engines' collations order Chinese characters differently
      expect(found.items.map((v: { plate: string }) => v.plate).sort(), q).toEqual([...plates].sort());
    }

    // deactivating frees the plate; reactivating the old one while the new one is in use is refused on the plate
    const fields = {
      plate: car.body.plate,
      unitId: car.body.unitId,
      holderResidentId: car.body.holderResidentId,
      holderName: '张伟',
      holderPhone: '13900001111',
    };
    expect((await guardA.put(`/api/vehicles/${car.body.id}`, { ...fields, active: false, version: 2 })).body.code).toBe(
      'record.version_conflict',
    );
    const off = await guardA.put(`/api/vehicles/${car.body.id}`, { ...fields, active: false, version: 1 });
    expect(off.body).toMatchObject({ active: false, version: 2 });
    const reRegistered = await vehicle({
      plate: '苏E8G8H8',
      unitId: p.units['0102'],
      holderResidentId: p.residents['李娜']!.id,
      holderName: '李娜',
    });
    expect(reRegistered.status).toBe(201);
    const back = await guardA.put(`/api/vehicles/${car.body.id}`, { ...fields, active: true, version: 2 });
    expect(back.status).toBe(409);
    expect(back.body.errors).toEqual([expect.objectContaining({ field: 'plate', code: 'vehicle.plate_taken' })]);
    const history = (await guardA.get(`/api/history/vehicle/${car.body.id}`)).body;
    expect(history.map((h: { action: string }) => h.action).sort()).toEqual(['vehicle.create', 'vehicle.update']);
    expect((await headB.get(`/api/vehicles/${car.body.id}`)).status).toBe(404);
  });

  it('registers a plate once when two keepers send it at the same moment', async () => {
    const p = await freshEstate();
    const body = {
      estateId: p.estateId,
      plate: '粤C7K7K7',
      unitId: null,
      holderResidentId: null,
      holderName: '同时',
      holderPhone: '13911112222',
    };
    const answers = await Promise.all([guardA.post('/api/vehicles', body), headA.post('/api/vehicles', body)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)!.body.errors).toEqual([
      expect.objectContaining({ field: 'plate', code: 'vehicle.plate_taken' }),
    ]);
  });

  it('exports each list as it is filtered', async () => {
    const [underground] = (await guardA.get('/api/car-parks?q=地下')).body.items;
    const list = (await guardA.get(`/api/parking-spaces?carParkId=${underground.id}&ownership=rented&pageSize=100`)).body;
    const rows = await download(guardA, `/api/parking-spaces/export.xlsx?carParkId=${underground.id}&ownership=rented`);
    expect(rows[0]).toEqual(['小区/项目', '车场', '车位号', '权属', '房屋', '状态']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(list.items.map((s: { number: string }) => s.number));
    expect(rows.slice(1).every((r) => r[3] === '租赁')).toBe(true);

    const vehicles = (await guardA.get('/api/vehicles?q=粤B&pageSize=100')).body;
    const vrows = await download(guardA, `/api/vehicles/export.xlsx?q=${encodeURIComponent('粤B')}&lang=en`);
    expect(vrows[0]).toEqual(['Plate', 'Plate type', 'Estate', 'Unit', "Holder's name", 'Holder is', 'Phone', 'Status']);
    expect(vrows.slice(1).map((r) => r[0])).toEqual(vehicles.items.map((v: { plate: string }) => v.plate));
    const parks = await download(guardA, `/api/car-parks/export.xlsx?estateId=${underground.estateId}`);
    expect(parks.slice(1).map((r) => `${r[2]} ${r[4]}`)).toEqual(['地下车库 60', '地面停车场 40']);
  });

  it('imports spaces all or nothing: a file with bad rows lists each by row and column and stores nothing', async () => {
    const p = await freshEstate();
    const park = (await guardA.post('/api/car-parks', { estateId: p.estateId, code: 'B1', name: '地下车库', kind: 'underground' })).body;
    await guardA.post('/api/parking-spaces', { carParkId: park.id, number: 'B-001', ownership: 'public', unitId: null });
    const bad = await workbook('车位', [
      SPACE_HEADER,
      ['B-002', '产权', '1栋', '1', '0101'],
      ['b-001', '公共', '', '', ''],
      ['B-003', '私有', '', '', ''],
      ['B-004', '产权', '1栋', '1', '9999'],
      ['B-005', '产权', '', '', ''],
      ['B-006', '公共', '1栋', '1', '0102'],
      ['B-002', '租赁', '', '', ''],
    ]);
    const refused = await guardA.post('/api/parking-spaces/import', { carParkId: park.id, file: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('parking_import.rows_invalid');
    expect(refused.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
      'spaces.3.number parking_import.duplicate_number',
      'spaces.4.ownership parking_import.ownership_invalid',
      'spaces.5.room parking_import.unknown_unit',
      'spaces.6.room parking_import.unit_required',
      'spaces.7.room parking_import.unit_not_allowed',
      'spaces.8.number parking_import.duplicate_number',
    ]);
    expect((await guardA.get(`/api/parking-spaces?carParkId=${park.id}`)).body.total).toBe(1);

    const good = await workbook('车位', [
      SPACE_HEADER,
      ['B-002', '产权', '1栋', '1', '0101'],
      ['b-003', '租赁', '1栋', '1', '0102'],
      ['B-004', '租赁', '', '', ''],
      ['B-005', '公共', '', '', ''],
    ]);
    const done = await guardA.post('/api/parking-spaces/import', { carParkId: park.id, file: good });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toEqual({ spaces: 4 });
    const spaces = (await guardA.get(`/api/parking-spaces?carParkId=${park.id}`)).body.items;
    expect(spaces.map((s: { number: string; ownership: string; unitId: string | null }) => [s.number, s.ownership, s.unitId])).toEqual([
      ['B-001', 'public', null],
      ['B-002', 'owned', p.units['0101']],
      ['B-003', 'rented', p.units['0102']],
      ['B-004', 'rented', null],
      ['B-005', 'public', null],
    ]);
    expect((await guardA.get(`/api/history/parking_space/${spaces[1].id}`)).body[0].action).toBe('parking_space.create');
    // not a workbook; another office; a reader who does not keep the register
    expect((await guardA.post('/api/parking-spaces/import', { carParkId: park.id, file: 'aGVsbG8=' })).body.code).toBe(
      'parking_import.not_excel',
    );
    expect((await headB.post('/api/parking-spaces/import', { carParkId: park.id, file: good })).status).toBe(404);
    expect((await cashierA.post('/api/parking-spaces/import', { carParkId: park.id, file: good })).status).toBe(403);
    const template = await guardA.get('/api/parking-spaces/import-template.xlsx');
    expect(template.headers['content-type']).toContain('spreadsheetml');
    expect((await cashierA.get('/api/parking-spaces/import-template.xlsx')).status).toBe(403);
  });

  it('imports vehicles all or nothing, matching each holder to an owner or tenant of the unit', async () => {
    const p = await freshEstate();
    const bad = await workbook('车辆', [
      VEHICLE_HEADER,
      ['沪A7K001', '1栋', '1', '0101', '张伟', ''],
      ['沪A7K001', '1栋', '1', '0102', '李娜', ''],
      ['沪I7K002', '1栋', '1', '0102', '李娜', ''],
      ['沪A7K003', '1栋', '1', '0102', '张伟', ''],
      ['沪A7K004', '1栋', '1', '9999', '张伟', ''],
      ['沪A7K005', '', '', '', '访客', ''],
      ['苏Q8G8H8', '', '', '', '', '138'],
    ]);
    const refused = await guardA.post('/api/vehicles/import', { estateId: p.estateId, file: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
      'vehicles.3.plate parking_import.duplicate_plate',
      'vehicles.4.plate parking_import.plate_invalid',
      'vehicles.5.name parking_import.holder_not_resident',
      'vehicles.6.room parking_import.unknown_unit',
      'vehicles.7.phone parking_import.phone_invalid',
      'vehicles.8.name parking_import.name_invalid',
      'vehicles.8.phone parking_import.phone_invalid',
    ]);
    expect((await guardA.get(`/api/vehicles?estateId=${p.estateId}`)).body.total).toBe(0);

    const demoPlate = (await guardA.get('/api/vehicles?pageSize=1')).body.items[0].plate;
    const taken = await workbook('车辆', [VEHICLE_HEADER, [demoPlate, '1栋', '1', '0101', '张伟', '']]);
    expect((await guardA.post('/api/vehicles/import', { estateId: p.estateId, file: taken })).body.errors[0]).toMatchObject({
      field: 'vehicles.2.plate',
      code: 'parking_import.duplicate_plate',
    });

    const good = await workbook('车辆', [
      VEHICLE_HEADER,
      ['沪a·7k001', '1栋', '1', '0101', '张伟', ''],
      ['浙AD77001', '1栋', '1', '0101', '王强', '13600009999'],
      ['沪A7K005', '', '', '', '访客', '021-61234567'],
    ]);
    const done = await guardA.post('/api/vehicles/import', { estateId: p.estateId, file: good });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toEqual({ vehicles: 3 });
    const vehicles = (await guardA.get(`/api/vehicles?estateId=${p.estateId}`)).body.items;
    expect(
      vehicles
        .map((v: { plate: string; holderResidentId: string | null; holderPhone: string; holderRole: string | null }) => [
          v.plate,
          v.holderResidentId,
          v.holderPhone,
          v.holderRole,
        ])
        .sort(),
    ).toEqual([
      ['沪A7K001', p.residents['张伟']!.id, '13900001111', 'owner'],
      ['沪A7K005', null, '021-61234567', null],
      ['浙AD77001', p.residents['王强']!.id, '13600009999', 'renter'],
    ]);
    expect((await headB.post('/api/vehicles/import', { estateId: p.estateId, file: good })).status).toBe(404);
    expect((await guardA.get('/api/vehicles/import-template.xlsx')).status).toBe(200);
  });
});
