import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo-password.js';
import { Agent as FreshAgent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

type Todo = { module: string; key: string; count: number; link: string; amountFen?: number; severity?: string; subject?: { en: string } };
type Figure = { key: string; unit: string; value: number | null; series?: { month: string; value: number | null }[] };
type Workbench = { todos: Todo[]; figures: Figure[] };

const bench = async (who: string): Promise<Workbench> => {
  const res = await (await t.login(who)).get('/api/workbench');
  expect(res.status, who).toBe(200);
  return res.body;
};
const todo = (w: Workbench, key: string) => w.todos.find((x) => x.key === key);
const count = (w: Workbench, key: string) => todo(w, key)?.count ?? 0;
const figure = (w: Workbench, key: string) => w.figures.find((f) => f.key === key);

describe('the workbench (issue 9 item 7)', () => {
  it('counts orders to assign and to collect for those who do it, in their own office only', async () => {
    const [supA, headB, cashierA, cashierB] = await Promise.all([bench('liuyang'), bench('zhaolei'), bench('chenjing'), bench('huangli')]);
    await driveTo(t, 'confirmed', 'office-b');
    await driveTo(t, 'accepted', 'office-a');
    const [supA2, headB2, cashierA2, cashierB2, cleaner] = await Promise.all([
      bench('liuyang'),
      bench('zhaolei'),
      bench('chenjing'),
      bench('huangli'),
      bench('sunxy'),
    ]);
    expect(count(headB2, 'orders.toAssign')).toBe(count(headB, 'orders.toAssign') + 1);
    expect(count(supA2, 'orders.toAssign')).toBe(count(supA, 'orders.toAssign'));
    expect(count(cashierA2, 'orders.toCollect')).toBe(count(cashierA, 'orders.toCollect') + 1);
    expect(count(cashierB2, 'orders.toCollect')).toBe(count(cashierB, 'orders.toCollect'));
    expect(todo(cashierA2, 'orders.toCollect')).toMatchObject({ module: 'orders', link: '/orders?state=accepted' });
    // a cashier assigns nothing; a cleaner sees her own tasks, not the office's
    expect(todo(cashierA2, 'orders.toAssign')).toBeUndefined();
    expect(todo(cleaner, 'orders.toAssign')).toBeUndefined();
    const mine = await (await t.login('sunxy')).get('/api/orders?mine=true&state=assigned,in_progress,rework&pageSize=100');
    expect(count(cleaner, 'orders.myTasks')).toBe(mine.body.total);
    // no to-do is ever shown with nothing to do
    for (const w of [supA2, headB2, cashierA2, cashierB2, cleaner]) expect(w.todos.every((x) => x.count > 0)).toBe(true);
  });

  it('follows cash from the cleaner to the supervisor, the cashier and finance', async () => {
    const o = await driveTo(t, 'paid');
    const cleaner = await t.login('sunxy');
    const before = await bench('sunxy');
    expect(todo(before, 'money.cashInHand')!.amountFen).toBeGreaterThanOrEqual(o.totalFen);
    const paymentIds = [o.payment.id as string];
    const offer = await cleaner.post('/api/handovers', { toUserId: await t.userId('liuyang'), paymentIds, withForm: true });
    expect(offer.status, JSON.stringify(offer.body)).toBe(201);
    const sup = await bench('liuyang');
    expect(todo(sup, 'money.handoversToConfirm')).toMatchObject({ count: 1, amountFen: o.totalFen, link: '/money/cash' });
    expect(todo(await bench('chenjing'), 'money.handoversToConfirm')).toBeUndefined();

    const supervisor = await t.login('liuyang');
    await supervisor.post(`/api/handovers/${offer.body.id}/confirm`);
    // the cash is the supervisor's once he confirms
    expect(todo(await bench('sunxy'), 'money.cashInHand')?.amountFen ?? 0).toBe(todo(before, 'money.cashInHand')!.amountFen! - o.totalFen);
    const toCashier = await supervisor.post('/api/handovers', { toUserId: await t.userId('chenjing'), paymentIds });
    const cashier = await t.login('chenjing');
    expect(count(await bench('chenjing'), 'money.handoversToConfirm')).toBe(1);
    await cashier.post(`/api/handovers/${toCashier.body.id}/confirm`);
    const financeBefore = await bench('zhengkj');
    const remit = await cashier.post('/api/remittances', {
      officeId: await t.org('office-a'),
      paymentIds,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      totalFen: o.totalFen,
    });
    expect(remit.status).toBe(201);
    const finance = await bench('zhengkj');
    expect(count(finance, 'money.remittancesToConfirm')).toBe(count(financeBefore, 'money.remittancesToConfirm') + 1);
    expect(todo(finance, 'money.remittancesToConfirm')).toMatchObject({ link: '/money/remittances' });
    // the office head does not confirm remittances
    expect(todo(await bench('wangfang'), 'money.remittancesToConfirm')).toBeUndefined();
    await (await t.login('zhengkj')).post(`/api/remittances/${remit.body.id}/confirm`, { receivedFen: o.totalFen });
    expect(count(await bench('zhengkj'), 'money.remittancesToConfirm')).toBe(count(financeBefore, 'money.remittancesToConfirm'));
  });

  it('tells finance of book requests to fulfil, and nobody else', async () => {
    const before = await bench('zhengkj');
    const res = await (await t.login('zhaolei')).post('/api/book-requests', {
      orgId: await t.org('office-b'),
      cashierId: await t.userId('huangli'),
      reason: '收据快用完了',
    });
    expect(res.status).toBe(201);
    const after = await bench('zhengkj');
    expect(count(after, 'money.bookRequests')).toBe(count(before, 'money.bookRequests') + 1);
    expect(todo(after, 'money.bookRequests')!.link).toBe('/money/books');
    for (const who of ['zhaolei', 'huangli', 'wangfang']) expect(todo(await bench(who), 'money.bookRequests'), who).toBeUndefined();
  });

  it('gives heads of office and HQ key figures over their own nodes, and others none', async () => {
    const [headA, headB, gm, cashier] = await Promise.all([bench('wangfang'), bench('zhaolei'), bench('zhangjg'), bench('chenjing')]);
    expect(cashier.figures).toEqual([]);
    for (const w of [headA, headB, gm]) {
      expect(w.figures.map((f) => f.key)).toEqual(
        expect.arrayContaining(['orders.open', 'orders.collectedThisMonth', 'compliance.breaches', 'callbacks.satisfaction']),
      );
      expect(figure(w, 'orders.collectedThisMonth')!.series).toHaveLength(6);
    }
    // office A's payments of the tests above count for its head and HQ, not for office B's head
    const collected = (w: Workbench) => figure(w, 'orders.collectedThisMonth')!.value!;
    expect(collected(headA)).toBeGreaterThan(0);
    expect(collected(gm)).toBeGreaterThanOrEqual(collected(headA) + collected(headB));
    const openB = figure(headB, 'orders.open')!.value!;
    await driveTo(t, 'confirmed', 'office-a');
    expect(figure(await bench('zhaolei'), 'orders.open')!.value).toBe(openB);
    expect(figure(await bench('wangfang'), 'orders.open')!.value).toBe(figure(headA, 'orders.open')!.value! + 1);
  });

  it('shows a breach to the role that answers for it, with the link to its list', async () => {
    // an accepted order left unpaid for ten days breaks A2.4.2.4, which the environment supervisor answers for
    await driveTo(t, 'accepted', 'office-a');
    t.clock.advance(2 * 86_400_000);
    // the sessions of before the clock moved have lapsed: sign in afresh
    const bench = async (who: string): Promise<Workbench> => {
      const agent = new FreshAgent(t.app);
      expect((await agent.post('/api/auth/login', { username: who, password: DEMO_PASSWORD })).status).toBe(200);
      return (await agent.get('/api/workbench')).body;
    };
    const sup = await bench('liuyang');
    const unpaid = sup.todos.find((x) => x.key === 'compliance.breaches' && x.link === '/compliance/money.orders_unpaid');
    expect(unpaid).toMatchObject({ severity: 'danger', subject: { en: 'Accepted orders not paid in time' } });
    expect(unpaid!.count).toBeGreaterThanOrEqual(1);
    // the cashier answers for late invoices (A7.4.8) and finds them on her home page, not the supervisor's unpaid orders
    const cashier = await bench('chenjing');
    expect(cashier.todos.some((x) => x.link === '/compliance/money.orders_unpaid')).toBe(false);
    expect(cashier.todos.find((x) => x.link === '/compliance/money.invoices_late')).toMatchObject({
      key: 'compliance.breaches',
      subject: { en: 'Invoices not delivered to the owner in time' },
    });
    // office B's head answers for other clauses
    const headB = await bench('zhaolei');
    expect(headB.todos.some((x) => x.link === '/compliance/money.orders_unpaid')).toBe(false);
  });
});
