import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JobKind } from '../../src/platform/jobs/job.types.js';
import { startScheduler } from '../../src/platform/jobs/poller.js';
import { ensureRecurringJobs } from '../../src/platform/jobs/schedule.js';
import { runDueJobs } from '../../src/platform/jobs/worker.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { effectKind, writeEffect } from '../support/job-kinds.js';
import { demoTenantId, effects, schedule } from '../support/jobs.js';

let t: TestEnv;
let tenantId: string;
beforeAll(async () => {
  t = await startTestEnv();
  tenantId = await demoTenantId(t.runtime.deps);
  t.clock.set(new Date('2026-11-20T02:00:00Z'));
});
afterAll(() => t.close());

const deps = () => t.runtime.deps;
const seconds = (n: number) => n * 1000;

/** Throws while the tenant's printer is jammed (a counter row), after writing its effect, which must vanish. */
const flakyKind: JobKind = {
  kind: 'test.flaky',
  title: { 'zh-CN': '测试：会失败', en: 'Test: fails' },
  maxAttempts: 3,
  async handler(run) {
    await writeEffect(run);
    const jam = await run.db.selectFrom('counters').select('value').where('name', '=', 'printer-jammed').executeTakeFirst();
    if (Number(jam?.value ?? 0) > 0) throw new Error(`printer jammed on attempt ${run.job.attempt}`);
    return { summary: 'printed' };
  },
};

const jam = async (jammed: boolean) => {
  await deps().db.deleteFrom('counters').where('name', '=', 'printer-jammed').execute();
  if (jammed) await deps().db.insertInto('counters').values({ tenant_id: tenantId, name: 'printer-jammed', value: 1 }).execute();
};

const monthlyKind: JobKind = {
  kind: 'test.monthly',
  title: { 'zh-CN': '测试：每月一日', en: 'Test: on the 1st' },
  recurring: { cron: '0 1 1 * *' },
  async handler(run) {
    await writeEffect(run);
    return { summary: `month of ${run.job.dueAt}` };
  },
};

/** Ends the whole transaction under the worker's feet (as a lost connection would): nothing of it can commit. */
const brokenKind: JobKind = {
  kind: 'test.broken',
  title: { 'zh-CN': '测试：事务中断', en: 'Test: transaction lost' },
  async handler(run) {
    await writeEffect(run);
    await sql`rollback`.execute(run.db);
    return { summary: 'should not count' };
  },
};

const kinds = [effectKind, flakyKind, monthlyKind, brokenKind];
const run = () => runDueJobs(deps(), { kinds, workerId: 'test-worker' });

describe('one-off jobs', () => {
  it('run once when due, not before, and stay done', async () => {
    const dueAt = new Date(t.clock.now().getTime() + seconds(60));
    const { created } = await schedule(deps(), tenantId, { kind: 'test.effect', key: 'once-1', dueAt });
    expect(created).toBe(true);
    expect(await run()).toEqual([]);
    t.clock.advance(seconds(61));
    const ran = await run();
    expect(ran.map((r) => [r.key, r.outcome, r.summary])).toEqual([['once-1', 'ok', 'wrote once-1']]);
    expect(await run()).toEqual([]);
    expect((await effects(deps(), tenantId)).get('once-1')).toBe(1);
  });

  it('are idempotent by key: scheduling the same key again adds nothing, even after it ran', async () => {
    const first = await schedule(deps(), tenantId, { kind: 'test.effect', key: 'once-2', dueAt: t.clock.now() });
    const again = await schedule(deps(), tenantId, { kind: 'test.effect', key: 'once-2', dueAt: t.clock.now(), payload: { x: 1 } });
    expect(again).toEqual({ id: first.id, created: false });
    await run();
    await schedule(deps(), tenantId, { kind: 'test.effect', key: 'once-2', dueAt: t.clock.now() });
    expect(await run()).toEqual([]);
    expect((await effects(deps(), tenantId)).get('once-2')).toBe(1);
  });

  it('fail with a clear error when their kind is not registered', async () => {
    await schedule(deps(), tenantId, { kind: 'test.gone', key: 'gone-1', dueAt: t.clock.now() });
    const [r] = await run();
    expect(r).toMatchObject({ key: 'gone-1', outcome: 'failed', error: 'no job kind test.gone is registered on this server' });
  });
});

