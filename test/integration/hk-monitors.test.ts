import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planAllAgreements } from '../../src/modules/agreements/agreement.jobs.js';
import { planAgreementVisits } from '../../src/modules/agreements/agreement-visits.service.js';
import { lateFrom, localMonth, monthRange } from '../../src/modules/callbacks/callback.rules.js';
import { drawCallbacks } from '../../src/modules/callbacks/callback-draw.service.js';
import { scanCompliance } from '../../src/modules/compliance/compliance-scan.service.js';
import { inTransaction } from '../../src/platform/context.js';
import { startOfBusinessDay } from '../../src/platform/time.js';
import { activeAgreement, freshLogin, systemContext } from '../support/agreements.js';
import type { Agent, TestEnv } from '../support/harness.js';
import { startTestEnv } from '../support/harness.js';
import { driveTo, itemId, SIGNATURE_PNG } from '../support/orders.js';

const ZONE = 'Asia/Shanghai';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
}, 120_000);
afterAll(() => t.close());

type Breach = { entity: { id: string; type: string; link: string; label: string }; what: { key: string; values: Record<string, unknown> } };
type Clause = { id: string; status: string; monitors: { id: string; count: number }[] };

async function page(agent: Agent, org: string): Promise<Record<string, Clause>> {
  const res = await agent.get(`/api/compliance?org=${org}`);
  expect(res.status).toBe(200);
  return Object.fromEntries((res.body.clauses as Clause[]).map((c) => [c.id, c]));
}
const countOf = (p: Record<string, Clause>, clause: string, monitor: string) => p[clause]!.monitors.find((m) => m.id === monitor)!.count;

/** The monitor's whole list at a node, checked against the count the compliance page shows for it. */
async function breaches(agent: Agent, clause: string, monitor: string, org: string): Promise<Breach[]> {
  const res = await agent.get(`/api/compliance/monitors/${monitor}/breaches?pageSize=100&org=${org}`);
  expect(res.status).toBe(200);
  // the count (an aggregate) and the listing (the clause's rule on each row) agree
  expect(res.body.total).toBe(countOf(await page(agent, org), clause, monitor));
  expect(res.body.items).toHaveLength(Math.min(res.body.total, 100));
  return res.body.items;
}

async function scan() {
  const sys = await systemContext(t);
  return inTransaction(sys, (tx) => scanCompliance(tx));
}

describe('A7.4.6 rework "立即": a rework round not started within reworkStartHours', () => {
  it('is a breach once the hours pass, applies the office’s own value, tells the environment supervisor, and clears when work starts', async () => {
    t.clock.set(new Date());
    let o = await driveTo(t, 'completed');
    const officeA = await t.org('office-a');
    const cleaner = await t.login('sunxy');
    const rejected = await cleaner.post(`/api/orders/${o.id}/reject`, { version: o.version, reason: '厨房油污未清理干净' });
    expect(rejected.status).toBe(200);
    o = rejected.body;
    expect(o).toMatchObject({ state: 'rework', round: 2 });
    const ids = async () =>
      (await breaches(await freshLogin(t, 'wangfang'), 'A7.4.6', 'orders.rework_not_started', officeA)).map((b) => b.entity.id);

    t.clock.advance(23 * HOUR);
    expect(await ids()).not.toContain(o.id);
    t.clock.advance(2 * HOUR);
    const head = await freshLogin(t, 'wangfang');
    expect((await page(head, officeA))['A7.4.6']!.status).toBe('breached');
    const list = await breaches(head, 'A7.4.6', 'orders.rework_not_started', officeA);
    expect(list.find((b) => b.entity.id === o.id)).toMatchObject({
      what: { key: 'breach.reworkNotStarted', values: { order: o.number, hours: 24, round: 2, reason: '厨房油污未清理干净' } },
      entity: { type: 'order', link: `/orders/${o.id}` },
    });

    // the environment supervisor of office A is told once; office B's head never sees it
    await scan();
    const told = (await (await freshLogin(t, 'liuyang')).get('/api/notifications?limit=100')).body.items as {
      entity: { id: string };
      clauseId: string;
    }[];
    expect(told.filter((n) => n.entity.id === o.id)).toMatchObject([{ clauseId: 'A7.4.6' }]);
    expect(
      (await (await freshLogin(t, 'zhaolei')).get(`/api/compliance/monitors/orders.rework_not_started/breaches?org=${officeA}`)).status,
    ).toBe(404);

    // an office that allows 48 h is not in breach yet
    const admin = await freshLogin(t, 'admin');
    expect((await admin.put(`/api/orgs/${officeA}/params/reworkStartHours`, { value: 48 })).status).toBe(200);
    expect(await ids()).not.toContain(o.id);
    const hq = await t.org('hq');
    expect((await breaches(admin, 'A7.4.6', 'orders.rework_not_started', hq)).map((b) => b.entity.id)).not.toContain(o.id);
    expect((await admin.put(`/api/orgs/${officeA}/params/reworkStartHours`, { value: null })).status).toBe(200);
    expect(await ids()).toContain(o.id);

    // assigned again, still not started: still late; started: cleared
    const clerk = await freshLogin(t, 'liuyang');
    o = (await clerk.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [await t.userId('sunxy')] })).body;
    expect(o.state).toBe('assigned');
    expect(await ids()).toContain(o.id);
    const started = await (await freshLogin(t, 'sunxy')).post(`/api/orders/${o.id}/start`, { version: o.version });
    expect(started.status).toBe(200);
    expect(await ids()).not.toContain(o.id);
  });
});

