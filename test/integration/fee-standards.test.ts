import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDateIn } from '../../src/platform/months.js';
import { approvedStandard, openBills } from '../support/fees.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let head: Agent; // 王芳, office A (翠竹园)
let headB: Agent; // 赵磊, office B (金色家园)
let hq: Agent; // 李业务, HQ business
let gm: Agent; // 张建国, general manager
let cashier: Agent; // 陈静, office A
let current: string;
/** The first month after every bill of 翠竹园 (the demo's desk pays some units months ahead). */
let unbilled: string;
let estateA: string;
let items: Record<string, string>;

beforeAll(async () => {
  t = await startTestEnv();
  head = await t.login('wangfang');
  headB = await t.login('zhaolei');
  hq = await t.login('liyw');
  gm = await t.login('zhangjg');
  cashier = await t.login('chenjing');
  current = businessDateIn(t.clock.now(), 'Asia/Shanghai').slice(0, 7);
  estateA = (await head.get('/api/estates?q=翠竹园')).body.items[0].id;
  const last = await t.runtime.deps.db
    .selectFrom('fee_bills')
    .select((eb) => eb.fn.max('period').as('period'))
    .where('estate_id', '=', estateA)
    .executeTakeFirst();
  unbilled = addMonths(last?.period && last.period >= current ? last.period : addMonths(current, -1), 1);
  items = Object.fromEntries((await head.get('/api/fee-items')).body.map((i: { code: string; id: string }) => [i.code, i.id]));
});
afterAll(() => t.close());

type Standard = { id: string; state: string; version: number; abilities: Record<string, boolean> } & Record<string, unknown>;
const RATES = [
  { use: '*', occupancy: '*', rateFen: 190 },
  { use: '*', occupancy: 'vacant', rateFen: 133 },
];

