import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo, requestCleaning } from '../support/orders.js';

let t: TestEnv;
let clerk: Agent;
let sunxy: string;
beforeAll(async () => {
  t = await startTestEnv();
  clerk = await t.login('liuyang');
  sunxy = await t.userId('sunxy');
});
afterAll(() => t.close());

type Order = { id: string; number: string; version: number; state: string };
const target = (o: Order) => ({ id: o.id, version: o.version });
const read = async (o: Order): Promise<Order> => (await clerk.get(`/api/orders/${o.id}`)).body;

describe('batch assign and close (issue 12): each order through its own command, refusals per order', () => {
  it('assigns three confirmed orders to the same cleaner, each audited as its own assign', async () => {
    const orders = [await driveTo(t, 'confirmed'), await driveTo(t, 'confirmed'), await driveTo(t, 'confirmed')];
    const res = await clerk.post('/api/orders/batch/assign', { orders: orders.map(target), staff: [sunxy] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ done: 3, refused: 0 });
    expect(res.body.results).toEqual(
      orders.map((o) => ({ id: o.id, number: o.number, outcome: 'done', state: 'assigned', version: o.version + 1, refusal: null })),
    );
    for (const o of orders) {
      const now = (await clerk.get(`/api/orders/${o.id}`)).body;
      expect(now.staff.map((s: { displayName: string }) => s.displayName)).toEqual(['孙秀英']);
      const history = (await clerk.get(`/api/history/order/${o.id}`)).body as { action: string }[];
      expect(history.filter((e) => e.action === 'order.assign')).toHaveLength(1);
    }
    // the cleaner now has them as her tasks
    const mine = (await (await t.login('sunxy')).get('/api/orders?mine=true&pageSize=100')).body.items.map((x: Order) => x.id);
    expect(mine).toEqual(expect.arrayContaining(orders.map((o) => o.id)));
  });

  it('goes through for the orders that may be assigned and lists each refusal with its code', async () => {
    const ok = await driveTo(t, 'confirmed');
    const requested = await requestCleaning(t, clerk);
    const stale = await driveTo(t, 'confirmed');
    // confirmed for two staff: one cleaner goes only with the reason agreed with the owner (A7.4.2)
    let two = await driveTo(t, 'quoted');
    two = (
      await clerk.post(`/api/orders/${two.id}/confirm`, {
        version: two.version,
        priceAccepted: true,
        staffCount: 2,
        appointmentStart: '2026-11-28T01:00:00.000Z',
      })
    ).body;
    const res = await clerk.post('/api/orders/batch/assign', {
      orders: [target(ok), target(requested), { id: stale.id, version: stale.version - 1 }, target(two)],
      staff: [sunxy],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ done: 1, refused: 3 });
    const [a, b, c, d] = res.body.results;
    expect(a).toMatchObject({ id: ok.id, outcome: 'done', state: 'assigned' });
    expect(b).toMatchObject({
      id: requested.id,
      number: requested.number,
      outcome: 'refused',
      state: 'requested',
      refusal: { status: 409, code: 'order.invalid_transition' },
    });
    expect(c).toMatchObject({
      id: stale.id,
      outcome: 'refused',
      state: 'confirmed',
      refusal: { status: 409, code: 'record.version_conflict' },
    });
    expect(d).toMatchObject({ outcome: 'refused', refusal: { status: 422, code: 'order.fewer_staff_than_confirmed' } });
    expect(d.refusal.errors).toEqual([expect.objectContaining({ field: 'staffShortReason', code: 'order.fewer_staff_than_confirmed' })]);
    // the refused orders are as they were
    for (const o of [requested, stale, two]) expect(await read(o)).toMatchObject({ state: o.state, version: o.version });

    // with the reason, the short order goes, and only it keeps the reason
    const full = await driveTo(t, 'confirmed');
    const again = await clerk.post('/api/orders/batch/assign', {
      orders: [target(two), target(full)],
      staff: [sunxy],
      staffShortReason: '业主同意一人上门',
    });
    expect(again.body).toMatchObject({ done: 2, refused: 0 });
    expect((await clerk.get(`/api/orders/${two.id}`)).body.staffShortReason).toBe('业主同意一人上门');
    expect((await clerk.get(`/api/orders/${full.id}`)).body.staffShortReason).toBeNull();
  });

  it('closes the paid orders, refuses the unpaid one, and a repeat closes nothing twice', async () => {
    const paid = [await driveTo(t, 'paid'), await driveTo(t, 'paid')];
    const accepted = await driveTo(t, 'accepted');
    const cashier = await t.login('chenjing');
    const res = await cashier.post('/api/orders/batch/close', { orders: [...paid, accepted].map(target) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ done: 2, refused: 1 });
    expect(res.body.results.map((r: { state: string }) => r.state)).toEqual(['closed', 'closed', 'accepted']);
    expect(res.body.results[2].refusal).toMatchObject({ status: 422, code: 'order.unpaid' });
    // the same request again (a retry after a lost answer): the versions it names are gone, nothing is written
    const retry = await cashier.post('/api/orders/batch/close', { orders: [...paid, accepted].map(target) });
    expect(retry.body).toMatchObject({ done: 0, refused: 3 });
    expect(retry.body.results.map((r: { refusal: { code: string } }) => r.refusal.code)).toEqual([
      'record.version_conflict',
      'record.version_conflict',
      'order.unpaid',
    ]);
    for (const o of paid) {
      const history = (await clerk.get(`/api/history/order/${o.id}`)).body as { action: string }[];
      expect(history.filter((e) => e.action === 'order.close')).toHaveLength(1);
    }
  });

  it('refuses a batch over 100 orders, or naming an order twice, before anything is done', async () => {
    const o = await driveTo(t, 'confirmed');
    const many = Array.from({ length: 101 }, () => ({ id: crypto.randomUUID(), version: 1 }));
    const over = await clerk.post('/api/orders/batch/assign', { orders: [target(o), ...many.slice(1)], staff: [sunxy] });
    expect(over.status).toBe(422);
    expect(over.body).toMatchObject({ code: 'order.batch_too_large', errors: [{ field: 'orders' }] });
    const twice = await clerk.post('/api/orders/batch/assign', { orders: [target(o), target(o)], staff: [sunxy] });
    expect(twice.status).toBe(422);
    expect(twice.body).toMatchObject({ code: 'order.batch_duplicate', errors: [{ field: 'orders.1.id' }] });
    const none = await clerk.post('/api/orders/batch/close', { orders: [] });
    expect(none.status).toBe(400);
    expect(await read(o)).toMatchObject({ state: 'confirmed', version: o.version });
  });

  it('refuses the whole batch when it names another office’s order, and answers per order for an HQ caller', async () => {
    const mine = await driveTo(t, 'confirmed');
    const theirs = await driveTo(t, 'confirmed', 'office-b');
    const res = await clerk.post('/api/orders/batch/assign', { orders: [target(mine), target(theirs)], staff: [sunxy] });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'order.not_found', errors: [{ field: 'orders.1.id', code: 'order.not_found' }] });
    // an unknown id answers the same: whether another office's order exists is not told
    const unknown = await clerk.post('/api/orders/batch/assign', {
      orders: [target(mine), { id: crypto.randomUUID(), version: 1 }],
      staff: [sunxy],
    });
    expect(unknown.body).toMatchObject({ status: 404, code: 'order.not_found', errors: [{ field: 'orders.1.id' }] });
    expect(await read(mine)).toMatchObject({ state: 'confirmed', version: mine.version });

    // the administrator sees both offices: 孙秀英 works in office A, so office B's order is refused on its own
    const admin = await t.login('admin');
    const both = await admin.post('/api/orders/batch/assign', { orders: [target(mine), target(theirs)], staff: [sunxy] });
    expect(both.body).toMatchObject({ done: 1, refused: 1 });
    expect(both.body.results[1]).toMatchObject({ id: theirs.id, refusal: { status: 422, code: 'order.staff_outside_office' } });
  });

  it('refuses callers who may not do the action anywhere, and per order where they may not', async () => {
    const paid = await driveTo(t, 'paid');
    // the cleaner was on it and still sees it, but closes nothing
    const cleaner = await t.login('sunxy');
    const closing = await cleaner.post('/api/orders/batch/close', { orders: [target(paid)] });
    expect(closing).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    // the cashier reads the office's orders but assigns none
    const confirmed = await driveTo(t, 'confirmed');
    const cashier = await t.login('chenjing');
    const assigning = await cashier.post('/api/orders/batch/assign', { orders: [target(confirmed)], staff: [sunxy] });
    expect(assigning).toMatchObject({ status: 403, body: { code: 'auth.forbidden' } });
    expect(await read(confirmed)).toMatchObject({ state: 'confirmed', version: confirmed.version });
  });
});