describe('A7.4.9 recurring visits: a visit not done by the end of its day', () => {
  // Tuesday 1 December 2026, 08:00 in Shanghai: an hour before the first visit's window
  const TUESDAY = new Date('2026-12-01T00:00:00Z');

  it('shows the visits not done with the office and supervisor; the planner records the days it never planned as missed', async () => {
    t.clock.set(TUESDAY);
    const a = await activeAgreement(t, await freshLogin(t, 'liuyang'), { ownerName: '赵女士', address: '翠竹园7栋501' });
    expect(a.visits.map((v: { plannedDate: string }) => v.plannedDate)).toEqual(['2026-12-01', '2026-12-04', '2026-12-08', '2026-12-11']);
    const officeA = await t.org('office-a');
    const mine = async () =>
      (await breaches(await freshLogin(t, 'wangfang'), 'A7.4.9', 'agreements.visits_missed', officeA)).filter((b) =>
        b.entity.link.endsWith(a.id),
      );

    // during the visit's day it is not late yet
    t.clock.set(new Date('2026-12-01T14:00:00Z')); // 22:00 Shanghai
    expect(await mine()).toEqual([]);
    t.clock.set(new Date('2026-12-01T16:30:00Z')); // 00:30 on Wednesday
    const first = await mine();
    expect(first).toMatchObject([
      {
        what: {
          key: 'breach.visitNotDone',
          values: { agreement: a.number, day: '2026-12-01', office: '翠竹园管理处', supervisor: '刘洋', order: a.visits[0].orderNumber },
        },
        entity: { type: 'agreement_visit', id: a.visits[0].id, link: `/agreements/${a.id}` },
      },
    ]);
    expect((await page(await freshLogin(t, 'wangfang'), officeA))['A7.4.9']!.status).toBe('breached');

    // Friday's visit is done on the day: never a breach
    t.clock.set(new Date('2026-12-04T01:30:00Z'));
    const clerk = await freshLogin(t, 'liuyang');
    const cleaner = await freshLogin(t, 'sunxy');
    let o = (await clerk.get(`/api/orders/${a.visits[1].orderId}`)).body;
    o = (await clerk.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [await t.userId('sunxy')] })).body;
    o = (await cleaner.post(`/api/orders/${o.id}/start`, { version: o.version })).body;
    expect((await cleaner.post(`/api/orders/${o.id}/finish`, { version: o.version })).status).toBe(200);

    // the planner does not run from the 5th to the 20th; when it runs again the days in the gap are recorded as missed
    t.clock.set(new Date('2026-12-20T02:00:00Z')); // Sunday 20 December, 10:00
    const sys = await systemContext(t);
    const made = await planAgreementVisits(sys, a.id);
    expect(made).toBe(2 + 4); // missed: 15th, 18th; planned: 22nd, 25th, 29th, 1 January
    const detail = (await (await freshLogin(t, 'liuyang')).get(`/api/agreements/${a.id}`)).body;
    const missed = detail.visits.filter((v: { state: string }) => v.state === 'missed');
    expect(missed.map((v: { plannedDate: string; orderId: string | null }) => [v.plannedDate, v.orderId])).toEqual([
      ['2026-12-15', null],
      ['2026-12-18', null],
    ]);
    expect(missed[0].abilities).toEqual({ skip: true, move: false });
    expect(await planAgreementVisits(sys, a.id)).toBe(0);

    const now = await mine();
    expect(now.map((b) => [b.what.key, b.what.values.day])).toEqual([
      ['breach.visitNotDone', '2026-12-01'],
      ['breach.visitNotDone', '2026-12-08'],
      ['breach.visitNotDone', '2026-12-11'],
      ['breach.visitNeverPlanned', '2026-12-15'],
      ['breach.visitNeverPlanned', '2026-12-18'],
    ]);

    // explaining a missed day (skip with the reason) and calling off an undone one clear them
    const manager = await freshLogin(t, 'liuyang');
    const skip = await manager.post(`/api/agreements/${a.id}/visits/${missed[0].id}/skip`, { reason: '业主外出，电话确认取消' });
    expect(skip.status).toBe(200);
    expect(skip.body.visits.find((v: { id: string }) => v.id === missed[0].id)).toMatchObject({
      state: 'skipped',
      reason: '业主外出，电话确认取消',
    });
    expect(
      (await manager.post(`/api/agreements/${a.id}/visits/${a.visits[0].id}/skip`, { reason: '当日未能上门，已向业主致歉' })).status,
    ).toBe(200);
    expect((await mine()).map((b) => b.what.values.day)).toEqual(['2026-12-08', '2026-12-11', '2026-12-18']);
    // a missed visit has no order to move
    expect(
      (
        await manager.post(`/api/agreements/${a.id}/visits/${missed[1].id}/move`, {
          date: '2026-12-23',
          windowStart: '09:00',
          windowEnd: '11:00',
          reason: '补做',
        })
      ).status,
    ).toBe(409);
  });
});