describe('a job that throws', () => {
  it('is retried after 30 s then 60 s, its effects undone each time, then failed with its error on the jobs page', async () => {
    const admin = await t.login('admin');
    await jam(true);
    const { id } = await schedule(deps(), tenantId, { kind: 'test.flaky', key: 'flaky-1', dueAt: t.clock.now() });
    const first = await run();
    expect(first).toMatchObject([{ key: 'flaky-1', attempt: 1, outcome: 'retry', error: 'printer jammed on attempt 1' }]);
    t.clock.advance(seconds(29));
    expect(await run()).toEqual([]);
    t.clock.advance(seconds(1));
    expect(await run()).toMatchObject([{ attempt: 2, outcome: 'retry' }]);
    t.clock.advance(seconds(59));
    expect(await run()).toEqual([]);
    t.clock.advance(seconds(1));
    expect(await run()).toMatchObject([{ attempt: 3, outcome: 'failed', error: 'printer jammed on attempt 3' }]);
    t.clock.advance(seconds(3600));
    expect(await run()).toEqual([]);
    expect((await effects(deps(), tenantId)).get('flaky-1')).toBeUndefined();

    const list = await admin.get('/api/jobs?state=failed&q=flaky');
    expect(list.status).toBe(200);
    expect(list.body.items).toMatchObject([
      { id, key: 'flaky-1', state: 'failed', attempts: 3, lastError: 'printer jammed on attempt 3', abilities: { retry: true } },
    ]);
    const runs = await admin.get(`/api/jobs/${id}/runs`);
    expect(runs.body.map((r: { attempt: number; outcome: string }) => [r.attempt, r.outcome])).toEqual([
      [3, 'failed'],
      [2, 'failed'],
      [1, 'failed'],
    ]);
    expect(runs.body[0].errorStack).toContain('printer jammed');
    // each attempt started once its backoff had passed: 30 s after the first failure, 60 s after the second
    const gap = (a: { finishedAt: string }, b: { startedAt: string }) => new Date(b.startedAt).getTime() - new Date(a.finishedAt).getTime();
    expect(gap(runs.body[2], runs.body[1])).toBeGreaterThanOrEqual(seconds(30));
    expect(gap(runs.body[2], runs.body[1])).toBeLessThan(seconds(31));
    expect(gap(runs.body[1], runs.body[0])).toBeGreaterThanOrEqual(seconds(60));
    expect(gap(runs.body[1], runs.body[0])).toBeLessThan(seconds(61));
    expect(runs.body[0].workerId).toBe('test-worker');
  });

  it('can be retried by hand once failed (after the cause is fixed), and then succeeds once', async () => {
    const admin = await t.login('admin');
    await jam(true);
    const { id } = await schedule(deps(), tenantId, { kind: 'test.flaky', key: 'flaky-2', dueAt: t.clock.now() });
    await run();
    // not failed yet (retrying): a retry by hand is refused
    const early = await admin.post(`/api/jobs/${id}/retry`);
    expect([early.status, early.body.code]).toEqual([409, 'job.invalid_transition']);
    t.clock.advance(seconds(30));
    await run();
    t.clock.advance(seconds(60));
    expect(await run()).toMatchObject([{ key: 'flaky-2', outcome: 'failed' }]);
    await jam(false);
    const retried = await admin.post(`/api/jobs/${id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ state: 'pending', attempts: 0, abilities: { retry: false } });
    expect(await run()).toMatchObject([{ key: 'flaky-2', outcome: 'ok', summary: 'printed' }]);
    expect((await effects(deps(), tenantId)).get('flaky-2')).toBe(1);
    const runs = (await admin.get(`/api/jobs/${id}/runs`)).body.map((r: { outcome: string }) => r.outcome);
    expect(runs).toEqual(['ok', 'failed', 'failed', 'failed']);
  });
});

describe('a job whose transaction is lost', () => {
  it('is recorded as a failed attempt in a transaction of its own, and waits its backoff instead of blocking the queue', async () => {
    await schedule(deps(), tenantId, { kind: 'test.broken', key: 'broken-1', dueAt: t.clock.now() });
    await schedule(deps(), tenantId, { kind: 'test.effect', key: 'after-broken', dueAt: t.clock.now() });
    const ran = await run();
    expect(ran.map((r) => [r.key, r.outcome])).toEqual([
      ['broken-1', 'retry'],
      ['after-broken', 'ok'],
    ]);
    const fx = await effects(deps(), tenantId);
    expect(fx.get('broken-1')).toBeUndefined();
    const job = await deps().db.selectFrom('jobs').selectAll().where('key', '=', 'broken-1').executeTakeFirstOrThrow();
    expect([job.state, job.attempts, job.last_error]).toEqual(['pending', 1, ran[0]!.error]);
    await deps().db.updateTable('jobs').set({ state: 'failed' }).where('key', '=', 'broken-1').execute();
  });
});

describe('recurring jobs', () => {
  it('get their next occurrence in the tenant’s zone, run it, and schedule the one after, each once', async () => {
    t.clock.set(new Date('2026-11-20T02:00:00Z'));
    expect(await ensureRecurringJobs(deps(), kinds)).toBe(1);
    expect(await ensureRecurringJobs(deps(), kinds)).toBe(0);
    const pending = await deps()
      .db.selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'test.monthly')
      .where('state', '=', 'pending')
      .execute();
    expect(pending.map((j) => [j.key, j.due_at])).toEqual([['test.monthly@2026-12-01T01:00', '2026-11-30T17:00:00.000Z']]);

    t.clock.set(new Date('2026-11-30T17:00:10Z'));
    const ran = await run();
    expect(ran).toMatchObject([
      { key: 'test.monthly@2026-12-01T01:00', outcome: 'ok', dueAt: '2026-11-30T17:00:00.000Z', next: '2026-12-31T17:00:00.000Z' },
    ]);
    expect(await run()).toEqual([]);
    expect(await ensureRecurringJobs(deps(), kinds)).toBe(0);
  });

  it('after downtime run the occurrence that was waiting, then only the latest missed one, with its own time', async () => {
    t.clock.set(new Date('2027-03-10T00:00:00Z'));
    const ran = await run();
    expect(ran.map((r) => [r.key, r.dueAt])).toEqual([
      ['test.monthly@2027-01-01T01:00', '2026-12-31T17:00:00.000Z'],
      ['test.monthly@2027-03-01T01:00', '2027-02-28T17:00:00.000Z'],
    ]);
    const latest = await deps()
      .db.selectFrom('jobs')
      .selectAll()
      .where('key', '=', 'test.monthly@2027-03-01T01:00')
      .executeTakeFirstOrThrow();
    expect(latest.skipped_occurrences).toBe(1);
    const fx = await effects(deps(), tenantId);
    expect(fx.get('test.monthly@2027-02-01T01:00')).toBeUndefined();
    expect(fx.get('test.monthly@2027-03-01T01:00')).toBe(1);
    expect(await run()).toEqual([]);
  });
});

describe('the background worker', () => {
  it('runs due jobs by itself until stopped, and takes none after', async () => {
    t.clock.set(new Date());
    await schedule(deps(), tenantId, { kind: 'test.effect', key: 'bg-1', dueAt: t.clock.now() });
    const scheduler = startScheduler(deps(), { kinds, pollMs: 20, workerId: 'background' });
    const stateOf = async (key: string) =>
      (await deps().db.selectFrom('jobs').select('state').where('key', '=', key).executeTakeFirstOrThrow()).state;
    await vi.waitFor(async () => expect(await stateOf('bg-1')).toBe('done'), { timeout: 10_000, interval: 20 });
    await scheduler.stop();
    await schedule(deps(), tenantId, { kind: 'test.effect', key: 'bg-2', dueAt: t.clock.now() });
    // the stopped worker left it: it is still there for this one
    expect((await run()).map((r) => r.key)).toEqual(['bg-2']);
    expect((await effects(deps(), tenantId)).get('bg-1')).toBe(1);
  });
});

describe('outside demo mode', () => {
  it('keeps real time: the clock cannot be set and due jobs are left to the worker', async () => {
    // a new session: the earlier ones expired while the tests moved the clock on
    const admin = t.anonymous();
    expect((await admin.post('/api/auth/login', { username: 'admin', password: 'guanjia2026' })).status).toBe(200);
    expect((await admin.get('/api/demo/clock')).body).toMatchObject({ demoMode: false });
    const set = await admin.post('/api/demo/clock', { at: '2026-12-01T00:00:00+08:00' });
    expect([set.status, set.body.code]).toEqual([404, 'demo.off']);
    const run = await admin.post('/api/jobs/run-due');
    expect([run.status, run.body.code]).toEqual([404, 'demo.off']);
  });
});
