import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbacksLateMonitor } from '../../src/modules/callbacks/callback.monitors.js';
import { drawSample, localMonth, monthRange, nextMonth } from '../../src/modules/callbacks/callback.rules.js';
import { drawCallbacks, runCallbackDraw } from '../../src/modules/callbacks/callback-draw.service.js';
import { MODULES } from '../../src/modules/index.js';
import { inTransaction, systemActor, type UseCase } from '../../src/platform/context.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

const ZONE = 'Asia/Shanghai';
let t: TestEnv;
let system: UseCase;
let month: string;
beforeAll(async () => {
  t = await startTestEnv();
  const tenant = await t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
  system = { ...t.runtime.deps, actor: systemActor(tenant.id), requestId: null };
  month = localMonth(t.clock.now().toISOString(), ZONE);
}, 120_000);
afterAll(() => t.close());

/** Runs the registered job kind's handler as the scheduler would: in one transaction, due at `dueAt`. */
async function runJob(dueAt: string) {
  const kind = MODULES.jobKinds.find((k) => k.kind === 'callbacks.draw')!;
  expect(kind.recurring).toEqual({ cron: '0 1 1 * *' });
  return inTransaction(system, (tx) =>
    kind.handler({ ...tx, job: { id: 'j1', kind: kind.kind, key: `callbacks.draw:${dueAt}`, payload: {}, dueAt, attempt: 1 } }),
  );
}

/** Signs in anew: moving the clock a month on expires the sessions the harness keeps. */
async function login(username: string) {
  const agent = t.anonymous();
  const res = await agent.post('/api/auth/login', { username, password: 'guanjia2026' });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return agent;
}

const firstOfNextMonth = () => new Date(Date.parse(monthRange(month, ZONE).to) + 3_600_000); // 01:00 on the 1st