describe('printing the forms of several orders', () => {
  it('puts each order’s own form on a sheet of its own, in the order asked', async () => {
    const a = await driveTo(t, 'paid');
    const b = await driveTo(t, 'confirmed');
    const res = await clerk.get(`/api/orders/batch/print?ids=${b.id},${a.id}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const page = res.body as string;
    expect(page).toContain('<title>工单表单（2 张）</title>');
    expect(page.match(/<section class="order-form-page">/g)).toHaveLength(2);
    expect(page).toContain('break-before: page');
    expect(page.indexOf(b.number)).toBeLessThan(page.indexOf(a.number));
    // the single form's own content, for each
    expect(page.match(/<h1>家政服务表<\/h1>/g)).toHaveLength(2);
    expect(page).toContain('壹佰贰拾元整');
    const single = (await clerk.get(`/api/orders/${a.id}/print`)).body as string;
    const body = (html: string) => html.slice(html.indexOf('<h1>'), html.lastIndexOf('</p>') + 4);
    expect(page).toContain(body(single));
    const en = await clerk.get(`/api/orders/batch/print?ids=${a.id}&lang=en`);
    expect(en.body).toContain('<title>Order forms (1)</title>');
  });

  it('refuses forms the caller may not read, too many, or the same twice', async () => {
    const mine = await driveTo(t, 'confirmed');
    const theirs = await driveTo(t, 'confirmed', 'office-b');
    const outside = await clerk.get(`/api/orders/batch/print?ids=${mine.id},${theirs.id}`);
    expect(outside.status).toBe(404);
    expect(outside.body).toMatchObject({ code: 'order.not_found', errors: [{ field: 'ids.1' }] });
    const ids = Array.from({ length: 101 }, () => crypto.randomUUID()).join(',');
    expect((await clerk.get(`/api/orders/batch/print?ids=${ids}`)).body).toMatchObject({ status: 422, code: 'order.batch_too_large' });
    expect((await clerk.get(`/api/orders/batch/print?ids=${mine.id},${mine.id}`)).body).toMatchObject({
      status: 422,
      code: 'order.batch_duplicate',
      errors: [{ field: 'ids.1' }],
    });
    expect((await clerk.get('/api/orders/batch/print?ids=not-an-id')).status).toBe(400);
    expect((await clerk.get('/api/orders/batch/print?ids=')).status).toBe(400);
  });
});
