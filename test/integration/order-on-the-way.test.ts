import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
let clerk: Agent;
let cleaner: Agent;
beforeAll(async () => {
  t = await startTestEnv();
  clerk = await t.login('liuyang');
  cleaner = await t.login('sunxy');
}, 120_000);
afterAll(() => t.close());

/** The order as its page reads it and as the office's list and the cleaner's task list read it. */
const seen = async (id: string) => {
  const row = async (as: Agent, query: string) =>
    ((await as.get(`/api/orders?${query}&pageSize=100`)).body.items as { id: string; fieldStep: string | null }[]).find((o) => o.id === id)
      ?.fieldStep;
  return {
    page: (await clerk.get(`/api/orders/${id}`)).body.fieldStep,
    list: await row(clerk, 'state=assigned'),
    tasks: await row(cleaner, 'mine=true'),
  };
};

describe('an order whose staff have set off says so (A7.4.4: assigned, on the way, started, finished)', () => {
  it('reads on the way after 出发 and arrived after 到达 on the order, in the list and on the phone, while its state stays assigned', async () => {
    let o = await driveTo(t, 'assigned');
    expect(await seen(o.id)).toEqual({ page: null, list: null, tasks: null });
    const step = async (command: string) => {
      const res = await cleaner.post(`/api/orders/${o.id}/${command}`, { version: o.version });
      expect(res.status).toBe(200);
      o = res.body;
    };
    await step('depart');
    expect(o).toMatchObject({ state: 'assigned', fieldStep: 'on_the_way' });
    expect(await seen(o.id)).toEqual({ page: 'on_the_way', list: 'on_the_way', tasks: 'on_the_way' });
    t.clock.advance(20 * 60_000);
    await step('arrive');
    expect(await seen(o.id)).toEqual({ page: 'arrived', list: 'arrived', tasks: 'arrived' });
    await step('start');
    expect(o).toMatchObject({ state: 'in_progress', fieldStep: null });
  });
});
