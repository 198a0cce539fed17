import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardInForce } from '../../src/modules/parking/standard-in-force.repo.js';
import { newId } from '../../src/platform/ids.js';
import { addMonths, businessDateIn } from '../../src/platform/months.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let head: Agent; // 王芳, office head of 翠竹园
let headB: Agent; // 赵磊, office head of 金色家园
let hq: Agent; // 李业务, HQ business
let gm: Agent; // 张建国, general manager
let guard: Agent; // 赵刚, guard at 翠竹园
let current: string;
let tenantId: string;
const parks: Record<string, { id: string; estateId: string }> = {};

type Standard = { id: string; state: string; version: number; abilities: Record<string, boolean> } & Record<string, unknown>;

const RATE = { freeMinutes: 15, unitMinutes: 60, unitFen: 600, night: null, dailyCapFen: 4000, stayCapFen: null };
const PRICES = [{ ownership: 'rented', monthlyFen: 32000 }];

beforeAll(async () => {
  t = await startTestEnv();
  head = await t.login('wangfang');
  headB = await t.login('zhaolei');
  hq = await t.login('liyw');
  gm = await t.login('zhangjg');
  guard = await t.login('zhaogang');
  current = businessDateIn(t.clock.now(), 'Asia/Shanghai').slice(0, 7);
  for (const [who, estate] of [
    [head, '翠竹园'],
    [headB, '金色家园'],
  ] as const) {
    const e = (await who.get(`/api/estates?q=${encodeURIComponent(estate)}`)).body.items[0];
    for (const c of (await who.get(`/api/car-parks?estateId=${e.id}`)).body.items)
      parks[`${estate}${c.code}`] = { id: c.id, estateId: e.id };
  }
  tenantId = (await t.runtime.deps.db.selectFrom('car_parks').select('tenant_id').executeTakeFirstOrThrow()).tenant_id;
});
afterAll(() => t.close());

