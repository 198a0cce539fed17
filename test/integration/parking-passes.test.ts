import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPasses } from '../../src/modules/parking/parking-pass.demo.js';
import { passCovering } from '../../src/modules/parking/pass-cover.repo.js';
import { standardInForce } from '../../src/modules/parking/standard-in-force.repo.js';
import { systemActor } from '../../src/platform/context.js';
import { addMonths } from '../../src/platform/months.js';
import { totalsDrift } from '../support/fees.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { approvedParkingStandard } from '../support/parking-standards.js';

/** Monthly passes (A2.4.1.2): priced by the car park's standard, billed with the property bills, paid at the desk. */
let t: TestEnv;
/** 陈静, office A's cashier: issues passes and takes the bills at the desk. */
let cashier: Agent;
/** 吴强, office A's 保安部 manager: keeps the register. */
let keeper: Agent;
let current: string;
const m = (n: number) => addMonths(current, n);

interface Pass {
  id: string;
  unitId: string;
  plate: string;
  ownership: string;
  monthlyFen: number;
  state: string;
  version: number;
  months: { period: string; billId: string; billState: string; dueFen: number }[];
  paidMonths: number;
  abilities: { cancel: boolean };
}

const ids = {} as Record<string, string>;
const db = () => t.runtime.deps.db;
const tenantId = async () => (await db().selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  t = await startTestEnv();
  current = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now()).slice(0, 7);
  cashier = await t.login('chenjing');
  keeper = await t.login('wuqiang');
  const head = await t.login('wangfang');
  // an estate of its own (the demo's 翠竹园 gets the demo's passes): three units with their owners
  const e = (await head.post('/api/estates', { officeId: await t.org('office-a'), name: '月卡测试园', address: '测试路9号' })).body;
  const b = (await head.post('/api/estate-buildings', { estateId: e.id, name: '1栋' })).body;
  ids.estate = e.id;
  for (const [room, owner, phone] of [
    ['0101', '张伟', '13900001111'],
    ['0102', '李娜', '13900003333'],
    ['0201', '赵敏', '13900005555'],
  ] as const) {
    const u = await head.post('/api/estate-units', {
      estateId: e.id,
      buildingId: b.id,
      entrance: '1',
      floor: Number(room.slice(0, 2)),
      room,
      areaMilli: 90_000,
      use: 'residential',
      occupancy: 'occupied',
    });
    ids[room] = u.body.id;
    await head.post('/api/estate-residents', { unitId: u.body.id, role: 'owner', name: owner, phone, moveInDate: null });
  }
  const park = async (code: string, kind: string) =>
    (await keeper.post('/api/car-parks', { estateId: e.id, code, name: `${code}车场`, kind })).body.id as string;
  ids.b1 = await park('B1', 'underground');
  ids.p1 = await park('P1', 'ground');
  ids.p9 = await park('P9', 'mechanical');
  const space = async (number: string, ownership: string, unitId: string | null) =>
    (await keeper.post('/api/parking-spaces', { carParkId: ids.b1, number, ownership, unitId })).body.id as string;
  ids.owned0101 = await space('B-001', 'owned', ids['0101']!);
  ids.rented0102 = await space('B-002', 'rented', ids['0102']!);
  ids.public = await space('B-003', 'public', null);
  const vehicle = async (plate: string, unitId: string | null) =>
    (
      await keeper.post('/api/vehicles', {
        estateId: e.id,
        plate,
        unitId,
        holderResidentId: null,
        holderName: '车主',
        holderPhone: '13811112222',
      })
    ).body.id as string;
  ids.v1 = await vehicle('琼A7P001', ids['0101']!);
  ids.v2 = await vehicle('琼A7P002', ids['0102']!);
  ids.v3 = await vehicle('琼A7P003', ids['0101']!);
  ids.v4 = await vehicle('琼A7P004', null);
  ids.v5 = await vehicle('琼A7P005', ids['0201']!);
  // B1 prices owned and rented spaces only; P1 a zone (public) too; P9 has no approved standard
  await approvedParkingStandard(t, ids.b1, current, { owned: 8000, rented: 40000 });
  await approvedParkingStandard(t, ids.p1, current, { rented: 30000, public: 25000 });
}, 120_000);
afterAll(() => t.close());

