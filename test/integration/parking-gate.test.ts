import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLocalTime } from '../../src/modules/parking/parking-stay.rules.js';
import { businessDate } from '../../src/platform/time.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { activePass, approvedStandard, B1_RATE, P1_RATE } from '../support/parking-gate.js';

const TZ = 'Asia/Shanghai';
let t: TestEnv;
/** 赵刚, a guard of 翠竹园's 保安部: keeps office A's gates. */
let guard: Agent;
/** 王芳, office A's head: keeps the register (makes this file's own car parks). */
let headA: Agent;
let headB: Agent;
let cashierA: Agent;
let cleanerA: Agent;

/** A day ten days ago in the tenant's zone, and a local time on it (or on a day after it) as an instant. */
const day = businessDate(new Date(Date.now() - 10 * 86_400_000), TZ);
const dayAfter = (n: number) => businessDate(new Date(Date.parse(`${day}T12:00:00+08:00`) + n * 86_400_000), TZ);
const at = (clock: string, plusDays = 0) => parseLocalTime(`${dayAfter(plusDays)} ${clock}`, TZ)!;

interface Park {
  id: string;
  estateId: string;
  unitId: string;
}
let n = 0;
/** A fresh estate of office A with a unit and a car park, so every count here is this file's own. */
async function freshPark(code: string): Promise<Park> {
  const e = (await headA.post('/api/estates', { officeId: await t.org('office-a'), name: `门岗测试园${++n}`, address: '测试路9号' })).body;
  const b = (await headA.post('/api/estate-buildings', { estateId: e.id, name: '1栋' })).body;
  const u = (
    await headA.post('/api/estate-units', {
      estateId: e.id,
      buildingId: b.id,
      entrance: '1',
      floor: 1,
      room: '0101',
      areaMilli: 90_000,
      use: 'residential',
      occupancy: 'occupied',
    })
  ).body;
  const c = await headA.post('/api/car-parks', { estateId: e.id, code, name: `${code}车场`, kind: 'ground' });
  expect(c.status).toBe(201);
  return { id: c.body.id, estateId: e.id, unitId: u.id };
}

async function stays(agent: Agent, query: string) {
  const res = await agent.get(`/api/parking/stays?pageSize=100&${query}`);
  expect(res.status, query).toBe(200);
  return res.body.items as {
    id: string;
    plate: string;
    state: string;
    chargeFen: number | null;
    enteredAt: string | null;
    exitedAt: string | null;
  }[];
}

