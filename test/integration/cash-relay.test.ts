import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ordersUnpaidMonitor } from '../../src/modules/money/custody.monitors.js';
import { type Holding, heldTooLong, notRemittedInTime, unpaidTooLong } from '../../src/modules/money/custody.rules.js';
import { paramAt } from '../../src/modules/params/params.service.js';
import { fixedClock } from '../../src/platform/clock.js';
import { systemContext } from '../support/agreements.js';
import { DEMO_PASSWORD } from '../support/demo-password.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());
afterEach(() => t.clock.set(new Date()));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A fresh sign-in: moving the clock on also ends idle sessions. */
async function fresh(username: string): Promise<Agent> {
  const a = t.anonymous();
  const res = await a.post('/api/auth/login', { username, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return a;
}

async function payOnTheSpot(): Promise<{ orderId: string; paymentId: string }> {
  const o = await driveTo(t, 'paid');
  return { orderId: o.id, paymentId: o.payment.id };
}

async function breaches(monitor: string) {
  // every page: the demo's gate cash makes more than a page of breaches once the clock has moved a week on
  const items: { entity: { id: string; link: string }; what: { key: string; values: Record<string, unknown> } }[] = [];
  let total = 0;
  for (let page = 1; page === 1 || items.length < total; page++) {
    const res = await (await fresh('wangfang')).get(
      `/api/compliance/monitors/${monitor}/breaches?pageSize=100&page=${page}&org=${await t.org('office-a')}`,
    );
    expect(res.status).toBe(200);
    total = res.body.total;
    if (!res.body.items.length) break;
    items.push(...res.body.items);
  }
  return { total, items };
}

async function countOf(monitor: string): Promise<number> {
  const res = await (await fresh('wangfang')).get(`/api/compliance?org=${await t.org('office-a')}`);
  const monitors = (res.body.clauses as { monitors: { id: string; count: number }[] }[]).flatMap((c) => c.monitors);
  return monitors.find((m) => m.id === monitor)!.count;
}

async function setRelay(value: number | null) {
  const res = await (await fresh('wangfang')).put(`/api/orgs/${await t.org('office-a')}/params/cashRelayViaSupervisor`, { value });
  expect(res.status).toBe(200);
}

describe('the cash relay of A7.4.7, as the regulation is written (cashRelayViaSupervisor = 1)', () => {
  it('takes a cleaner’s cash, with the form, to the supervisor and only then to the cashier', async () => {
    const { paymentId } = await payOnTheSpot();
    const cleaner = await fresh('sunxy');
    const supervisor = await fresh('liuyang');

    // the cleaner is offered the office's supervisors only, and told the form goes too
    const offered = await cleaner.get(`/api/handovers/receivers?officeId=${await t.org('office-a')}`);
    expect(offered.status).toBe(200);
    expect(offered.body).toMatchObject({ relay: true, giverRole: 'staff', formRequired: true });
    const names = (offered.body.items as { displayName: string; role: string }[]).map((p) => p.displayName);
    expect(names).toContain('刘洋');
    expect(names).not.toContain('陈静');
    expect(new Set(offered.body.items.map((p: { role: string }) => p.role))).toEqual(new Set(['supervisor']));

    // straight to the cashier: refused on the receiver
    const skip = await cleaner.post('/api/handovers', { toUserId: await t.userId('chenjing'), paymentIds: [paymentId], withForm: true });
    expect(skip.status).toBe(422);
    expect(skip.body.errors[0]).toMatchObject({ field: 'toUserId', code: 'handover.relay_broken' });
    // the money without its form: refused on the form
    const noForm = await cleaner.post('/api/handovers', { toUserId: await t.userId('liuyang'), paymentIds: [paymentId] });
    expect(noForm.status).toBe(422);
    expect(noForm.body.errors[0]).toMatchObject({ field: 'withForm', code: 'handover.form_required' });

    const withForm = await cleaner.post('/api/handovers', { toUserId: await t.userId('liuyang'), paymentIds: [paymentId], withForm: true });
    expect(withForm.status).toBe(201);
    expect(withForm.body.withForm).toBe(true);
    // the receiver sees that the form came with the money
    const seen = ((await supervisor.get('/api/handovers')).body as { id: string; withForm: boolean }[]).find(
      (h) => h.id === withForm.body.id,
    );
    expect(seen?.withForm).toBe(true);
    expect((await supervisor.post(`/api/handovers/${withForm.body.id}/confirm`)).status).toBe(200);

    // the supervisor hands to a cashier, not to another supervisor (the office head)
    const toSup = await supervisor.get(`/api/handovers/receivers?officeId=${await t.org('office-a')}`);
    expect(toSup.body).toMatchObject({ giverRole: 'supervisor', formRequired: false });
    expect(toSup.body.items.map((p: { displayName: string }) => p.displayName)).toEqual(['陈静']);
    const sideways = await supervisor.post('/api/handovers', { toUserId: await t.userId('wangfang'), paymentIds: [paymentId] });
    expect(sideways.body.errors[0]).toMatchObject({ field: 'toUserId', code: 'handover.relay_broken' });
    const onward = await supervisor.post('/api/handovers', { toUserId: await t.userId('chenjing'), paymentIds: [paymentId] });
    expect(onward.status).toBe(201);
    expect(onward.body.withForm).toBe(false);
  });

  it('lets the cleaner take the money only on the spot; later the supervisor collects at the door', async () => {
    const o = await driveTo(t, 'accepted');
    t.clock.advance(3 * HOUR);
    const cleaner = await fresh('sunxy');
    const seen = (await cleaner.get(`/api/orders/${o.id}`)).body;
    expect(seen.abilities.pay).toBe(false);
    const late = await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    expect(late.status).toBe(403);
    expect(late.body.code).toBe('order.collect_by_supervisor');
    // and the task list says the same
    const tasks = (await cleaner.get('/api/orders?mine=true&state=accepted&pageSize=100')).body.items as {
      id: string;
      abilities: { pay: boolean };
    }[];
    expect(tasks.find((x) => x.id === o.id)?.abilities.pay).toBe(false);

    const supervisor = await fresh('liuyang');
    expect((await supervisor.get(`/api/orders/${o.id}`)).body.abilities.pay).toBe(true);
    const paid = await supervisor.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    expect(paid.status).toBe(200);
    expect(paid.body.payment).toMatchObject({ collectedByName: '刘洋' });
  });
});

describe('garden works (庭院绿化施工): the supervisor collects after acceptance', () => {
  it('keeps the staff on site from taking the money even on the spot, for an item marked so in the catalogue', async () => {
    const admin = await fresh('admin');
    const items = (await admin.get('/api/service-items')).body as { id: string; code: string; supervisorCollects: boolean }[];
    // the demo marks its garden upkeep so
    expect(items.find((i) => i.code === 'greening-upkeep')?.supervisorCollects).toBe(true);
    const cleaning = items.find((i) => i.code === 'indoor-cleaning')!;
    expect(cleaning.supervisorCollects).toBe(false);
    expect((await admin.patch(`/api/service-items/${cleaning.id}`, { supervisorCollects: true })).body.supervisorCollects).toBe(true);
    try {
      const o = await driveTo(t, 'accepted');
      const cleaner = await fresh('sunxy');
      expect((await cleaner.get(`/api/orders/${o.id}`)).body.abilities.pay).toBe(false);
      const now = await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
      expect(now.body.code).toBe('order.collect_by_supervisor');
      const paid = await (await fresh('liuyang')).post(`/api/orders/${o.id}/pay`, {
        version: o.version,
        amountFen: o.totalFen,
        method: 'cash',
      });
      expect(paid.status).toBe(200);
    } finally {
      await admin.patch(`/api/service-items/${cleaning.id}`, { supervisorCollects: false });
    }
  });
});

describe('an organisation that does not relay (cashRelayViaSupervisor = 0)', () => {
  it('lets field cash go to a supervisor or straight to the cashier, the form optional, and the cleaner collect later', async () => {
    await setRelay(0);
    try {
      const { paymentId } = await payOnTheSpot();
      const cleaner = await fresh('sunxy');
      const offered = (await cleaner.get(`/api/handovers/receivers?officeId=${await t.org('office-a')}`)).body;
      expect(offered).toMatchObject({ relay: false, formRequired: false });
      expect(offered.items.map((p: { displayName: string }) => p.displayName)).toEqual(expect.arrayContaining(['刘洋', '陈静']));
      const direct = await cleaner.post('/api/handovers', { toUserId: await t.userId('chenjing'), paymentIds: [paymentId] });
      expect(direct.status).toBe(201);
      expect(direct.body.withForm).toBe(false);

      const o = await driveTo(t, 'accepted');
      t.clock.advance(3 * HOUR);
      const later = await (await fresh('sunxy')).post(`/api/orders/${o.id}/pay`, {
        version: o.version,
        amountFen: o.totalFen,
        method: 'cash',
      });
      expect(later.status).toBe(200);
    } finally {
      t.clock.set(new Date());
      await setRelay(null);
    }
  });
});

describe('monitors of collection and custody (A7.4.7, A2.4.2.4)', () => {
  it('lists cash one person has held past cashHoldMaxHours until it is handed on, and the SQL agrees with the rule', async () => {
    const { orderId, paymentId } = await payOnTheSpot();
    expect((await breaches('money.cash_held_too_long')).items.map((b) => b.entity.id)).not.toContain(orderId);
    t.clock.advance(25 * HOUR);
    const listed = await breaches('money.cash_held_too_long');
    const mine = listed.items.find((b) => b.entity.id === orderId);
    expect(mine).toMatchObject({
      what: { key: 'breach.cashHeldTooLong', values: { holder: '孙秀英', hours: 24 } },
      entity: { link: `/orders/${orderId}` },
    });
    expect(listed.total).toBe(await countOf('money.cash_held_too_long'));
    // the pure rule over the same holdings names the same payments
    const holdings = ((await (await fresh('wangfang')).get('/api/cash-in-hand')).body as { payments: Holding[] }[]).flatMap(
      (h) => h.payments,
    );
    const byRule = holdings.filter((h) => heldTooLong(h, t.clock.now(), 24)).map((h) => h.orderId);
    expect(new Set(listed.items.map((b) => b.entity.id))).toEqual(new Set(byRule));

    // handed on to the supervisor, the clock of holding starts again
    const cleaner = await fresh('sunxy');
    const offer = await cleaner.post('/api/handovers', { toUserId: await t.userId('liuyang'), paymentIds: [paymentId], withForm: true });
    await (await fresh('liuyang')).post(`/api/handovers/${offer.body.id}/confirm`);
    expect((await breaches('money.cash_held_too_long')).items.map((b) => b.entity.id)).not.toContain(orderId);
  });

  it('lists an accepted order not paid within paymentDueHours, until it is paid', async () => {
    const o = await driveTo(t, 'accepted');
    t.clock.advance(23 * HOUR);
    expect((await breaches('money.orders_unpaid')).items.map((b) => b.entity.id)).not.toContain(o.id);
    t.clock.advance(2 * HOUR);
    const listed = await breaches('money.orders_unpaid');
    expect(listed.items.find((b) => b.entity.id === o.id)).toMatchObject({ what: { key: 'breach.orderUnpaid', values: { hours: 24 } } });
    expect(listed.total).toBe(await countOf('money.orders_unpaid'));
    const compliance = (await (await fresh('wangfang')).get(`/api/compliance?org=${await t.org('office-a')}`)).body;
    expect(compliance.clauses.find((c: { id: string }) => c.id === 'A2.4.2.4').status).toBe('breached');

    const paid = await (await fresh('liuyang')).post(`/api/orders/${o.id}/pay`, {
      version: o.version,
      amountFen: o.totalFen,
      method: 'cash',
    });
    expect(paid.status).toBe(200);
    expect((await breaches('money.orders_unpaid')).items.map((b) => b.entity.id)).not.toContain(o.id);
  });

  it('the unpaid-orders SQL agrees with the rule on the same orders, to the millisecond', async () => {
    const ctx = await systemContext(t);
    const db = t.runtime.deps.db;
    const tenantId = ctx.actor.tenantId;
    const officeA = await t.org('office-a');
    const path = (await db.selectFrom('org_nodes').select('path').where('id', '=', officeA).executeTakeFirstOrThrow()).path;
    const hours = await paramAt(ctx, path, 'paymentDueHours');
    const now = new Date('2026-10-12T00:00:00.000Z');
    // accepted orders around the deadline, and one paid, placed by their acceptance time
    for (const offset of [-hours * HOUR - 1, -hours * HOUR, -hours * HOUR + 1, -3 * DAY]) {
      const o = await driveTo(t, 'accepted');
      await db
        .updateTable('orders')
        .set({ accepted_at: new Date(now.getTime() + offset).toISOString() })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', o.id)
        .execute();
    }
    const orders = await db
      .selectFrom('orders as o')
      .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'o.tenant_id').onRef('n.id', '=', 'o.office_id'))
      .leftJoin('agreements as a', (j) => j.onRef('a.tenant_id', '=', 'o.tenant_id').onRef('a.id', '=', 'o.agreement_id'))
      .select(['o.id', 'o.state', 'o.accepted_at', 'o.total_fen', 'a.payment_terms', 'n.path'])
      .where('o.tenant_id', '=', tenantId)
      .where('n.path', 'like', `${path}%`)
      .execute();
    const expected: string[] = [];
    for (const o of orders)
      if (
        unpaidTooLong(
          { state: o.state, acceptedAt: o.accepted_at, paidMonthly: o.payment_terms === 'monthly', totalFen: Number(o.total_fen) },
          now,
          await paramAt(ctx, o.path, 'paymentDueHours'),
        )
      )
        expected.push(o.id);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    // the monitor judges at the instant the rule did (the test clock ticks on)
    const at0 = { ...ctx, clock: fixedClock(now.toISOString()) };
    const scope = { nodeId: officeA, path };
    expect(await ordersUnpaidMonitor.count(at0, scope)).toBe(expected.length);
    const listed = await ordersUnpaidMonitor.list(at0, scope, { offset: 0, limit: 1000 });
    expect(listed.map((b) => b.entity.id).sort()).toEqual(expected.sort());
  });

  it('lists a payment not remitted within remittancePeriodDays of its collection, until the cashier remits it', async () => {
    const o = await driveTo(t, 'accepted');
    const cashier = await fresh('chenjing');
    const paid = await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    expect(paid.status).toBe(200);
    t.clock.advance(6 * DAY);
    expect((await breaches('money.payments_not_remitted')).items.map((b) => b.entity.id)).not.toContain(o.id);
    t.clock.advance(1 * DAY + HOUR);
    const listed = await breaches('money.payments_not_remitted');
    expect(listed.items.find((b) => b.entity.id === o.id)).toMatchObject({
      what: { key: 'breach.paymentNotRemitted', values: { holder: '陈静', days: 7 } },
    });
    expect(listed.total).toBe(await countOf('money.payments_not_remitted'));
    const holdings = ((await (await fresh('wangfang')).get('/api/cash-in-hand')).body as { payments: Holding[] }[]).flatMap(
      (h) => h.payments,
    );
    expect(new Set(listed.items.map((b) => b.entity.id))).toEqual(
      new Set(holdings.filter((h) => notRemittedInTime(h, t.clock.now(), 7)).map((h) => h.orderId ?? h.paymentId)),
    );

    const remit = await (await fresh('chenjing')).post('/api/remittances', {
      officeId: await t.org('office-a'),
      paymentIds: [paid.body.payment.id],
      totalFen: o.totalFen,
      periodFrom: '2026-11-01',
      periodTo: '2026-12-31',
    });
    expect(remit.status).toBe(201);
    expect((await breaches('money.payments_not_remitted')).items.map((b) => b.entity.id)).not.toContain(o.id);
  });
});