const issue = (body: Record<string, unknown>, as = cashier) =>
  as.post('/api/parking/passes', { spaceId: null, zone: '', fromMonth: current, toMonth: m(2), ...body });
const pass = async (id: string) => (await cashier.get(`/api/parking/passes/${id}`)).body as Pass;
const covered = async (carParkId: string, plate: string, month: string) =>
  Boolean(await passCovering(db(), await tenantId(), carParkId, plate, month));
type DeskCard = { openBills: { id: string; itemName: string; period: string; dueFen: number }[] };
const passBillsAtDesk = async (unitId: string) =>
  ((await cashier.get(`/api/fee-desk/units/${unitId}`)).body as DeskCard).openBills.filter((b) => b.itemName === '停车月卡费');
const passCount = async () =>
  Number((await db().selectFrom('parking_passes').select(db().fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('the demo', () => {
  it('issues passes at 翠竹园 on B1’s owned and rented spaces and P1 zones, their earlier months paid at the desk', async () => {
    const parks = await db()
      .selectFrom('car_parks as c')
      .innerJoin('estates as e', 'e.id', 'c.estate_id')
      .select(['c.id', 'c.code'])
      .where('e.name', '=', '翠竹园')
      .execute();
    const byCode = Object.fromEntries(parks.map((p) => [p.code, p.id]));
    const ctx = { ...t.runtime.deps, actor: systemActor(await tenantId()), requestId: null };
    // once the standards' demo is merged, the seeded template has approved standards and so the passes already;
    // until then the test approves the standards the demo assumes and runs the passes' demo itself
    if ((await passCount()) === 0) {
      const tenant = await tenantId();
      if (!(await standardInForce(db(), tenant, byCode.B1!, m(-2))))
        await approvedParkingStandard(t, byCode.B1!, m(-3), { owned: 8000, rented: 40000 });
      if (!(await standardInForce(db(), tenant, byCode.P1!, m(-2))))
        await approvedParkingStandard(t, byCode.P1!, m(-3), { rented: 30000, public: 25000 });
      expect(await seedPasses(ctx)).toBe(13);
    }
    expect(await seedPasses(ctx)).toBe(0);
    const list = (await cashier.get('/api/parking/passes?pageSize=100')).body as {
      items: (Pass & { carParkCode: string; zone: string })[];
    };
    expect(list.items).toHaveLength(13);
    const b1 = list.items.filter((p) => p.carParkCode === 'B1');
    expect(new Set(b1.map((p) => p.ownership))).toEqual(new Set(['owned', 'rented']));
    expect(b1.every((p) => p.monthlyFen === (p.ownership === 'owned' ? 8000 : 40000))).toBe(true);
    const zones = list.items.filter((p) => p.carParkCode === 'P1');
    expect(zones.map((p) => [p.ownership, p.monthlyFen, p.zone !== ''])).toEqual(Array(3).fill(['public', 25000, true]));
    for (const p of list.items) {
      expect(p.months.map((x) => x.period)).toEqual([m(-2), m(-1), m(0), m(1), m(2), m(3)]);
      expect(p.months.slice(0, 2).map((x) => x.billState)).toEqual(['paid', 'paid']);
      expect(p.months.slice(3).map((x) => x.billState)).toEqual(['open', 'open', 'open']);
    }
    expect(list.items.filter((p) => p.months[2]!.billState === 'paid').length).toBeGreaterThan(0);
    // the desk shows a holder's open pass months; the WY book for these payments is used up and settled
    expect((await passBillsAtDesk(b1[0]!.unitId)).map((b) => b.period)).toEqual(
      b1[0]!.months.filter((x) => x.billState === 'open').map((x) => x.period),
    );
    const books = await db().selectFrom('receipt_books').select('state').where('series', '=', 'WY').execute();
    expect(books.every((b) => b.state === 'settled')).toBe(true);
    expect(await covered(byCode.B1!, b1[0]!.plate, current)).toBe(true);
    expect(await totalsDrift(t)).toEqual([]);
  });
});

describe('issuing a pass', () => {
  it('prices an owned space by the standard and bills every month to the vehicle’s unit, shown at the desk', async () => {
    const res = await issue({ carParkId: ids.b1, vehicleId: ids.v1, spaceId: ids.owned0101 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ plate: '琼A7P001', ownership: 'owned', monthlyFen: 8000, state: 'active', unitId: ids['0101'] });
    expect(res.body.unitAddress).toContain('月卡测试园1栋');
    expect(res.body.months.map((x: { period: string; billState: string }) => [x.period, x.billState])).toEqual([
      [m(0), 'open'],
      [m(1), 'open'],
      [m(2), 'open'],
    ]);
    ids.pass1 = res.body.id;
    expect((await passBillsAtDesk(ids['0101']!)).map((b) => [b.period, b.dueFen])).toEqual([
      [m(0), 8000],
      [m(1), 8000],
      [m(2), 8000],
    ]);
    const items = await db().selectFrom('fee_items').select(['name']).where('code', '=', 'parking_pass').execute();
    expect(items).toEqual([{ name: '停车月卡费' }]);
    expect(await totalsDrift(t)).toEqual([]);
    const history = (await cashier.get(`/api/history/parking_pass/${ids.pass1}`)).body as { action: string }[];
    expect(history.map((h) => h.action)).toEqual(['parking_pass.issue']);
  });

  it('prices a rented space as rented and a zone as public', async () => {
    const rented = await issue({ carParkId: ids.b1, vehicleId: ids.v2, spaceId: ids.rented0102 });
    expect(rented.status, JSON.stringify(rented.body)).toBe(201);
    expect(rented.body).toMatchObject({ ownership: 'rented', monthlyFen: 40000 });
    ids.pass2 = rented.body.id;
    const zone = await issue({ carParkId: ids.p1, vehicleId: ids.v5, zone: ' 东区 ' });
    expect(zone.status, JSON.stringify(zone.body)).toBe(201);
    expect(zone.body).toMatchObject({ ownership: 'public', monthlyFen: 25000, zone: '东区', spaceId: null });
    expect(await totalsDrift(t)).toEqual([]);
  });

  it('quotes the price before issuing, or the refusal issuing would give', async () => {
    const before = await passCount();
    const q = (query: Record<string, string>) => cashier.get(`/api/parking/passes/quote?${new URLSearchParams(query)}`);
    const ok = await q({ carParkId: ids.p1!, vehicleId: ids.v3!, zone: '西区', fromMonth: m(5), toMonth: m(6) });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({
      ownership: 'public',
      monthlyFen: 25000,
      months: [m(5), m(6)],
      totalFen: 50000,
      standardEffectiveMonth: current,
    });
    const refused = await q({ carParkId: ids.b1!, vehicleId: ids.v4!, spaceId: ids.public!, fromMonth: m(0), toMonth: m(0) });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'vehicleId', code: 'parking_pass.vehicle_no_unit' })]);
    expect(await passCount()).toEqual(before);
  });

  it('lets the gate pass the vehicle free in the pass’s months only, and in its car park only', async () => {
    expect(await covered(ids.b1!, '琼A7P001', m(1))).toBe(true);
    expect(await covered(ids.b1!, '琼A7P001', m(3))).toBe(false);
    expect(await covered(ids.b1!, '琼A7P001', m(-1))).toBe(false);
    expect(await covered(ids.p1!, '琼A7P001', m(1))).toBe(false);
  });

  it('refuses what cannot be billed or priced, on the field at fault, and writes nothing', async () => {
    const passes = await passCount();
    const bills = await db().selectFrom('fee_bills').select(db().fn.countAll().as('n')).executeTakeFirstOrThrow();
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ carParkId: ids.b1, vehicleId: ids.v4, spaceId: ids.public }, 422, 'parking_pass.vehicle_no_unit', 'vehicleId'],
      [{ carParkId: ids.p1, vehicleId: ids.v3, zone: '东区', fromMonth: m(-1) }, 422, 'parking_pass.from_past', 'fromMonth'],
      [{ carParkId: ids.p1, vehicleId: ids.v3, zone: '东区', toMonth: m(12) }, 422, 'parking_pass.too_many_months', 'toMonth'],
      [
        { carParkId: ids.p1, vehicleId: ids.v3, zone: '东区', fromMonth: m(2), toMonth: m(1) },
        422,
        'parking_pass.to_before_from',
        'toMonth',
      ],
      [
        { carParkId: ids.b1, vehicleId: ids.v5, spaceId: ids.owned0101, fromMonth: m(5), toMonth: m(5) },
        422,
        'parking_pass.space_not_of_unit',
        'spaceId',
      ],
      [{ carParkId: ids.b1, vehicleId: ids.v3 }, 422, 'parking_pass.place_required', 'spaceId'],
      [{ carParkId: ids.b1, vehicleId: ids.v3, spaceId: ids.public, zone: '东区' }, 422, 'parking_pass.space_or_zone', 'zone'],
      [{ carParkId: ids.b1, vehicleId: ids.v3, zone: '东区', fromMonth: m(5), toMonth: m(5) }, 422, 'parking_pass.no_price', 'zone'],
      [{ carParkId: ids.p9, vehicleId: ids.v3, zone: '一层' }, 422, 'parking_pass.no_standard', 'fromMonth'],
      [
        { carParkId: ids.p1, vehicleId: ids.v1, zone: '东区', fromMonth: m(2), toMonth: m(4) },
        409,
        'parking_pass.vehicle_has_pass',
        'vehicleId',
      ],
      [
        { carParkId: ids.b1, vehicleId: ids.v3, spaceId: ids.owned0101, fromMonth: m(1), toMonth: m(1) },
        409,
        'parking_pass.space_has_pass',
        'spaceId',
      ],
      // a second vehicle of one unit in the same months: the unit's 停车月卡费 bill of a month is one
      [{ carParkId: ids.p1, vehicleId: ids.v3, zone: '西区', fromMonth: m(2), toMonth: m(3) }, 409, 'fee_bill.month_billed', 'fromMonth'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await issue(body);
      expect(res.status, `${code}: ${JSON.stringify(res.body)}`).toBe(status);
      expect(res.body.code).toBe(code);
      expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
    }
    expect(await passCount()).toEqual(passes);
    expect(await db().selectFrom('fee_bills').select(db().fn.countAll().as('n')).executeTakeFirstOrThrow()).toEqual(bills);
    // the same second vehicle after the first's months is fine
    const later = await issue({ carParkId: ids.p1, vehicleId: ids.v3, zone: '西区', fromMonth: m(3), toMonth: m(3) });
    expect(later.status, JSON.stringify(later.body)).toBe(201);
    expect(await totalsDrift(t)).toEqual([]);
  });
});

