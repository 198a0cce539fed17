import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let headA: Agent;
let headB: Agent;
let cashierA: Agent;
beforeAll(async () => {
  t = await startTestEnv();
  headA = await t.login('wangfang');
  headB = await t.login('zhaolei');
  cashierA = await t.login('chenjing');
});
afterAll(() => t.close());

/** A workbook like the template, with the rows given per sheet (header row first). */
async function workbook(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}
const UNIT_HEADER = ['楼栋', '单元', '楼层', '房号', '建筑面积（㎡）', '用途', '状态'];
const OWNER_HEADER = ['楼栋', '单元', '房号', '类型', '姓名', '联系电话', '证件号码', '入住日期'];

async function readXlsx(body: unknown): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(body as string, 'binary') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

async function newEstate(agent: Agent, office: string, name: string) {
  const res = await agent.post('/api/estates', { officeId: await t.org(office), name, address: '测试路1号' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number };
}

describe('the estate register (A2.4.1.1)', () => {
  it('has the demo estates, each seen only by its own office', async () => {
    const a = (await headA.get('/api/estates')).body;
    const b = (await headB.get('/api/estates')).body;
    expect(a.items.map((e: { name: string }) => e.name)).toEqual(['翠竹园']);
    expect(b.items.map((e: { name: string }) => e.name)).toEqual(['金色家园']);
    expect(a.items[0].unitCount + b.items[0].unitCount).toBeGreaterThanOrEqual(300);
    // office B cannot see office A's estate, its units or residents
    expect((await headB.get(`/api/estates/${a.items[0].id}`)).status).toBe(404);
    const unitsOfA = (await headA.get(`/api/estate-units?estateId=${a.items[0].id}&pageSize=1`)).body;
    expect((await headB.get(`/api/estate-units/${unitsOfA.items[0].id}`)).status).toBe(404);
    expect((await headB.get(`/api/estate-units?estateId=${a.items[0].id}`)).status).toBe(404);
    const all = (await headB.get('/api/estate-units?pageSize=100')).body;
    expect(all.items.every((u: { estateName: string }) => u.estateName === '金色家园')).toBe(true);
    // a cashier reads the register but does not keep it
    expect((await cashierA.get(`/api/estates/${a.items[0].id}`)).body.abilities).toEqual({ manage: false });
    expect((await cashierA.post('/api/estate-buildings', { estateId: a.items[0].id, name: '99栋' })).status).toBe(403);
  });

  it('creates, changes and deactivates records by version, each with its history', async () => {
    const e = await newEstate(headA, 'office-a', '测试花园');
    expect((await headA.post('/api/estates', { officeId: await t.org('office-a'), name: '测试花园', address: 'x' })).body.code).toBe(
      'estate.name_taken',
    );
    const b = (await headA.post('/api/estate-buildings', { estateId: e.id, name: 'A座' })).body;
    const unitBody = {
      estateId: e.id,
      buildingId: b.id,
      entrance: '',
      floor: 3,
      room: '301',
      areaMilli: 95_500,
      use: 'residential',
      occupancy: 'vacant',
    };
    let u = (await headA.post('/api/estate-units', unitBody)).body;
    expect(u).toMatchObject({ buildingName: 'A座', areaMilli: 95_500, residents: [], abilities: { manage: true } });
    expect((await headA.post('/api/estate-units', unitBody)).body.code).toBe('unit.duplicate_room');
    const bad = await headA.post('/api/estate-residents', { unitId: u.id, role: 'owner', name: '钱七', phone: '123', moveInDate: null });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ field: 'phone', code: 'resident.phone_invalid' });
    const r = (
      await headA.post('/api/estate-residents', {
        unitId: u.id,
        role: 'owner',
        name: '钱七',
        phone: '13912340000',
        idNumber: '11010519491231002X',
        moveInDate: '2024-03-01',
      })
    ).body;
    expect(r.idNumberMasked).toBe('1101**********002X');
    expect(JSON.stringify(r)).not.toContain('19491231');
    const stored = await t.runtime.deps.db.selectFrom('estate_residents').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain('19491231');

    const {
      id: _i,
      estateId: _e,
      residents: _r,
      buildingName: _b,
      estateName: _n,
      officeName: _o,
      address: _ad,
      abilities: _a,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = u;
    expect((await headA.put(`/api/estate-units/${u.id}`, { ...fields, version: u.version + 1 })).status).toBe(409);
    u = (await headA.put(`/api/estate-units/${u.id}`, { ...fields, occupancy: 'occupied', version: u.version })).body;
    expect(u).toMatchObject({ occupancy: 'occupied', version: 2 });
    expect((await headA.put(`/api/estate-units/${u.id}`, { ...fields, active: false, version: u.version })).body.active).toBe(false);
    const moved = await headA.put(`/api/estate-residents/${r.id}`, {
      role: 'owner',
      name: '钱七',
      phone: '13912340000',
      moveInDate: '2024-03-01',
      moveOutDate: '2025-01-31',
      active: false,
      version: 1,
    });
    expect(moved.body).toMatchObject({ active: false, moveOutDate: '2025-01-31', idNumberMasked: '1101**********002X' });

    const history = (await headA.get(`/api/history/estate_unit/${u.id}`)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(['unit.create', 'unit.update']));
    expect((await headA.get(`/api/history/estate_resident/${r.id}`)).body).toHaveLength(2);
    expect((await headA.get(`/api/history/estate/${e.id}`)).body[0].action).toBe('estate.create');
    expect((await headB.get(`/api/history/estate_unit/${u.id}`)).status).toBe(404);
  });

  it('imports an estate all or nothing: a file with bad rows lists them and stores nothing', async () => {
    const e = await newEstate(headA, 'office-a', '导入花园');
    const bad = await workbook({
      楼栋: [['楼栋名称'], ['1栋'], ['2栋']],
      房屋: [
        UNIT_HEADER,
        ['1栋', '1', 1, '0101', 89.5, '住宅', '已入住'],
        ['1栋', '1', 1, '0101', 90, '住宅', '空置'],
        ['3栋', '1', 1, '0101', 90, '住宅', '空置'],
        ['2栋', '1', 2, '0201', '-1', '住宅', '空置'],
      ],
      业主住户: [OWNER_HEADER, ['1栋', '1', '0101', '业主', '赵六', '1380', '', '']],
    });
    const refused = await headA.post(`/api/estates/${e.id}/import`, { file: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('estate_import.rows_invalid');
    expect(refused.body.errors.map((x: { field: string; code: string }) => `${x.field} ${x.code}`)).toEqual([
      'units.3.room estate_import.duplicate_room',
      'units.4.building estate_import.unknown_building',
      'units.5.area estate_import.area_invalid',
      'residents.2.phone estate_import.phone_invalid',
    ]);
    expect((await headA.get(`/api/estate-buildings?estateId=${e.id}`)).body.total).toBe(0);
    expect((await headA.get(`/api/estate-units?estateId=${e.id}`)).body.total).toBe(0);

    const good = await workbook({
      楼栋: [['楼栋名称'], ['1栋'], ['2栋']],
      房屋: [
        UNIT_HEADER,
        ['1栋', '1', 1, '0101', 89.5, '住宅', '已入住'],
        ['1栋', '1', 1, '0102', '120', '商业', '装修中'],
        ['2栋', '', 2, '0201', 66.25, '住宅', '空置'],
      ],
      业主住户: [
        OWNER_HEADER,
        ['1栋', '1', '0101', '业主', '赵六', '13800006666', '11010519491231002X', '2021-06-01'],
        ['1栋', '1', '0102', '租户', '孙八', '0755-83456789', '', ''],
      ],
    });
    const done = await headA.post(`/api/estates/${e.id}/import`, { file: good });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toEqual({ buildings: 2, units: 3, residents: 2 });
    const units = (await headA.get(`/api/estate-units?estateId=${e.id}`)).body;
    expect(
      units.items.map((u: { buildingName: string; room: string; areaMilli: number; ownerName: string | null }) => [
        u.buildingName,
        u.room,
        u.areaMilli,
        u.ownerName,
      ]),
    ).toEqual([
      ['1栋', '0101', 89_500, '赵六'],
      ['1栋', '0102', 120_000, null],
      ['2栋', '0201', 66_250, null],
    ]);
    // the same file again: every room is now a duplicate, nothing more is stored
    const again = await headA.post(`/api/estates/${e.id}/import`, { file: good });
    expect(again.body.errors.filter((x: { code: string }) => x.code === 'estate_import.duplicate_room')).toHaveLength(3);
    expect((await headA.get(`/api/estate-units?estateId=${e.id}`)).body.total).toBe(3);
    // the picker finds the unit by owner name, phone or room
    for (const q of ['赵六', '13800006666', '0101']) {
      const found = (await headA.get(`/api/estate-units/search?q=${encodeURIComponent(q)}&estateId=${e.id}`)).body;
      expect(
        found.map((u: { room: string }) => u.room),
        q,
      ).toEqual(['0101']);
      // and so does the unit list's search box, and the building's name finds its units
      const listed = (await headA.get(`/api/estate-units?q=${encodeURIComponent(q)}&estateId=${e.id}`)).body;
      expect(
        listed.items.map((u: { room: string }) => u.room),
        q,
      ).toEqual(['0101']);
    }
    const ofBuilding = (await headA.get(`/api/estate-units?q=${encodeURIComponent('2栋')}&estateId=${e.id}`)).body;
    expect(ofBuilding.items.map((u: { room: string }) => u.room)).toEqual(['0201']);
    // an address as the bills and the desk write it finds its unit, however its parts are run together
    for (const q of ['1栋 0101', '1栋0101', '1栋 1-0101', '1栋1单元0101']) {
      const found = (await headA.get(`/api/estate-units/search?q=${encodeURIComponent(q)}&estateId=${e.id}`)).body;
      expect(
        found.map((u: { room: string }) => u.room),
        q,
      ).toEqual(['0101']);
    }
    // not an Excel file, and office B may not import into office A's estate
    expect((await headA.post(`/api/estates/${e.id}/import`, { file: Buffer.from('hello').toString('base64') })).body.code).toBe(
      'estate_import.not_excel',
    );
    expect((await headB.post(`/api/estates/${e.id}/import`, { file: good })).status).toBe(404);
    const template = await headA.get('/api/estates/import-template.xlsx');
    expect(template.headers['content-type']).toContain('spreadsheetml');
  });

  it('exports the rows the filtered list shows', async () => {
    const estate = (await headA.get('/api/estates')).body.items.find((e: { name: string }) => e.name === '翠竹园');
    const filter = `estateId=${estate.id}&occupancy=vacant`;
    const list = (await headA.get(`/api/estate-units?${filter}&pageSize=100`)).body;
    expect(list.total).toBeGreaterThan(5);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/estate-units/export.xlsx?${filter}`,
      headers: { cookie: `gj_session=${headA.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const rows = await readXlsx(res.rawPayload.toString('binary'));
    expect(rows[0]).toEqual([
      '小区/项目',
      '楼栋',
      '单元',
      '楼层',
      '房号',
      '建筑面积（㎡）',
      '用途',
      '使用状态',
      '业主',
      '联系电话',
      '状态',
    ]);
    expect(rows.slice(1).map((r) => `${r[1]}-${r[4]}`)).toEqual(
      list.items.map((u: { buildingName: string; room: string }) => `${u.buildingName}-${u.room}`),
    );
    expect(rows.slice(1).every((r) => r[7] === '空置')).toBe(true);

    const residents = (await headA.get(`/api/estate-residents?estateId=${estate.id}&role=renter&pageSize=100`)).body;
    const rx = await t.app.inject({
      method: 'GET',
      url: `/api/estate-residents/export.xlsx?estateId=${estate.id}&role=renter`,
      headers: { cookie: `gj_session=${headA.cookie}` },
    });
    const rrows = await readXlsx(rx.rawPayload.toString('binary'));
    expect(rrows.slice(1).map((r) => r[5])).toEqual(residents.items.map((r: { name: string }) => r.name));
    for (const path of ['/api/estates/export.xlsx', `/api/estate-buildings/export.xlsx?estateId=${estate.id}`]) {
      const x = await t.app.inject({ method: 'GET', url: path, headers: { cookie: `gj_session=${headA.cookie}` } });
      expect(x.statusCode, path).toBe(200);
    }
  });
});