async function draft(itemCode: string, effectiveMonth: string, rates = RATES): Promise<Standard> {
  const res = await head.post('/api/fee-standards', {
    estateId: estateA,
    itemId: items[itemCode],
    basis: 'per_area',
    effectiveMonth,
    rates,
    note: '测试',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** A fee item of its own, so one test's bills never touch another's standards. */
async function freshItem(code: string): Promise<string> {
  const res = await hq.post('/api/fee-items', { code, name: `测试${code}` });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  items[code] = res.body.id;
  return res.body.id;
}

describe('fee items', () => {
  it('are the demo’s three, read by every fee reader, kept by HQ business only, codes unique', async () => {
    const list = (await cashier.get('/api/fee-items')).body;
    // the parking passes' item joins them when the parking demo issues its first pass
    expect(list.map((i: { code: string; name: string }) => `${i.code}:${i.name}`)).toEqual([
      'parking_pass:停车月卡费',
      'property:物业管理费',
      'waste:垃圾清运费',
    ]);
    expect(list[0].abilities.manage).toBe(false);
    expect((await hq.get('/api/fee-items')).body[0].abilities.manage).toBe(true);
    expect((await head.post('/api/fee-items', { code: 'water', name: '公摊水电费' })).status).toBe(403);
    const taken = await hq.post('/api/fee-items', { code: 'waste', name: '另一个' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('fee_item.code_taken');
    const water = await hq.post('/api/fee-items', { code: 'water', name: '公摊水电费' });
    const renamed = await hq.patch(`/api/fee-items/${water.body.id}`, { name: '公摊水费', active: false, version: 1 });
    expect(renamed.body).toMatchObject({ name: '公摊水费', active: false, version: 2 });
    const refused = await head.post('/api/fee-standards', {
      estateId: estateA,
      itemId: water.body.id,
      basis: 'per_unit',
      effectiveMonth: current,
      rates: [{ use: '*', occupancy: '*', rateFen: 500 }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('fee_item.inactive');
  });
});

describe('an item billed elsewhere: 停车月卡费 (A2.4.1.1)', () => {
  it('takes no ordinary standard: the item list says so, drafting is refused on itemId, and an earlier draft never goes on', async () => {
    const list = (await head.get('/api/fee-items')).body as { code: string; pricedElsewhere: boolean }[];
    expect(list.filter((i) => i.pricedElsewhere).map((i) => i.code)).toEqual(['parking_pass']);
    // the passes bill it month by month; an ordinary standard would bill every unit of the estate each month
    const refused = await head.post('/api/fee-standards', {
      estateId: estateA,
      itemId: items.parking_pass,
      basis: 'per_unit',
      effectiveMonth: unbilled,
      rates: [{ use: '*', occupancy: '*', rateFen: 30000 }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('fee_item.priced_elsewhere');
    expect(refused.body.errors[0]).toMatchObject({ field: 'itemId', code: 'fee_item.priced_elsewhere' });
    // a draft made for it before drafting was refused is not submitted, nor approved once on its way
    const early = await draft('waste', unbilled);
    await t.runtime.deps.db.updateTable('fee_standards').set({ item_id: items.parking_pass! }).where('id', '=', early.id).execute();
    const submit = await head.post(`/api/fee-standards/${early.id}/submit`);
    expect(submit.status).toBe(422);
    expect(submit.body.code).toBe('fee_item.priced_elsewhere');
    await t.runtime.deps.db.updateTable('fee_standards').set({ state: 'reviewed' }).where('id', '=', early.id).execute();
    const approve = await gm.post(`/api/fee-standards/${early.id}/approve`);
    expect(approve.status).toBe(422);
    expect(approve.body.code).toBe('fee_item.priced_elsewhere');
    expect((await head.get(`/api/fee-standards/${early.id}`)).body.state).toBe('reviewed');
    // back to the draft it was, so the lists the later tests read hold only the demo's filing standard for the item
    await t.runtime.deps.db
      .updateTable('fee_standards')
      .set({ item_id: items.waste!, state: 'draft' })
      .where('id', '=', early.id)
      .execute();
  });
});

describe('a fee standard (A2.3)', () => {
  it('is drafted and submitted by the office, passed by HQ business, approved by the GM, each step recorded', async () => {
    const s = await draft('waste', unbilled);
    expect(s).toMatchObject({
      state: 'draft',
      estateName: '翠竹园',
      itemName: '垃圾清运费',
      abilities: { edit: true, submit: true, review: false },
    });
    expect((await hq.post(`/api/fee-standards/${s.id}/review`)).status).toBe(409);
    const submitted = await head.post(`/api/fee-standards/${s.id}/submit`);
    expect(submitted.body).toMatchObject({ state: 'submitted', submitted: { byName: '王芳' }, abilities: { edit: false, submit: false } });
    // the office sees it waiting; HQ business sees the buttons, the GM none yet
    expect((await gm.get(`/api/fee-standards/${s.id}`)).body.abilities).toEqual({
      edit: false,
      submit: false,
      review: false,
      return: false,
      approve: false,
    });
    expect((await hq.get(`/api/fee-standards/${s.id}`)).body.abilities).toMatchObject({ review: true, return: true, approve: false });
    const reviewed = await hq.post(`/api/fee-standards/${s.id}/review`);
    expect(reviewed.body).toMatchObject({ state: 'reviewed', reviewed: { byName: '李业务' } });
    const approved = await gm.post(`/api/fee-standards/${s.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', approved: { byName: '张建国' }, rates: RATES });
    for (const k of ['submitted', 'reviewed', 'approved'] as const) expect(approved.body[k].at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await gm.post(`/api/fee-standards/${s.id}/approve`)).body.code).toBe('fee_standard.invalid_transition');
    const history = (await head.get(`/api/history/fee_standard/${s.id}`)).body.map(
      (e: { action: string; actorName: string }) => `${e.action}:${e.actorName}`,
    );
    expect(history).toEqual([
      'fee_standard.create:王芳',
      'fee_standard.submit:王芳',
      'fee_standard.review:李业务',
      'fee_standard.approve:张建国',
    ]);
  });

  it('is returned with a reason by HQ or the GM, fixed and resubmitted by the office', async () => {
    const s = await draft('property', addMonths(unbilled, 1));
    await head.post(`/api/fee-standards/${s.id}/submit`);
    expect((await hq.post(`/api/fee-standards/${s.id}/return`, { reason: ' ' })).status).toBe(400);
    const back = await hq.post(`/api/fee-standards/${s.id}/return`, { reason: '空置房折扣请附业主大会决议' });
    expect(back.body).toMatchObject({ state: 'returned', returnReason: '空置房折扣请附业主大会决议', returned: { byName: '李业务' } });
    const fixed = await head.put(`/api/fee-standards/${s.id}`, {
      basis: 'per_area',
      effectiveMonth: addMonths(unbilled, 1),
      rates: [{ use: '*', occupancy: '*', rateFen: 190 }],
      note: '取消空置折扣',
      version: back.body.version,
    });
    expect(fixed.body).toMatchObject({ state: 'returned', rates: [{ use: '*', occupancy: '*', rateFen: 190 }], note: '取消空置折扣' });
    const edit = (await head.get(`/api/history/fee_standard/${s.id}`)).body.find(
      (e: { action: string }) => e.action === 'fee_standard.edit',
    );
    expect(edit.before.rates).toHaveLength(2);
    expect(edit.after.rates).toEqual([{ use: '*', occupancy: '*', rateFen: 190 }]);
    await head.post(`/api/fee-standards/${s.id}/submit`);
    await hq.post(`/api/fee-standards/${s.id}/review`);
    // the GM returns what HQ passed; HQ business may not
    expect((await hq.post(`/api/fee-standards/${s.id}/return`, { reason: '再议' })).status).toBe(403);
    const gmBack = await gm.post(`/api/fee-standards/${s.id}/return`, { reason: '涨幅请分两年执行' });
    expect(gmBack.body).toMatchObject({ state: 'returned', returned: { byName: '张建国' }, returnReason: '涨幅请分两年执行' });
    expect((await head.get('/api/workbench')).body.todos.find((x: { key: string }) => x.key === 'fees.standardsToFix')).toMatchObject({
      count: 1,
      link: '/fee-standards?state=returned',
    });
  });

  it('keeps every round in its approval record: the first submission, the return and its reason, the resubmission, the approval', async () => {
    const s = await draft('waste', addMonths(unbilled, 3));
    expect(s.approvalSteps).toEqual([expect.objectContaining({ kind: 'created', byName: '王芳' })]);
    await head.post(`/api/fee-standards/${s.id}/submit`);
    const back = await hq.post(`/api/fee-standards/${s.id}/return`, { reason: '请附清运合同' });
    expect(back.body.approvalSteps.at(-1)).toMatchObject({ kind: 'returned', byName: '李业务', reason: '请附清运合同', stage: 'review' });
    await head.post(`/api/fee-standards/${s.id}/submit`);
    await hq.post(`/api/fee-standards/${s.id}/review`);
    const approved = await gm.post(`/api/fee-standards/${s.id}/approve`);
    const steps = (x: { kind: string; byName: string; reason: string | null }[]) =>
      x.map((step) => `${step.kind}:${step.byName}${step.reason ? `:${step.reason}` : ''}`);
    const rounds = [
      'created:王芳',
      'submitted:王芳',
      'returned:李业务:请附清运合同',
      'resubmitted:王芳',
      'reviewed:李业务',
      'approved:张建国',
    ];
    expect(steps(approved.body.approvalSteps)).toEqual(rounds);
    // the office and the general manager read the same record, oldest first
    for (const who of [head, gm]) {
      const record = (await who.get(`/api/fee-standards/${s.id}`)).body.approvalSteps;
      expect(steps(record)).toEqual(rounds);
      expect(record.map((x: { at: string }) => x.at)).toEqual([...record.map((x: { at: string }) => x.at)].sort());
    }
  });

  it('refuses the wrong role (403), another office (404) and bad rate rows (422)', async () => {
    const s = await draft('property', addMonths(unbilled, 2));
    expect((await headB.get(`/api/fee-standards/${s.id}`)).status).toBe(404);
    expect((await headB.post(`/api/fee-standards/${s.id}/submit`)).status).toBe(404);
    expect((await hq.post(`/api/fee-standards/${s.id}/submit`)).status).toBe(403);
    await head.post(`/api/fee-standards/${s.id}/submit`);
    expect((await head.post(`/api/fee-standards/${s.id}/review`)).status).toBe(403);
    expect((await gm.post(`/api/fee-standards/${s.id}/review`)).status).toBe(403);
    expect((await gm.post(`/api/fee-standards/${s.id}/approve`)).status).toBe(409);
    expect((await headB.get('/api/fee-standards')).body.items.map((x: { estateName: string }) => x.estateName)).not.toContain('翠竹园');
    const noBase = await head.post('/api/fee-standards', {
      estateId: estateA,
      itemId: items.property,
      basis: 'per_area',
      effectiveMonth: current,
      rates: [{ use: 'residential', occupancy: '*', rateFen: 180 }],
    });
    expect(noBase.status).toBe(422);
    expect(noBase.body.errors[0]).toMatchObject({ field: 'rates', code: 'fee_standard.base_rate_required' });
    const twice = await head.post('/api/fee-standards', {
      estateId: estateA,
      itemId: items.property,
      basis: 'per_area',
      effectiveMonth: current,
      rates: [...RATES, { use: '*', occupancy: 'vacant', rateFen: 100 }],
    });
    expect(twice.body.errors[0]).toMatchObject({ field: 'rates.2.use', code: 'fee_standard.duplicate_rate' });
  });

  it('is never retroactive: a month before the current one is refused at submit', async () => {
    const s = await draft('property', addMonths(current, -1));
    const res = await head.post(`/api/fee-standards/${s.id}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('fee_standard.retroactive');
    expect(res.body.errors[0].field).toBe('effectiveMonth');
    expect((await head.get(`/api/fee-standards/${s.id}`)).body.state).toBe('draft');
  });

  it('never reaches into billed months: refused at submit, and at approve when bills came meanwhile', async () => {
    await freshItem('heating');
    const fixture = await approvedStandard(t, '翠竹园', { itemCode: 'heating', effectiveMonth: addMonths(current, -3) });
    await openBills(t, fixture, [current]);
    const s = await draft('heating', current);
    const res = await head.post(`/api/fee-standards/${s.id}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('fee_standard.period_billed');

    const later = await draft('heating', addMonths(current, 1));
    await head.post(`/api/fee-standards/${later.id}/submit`);
    await hq.post(`/api/fee-standards/${later.id}/review`);
    await openBills(t, fixture, [addMonths(current, 1)]);
    const refused = await gm.post(`/api/fee-standards/${later.id}/approve`);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'fee_standard.period_billed', errors: [{ field: 'effectiveMonth' }] });
    expect((await gm.get(`/api/fee-standards/${later.id}`)).body.state).toBe('reviewed');
  });
});

describe('the demo’s standards, lists and to-dos', () => {
  it('has approved standards from six months ago for both estates, and two in the pipeline', async () => {
    const six = addMonths(current, -6);
    const approved = (await gm.get('/api/fee-standards?state=approved&pageSize=100')).body.items.filter(
      (s: { effectiveMonth: string }) => s.effectiveMonth === six,
    );
    expect(approved.map((s: { estateName: string; itemName: string }) => `${s.estateName}${s.itemName}`).sort()).toEqual(
      ['翠竹园物业管理费', '翠竹园垃圾清运费', '金色家园物业管理费', '金色家园垃圾清运费'].sort(),
    );
    const cuizhu = approved.find((s: { estateName: string; itemCode: string }) => s.estateName === '翠竹园' && s.itemCode === 'property');
    expect(cuizhu).toMatchObject({
      basis: 'per_area',
      submitted: { byName: '王芳' },
      reviewed: { byName: '李业务' },
      approved: { byName: '张建国' },
      rates: [
        { use: '*', occupancy: '*', rateFen: 180 },
        { use: '*', occupancy: 'vacant', rateFen: 126 },
        { use: 'commercial', occupancy: '*', rateFen: 350 },
      ],
    });
    // approved in the month before it took effect
    expect(businessDateIn(new Date(cuizhu.approved.at), 'Asia/Shanghai').slice(0, 7)).toBe(addMonths(six, -1));
    const todo = async (a: Agent, key: string) => (await a.get('/api/workbench')).body.todos.find((x: { key: string }) => x.key === key);
    expect(await todo(gm, 'fees.standardsToApprove')).toMatchObject({ link: '/fee-standards?state=reviewed' });
    expect((await todo(hq, 'fees.standardsToReview')).count).toBeGreaterThanOrEqual(1);
    expect(await todo(cashier, 'fees.standardsToReview')).toBeUndefined();
    const pending = (await hq.get('/api/fee-standards?state=submitted')).body.items;
    expect(
      pending.some(
        (s: { estateName: string; effectiveMonth: string }) => s.estateName === '翠竹园' && s.effectiveMonth === addMonths(current, 1),
      ),
    ).toBe(true);
  });

  it('filters by estate and item and exports the same rows to Excel', async () => {
    const filter = `estateId=${estateA}&itemId=${items.property}&state=approved`;
    const list = (await head.get(`/api/fee-standards?${filter}`)).body;
    expect(list.items.every((s: { estateName: string; itemCode: string }) => s.estateName === '翠竹园' && s.itemCode === 'property')).toBe(
      true,
    );
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/fee-standards/export.xlsx?${filter}`,
      headers: { cookie: `gj_session=${head.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0]!.slice(0, 5)).toEqual(['小区/项目', '管理处', '收费项目', '计费方式', '执行月份']);
    expect(rows.length - 1).toBe(list.total);
    expect(rows.find((r) => r[4] === addMonths(current, -6))?.[5]).toContain('全部/全部 ¥1.80');
  });

  it('reads the monthly passes’ filing standard as what it is: priced elsewhere, not an approved standard without a price', async () => {
    const filter = `estateId=${estateA}&itemId=${items.parking_pass}`;
    const [pass] = (await head.get(`/api/fee-standards?${filter}`)).body.items;
    // made with the demo's first pass bill: no rates, nobody's approval; its note says where the price comes from
    expect(pass).toMatchObject({ itemCode: 'parking_pass', state: 'approved', filing: true, rates: [], approved: { at: null } });
    expect(pass.note).toContain('停车收费标准');
    expect((await head.get(`/api/fee-standards/${pass.id}`)).body.filing).toBe(true);
    // every standard with rates is a real one, approved by the general manager or on its way
    const others = (await gm.get('/api/fee-standards?pageSize=100')).body.items.filter(
      (s: { itemCode: string }) => s.itemCode !== 'parking_pass',
    );
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((s: { filing: boolean }) => !s.filing)).toBe(true);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/fee-standards/export.xlsx?${filter}`,
      headers: { cookie: `gj_session=${head.cookie}` },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[1]![6]).toBe('另行定价（不经审批）');
  });
});
