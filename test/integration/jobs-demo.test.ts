import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../src/modules/index.js';
import { ensureRecurringJobs } from '../../src/modules/jobs/jobs.worker.js';
import { verifyAuditChains } from '../../src/platform/audit/audit.service.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { requestCleaning } from '../support/orders.js';

/** A demo server (GUANJIA_DEMO=1): its clock can be set, and its due jobs run at once, by the right people. */
let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv({ env: { GUANJIA_DEMO: '1' } });
});
afterAll(() => t.close());

describe('the demo clock', () => {
  it('is shown to anyone signed in, and set only by the system administrator', async () => {
    const cleaner = await t.login('sunxy');
    expect((await cleaner.get('/api/demo/clock')).body).toMatchObject({ demoMode: true, simulated: false });
    const head = await t.login('wangfang');
    // the clock belongs to the whole organisation: outside the root an office head does not see it
    const refused = await head.post('/api/demo/clock', { at: '2026-11-30T23:59:00+08:00' });
    expect(refused.status).toBe(403);
    const manager = await t.login('zhangjg');
    expect((await manager.post('/api/demo/clock', { at: '2026-11-30T23:59:00+08:00' })).status).toBe(403);

    const admin = await t.login('admin');
    const set = await admin.post('/api/demo/clock', { at: '2026-11-30T23:59:00+08:00' });
    expect(set.status).toBe(200);
    expect(set.body.simulated).toBe(true);
    expect(Math.abs(new Date(set.body.now).getTime() - Date.parse('2026-11-30T15:59:00Z'))).toBeLessThan(5_000);
    expect(new Date((await cleaner.get('/api/demo/clock')).body.now).getUTCFullYear()).toBe(2026);

    const bad = await admin.post('/api/demo/clock', { at: 'next tuesday' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('at');

    const back = await admin.post('/api/demo/clock', { at: null });
    expect(back.body.simulated).toBe(false);
  });

  it('gives the administrator the demo-clock ability, and a general manager the jobs page only', async () => {
    const admin = await t.login('admin');
    expect((await admin.get('/api/auth/me')).body.abilities).toMatchObject({ jobs: true, manageJobs: true, demoClock: true });
    const manager = await t.login('zhangjg');
    expect((await manager.get('/api/auth/me')).body.abilities).toMatchObject({ jobs: true, manageJobs: false, demoClock: false });
    const head = await t.login('wangfang');
    expect((await head.get('/api/auth/me')).body.abilities).toMatchObject({ jobs: false, manageJobs: false, demoClock: false });
    expect((await manager.get('/api/jobs')).status).toBe(200);
    expect((await head.get('/api/jobs')).status).toBe(403);
    expect((await manager.post('/api/jobs/run-due')).status).toBe(403);
  });
});

describe('a simulated month end', () => {
  it('runs each recurring job due by then once, and a second run finds nothing due', async () => {
    const admin = await t.login('admin');
    await admin.post('/api/demo/clock', { at: '2026-11-20T10:00:00+08:00' });
    await ensureRecurringJobs(t.runtime.deps);
    const recurring = MODULES.jobKinds.filter((k) => k.recurring).map((k) => k.kind);
    const waiting = (await admin.get('/api/jobs?state=pending&pageSize=100')).body.items as { kind: string; dueAt: string }[];
    expect(recurring.every((k) => waiting.some((j) => j.kind === k))).toBe(true);

    // the 1st of December, 03:00 Beijing time: every occurrence due by then has come
    await admin.post('/api/demo/clock', { at: '2026-12-01T03:00:00+08:00' });
    const dueBy = waiting.filter((j) => j.dueAt <= '2026-11-30T19:00:00.000Z').length;
    // nobody is signed out by the jump: the sessions moved with the clock
    expect((await admin.get('/api/auth/me')).status).toBe(200);
    const cleaner = await t.login('sunxy');
    expect((await cleaner.post('/api/jobs/run-due')).status).toBe(403);
    const first = await admin.post('/api/jobs/run-due');
    expect(first.status).toBe(200);
    expect(first.body.ran.length).toBeGreaterThanOrEqual(dueBy);
    const second = await admin.post('/api/jobs/run-due');
    expect(second.body.ran).toEqual([]);

    const ranKeys = new Set(first.body.ran.map((r: { key: string }) => r.key));
    expect(ranKeys.size).toBe(first.body.ran.length);
    await admin.post('/api/demo/clock', { at: null });
  });
});

describe('the audit log under a simulated clock', () => {
  it('keeps the real time of every event beside the simulated one, marks it, and hashes both into the chain', async () => {
    const admin = await t.login('admin');
    const clerk = await t.login('liuyang');
    await admin.post('/api/demo/clock', { at: '2027-03-01T09:00:00+08:00' });
    const order = await requestCleaning(t, clerk);
    await admin.post('/api/demo/clock', { at: null });
    const quoted = await clerk.post(`/api/orders/${order.id}/quote`, { version: order.version });
    expect(quoted.status).toBe(200);

    const history = (await clerk.get(`/api/history/order/${order.id}`)).body as {
      seq: number;
      action: string;
      at: string;
      recordedAt: string;
      clockMoved: boolean;
    }[];
    const created = history.find((e) => e.action === 'order.create')!;
    expect(created.at.startsWith('2027-03-01T01:00')).toBe(true);
    expect(created.clockMoved).toBe(true);
    expect(Math.abs(Date.parse(created.recordedAt) - Date.now())).toBeLessThan(120_000);
    const quote = history.find((e) => e.action === 'order.quote')!;
    expect(quote.clockMoved).toBe(false);
    expect(Math.abs(Date.parse(quote.recordedAt) - Date.parse(quote.at))).toBeLessThan(1_000);

    const intact = async () => (await verifyAuditChains(t.runtime.deps.db)).find((r) => r.tenantCode === 'demo')!;
    expect((await intact()).broken).toBeNull();
    // passing the event off as written at its simulated time breaks the chain at that event
    const db = t.runtime.deps.db;
    const tenantId = (await db.selectFrom('tenants').select('id').where('code', '=', 'demo').executeTakeFirstOrThrow()).id;
    const rewrite = (recordedAt: string, moved: number) =>
      db
        .updateTable('audit_events')
        .set({ recorded_at: recordedAt, clock_moved: moved })
        .where('tenant_id', '=', tenantId)
        .where('seq', '=', created.seq)
        .execute();
    await rewrite(created.at, 0);
    expect((await intact()).broken).toMatchObject({ seq: created.seq, reason: 'hash_mismatch' });
    await rewrite(created.recordedAt, 1);
    expect((await intact()).broken).toBeNull();
  });
});