describe('A7.4.9 gaps before an agreement ends', () => {
  it('the daily job records the days a stopped planner never planned as missed before ending the agreement', async () => {
    const officeA = await t.org('office-a');
    t.clock.set(new Date('2026-12-01T00:00:00Z'));
    const admin = await freshLogin(t, 'admin');
    // a one-day horizon: activation plans only today's visit
    expect((await admin.put(`/api/orgs/${officeA}/params/rosterHorizonDays`, { value: 1 })).status).toBe(200);
    try {
      const a = await activeAgreement(t, await freshLogin(t, 'liuyang'), { ownerName: '冯先生', endDate: '2026-12-11' });
      expect(a.visits.map((v: { plannedDate: string }) => v.plannedDate)).toEqual(['2026-12-01']);
      // the planner next runs on the 14th, past the end date
      t.clock.set(new Date('2026-12-14T00:00:00Z'));
      await inTransaction(await systemContext(t), (tx) => planAllAgreements(tx));
      const after = (await (await freshLogin(t, 'wangfang')).get(`/api/agreements/${a.id}`)).body;
      expect(after).toMatchObject({ state: 'ended', closeReason: '协议期满' });
      expect(after.visits.map((v: { plannedDate: string; state: string }) => [v.plannedDate, v.state])).toEqual([
        ['2026-12-01', 'planned'],
        ['2026-12-04', 'missed'],
        ['2026-12-08', 'missed'],
        ['2026-12-11', 'missed'],
      ]);
      const keys = (await breaches(await freshLogin(t, 'wangfang'), 'A7.4.9', 'agreements.visits_missed', officeA))
        .filter((b) => b.entity.link.endsWith(a.id))
        .map((b) => b.what.key);
      expect(keys).toEqual(['breach.visitNotDone', 'breach.visitNeverPlanned', 'breach.visitNeverPlanned', 'breach.visitNeverPlanned']);
      // the agreement has ended; a missed day can still be explained
      const missed = after.visits.find((v: { plannedDate: string }) => v.plannedDate === '2026-12-04');
      expect(missed.abilities).toEqual({ skip: true, move: false });
      const skip = await (await freshLogin(t, 'liuyang')).post(`/api/agreements/${a.id}/visits/${missed.id}/skip`, {
        reason: '业主春节回老家',
      });
      expect(skip.status).toBe(200);
    } finally {
      await (await freshLogin(t, 'admin')).put(`/api/orgs/${officeA}/params/rosterHorizonDays`, { value: null });
    }
  });
});