const csv = (lines: string[][]) => Buffer.from(`\ufeff${lines.map((l) => l.join(',')).join('\r\n')}`).toString('base64');
async function xlsx(rows: (string | Date)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('出入记录').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

let p1: Park;
let b1: Park;
let bare: Park;
beforeAll(async () => {
  t = await startTestEnv();
  guard = await t.login('zhaogang');
  headA = await t.login('wangfang');
  headB = await t.login('zhaolei');
  cashierA = await t.login('chenjing');
  cleanerA = await t.login('sunxy');
  p1 = await freshPark('P1');
  b1 = await freshPark('B1');
  bare = await freshPark('P9');
  const db = t.runtime.deps.db;
  await approvedStandard(db, p1.id, P1_RATE);
  await approvedStandard(db, b1.id, B1_RATE);
});
afterAll(() => t.close());

describe('the gate by hand', () => {
  it('records an entry and an exit by the guard and charges the stay by the standard', async () => {
    const entry = await guard.post('/api/parking/stays/entry', { carParkId: p1.id, plate: '粤b·12345', at: at('09:00') });
    expect(entry.status).toBe(201);
    expect(entry.body).toMatchObject({ plate: '粤B12345', state: 'parked', source: 'gate', chargeFen: null, abilities: { exit: true } });
    // the same car cannot enter twice
    const again = await guard.post('/api/parking/stays/entry', { carParkId: p1.id, plate: '粤B12345', at: at('09:30') });
    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toMatchObject({ field: 'plate', code: 'parking_stay.already_parked' });
    expect((await stays(guard, `carParkId=${p1.id}&state=parked`)).map((s) => s.plate)).toContain('粤B12345');

    // 2 h 10 min in the day: 3 begun hours at ¥5
    const exit = await guard.post('/api/parking/stays/exit', { carParkId: p1.id, plate: '粤B 12345', at: at('11:10') });
    expect(exit.status).toBe(200);
    expect(exit.body).toMatchObject({ id: entry.body.id, state: 'due', chargeFen: 1500, minutes: 130, exitedAt: at('11:10') });
    // the guard collects too (parking.collect): the gate view offers 收费
    expect(exit.body.abilities).toEqual({ exit: false, collect: true });

    // by the stay's id, overnight: 20:00 → 08:00 is 3 day hours and 9 night hours, ¥24
    const night = await guard.post('/api/parking/stays/entry', { carParkId: p1.id, plate: '粤B54321', at: at('20:00') });
    const out = await guard.post('/api/parking/stays/exit', { stayId: night.body.id, at: at('08:00', 1) });
    expect(out.body).toMatchObject({ state: 'due', chargeFen: 2400 });
    expect((await guard.post('/api/parking/stays/exit', { stayId: night.body.id })).body.code).toBe('parking_stay.not_parked');

    // a short stop is free; the history shows the entry and the exit
    const quick = await guard.post('/api/parking/stays/entry', { carParkId: p1.id, plate: '沪A00001', at: at('10:00') });
    expect((await guard.post('/api/parking/stays/exit', { carParkId: p1.id, plate: '沪A00001', at: at('10:14') })).body).toMatchObject({
      state: 'free',
      chargeFen: 0,
    });
    const history = (await guard.get(`/api/history/parking_stay/${quick.body.id}`)).body;
    expect(history.map((h: { action: string }) => h.action).sort()).toEqual(['parking_stay.enter', 'parking_stay.exit']);
  });

  it('refuses a bad plate, a time in the future and an exit before the entry, naming the field', async () => {
    const bad = await guard.post('/api/parking/stays/entry', { carParkId: p1.id, plate: '粤B123' });
    expect([bad.status, bad.body.errors[0].field, bad.body.code]).toEqual([422, 'plate', 'parking_stay.plate_invalid']);
    const future = await guard.post('/api/parking/stays/entry', {
      carParkId: p1.id,
      plate: '粤B11111',
      at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect([future.status, future.body.errors[0].field, future.body.code]).toEqual([422, 'at', 'parking_stay.time_in_future']);
    await guard.post('/api/parking/stays/entry', { carParkId: p1.id, plate: '粤B22222', at: at('15:00') });
    const early = await guard.post('/api/parking/stays/exit', { carParkId: p1.id, plate: '粤B22222', at: at('14:00') });
    expect([early.status, early.body.code]).toEqual([422, 'parking_stay.exit_before_entry']);
  });

  it('keeps an exit with no entry on record as unmatched, and lists it', async () => {
    const res = await guard.post('/api/parking/stays/exit', { carParkId: p1.id, plate: '浙A99999', at: at('12:00') });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'unmatched', enteredAt: null, chargeFen: null });
    expect((await stays(guard, `carParkId=${p1.id}&state=unmatched`)).map((s) => s.plate)).toEqual(['浙A99999']);
  });

  it('does not charge a monthly-pass vehicle per stay', async () => {
    const v = await headA.post('/api/vehicles', {
      estateId: b1.estateId,
      plate: '粤BD12345',
      unitId: b1.unitId,
      holderResidentId: null,
      holderName: '月卡车主',
      holderPhone: '13800001234',
    });
    expect(v.status).toBe(201);
    const standard = await t.runtime.deps.db
      .selectFrom('parking_standards')
      .select('id')
      .where('car_park_id', '=', b1.id)
      .executeTakeFirstOrThrow();
    const month = day.slice(0, 7);
    await activePass(t.runtime.deps.db, {
      carParkId: b1.id,
      vehicleId: v.body.id,
      unitId: b1.unitId,
      standardId: standard.id,
      fromMonth: month,
      toMonth: month,
    });
    await guard.post('/api/parking/stays/entry', { carParkId: b1.id, plate: '粤BD12345', at: at('08:00') });
    const out = await guard.post('/api/parking/stays/exit', { carParkId: b1.id, plate: '粤BD12345', at: at('19:00') });
    expect(out.body).toMatchObject({ state: 'pass', chargeFen: 0, vehicleId: v.body.id, abilities: { collect: false } });
    // a visitor in the same garage pays B1's rate: 11 hours at ¥6, capped at ¥40 a day
    await guard.post('/api/parking/stays/entry', { carParkId: b1.id, plate: '粤B66666', at: at('08:00') });
    expect((await guard.post('/api/parking/stays/exit', { carParkId: b1.id, plate: '粤B66666', at: at('19:00') })).body).toMatchObject({
      state: 'due',
      chargeFen: 4000,
    });
  });

  it('charges nothing where no standard is approved, and says so', async () => {
    await guard.post('/api/parking/stays/entry', { carParkId: bare.id, plate: '粤B77777', at: at('08:00') });
    const out = await guard.post('/api/parking/stays/exit', { carParkId: bare.id, plate: '粤B77777', at: at('12:00') });
    expect(out.body).toMatchObject({ state: 'no_standard', chargeFen: null, standardId: null });
  });
});

describe('importing the gate export', () => {
  it('imports a CSV by the default columns; the same file again changes nothing; an exit completes a car parked by hand', async () => {
    const park = await freshPark('P2');
    await approvedStandard(t.runtime.deps.db, park.id, P1_RATE);
    await guard.post('/api/parking/stays/entry', { carParkId: park.id, plate: '粤B30001', at: at('07:30') });
    const file = csv([
      ['记录号', '车牌号', '入场时间', '出场时间'],
      ['A001', '粤B30002', `${dayAfter(0)} 09:00`, `${dayAfter(0)} 10:30`],
      ['A002', '粤B30003', `${dayAfter(0).replaceAll('-', '/')} 09:05:10`, ''],
      ['A003', '粤B30001', '', `${dayAfter(0)} 11:00`],
      ['A004', '湘A30004', '', `${dayAfter(0)} 11:20`],
    ]);
    const first = await guard.post('/api/parking/gate-imports', { carParkId: park.id, fileName: 'gate-1.csv', file });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ rows: 4, added: 2, completed: 1, unchanged: 0, unmatched: 1, importedByName: '赵刚' });
    const list = await stays(guard, `carParkId=${park.id}&day=${dayAfter(0)}`);
    const byPlate = Object.fromEntries(list.map((s) => [s.plate, s]));
    expect(byPlate['粤B30002']).toMatchObject({ state: 'due', chargeFen: 1000 });
    expect(byPlate['粤B30003']).toMatchObject({ state: 'parked', exitedAt: null });
    expect(byPlate['粤B30001']).toMatchObject({ state: 'due', chargeFen: 2000, enteredAt: at('07:30') });
    expect(byPlate['湘A30004']).toMatchObject({ state: 'unmatched' });

    const again = await guard.post('/api/parking/gate-imports', { carParkId: park.id, fileName: 'gate-1.csv', file });
    expect(again.body).toMatchObject({ rows: 4, added: 0, completed: 0, unchanged: 4, unmatched: 0 });
    expect(await stays(guard, `carParkId=${park.id}`)).toHaveLength(4);

    // the next day's export brings A002's exit under the same record number
    const next = csv([
      ['记录号', '车牌号', '入场时间', '出场时间'],
      ['A002', '粤B30003', `${dayAfter(0)} 09:05:10`, `${dayAfter(1)} 09:00`],
    ]);
    expect((await guard.post('/api/parking/gate-imports', { carParkId: park.id, fileName: 'gate-2.csv', file: next })).body).toMatchObject({
      completed: 1,
    });
    expect((await stays(guard, `carParkId=${park.id}&state=parked`)).map((s) => s.plate)).toEqual([]);
    const imports = (await guard.get(`/api/parking/gate-imports?carParkId=${park.id}`)).body;
    expect(imports.items.map((i: { fileName: string }) => i.fileName)).toEqual(['gate-2.csv', 'gate-1.csv', 'gate-1.csv']);
    expect((await guard.get(`/api/history/parking_gate_import/${first.body.id}`)).body[0].action).toBe('parking_gate_import.create');
  });

  it('imports Excel by a custom mapping with date cells, keyed by plate and time without a record number', async () => {
    const park = await freshPark('P3');
    await approvedStandard(t.runtime.deps.db, park.id, B1_RATE);
    const mapping = { plateColumn: '车牌', enteredColumn: '进场', exitedColumn: '离场', recordColumn: '', version: 0 };
    const set = await guard.put(`/api/parking/car-parks/${park.id}/gate-mapping`, mapping);
    expect(set.body).toMatchObject({ custom: true, version: 1, plateColumn: '车牌' });
    // the sheet's date cells show the local wall clock
    const wall = (clock: string) => new Date(`${dayAfter(0)}T${clock}:00Z`);
    const file = await xlsx([
      ['离场', '车牌', '进场', '备注'],
      [wall('12:00'), '粤B40001', wall('09:00'), '访客'],
      ['', '粤B40002', `${dayAfter(0)} 10:00`, ''],
    ]);
    const res = await guard.post('/api/parking/gate-imports', { carParkId: park.id, fileName: '出入记录.xlsx', file });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ added: 2, unmatched: 0 });
    const list = await stays(guard, `carParkId=${park.id}`);
    expect(list.find((s) => s.plate === '粤B40001')).toMatchObject({ enteredAt: at('09:00'), exitedAt: at('12:00'), chargeFen: 1800 });
    expect((await guard.post('/api/parking/gate-imports', { carParkId: park.id, fileName: '出入记录.xlsx', file })).body.unchanged).toBe(2);
    // the default columns no longer fit this car park
    const old = csv([
      ['车牌号', '入场时间', '出场时间'],
      ['粤B40003', `${dayAfter(0)} 10:00`, ''],
    ]);
    const refused = await guard.post('/api/parking/gate-imports', { carParkId: park.id, fileName: 'x.csv', file: old });
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['mapping.plate', 'mapping.entered', 'mapping.exited']);
  });

  it('refuses a file with bad rows, naming row and column, and writes nothing', async () => {
    const park = await freshPark('P4');
    const file = csv([
      ['车牌号', '入场时间', '出场时间'],
      ['粤B50001', `${dayAfter(0)} 09:00`, ''],
      ['粤X', `${dayAfter(0)} 09:00`, ''],
      ['粤B50003', '昨天', ''],
      ['粤B50004', `${dayAfter(0)} 09:00`, `${dayAfter(0)} 08:00`],
    ]);
    const res = await guard.post('/api/parking/gate-imports', { carParkId: park.id, fileName: 'bad.csv', file });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('gate_import.rows_invalid');
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`)).toEqual([
      '3.车牌号 gate_import.plate_invalid',
      '4.入场时间 gate_import.time_invalid',
      '5.出场时间 gate_import.exit_before_entry',
    ]);
    expect(await stays(guard, `carParkId=${park.id}`)).toEqual([]);
    expect((await guard.get(`/api/parking/gate-imports?carParkId=${park.id}`)).body.total).toBe(0);
    const junk = await guard.post('/api/parking/gate-imports', {
      carParkId: park.id,
      fileName: 'x.bin',
      file: Buffer.from([0, 1, 2, 0]).toString('base64'),
    });
    expect(junk.body.code).toBe('gate_import.not_readable');
  });

  it('exports the stays list as Excel', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/parking/stays/export.xlsx?carParkId=${p1.id}&state=due`,
      headers: { cookie: `gj_session=${guard.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0]).toEqual(['车场', '车牌号', '入场时间', '出场时间', '时长', '费用', '状态', '来源', '登记人']);
    expect(
      rows
        .slice(1)
        .map((r) => [r[1], r[5], r[6]])
        .sort(),
    ).toEqual([
      ['粤B12345', '15', '待收费'],
      ['粤B54321', '24', '待收费'],
    ]);
  });
});

describe('who may', () => {
  it('lets office B see nothing of office A, a cashier read but not keep the gate, a cleaner nothing', async () => {
    const [stay] = await stays(guard, `carParkId=${p1.id}&state=unmatched`);
    expect((await headB.get(`/api/parking/stays/${stay!.id}`)).status).toBe(404);
    expect((await headB.get(`/api/parking/car-parks/${p1.id}/gate-mapping`)).status).toBe(404);
    expect((await headB.post('/api/parking/stays/entry', { carParkId: p1.id, plate: '粤B88888' })).status).toBe(404);
    expect(await stays(headB, `state=unmatched`)).toEqual([]);
    expect((await headB.get(`/api/parking/stays?carParkId=${p1.id}`)).status).toBe(404);
    expect((await headB.get(`/api/parking/gate-imports?carParkId=${p1.id}`)).status).toBe(404);
    expect((await cashierA.get(`/api/parking/stays/${stay!.id}`)).status).toBe(200);
    expect((await cashierA.post('/api/parking/stays/entry', { carParkId: p1.id, plate: '粤B88888' })).status).toBe(403);
    expect(
      (
        await cashierA.put(`/api/parking/car-parks/${p1.id}/gate-mapping`, {
          plateColumn: 'a',
          enteredColumn: 'b',
          exitedColumn: 'c',
          recordColumn: '',
          version: 0,
        })
      ).status,
    ).toBe(403);
    expect((await cleanerA.get('/api/parking/stays')).status).toBe(403);
  });
});