describe('monthly callbacks (A7.4.10)', () => {
  it('the seeded history shows five past months of recorded callbacks', async () => {
    const head = await login('wangfang');
    const res = await head.get(`/api/satisfaction?orgId=${await t.org('office-a')}&month=${month}`);
    expect(res.status).toBe(200);
    expect(res.body.trend).toHaveLength(12);
    const recorded = res.body.trend.filter((m: { reached: number }) => m.reached > 0);
    expect(recorded).toHaveLength(5);
    // the last seeded month: four 满意 and one 基本满意 → 800 ‰
    expect(res.body.trend[10]).toMatchObject({ total: 5, reached: 5, satisfied: 4, basicallySatisfied: 1, ratePermille: 800 });
  });

  it('on the 1st of next month draws 5 of office A’s accepted orders for zhoumin, reproducibly, and only once', async () => {
    const officeB = await driveTo(t, 'accepted', 'office-b');
    const officeB2 = await driveTo(t, 'paid', 'office-b');
    t.clock.set(firstOfNextMonth());
    const first = await runJob(t.clock.now().toISOString());
    expect(first?.summary).toMatch(new RegExp(`^${month}: 2 offices drawn`));

    const zhoumin = await login('zhoumin');
    const list = await zhoumin.get(`/api/callbacks?orgId=${await t.org('office-a')}&month=${month}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(5);
    expect(list.body.items.every((c: { assigneeName: string; state: string }) => c.assigneeName === '周敏' && c.state === 'to_do')).toBe(
      true,
    );
    const [draw] = list.body.draws;
    expect(draw).toMatchObject({ sampleSize: 5, sampled: 5 });
    expect(draw.candidates).toBeGreaterThanOrEqual(6);

    const proof = await zhoumin.get(`/api/callback-draws/${draw.id}`);
    expect(proof.body.reproduced).toBe(true);
    expect(drawSample(proof.body.candidateIds, 5, proof.body.seed)).toEqual(proof.body.sampledIds);
    expect(new Set(list.body.items.map((c: { orderId: string }) => c.orderId))).toEqual(new Set(proof.body.sampledIds));

    // office B has two accepted orders this month: fewer than five, so both, and nobody there to assign them to
    const admin = await login('admin');
    const b = await admin.get(`/api/callbacks?orgId=${await t.org('office-b')}&month=${month}`);
    expect(b.body).toMatchObject({ month });
    expect(b.body.items.map((c: { orderId: string }) => c.orderId).sort()).toEqual([officeB.id, officeB2.id].sort());
    expect(b.body.items.every((c: { assigneeId: null }) => c.assigneeId === null)).toBe(true);

    const again = await runJob(t.clock.now().toISOString());
    expect(again?.summary).toMatch(/0 offices drawn, 0 callbacks, 2 already drawn/);
    expect(await drawCallbacks(system, month)).toMatchObject({ drawn: 0, alreadyDrawn: 2 });
    expect((await zhoumin.get(`/api/callbacks?orgId=${await t.org('office-a')}&month=${month}`)).body.items).toHaveLength(5);
    const audits = await t.runtime.deps.db.selectFrom('audit_events').select('entity_id').where('action', '=', 'callback.draw').execute();
    expect(audits.map((a) => a.entity_id)).toContain(draw.id);
  });

  it('refuses a callback for an order not in the sample (422) and one recorded twice (409)', async () => {
    const zhoumin = await login('zhoumin');
    const list = (await zhoumin.get(`/api/callbacks?orgId=${await t.org('office-a')}&month=${month}`)).body;
    const sampled = new Set(list.items.map((c: { orderId: string }) => c.orderId));
    const ordersRes = await zhoumin.get(`/api/orders?officeId=${await t.org('office-a')}`);
    expect(ordersRes.body).toMatchObject({});
    const orders = (ordersRes.body.items as { id: string; state: string }[]).filter((o) => ['accepted', 'closed'].includes(o.state));
    const outside = orders.find((o) => !sampled.has(o.id))!;
    const refused = await zhoumin.post(`/api/orders/${outside.id}/callback`, { version: 1, reached: true, satisfaction: 'satisfied' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('callback.not_in_sample');

    const c = list.items[0];
    const missing = await zhoumin.post(`/api/orders/${c.orderId}/callback`, { version: c.version, reached: true });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({ field: 'satisfaction', code: 'callback.satisfaction_required' });
    const ok = await zhoumin.post(`/api/orders/${c.orderId}/callback`, {
      version: c.version,
      reached: true,
      satisfaction: 'satisfied',
      comments: '很好',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ state: 'done', reached: true, satisfaction: 'satisfied', abilities: { record: false } });
    const twice = await zhoumin.post(`/api/orders/${c.orderId}/callback`, {
      version: ok.body.version,
      reached: true,
      satisfaction: 'dissatisfied',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('callback.already_recorded');

    // the office head reads but does not record
    const head = await login('wangfang');
    expect((await head.get(`/api/callbacks/${c.id}`)).status).toBe(200);
    expect((await head.post(`/api/orders/${list.items[1].orderId}/callback`, { version: 1, reached: false })).status).toBe(403);
    const history = await zhoumin.get(`/api/history/callback/${c.id}`);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['callback.assign', 'callback.record']);
  });

  it('computes the month’s rate from the recorded callbacks, per office and per staff', async () => {
    const zhoumin = await login('zhoumin');
    const items = (await zhoumin.get(`/api/callbacks?orgId=${await t.org('office-a')}&month=${month}&state=to_do`)).body.items;
    expect(items).toHaveLength(4);
    const plan = [
      { reached: true, satisfaction: 'basically_satisfied' },
      { reached: true, satisfaction: 'dissatisfied', followUp: '请环境主管复查' },
      { reached: false },
      { reached: true, satisfaction: 'satisfied' },
    ];
    for (const [i, c] of items.entries()) {
      const res = await zhoumin.post(`/api/orders/${c.orderId}/callback`, { version: c.version, ...plan[i] });
      expect(res.status).toBe(200);
    }
    const rate = (await zhoumin.get(`/api/satisfaction?orgId=${await t.org('office-a')}&month=${month}`)).body;
    // 满意 2 of 4 reached (基本满意 shown apart, not counted); the unreached call is left out
    expect(rate.current).toMatchObject({
      total: 5,
      reached: 4,
      satisfied: 2,
      basicallySatisfied: 1,
      dissatisfied: 1,
      notReached: 1,
      pending: 0,
      ratePermille: 500,
    });
    expect(rate.trend.at(-1).month).toBe(month);
    expect(rate.staff).toEqual([expect.objectContaining({ displayName: '孙秀英', total: 5, reached: 4, satisfied: 2, ratePermille: 500 })]);

    // a call that did not reach the owner may be tried again
    const unreached = items[2];
    const retry = await zhoumin.post(`/api/orders/${unreached.orderId}/callback`, {
      version: unreached.version + 1,
      reached: true,
      satisfaction: 'satisfied',
    });
    expect(retry.body).toMatchObject({ attempts: 2, satisfaction: 'satisfied' });
    expect((await zhoumin.get(`/api/satisfaction?orgId=${await t.org('office-a')}&month=${month}`)).body.current.ratePermille).toBe(600);
  });

  it('a dissatisfied callback opens a complaint follow-up, which is its complaint in feedback and does not close on its own', async () => {
    const zhoumin = await login('zhoumin');
    const items = (await zhoumin.get(`/api/callbacks?orgId=${await t.org('office-a')}&month=${month}`)).body.items;
    const unhappy = items.find((c: { satisfaction: string }) => c.satisfaction === 'dissatisfied');
    const happy = items.find((c: { satisfaction: string }) => c.satisfaction === 'satisfied');
    expect(unhappy.abilities.openFollowUp).toBe(true);
    expect(unhappy.complaintId).toBeNull();
    expect((await zhoumin.post(`/api/callbacks/${happy.id}/follow-up`, { description: 'x' })).body.code).toBe('callback.not_dissatisfied');
    const opened = await zhoumin.post(`/api/callbacks/${unhappy.id}/follow-up`, { description: '边角未清洁，安排返工复查' });
    expect(opened.body).toMatchObject({
      followUpState: 'open',
      followUpRecord: { state: 'open' },
      complaintId: expect.any(String),
      complaintNumber: expect.stringMatching(/^FK-\d{8}-\d{4}$/),
      abilities: { openFollowUp: false, closeFollowUp: false },
    });
    expect((await zhoumin.post(`/api/callbacks/${unhappy.id}/follow-up`, { description: 'again' })).status).toBe(409);
    // one record: it is closed as the complaint (test/integration/feedback-callbacks.test.ts), not here
    const refused = await zhoumin.post(`/api/callbacks/${unhappy.id}/follow-up/close`, { version: 1, result: '已上门复查，业主确认' });
    expect([refused.status, refused.body.code]).toEqual([422, 'callback.follow_up_is_complaint']);
    expect((await zhoumin.get(`/api/callbacks/${unhappy.id}`)).body.followUpRecord).toMatchObject({ state: 'open', version: 1 });
  });

  it('a follow-up opened before complaints existed still closes on its own with its result', async () => {
    const db = t.runtime.deps.db;
    const legacy = await db
      .selectFrom('callbacks as c')
      .leftJoin('callback_follow_ups as f', (j) => j.onRef('f.tenant_id', '=', 'c.tenant_id').onRef('f.callback_id', '=', 'c.id'))
      .select(['c.id', 'c.tenant_id'])
      .where('c.satisfaction', '=', 'dissatisfied')
      .where('f.id', 'is', null)
      .orderBy('c.id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('callback_follow_ups')
      .values({
        tenant_id: legacy.tenant_id,
        id: crypto.randomUUID(),
        callback_id: legacy.id,
        state: 'open',
        description: '旧的投诉跟进',
        result: null,
        opened_by: null,
        opened_at: t.clock.now().toISOString(),
        closed_by: null,
        closed_at: null,
        version: 1,
      })
      .execute();
    const zhoumin = await login('zhoumin');
    expect((await zhoumin.get(`/api/callbacks/${legacy.id}`)).body).toMatchObject({
      complaintId: null,
      abilities: { closeFollowUp: true },
    });
    const closed = await zhoumin.post(`/api/callbacks/${legacy.id}/follow-up/close`, { version: 1, result: '已上门复查，业主确认' });
    expect(closed.body).toMatchObject({
      followUpState: 'closed',
      followUpRecord: { state: 'closed', result: '已上门复查，业主确认' },
      abilities: { openFollowUp: false, closeFollowUp: false },
    });
    const again = await zhoumin.post(`/api/callbacks/${legacy.id}/follow-up/close`, { version: 2, result: '再次关闭' });
    expect([again.status, again.body.code]).toEqual([409, 'follow_up.invalid_transition']);
  });

  it('the monitor counts a month’s callbacks not done by the due day, and clears when they are done', async () => {
    expect(MODULES.monitors).toContain(callbacksLateMonitor);
    const officeB = await t.org('office-b');
    const scope = await t.runtime.deps.db
      .selectFrom('org_nodes')
      .select(['id as nodeId', 'path'])
      .where('code', '=', 'hq')
      .executeTakeFirstOrThrow();
    const due = monthRange(nextMonth(month), ZONE).from; // local midnight on the 1st of next month
    const at = (day: number, hour = 12) => new Date(Date.parse(due) + ((day - 1) * 24 + hour) * 3_600_000);
    t.clock.set(at(10, 23));
    expect(await callbacksLateMonitor.count(system, scope)).toBe(0);
    t.clock.set(at(11, 0));
    const admin = await login('admin');
    // office B's two callbacks are still to do on the 11th
    expect(await callbacksLateMonitor.count(system, scope)).toBe(2);
    const breaches = await callbacksLateMonitor.list(system, scope, { limit: 10, offset: 0 });
    expect(breaches).toHaveLength(2);
    expect(breaches[0]).toMatchObject({ officeId: officeB, entity: { type: 'callback' }, since: at(11, 0).toISOString() });
    // office B sets its due day to the 15th: not late yet
    const put = await admin.put(`/api/orgs/${officeB}/params/callbackDueDay`, { value: 15 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(await callbacksLateMonitor.count(system, scope)).toBe(0);
    await admin.put(`/api/orgs/${officeB}/params/callbackDueDay`, { value: 10 });
    // recorded (an admin holds every permission): cleared
    for (const c of (await admin.get(`/api/callbacks?orgId=${officeB}&month=${month}`)).body.items) {
      expect((await admin.post(`/api/orders/${c.orderId}/callback`, { version: c.version, reached: false })).status).toBe(200);
    }
    expect(await callbacksLateMonitor.count(system, scope)).toBe(0);
  });

  it('runs the draw for the month before the run is due, even when the run is late', async () => {
    const due = firstOfNextMonth().toISOString();
    t.clock.set(new Date(Date.parse(due) + 5 * 86_400_000));
    const summary = await inTransaction(system, (tx) =>
      runCallbackDraw({ ...tx, job: { id: 'j2', kind: 'callbacks.draw', key: 'late', payload: {}, dueAt: due, attempt: 2 } }),
    );
    expect(summary.summary).toMatch(new RegExp(`^${month}: 0 offices drawn`));
  });
});
