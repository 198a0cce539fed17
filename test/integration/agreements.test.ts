import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planAllAgreements, planVisitsJob } from '../../src/modules/agreements/agreement.jobs.js';
import { planAgreementVisits } from '../../src/modules/agreements/agreement-visits.service.js';
import { ordersAgreementChannel } from '../../src/modules/orders/migrations/orders-agreement-channel.migration.js';
import { inTransaction } from '../../src/platform/context.js';
import { runDueJobs } from '../../src/platform/jobs/worker.js';
import { activeAgreement, draftTwiceWeekly, freshLogin, signBody, systemContext } from '../support/agreements.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { demoTenantId, schedule } from '../support/jobs.js';
import { FORGED_PNG, itemId, plainPng, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
// Tuesday 1 December 2026, 08:00 in Shanghai: an hour before the first visit's window
const TUESDAY = new Date('2026-12-01T00:00:00Z');
const DAY = 86_400_000;
type V = { id: string; plannedDate: string; state: string; orderId: string; orderNumber: string; orderState: string };

beforeAll(async () => {
  t = await startTestEnv();
  t.clock.set(TUESDAY);
});
afterAll(() => t.close());

describe('a special-service agreement (A7.4.3) and its visits (A7.4.9)', () => {
  it('is drawn up at posted prices, signed by both, activated, and plans its orders for the next 14 days', async () => {
    const clerk = await t.login('liuyang');
    let a = (await draftTwiceWeekly(t, clerk)).body;
    expect(a).toMatchObject({ state: 'draft', perVisitFen: 12000, negotiated: false, abilities: { sign: true, activate: false } });
    expect(a.number).toMatch(/^XY-20261201-\d{4}$/);
    expect(a.items[0]).toMatchObject({
      itemName: '室内保洁',
      unitPriceFen: 4000,
      listPriceFen: 4000,
      quantityMilli: 3000,
      amountFen: 12000,
    });

    const unsigned = await clerk.post(`/api/agreements/${a.id}/sign`, { ...signBody(a.version), ownerSignature: '' });
    expect(unsigned.status).toBe(422);
    expect(unsigned.body.errors[0]).toMatchObject({ field: 'ownerSignature', code: 'agreement.signature_required' });
    a = (await clerk.post(`/api/agreements/${a.id}/sign`, signBody(a.version))).body;
    expect(a).toMatchObject({ state: 'signed', ownerSignerName: '李先生', officeSignerName: '刘洋' });
    const image = await clerk.get(`/api/agreements/${a.id}/images/${a.ownerSignatureBlobId}`);
    expect(image.headers['content-type']).toBe('image/png');
    expect((await clerk.post(`/api/agreements/${a.id}/activate`, { version: a.version - 1 })).status).toBe(409);

    a = (await clerk.post(`/api/agreements/${a.id}/activate`, { version: a.version })).body;
    expect(a.state).toBe('active');
    expect(a.visits.map((v: V) => v.plannedDate)).toEqual(['2026-12-01', '2026-12-04', '2026-12-08', '2026-12-11']);
    expect(a.visits.every((v: V) => v.state === 'planned' && v.orderState === 'confirmed' && /^JZ-/.test(v.orderNumber))).toBe(true);

    const order = (await clerk.get(`/api/orders/${a.visits[0].orderId}`)).body;
    expect(order).toMatchObject({
      state: 'confirmed',
      customerName: '李先生',
      totalFen: 12000,
      appointmentStart: '2026-12-01T01:00:00.000Z',
      appointmentEnd: '2026-12-01T03:00:00.000Z',
    });
    expect(order.lines[0]).toMatchObject({ unitPriceFen: 4000, quantityMilli: 3000 });

    const history = (await clerk.get(`/api/history/agreement/${a.id}`)).body;
    const actions = history.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['agreement.create', 'agreement.sign', 'agreement.activate', 'agreement.visit_plan']));
  });

  it('takes each visit as the agreement’s (受理方式 特约服务协议), not as a walk-in; so do the visits made before', async () => {
    const clerk = await t.login('liuyang');
    const a = await activeAgreement(t, clerk, { ownerName: '钟先生', address: '翠竹园8栋0601' });
    const order = (await clerk.get(`/api/orders/${a.visits[0].orderId}`)).body;
    expect(order.channel).toBe('agreement');
    const print = (await clerk.get(`/api/orders/${order.id}/print`)).body as string;
    expect(print).toContain('特约服务协议');
    expect(print).not.toContain('来访');
    // nobody takes a request "by agreement" at the desk: the agreement plans its visits
    const intake = await clerk.post('/api/orders', {
      type: 'housekeeping',
      officeId: await t.org('office-a'),
      channel: 'agreement',
      customerName: '钟先生',
      lines: [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 2 }],
    });
    expect(intake.status).toBe(400);
    expect(intake.body.errors[0]).toMatchObject({ field: 'channel' });

    // visits planned before the fix were recorded as walk-ins; the migration gives them their channel, and only them
    const db = t.runtime.deps.db;
    await db.updateTable('orders').set({ channel: 'walk_in' }).where('agreement_id', '=', a.id).execute();
    const walkIn = (await db.selectFrom('orders').select('id').where('agreement_id', 'is', null).where('channel', '=', 'walk_in').execute())
      .length;
    await ordersAgreementChannel['2026120731_orders_agreement_channel']!.up(db as never);
    const channels = await db.selectFrom('orders').select('channel').where('agreement_id', '=', a.id).execute();
    expect(channels.map((o) => o.channel)).toEqual(channels.map(() => 'agreement'));
    expect(
      (await db.selectFrom('orders').select('id').where('agreement_id', 'is', null).where('channel', '=', 'walk_in').execute()).length,
    ).toBe(walkIn);
  });

  it('plans nothing twice when the planner runs again, and plans the next occurrence the day after', async () => {
    const clerk = await t.login('liuyang');
    const a = await activeAgreement(t, clerk, { ownerName: '周女士', address: '翠竹园5栋302' });
    const sys = await systemContext(t);
    expect(await planAgreementVisits(sys, a.id)).toBe(0);
    await inTransaction(sys, (tx) => planAllAgreements(tx));
    const rows = await t.runtime.deps.db.selectFrom('agreement_visits').select('planned_date').where('agreement_id', '=', a.id).execute();
    expect(rows).toHaveLength(4);
    t.clock.advance(DAY);
    try {
      expect(await planAgreementVisits(sys, a.id)).toBe(1);
      expect(await planAgreementVisits(sys, a.id)).toBe(0);
      const orders = await t.runtime.deps.db.selectFrom('orders').select('id').where('agreement_id', '=', a.id).execute();
      expect(orders).toHaveLength(5);
      // two planners at the same moment (two server processes): the new occurrence is made once
      t.clock.advance(DAY * 3);
      const made = await Promise.all([planAgreementVisits(sys, a.id), planAgreementVisits(sys, a.id)]);
      expect(made[0] + made[1]).toBe(1);
      const after = await t.runtime.deps.db.selectFrom('orders').select('id').where('agreement_id', '=', a.id).execute();
      expect(after).toHaveLength(6);
    } finally {
      t.clock.set(TUESDAY);
    }
  });

  it('refuses a negotiated price until the office head approves it (422 with the field)', async () => {
    const clerk = await t.login('liuyang');
    const head = await t.login('wangfang');
    let a = (await draftTwiceWeekly(t, clerk, { ownerName: '陈先生' }, { unitPriceFen: 3500 })).body;
    expect(a).toMatchObject({ negotiated: true, perVisitFen: 10500, abilities: { approvePrice: false } });
    const refused = await clerk.post(`/api/agreements/${a.id}/sign`, signBody(a.version));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('agreement.price_not_approved');
    expect(refused.body.errors[0].field).toBe('items.0.unitPriceFen');
    expect((await clerk.post(`/api/agreements/${a.id}/approve-price`, { version: a.version })).status).toBe(403);
    a = (await head.post(`/api/agreements/${a.id}/approve-price`, { version: a.version })).body;
    expect(a).toMatchObject({ priceApprovedBy: '王芳' });
    // a change of price withdraws the approval
    const items = [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 3, unitPriceFen: 3000 }];
    const { id, number, state, officeId, officeName, visits, abilities, ...rest } = a;
    const edited = await clerk.put(`/api/agreements/${a.id}`, {
      version: a.version,
      ownerName: rest.ownerName,
      ownerPhone: rest.ownerPhone,
      address: rest.address,
      staffCount: rest.staffCount,
      items,
      schedule: rest.schedule,
      startDate: rest.startDate,
      endDate: rest.endDate,
      paymentTerms: rest.paymentTerms,
      notes: rest.notes,
    });
    expect(edited.body).toMatchObject({ priceApprovedAt: null, perVisitFen: 9000 });
    a = edited.body;
    expect((await clerk.post(`/api/agreements/${a.id}/sign`, signBody(a.version))).body.code).toBe('agreement.price_not_approved');
    a = (await head.post(`/api/agreements/${a.id}/approve-price`, { version: a.version })).body;
    a = (await clerk.post(`/api/agreements/${a.id}/sign`, signBody(a.version))).body;
    expect(a.state).toBe('signed');
    a = (await clerk.post(`/api/agreements/${a.id}/activate`, { version: a.version })).body;
    const order = (await clerk.get(`/api/orders/${a.visits[0].orderId}`)).body;
    expect(order).toMatchObject({ totalFen: 9000 });
  });

  it('refuses bad schedules and items with a code on the field', async () => {
    const clerk = await t.login('liuyang');
    const empty = await draftTwiceWeekly(t, clerk, { schedule: { weekdays: [], monthDays: [], windowStart: '09:00', windowEnd: '11:00' } });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]).toMatchObject({ field: 'schedule.weekdays', code: 'agreement.schedule_empty' });
    const window = await draftTwiceWeekly(t, clerk, {
      schedule: { weekdays: [2], monthDays: [], windowStart: '11:00', windowEnd: '09:00' },
    });
    expect(window.body.code).toBe('agreement.window_invalid');
    const mixed = await clerk.post('/api/agreements', {
      ...(await draftBodyOf(clerk)),
      items: [
        { itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 3 },
        { itemId: await itemId(clerk, 'lock-change'), quantity: 1 },
      ],
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors[0]).toMatchObject({ field: 'items.1.itemId', code: 'agreement.mixed_categories' });
    expect((await draftTwiceWeekly(t, clerk, { startDate: 'tomorrow' })).status).toBe(400);
    const draft = (await draftTwiceWeekly(t, clerk, { ownerName: '蒋先生' })).body;
    const forged = await clerk.post(`/api/agreements/${draft.id}/sign`, {
      ...signBody(draft.version),
      ownerSignature: 'data:image/png;base64,AAAA',
    });
    expect(forged.status).toBe(422);
    expect(forged.body.errors[0]).toMatchObject({ field: 'ownerSignature', code: 'image.invalid' });
    const headerOnly = await clerk.post(`/api/agreements/${draft.id}/sign`, { ...signBody(draft.version), officeSignature: FORGED_PNG });
    expect(headerOnly.body.errors[0]).toMatchObject({ field: 'officeSignature', code: 'image.invalid' });
    const blank = await clerk.post(`/api/agreements/${draft.id}/sign`, { ...signBody(draft.version), ownerSignature: plainPng(300, 120) });
    expect(blank.status).toBe(422);
    expect(blank.body.errors[0]).toMatchObject({ field: 'ownerSignature', code: 'signature.blank' });
    expect((await clerk.get(`/api/agreements/${draft.id}`)).body.state).toBe('draft');
  });

  it('skips one visit and moves another; its order follows and the work goes through acceptance as usual', async () => {
    const clerk = await t.login('liuyang');
    const cleaner = await t.login('sunxy');
    let a = await activeAgreement(t, clerk, { ownerName: '吴女士', address: '翠竹园8栋101' });
    const [first, friday, nextTuesday] = a.visits as V[];

    a = (await clerk.post(`/api/agreements/${a.id}/visits/${friday!.id}/skip`, { reason: '业主出差' })).body;
    expect(a.visits[1]).toMatchObject({
      state: 'skipped',
      reason: '业主出差',
      orderState: 'cancelled',
      abilities: { skip: false, move: false },
    });
    const again = await clerk.post(`/api/agreements/${a.id}/visits/${friday!.id}/skip`, { reason: '再跳过' });
    expect([again.status, again.body.code]).toEqual([409, 'visit.invalid_transition']);
    const skipped = (await clerk.get(`/api/orders/${friday!.orderId}`)).body;
    expect(skipped).toMatchObject({ state: 'cancelled', cancelReason: '业主出差' });

    const move = { date: '2026-12-09', windowStart: '10:00', windowEnd: '12:00', reason: '业主改约周三' };
    a = (await clerk.post(`/api/agreements/${a.id}/visits/${nextTuesday!.id}/move`, move)).body;
    expect(a.visits[2]).toMatchObject({
      plannedDate: '2026-12-08',
      state: 'moved',
      windowStart: '2026-12-09T02:00:00.000Z',
      movedFrom: '2026-12-08T01:00:00.000Z',
      movedTo: '2026-12-09T02:00:00.000Z',
    });
    const moved = (await clerk.get(`/api/orders/${nextTuesday!.orderId}`)).body;
    expect(moved).toMatchObject({
      state: 'confirmed',
      appointmentStart: '2026-12-09T02:00:00.000Z',
      appointmentEnd: '2026-12-09T04:00:00.000Z',
    });
    const orderHistory = (await clerk.get(`/api/history/order/${nextTuesday!.orderId}`)).body;
    expect(orderHistory.map((e: { action: string }) => e.action)).toContain('order.reschedule');
    const past = await clerk.post(`/api/agreements/${a.id}/visits/${first!.id}/move`, { ...move, date: '2026-11-30' });
    expect(past.body).toMatchObject({ status: 422, code: 'agreement.date_past' });
    const outside = await clerk.post(`/api/agreements/${a.id}/visits/${first!.id}/move`, { ...move, date: '2027-06-01' });
    expect(outside.body.errors[0]).toMatchObject({ field: 'date', code: 'agreement.date_outside' });

    // the first visit's order is done like any other: assign, start, finish, the owner signs
    let o = (await clerk.get(`/api/orders/${first!.orderId}`)).body;
    o = (await clerk.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [await t.userId('sunxy')] })).body;
    for (const step of ['start', 'finish']) o = (await cleaner.post(`/api/orders/${o.id}/${step}`, { version: o.version })).body;
    o = (await cleaner.post(`/api/orders/${o.id}/accept`, { version: o.version, signerName: '吴女士', signature: SIGNATURE_PNG })).body;
    expect(o).toMatchObject({ state: 'accepted', totalFen: 12000 });
    const started = await clerk.post(`/api/agreements/${a.id}/visits/${first!.id}/skip`, { reason: '误操作' });
    expect(started.body.code).toBe('agreement.visit_started');
  });

  it('ending the agreement cancels the orders of its future visits, keeping work already done', async () => {
    const clerk = await t.login('liuyang');
    let a = await activeAgreement(t, clerk, { ownerName: '郑先生', address: '翠竹园9栋1502' });
    expect((await clerk.post(`/api/agreements/${a.id}/end`, { version: a.version, reason: ' ' })).status).toBe(400);
    a = (await clerk.post(`/api/agreements/${a.id}/end`, { version: a.version, reason: '业主房屋出售' })).body;
    expect(a).toMatchObject({ state: 'ended', closeReason: '业主房屋出售', abilities: { end: false, manageVisits: false } });
    expect(a.visits.map((v: V) => [v.state, v.orderState])).toEqual([
      ['cancelled', 'cancelled'],
      ['cancelled', 'cancelled'],
      ['cancelled', 'cancelled'],
      ['cancelled', 'cancelled'],
    ]);
    const o = (await clerk.get(`/api/orders/${a.visits[3].orderId}`)).body;
    expect(o.cancelReason).toBe('业主房屋出售');
    expect((await clerk.post(`/api/agreements/${a.id}/terminate`, { version: a.version, reason: 'x' })).status).toBe(409);
  });

  it('the daily job ends an agreement past its end date and cancels what was left', async () => {
    const clerk = await t.login('liuyang');
    const a = await activeAgreement(t, clerk, { ownerName: '钱女士', startDate: '2026-12-01', endDate: '2026-12-04' });
    expect(a.visits).toHaveLength(2);
    const sys = await systemContext(t);
    t.clock.set(new Date('2026-12-05T00:00:00Z'));
    try {
      const done = await inTransaction(sys, (tx) => planAllAgreements(tx));
      expect(done.ended).toBeGreaterThanOrEqual(1);
      const head = await freshLogin(t, 'wangfang');
      const after = (await head.get(`/api/agreements/${a.id}`)).body;
      expect(after).toMatchObject({ state: 'ended', closeReason: '协议期满' });
    } finally {
      t.clock.set(TUESDAY);
    }
  });

  it('runs as the scheduler’s job kind: the next day’s run plans the new occurrence once, and a second run nothing', async () => {
    const clerk = await t.login('liuyang');
    const a = await activeAgreement(t, clerk, { ownerName: '褚先生' });
    const deps = t.runtime.deps;
    const tenantId = await demoTenantId(deps);
    t.clock.advance(DAY);
    try {
      const count = () => deps.db.selectFrom('agreement_visits').select('id').where('agreement_id', '=', a.id).execute();
      for (const key of ['agreements.plan-visits@test-1', 'agreements.plan-visits@test-2']) {
        await schedule(deps, tenantId, { kind: planVisitsJob.kind, key, dueAt: deps.clock.now() });
        const reports = await runDueJobs(deps, { kinds: [planVisitsJob], tenantId, workerId: 'agreements-test' });
        expect(reports.find((r) => r.key === key)).toMatchObject({ outcome: 'ok' });
        expect(await count()).toHaveLength(5);
      }
    } finally {
      t.clock.set(TUESDAY);
    }
  });

  it('prints the agreement in Chinese with prices in capitals, the schedule in words and both signatures', async () => {
    const clerk = await t.login('liuyang');
    const a = await activeAgreement(t, clerk, { ownerName: '孔先生' });
    const page = await clerk.get(`/api/agreements/${a.id}/print`);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('业主特约服务协议书');
    expect(page.body).toContain('壹佰贰拾元整');
    expect(page.body).toContain('每周二、五 09:00至11:00');
    // each signature re-drawn in its 50 × 20 mm box, and a square for the office's seal
    expect(page.body.match(/<div class="sig-box"><img class="sig" alt="甲方签字" src="data:image\/png;base64,/g)).toHaveLength(1);
    expect(page.body.match(/<div class="sig-box"><img class="sig" alt="乙方代表签字" src="data:image\/png;base64,/g)).toHaveLength(1);
    expect(page.body).toContain('<div class="seal"><span>乙方盖章处</span></div>');
    // English labels take the English separator, not the full-width colon
    const en = (await clerk.get(`/api/agreements/${a.id}/print?lang=en`)).body as string;
    expect(en).toContain(`Agreement no.: ${a.number}`);
    expect(en).toContain('Party A (owner): 孔先生');
    expect(en).not.toMatch(/[：；　]/);
  });

  it('the demo has one agreement in force at office A, twice weekly, with its next visits planned', async () => {
    const head = await t.login('wangfang');
    const list = (await head.get('/api/agreements?state=active&q=林雅琴')).body;
    expect(list.items).toHaveLength(1);
    const a = (await head.get(`/api/agreements/${list.items[0].id}`)).body;
    expect(a).toMatchObject({ officeName: '翠竹园管理处', schedule: { weekdays: [2, 5] }, ownerSignerName: '林雅琴' });
    expect(a.visits.length).toBeGreaterThanOrEqual(3);
  });

  it('is seen by the office’s readers only', async () => {
    const clerk = await t.login('liuyang');
    const a = (await draftTwiceWeekly(t, clerk, { ownerName: '卫先生' })).body;
    expect((await (await t.login('zhaolei')).get(`/api/agreements/${a.id}`)).status).toBe(404);
    expect((await (await t.login('liyw')).get(`/api/agreements/${a.id}`)).status).toBe(200);
    expect((await (await t.login('liyw')).post(`/api/agreements/${a.id}/sign`, signBody(a.version))).status).toBe(403);
    const listed = (await (await t.login('zhaolei')).get('/api/agreements')).body;
    expect(listed.items.some((x: { id: string }) => x.id === a.id)).toBe(false);
    const mine = (await clerk.get('/api/agreements?state=draft&q=卫先生')).body;
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([a.id]);
  });
});

async function draftBodyOf(agent: Awaited<ReturnType<TestEnv['login']>>) {
  return {
    officeId: await t.org('office-a'),
    ownerName: '冯先生',
    ownerPhone: '13912345678',
    address: '翠竹园1栋101',
    staffCount: 1,
    items: [{ itemId: await itemId(agent, 'indoor-cleaning'), quantity: 3 }],
    schedule: { weekdays: [2, 5], monthDays: [], windowStart: '09:00', windowEnd: '11:00' },
    startDate: '2026-12-01',
    endDate: '2027-05-31',
    paymentTerms: 'per_visit',
  };
}