async function draft(park: string, effectiveMonth: string, body: Record<string, unknown> = {}): Promise<Standard> {
  const res = await head.post('/api/parking/standards', {
    carParkId: parks[park]!.id,
    effectiveMonth,
    rate: RATE,
    passPrices: PRICES,
    note: '测试',
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('the demo’s parking standards', () => {
  it('has 翠竹园’s two car parks charging by approved standards and 金色家园’s first one waiting for HQ review', async () => {
    const list = (await hq.get('/api/parking/standards?pageSize=100')).body.items as Standard[];
    const of = (estate: string, code: string) => list.filter((s) => s.estateName === estate && s.carParkCode === code);
    const p1 = of('翠竹园', 'P1');
    expect(p1.map((s) => s.state)).toEqual(['approved']);
    expect(p1[0]).toMatchObject({
      rate: {
        freeMinutes: 15,
        unitMinutes: 60,
        unitFen: 500,
        night: { from: '22:00', to: '07:00', unitFen: 100 },
        dailyCapFen: 3000,
        stayCapFen: null,
      },
      passPrices: [
        { ownership: 'rented', monthlyFen: 30000 },
        { ownership: 'public', monthlyFen: 25000 },
      ],
    });
    expect(String(p1[0]!.effectiveMonth) <= addMonths(current, -3)).toBe(true);
    expect(of('翠竹园', 'B1')[0]).toMatchObject({ state: 'approved', rate: { stayCapFen: 20000 } });
    expect(of('金色家园', 'B1').map((s) => s.state)).toEqual(['submitted']);
    // HQ business sees it on the workbench
    const todos = (await hq.get('/api/workbench')).body.todos as { key: string; count: number }[];
    expect(todos.find((x) => x.key === 'parking.standardsToReview')?.count).toBeGreaterThanOrEqual(1);
    // nothing is in force at 金色家园 yet: its stays cannot be charged
    expect(await standardInForce(t.runtime.deps.db, tenantId, parks['金色家园B1']!.id, current)).toBeNull();
  });

  it('is read by the guard of the office, not outside it, and the list refuses one who reads parking nowhere', async () => {
    const mine = (await guard.get('/api/parking/standards')).body.items as Standard[];
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((s) => s.estateName === '翠竹园')).toBe(true);
    expect(mine[0]!.abilities).toEqual({ edit: false, submit: false, review: false, return: false, approve: false });
    expect((await headB.get(`/api/parking/standards/${mine[0]!.id}`)).status).toBe(404);
    const cleaner = await t.login('sunxy');
    expect((await cleaner.get('/api/parking/standards')).status).toBe(403);
  });
});

describe('the approval chain, by the real roles', () => {
  it('goes draft → submitted → reviewed → approved, each step recorded, and is then in force from its month', async () => {
    const month = addMonths(current, 2);
    const s = await draft('翠竹园P1', month, {
      rate: { ...RATE, night: { from: '22:00', to: '07:00', unitFen: 150 }, stayCapFen: 15000 },
      passPrices: [
        { ownership: 'public', monthlyFen: 26000 },
        { ownership: 'rented', monthlyFen: 31000 },
      ],
    });
    expect(s).toMatchObject({ state: 'draft', abilities: { edit: true, submit: true, review: false, approve: false } });
    expect((s.passPrices as { ownership: string }[]).map((p) => p.ownership)).toEqual(['rented', 'public']);
    // the guard reads it but cannot submit; HQ cannot review a draft
    expect((await guard.post(`/api/parking/standards/${s.id}/submit`)).status).toBe(403);
    expect((await hq.post(`/api/parking/standards/${s.id}/review`)).body.code).toBe('parking_standard.invalid_transition');

    const submitted = (await head.post(`/api/parking/standards/${s.id}/submit`)).body;
    expect(submitted).toMatchObject({ state: 'submitted', submitted: { byName: '王芳' }, abilities: { edit: false } });
    // the office head may not review her own; the GM may not skip HQ
    expect((await head.post(`/api/parking/standards/${s.id}/review`)).status).toBe(403);
    expect((await gm.get(`/api/parking/standards/${s.id}`)).body.abilities).toMatchObject({ approve: false, review: false });
    const reviewed = await hq.post(`/api/parking/standards/${s.id}/review`);
    expect(reviewed.body).toMatchObject({ state: 'reviewed', reviewed: { byName: '李业务' } });
    expect((await hq.post(`/api/parking/standards/${s.id}/approve`)).status).toBe(403);
    const approved = await gm.post(`/api/parking/standards/${s.id}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', approved: { byName: '张建国' } });
    expect(
      (await head.put(`/api/parking/standards/${s.id}`, { effectiveMonth: month, rate: RATE, passPrices: [], version: 4 })).status,
    ).toBe(409);

    const db = t.runtime.deps.db;
    const before = await standardInForce(db, tenantId, parks['翠竹园P1']!.id, addMonths(month, -1));
    expect(before?.rate.unitFen).toBe(500);
    const inForce = await standardInForce(db, tenantId, parks['翠竹园P1']!.id, month);
    expect(inForce).toMatchObject({
      id: s.id,
      effectiveMonth: month,
      rate: { unitFen: 600, night: { from: '22:00', to: '07:00', unitFen: 150 }, stayCapFen: 15000 },
      passPrices: { rented: 31000, public: 26000 },
    });

    const history = (await head.get(`/api/history/parking_standard/${s.id}`)).body;
    const actions = history.map((h: { action: string }) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining(['parking_standard.create', 'parking_standard.submit', 'parking_standard.review', 'parking_standard.approve']),
    );
  });

  it('is returned only with a reason, by HQ or the GM, then fixed by the office and submitted afresh', async () => {
    const s = await draft('翠竹园B1', addMonths(current, 1));
    await head.post(`/api/parking/standards/${s.id}/submit`);
    const noReason = await hq.post(`/api/parking/standards/${s.id}/return`, { reason: '   ' });
    expect(noReason.status).toBe(400);
    const returned = await hq.post(`/api/parking/standards/${s.id}/return`, { reason: '夜间收费请与地面停车场一致' });
    expect(returned.body).toMatchObject({ state: 'returned', returnReason: '夜间收费请与地面停车场一致', abilities: { return: false } });
    const todos = (await head.get('/api/workbench')).body.todos as { key: string; count: number }[];
    expect(todos.find((x) => x.key === 'parking.standardsToFix')?.count).toBeGreaterThanOrEqual(1);

    const fixed = await head.put(`/api/parking/standards/${s.id}`, {
      effectiveMonth: addMonths(current, 1),
      rate: { ...RATE, night: { from: '22:00', to: '07:00', unitFen: 100 } },
      passPrices: [{ ownership: 'owned', monthlyFen: 8000 }],
      note: '已按意见修改',
      version: returned.body.version,
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body).toMatchObject({ state: 'returned', passPrices: [{ ownership: 'owned', monthlyFen: 8000 }], note: '已按意见修改' });
    // a second tab still holding the old version is refused
    const stale = await head.put(`/api/parking/standards/${s.id}`, {
      effectiveMonth: addMonths(current, 1),
      rate: RATE,
      passPrices: [],
      version: returned.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.version_conflict');

    const again = (await head.post(`/api/parking/standards/${s.id}/submit`)).body;
    await hq.post(`/api/parking/standards/${s.id}/review`);
    const gmReturn = await gm.post(`/api/parking/standards/${s.id}/return`, { reason: '单次封顶请补充' });
    expect(gmReturn.body).toMatchObject({ state: 'returned', returned: { byName: '张建国' } });
    expect(again.reviewed).toMatchObject({ at: null });
    // its approval record keeps every round: both submissions, both returns with their reasons
    const record = (await hq.get(`/api/parking/standards/${s.id}`)).body.approvalSteps as {
      kind: string;
      byName: string;
      reason: string | null;
    }[];
    expect(record.map((x) => `${x.kind}:${x.byName}${x.reason ? `:${x.reason}` : ''}`)).toEqual([
      'created:王芳',
      'submitted:王芳',
      'returned:李业务:夜间收费请与地面停车场一致',
      'resubmitted:王芳',
      'reviewed:李业务',
      'returned:张建国:单次封顶请补充',
    ]);
    expect(gmReturn.body.approvalSteps).toEqual(record);
  });
});

describe('refusals', () => {
  it('refuses a month before the current one at submit (never retroactive)', async () => {
    const s = await draft('翠竹园P1', addMonths(current, -1));
    const res = await head.post(`/api/parking/standards/${s.id}/submit`);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'parking_standard.retroactive', errors: [{ field: 'effectiveMonth' }] });
  });

  it('refuses a month the car park has charged a stay in, at submit and again at approval', async () => {
    const park = parks['金色家园B1']!;
    const s = (await headB.post('/api/parking/standards', { carParkId: park.id, effectiveMonth: current, rate: RATE, passPrices: PRICES }))
      .body as Standard;
    const db = t.runtime.deps.db;
    // 金色家园 has nothing in force; to charge a stay there, HQ and the GM pass a standard from this month first
    await headB.post(`/api/parking/standards/${s.id}/submit`);
    await hq.post(`/api/parking/standards/${s.id}/review`);
    const later = (await headB.post('/api/parking/standards', { carParkId: park.id, effectiveMonth: current, rate: RATE, passPrices: [] }))
      .body as Standard;
    await headB.post(`/api/parking/standards/${later.id}/submit`);
    expect((await gm.post(`/api/parking/standards/${s.id}/approve`)).status).toBe(200);
    // the gate charges a stay this month by it
    const now = t.clock.now().toISOString();
    const office = (await db.selectFrom('car_parks').select('office_id').where('id', '=', park.id).executeTakeFirstOrThrow()).office_id;
    await db
      .insertInto('parking_stays')
      .values({
        tenant_id: tenantId,
        id: newId(),
        office_id: office,
        estate_id: park.estateId,
        car_park_id: park.id,
        plate: '粤B12345',
        entered_at: now,
        exited_at: now,
        source: 'gate',
        record_key: `test-${now}`,
        import_id: null,
        vehicle_id: null,
        pass_id: null,
        standard_id: s.id,
        charge_fen: 600,
        state: 'due',
        collection_id: null,
        waive_reason: null,
        waived_by: null,
        waived_by_name: null,
        waived_at: null,
        recorded_by: 'test',
        recorded_by_name: '测试',
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    // the second standard, submitted before the charge, is refused when HQ passes it to the GM… at approval
    await hq.post(`/api/parking/standards/${later.id}/review`);
    const refused = await gm.post(`/api/parking/standards/${later.id}/approve`);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'parking_standard.period_billed', errors: [{ field: 'effectiveMonth' }] });
    // and a new one for this month is refused at submit; next month is fine
    const third = (await headB.post('/api/parking/standards', { carParkId: park.id, effectiveMonth: current, rate: RATE, passPrices: [] }))
      .body as Standard;
    expect((await headB.post(`/api/parking/standards/${third.id}/submit`)).body.code).toBe('parking_standard.period_billed');
    const moved = await headB.put(`/api/parking/standards/${third.id}`, {
      effectiveMonth: addMonths(current, 1),
      rate: RATE,
      passPrices: [],
      version: third.version,
    });
    expect((await headB.post(`/api/parking/standards/${third.id}/submit`)).body.state).toBe('submitted');
    expect(moved.status).toBe(200);
  });

  it('names every invalid rate field by its form path and writes nothing', async () => {
    const before = (await head.get('/api/parking/standards?pageSize=1')).body.total;
    const res = await head.post('/api/parking/standards', {
      carParkId: parks['翠竹园P1']!.id,
      effectiveMonth: addMonths(current, 1),
      rate: {
        freeMinutes: -5,
        unitMinutes: 7,
        unitFen: 500,
        night: { from: '22:00', to: '24:30', unitFen: 100 },
        dailyCapFen: 300,
        stayCapFen: null,
      },
      passPrices: [
        { ownership: 'rented', monthlyFen: 30000 },
        { ownership: 'rented', monthlyFen: 28000 },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'rate.freeMinutes:parking_rate.free_minutes_invalid',
      'rate.unitMinutes:parking_rate.unit_minutes_not_divisor_of_day',
      'rate.night.to:parking_rate.clock_invalid',
      'rate.dailyCapFen:parking_rate.cap_below_unit',
      'passPrices.1.ownership:parking_standard.pass_price_duplicate',
    ]);
    expect((await head.get('/api/parking/standards?pageSize=1')).body.total).toBe(before);
    const badMonth = await head.post('/api/parking/standards', {
      carParkId: parks['翠竹园P1']!.id,
      effectiveMonth: '2027-13',
      rate: RATE,
      passPrices: [],
    });
    expect(badMonth.status).toBe(400);
    expect(badMonth.body.errors[0].field).toBe('effectiveMonth');
  });

  it('answers 403 to a role without the step and 404 outside the office', async () => {
    const body = { carParkId: parks['翠竹园P1']!.id, effectiveMonth: addMonths(current, 1), rate: RATE, passPrices: [] };
    expect((await guard.post('/api/parking/standards', body)).status).toBe(403);
    expect((await headB.post('/api/parking/standards', body)).status).toBe(404);
    const s = await draft('翠竹园P1', addMonths(current, 1));
    expect((await headB.put(`/api/parking/standards/${s.id}`, { ...body, carParkId: undefined, version: 1 })).status).toBe(404);
    expect((await headB.post(`/api/parking/standards/${s.id}/submit`)).status).toBe(404);
    expect((await gm.post(`/api/parking/standards/${s.id}/submit`)).status).toBe(403);
  });
});

describe('export', () => {
  it('writes the list as Excel in the page’s words', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/parking/standards/export.xlsx?state=approved',
      headers: { cookie: `gj_session=${hq.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('停车收费标准');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('月卡价格');
    const texts = sheet.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1).join('|') : ''));
    expect(texts.some((r) => r.includes('翠竹园') && r.includes('租赁车位 ¥300.00/月'))).toBe(true);
  });
});
