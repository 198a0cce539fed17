import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localMonth, monthRange } from '../../src/modules/callbacks/callback.rules.js';
import { ensureRecurringJobs } from '../../src/modules/jobs/jobs.worker.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

/** The "done when" on a demo server: a simulated month end, 5 callbacks assigned, recorded, the rate and its trend. */
let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv({ env: { GUANJIA_DEMO: '1' } });
});
afterAll(() => t.close());

describe('callbacks at a simulated month end', () => {
  it('the month-end job assigns 5 callbacks to zhoumin, who records them and reads the rate and its trend', async () => {
    const month = localMonth(t.clock.now().toISOString(), 'Asia/Shanghai');
    await ensureRecurringJobs(t.runtime.deps);
    const admin = await t.login('admin');
    // 01:30 on the 1st of next month, Beijing time: the draw (due at 01:00) has come
    const at = new Date(Date.parse(monthRange(month, 'Asia/Shanghai').to) + 90 * 60_000).toISOString();
    expect((await admin.post('/api/demo/clock', { at })).status).toBe(200);
    const ran = await admin.post('/api/jobs/run-due');
    expect(ran.body.ran.map((r: { kind: string }) => r.kind)).toContain('callbacks.draw');

    const zhoumin = await t.login('zhoumin');
    const list = (await zhoumin.get(`/api/callbacks?orgId=${await t.org('office-a')}`)).body;
    expect(list.month).toBe(month);
    expect(list.items).toHaveLength(5);
    expect(
      list.items.every((c: { assigneeName: string; abilities: { record: boolean } }) => c.assigneeName === '周敏' && c.abilities.record),
    ).toBe(true);
    const verdicts = ['satisfied', 'satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied'];
    for (const [i, c] of list.items.entries()) {
      const res = await zhoumin.post(`/api/orders/${c.orderId}/callback`, { version: c.version, reached: true, satisfaction: verdicts[i] });
      expect(res.status).toBe(200);
    }
    const rate = (await zhoumin.get(`/api/satisfaction?orgId=${await t.org('office-a')}`)).body;
    expect(rate.month).toBe(month);
    expect(rate.current).toMatchObject({ total: 5, reached: 5, satisfied: 3, basicallySatisfied: 1, ratePermille: 600 });
    // this month and the five seeded months before it
    expect(rate.trend.filter((m: { ratePermille: number | null }) => m.ratePermille !== null)).toHaveLength(6);
    await admin.post('/api/demo/clock', { at: null });
  });
});