describe('paying and cancelling', () => {
  it('is paid at the desk like any bill, with a receipt naming the month', async () => {
    const p = await pass(ids.pass1!);
    const [first, , third] = p.months;
    const res = await cashier.post('/api/fee-payments', {
      unitId: p.unitId,
      billIds: [first!.billId, third!.billId],
      method: 'wechat',
      amountFen: 16000,
      // the second month stays owed (the cancel below withdraws it): the clerk was asked and confirmed
      confirmEarlierOwed: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const receipt = (await cashier.get(`/api/receipts/${res.body.receiptId}`)).body as { items: { name: string }[] };
    expect(receipt.items.map((i) => i.name)).toEqual([
      expect.stringMatching(new RegExp(`^停车月卡费 ${m(0)} `)),
      expect.stringMatching(new RegExp(`^停车月卡费 ${m(2)} `)),
    ]);
    const after = await pass(ids.pass1!);
    expect(after.months.map((x) => x.billState)).toEqual(['paid', 'open', 'paid']);
    expect(after.paidMonths).toBe(2);
    expect(await totalsDrift(t)).toEqual([]);
  });

  it('cancels with a reason: later open months are withdrawn, this month and paid months stay, the gate charges again', async () => {
    const p = await pass(ids.pass1!);
    expect(p.abilities.cancel).toBe(true);
    expect((await cashier.post(`/api/parking/passes/${p.id}/cancel`, { reason: ' ', version: p.version })).status).toBe(400);
    const res = await cashier.post(`/api/parking/passes/${p.id}/cancel`, { reason: '车辆已出售', version: p.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ state: 'cancelled', abilities: { cancel: false } });
    expect(res.body.months.map((x: { period: string; billState: string }) => [x.period, x.billState])).toEqual([
      [m(0), 'paid'],
      [m(2), 'paid'],
    ]);
    const withdrawn = p.months[1]!.billId;
    expect(await db().selectFrom('fee_bills').select('id').where('id', '=', withdrawn).executeTakeFirst()).toBeUndefined();
    // what the unit still owes for passes is the other vehicle's later month only
    expect((await passBillsAtDesk(ids['0101']!)).map((b) => b.period)).toEqual([m(3)]);
    expect(await covered(ids.b1!, '琼A7P001', m(0))).toBe(false);
    expect(await totalsDrift(t)).toEqual([]);
    const again = await cashier.post(`/api/parking/passes/${p.id}/cancel`, { reason: '重复', version: res.body.version });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('parking_pass.not_active');
    const history = (await cashier.get(`/api/history/parking_pass/${p.id}`)).body as { action: string }[];
    expect(history.map((h) => h.action).sort()).toEqual(['parking_pass.cancel', 'parking_pass.issue']);
  });

  it('frees the vehicle, the space and the unit’s withdrawn months for a new pass', async () => {
    const p = await pass(ids.pass2!);
    const res = await cashier.post(`/api/parking/passes/${p.id}/cancel`, { reason: '改为月卡续办', version: p.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.months.map((x: { period: string }) => x.period)).toEqual([m(0)]);
    const again = await issue({ carParkId: ids.b1, vehicleId: ids.v2, spaceId: ids.rented0102, fromMonth: m(1), toMonth: m(6) });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(await totalsDrift(t)).toEqual([]);
  });
});

describe('who sees and who issues', () => {
  it('answers 404 outside the office, 403 to whom may not read or issue', async () => {
    expect((await (await t.login('zhaolei')).get(`/api/parking/passes/${ids.pass1}`)).status).toBe(404);
    expect((await (await t.login('sunxy')).get('/api/parking/passes')).status).toBe(403);
    // HQ reads every office's passes but issues none
    const hq = await t.login('liyw');
    expect((await hq.get(`/api/parking/passes/${ids.pass1}`)).status).toBe(200);
    expect((await issue({ carParkId: ids.p1, vehicleId: ids.v5, zone: '北区', fromMonth: m(8), toMonth: m(8) }, hq)).status).toBe(403);
    const guard = await t.login('zhaogang');
    const seen = await guard.get(`/api/parking/passes/${ids.pass2}`);
    expect(seen.status).toBe(200);
    expect(seen.body.abilities.cancel).toBe(false);
    expect((await issue({ carParkId: ids.p1, vehicleId: ids.v5, zone: '北区', fromMonth: m(8), toMonth: m(8) }, guard)).status).toBe(403);
    expect((await (await t.login('zhaolei')).get('/api/parking/passes')).body.items.some((p: Pass) => p.id === ids.pass1)).toBe(false);
  });

  it('lists by plate as typed, state and car park, and exports the list', async () => {
    const found = (await cashier.get(`/api/parking/passes?estateId=${ids.estate}&q=${encodeURIComponent('琼a 7p001')}`)).body;
    expect(found.items.map((p: Pass) => p.plate)).toEqual(['琼A7P001']);
    const active = (await cashier.get(`/api/parking/passes?estateId=${ids.estate}&state=active&carParkId=${ids.b1}`)).body;
    expect(active.items.map((p: Pass) => p.plate)).toEqual(['琼A7P002']);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/parking/passes/export.xlsx?estateId=${ids.estate}`,
      headers: { cookie: `gj_session=${cashier.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('车牌号');
    const all = (await cashier.get(`/api/parking/passes?estateId=${ids.estate}`)).body.total;
    expect(all).toBe(5);
    expect(sheet.rowCount).toBe(1 + all);
  });
});