describe('A7.4.10 the monthly sample: its order types, months never drawn, satisfaction per item', () => {
  /** An accepted paid-service order (更换锁芯) at office A, through the API. */
  async function acceptedPaidService(): Promise<{ id: string }> {
    const clerk = await freshLogin(t, 'liuyang');
    const cleaner = await freshLogin(t, 'sunxy');
    let o = (
      await clerk.post('/api/orders', {
        type: 'paid_service',
        officeId: await t.org('office-a'),
        channel: 'phone',
        customerName: '吴先生',
        customerPhone: '13900001111',
        address: '翠竹园2栋202',
        lines: [{ itemId: await itemId(clerk, 'lock-change'), quantity: 1 }],
      })
    ).body;
    const step = async (agent: Agent, path: string, body: object = {}) => {
      const res = await agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
      if (res.status !== 200) throw new Error(`${path}: ${JSON.stringify(res.body)}`);
      o = res.body;
    };
    await step(clerk, 'quote');
    await step(clerk, 'confirm', { priceAccepted: true, appointmentStart: t.clock.now().toISOString() });
    await step(clerk, 'assign', { staff: [await t.userId('sunxy')] });
    await step(cleaner, 'start');
    await step(cleaner, 'finish');
    await step(cleaner, 'accept', { signerName: '吴先生', signature: SIGNATURE_PNG });
    return o;
  }

  it('draws housekeeping orders only unless an office adds paid services; a month never drawn is a breach until drawn', async () => {
    t.clock.set(new Date());
    const month = localMonth(t.clock.now().toISOString(), ZONE);
    const officeA = await t.org('office-a');
    const officeB = await t.org('office-b');
    const admin = await freshLogin(t, 'admin');
    const params = (await admin.get(`/api/orgs/${officeA}/params`)).body as { key: string; value: number; unit: string }[];
    expect(params.filter((p) => p.key.startsWith('callbackSample') && p.unit === 'flag')).toEqual([
      expect.objectContaining({ key: 'callbackSampleHousekeeping', value: 1 }),
      expect.objectContaining({ key: 'callbackSamplePaidService', value: 0 }),
      expect.objectContaining({ key: 'callbackSampleRepair', value: 0 }),
      expect.objectContaining({ key: 'callbackSampleGpsInstall', value: 0 }),
      expect.objectContaining({ key: 'callbackSampleGpsRepair', value: 0 }),
      expect.objectContaining({ key: 'callbackSampleInfusionVisit', value: 0 }),
    ]);
    expect((await admin.put(`/api/orgs/${officeB}/params/callbackSamplePaidService`, { value: 2 })).body).toMatchObject({
      code: 'params.out_of_range',
    });

    const housekeeping = await driveTo(t, 'accepted');
    const paid = await acceptedPaidService();

    // day 11 of next month: this month's callbacks were due by the 10th, and no draw ever ran for it
    const late = new Date(Date.parse(startOfBusinessDay(lateFrom(month, 10), ZONE)) + HOUR);
    t.clock.set(late);
    const hq = await t.org('hq');
    const head = await freshLogin(t, 'wangfang');
    expect((await page(head, officeA))['A7.4.10']!.status).toBe('breached');
    const missing = await breaches(head, 'A7.4.10', 'callbacks.draw_missing', officeA);
    expect(missing).toMatchObject([
      {
        what: { key: 'breach.callbackNotDrawn', values: { month, office: '翠竹园管理处', dueDay: 10 } },
        entity: { type: 'callback_month', id: `${officeA}:${month}`, link: `/callbacks?org=${officeA}&month=${month}` },
      },
    ]);
    // both offices owe the month at HQ; office B's own later due day is applied to it
    expect((await breaches(await freshLogin(t, 'admin'), 'A7.4.10', 'callbacks.draw_missing', hq)).map((b) => b.entity.id)).toEqual([
      `${officeA}:${month}`,
      `${officeB}:${month}`,
    ]);
    expect((await (await freshLogin(t, 'admin')).put(`/api/orgs/${officeB}/params/callbackDueDay`, { value: 20 })).status).toBe(200);
    expect((await breaches(await freshLogin(t, 'admin'), 'A7.4.10', 'callbacks.draw_missing', hq)).map((b) => b.entity.id)).toEqual([
      `${officeA}:${month}`,
    ]);

    // the draw runs late: office A samples housekeeping only (office B now adds paid services)
    expect((await (await freshLogin(t, 'admin')).put(`/api/orgs/${officeB}/params/callbackSamplePaidService`, { value: 1 })).status).toBe(
      200,
    );
    const sys = await systemContext(t);
    await drawCallbacks(sys, month);
    expect(await breaches(await freshLogin(t, 'wangfang'), 'A7.4.10', 'callbacks.draw_missing', officeA)).toEqual([]);
    const draws = await t.runtime.deps.db
      .selectFrom('callback_draws')
      .select(['id', 'office_id', 'candidate_ids_json'])
      .where('month', '=', month)
      .execute();
    const candidatesA = JSON.parse(draws.find((d) => d.office_id === officeA)!.candidate_ids_json) as string[];
    expect(candidatesA).toContain(housekeeping.id);
    expect(candidatesA).not.toContain(paid.id);
    const { from, to } = monthRange(month, ZONE);
    const types = await t.runtime.deps.db
      .selectFrom('orders')
      .select('type')
      .where('id', 'in', candidatesA)
      .where('accepted_at', '>=', from)
      .where('accepted_at', '<', to)
      .execute();
    expect(new Set(types.map((r) => r.type))).toEqual(new Set(['housekeeping']));
  });

  it('shows the month’s satisfaction per service item', async () => {
    const month = localMonth(new Date(Date.parse(t.clock.now().toISOString()) - 20 * DAY).toISOString(), ZONE);
    const officeA = await t.org('office-a');
    const supervisor = await freshLogin(t, 'zhoumin');
    const list = (await supervisor.get(`/api/callbacks?orgId=${officeA}&month=${month}`)).body;
    expect(list.items.length).toBeGreaterThanOrEqual(2);
    const [one, two] = list.items as { orderId: string; version: number }[];
    for (const [c, satisfaction] of [
      [one!, 'satisfied'],
      [two!, 'dissatisfied'],
    ] as const)
      expect((await supervisor.post(`/api/orders/${c.orderId}/callback`, { version: c.version, reached: true, satisfaction })).status).toBe(
        200,
      );
    const res = await supervisor.get(`/api/satisfaction?orgId=${officeA}&month=${month}`);
    expect(res.status).toBe(200);
    // expected per item from the sampled orders' own lines: every callback counts for each item on its order
    const head = await freshLogin(t, 'wangfang');
    const expected = new Map<string, { itemName: string; total: number; reached: number; satisfied: number; dissatisfied: number }>();
    for (const c of list.items as { orderId: string }[]) {
      const order = (await head.get(`/api/orders/${c.orderId}`)).body as { lines: { itemId: string; itemName: string }[] };
      for (const itemId of new Set(order.lines.map((l) => l.itemId))) {
        const e = expected.get(itemId) ?? {
          itemName: order.lines.find((l) => l.itemId === itemId)!.itemName,
          total: 0,
          reached: 0,
          satisfied: 0,
          dissatisfied: 0,
        };
        e.total++;
        if (c.orderId === one!.orderId) Object.assign(e, { reached: e.reached + 1, satisfied: e.satisfied + 1 });
        if (c.orderId === two!.orderId) Object.assign(e, { reached: e.reached + 1, dissatisfied: e.dissatisfied + 1 });
        expected.set(itemId, e);
      }
    }
    const items = res.body.items as {
      itemId: string;
      itemName: string;
      total: number;
      reached: number;
      satisfied: number;
      dissatisfied: number;
      ratePermille: number | null;
    }[];
    expect(
      new Map(
        items.map((i) => [
          i.itemId,
          { itemName: i.itemName, total: i.total, reached: i.reached, satisfied: i.satisfied, dissatisfied: i.dissatisfied },
        ]),
      ),
    ).toEqual(expected);
    for (const i of items) expect(i.ratePermille).toBe(i.reached ? Math.round((i.satisfied * 1000) / i.reached) : null);
    expect(items.some((i) => i.satisfied === 1 && i.reached >= 1)).toBe(true);
  });
});
