import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../src/platform/jobs/worker.js';
import { TEST_ENGINE } from '../support/database.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { effectKind, writeEffect } from '../support/job-kinds.js';
import { demoTenantId, effects, schedule } from '../support/jobs.js';

// each child process compiles the app through tsx before it works: on a busy two-core machine that alone can take 30 s
/** Two server processes on one database, and a server killed in the middle of a job (both engines). */
let t: TestEnv;
let tenantId: string;
beforeAll(async () => {
  t = await startTestEnv();
  tenantId = await demoTenantId(t.runtime.deps);
});
afterAll(() => t.close());

type Child = ChildProcessByStdio<Writable, Readable, null>;

function startWorker(workerId: string, mode: 'worker' | 'crash'): Child {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/job-worker.ts', t.database.dataDir, t.database.databaseUrl ?? '-', workerId, mode],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
}

/** Resolves with the first line of the child's output that contains `text`. */
function waitFor(child: Child, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (d: Buffer) => {
      buffered += d.toString();
      const line = buffered.split('\n').find((l) => l.includes(text));
      if (line !== undefined) {
        child.stdout.off('data', onData);
        resolve(line);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before saying "${text}"`)));
  });
}

const deps = () => t.runtime.deps;

async function auditedEffects(): Promise<Map<string, number>> {
  const rows = await deps()
    .db.selectFrom('audit_events')
    .select('entity_id')
    .where('tenant_id', '=', tenantId)
    .where('action', '=', 'test.effect')
    .execute();
  const byJob = new Map<string, number>();
  for (const r of rows) byJob.set(r.entity_id, (byJob.get(r.entity_id) ?? 0) + 1);
  return byJob;
}

describe('two workers on one database', () => {
  it('run 50 due jobs between them, each exactly once', { timeout: 180_000 }, async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      ids.push((await schedule(deps(), tenantId, { kind: 'test.effect', key: `pair-${i}`, dueAt: '2026-01-01T00:00:00Z' })).id);
    }
    const workers = [startWorker('worker-a', 'worker'), startWorker('worker-b', 'worker')];
    await Promise.all(workers.map((w) => waitFor(w, 'ready')));
    const results = workers.map((w) => waitFor(w, '"ran"'));
    for (const w of workers) w.stdin.write('go\n');
    const [a, b] = (await Promise.all(results)).map((line) => JSON.parse(line).ran as { key: string; outcome: string }[]);

    // on PostgreSQL they really ran side by side (SKIP LOCKED); SQLite has one writer, so they take turns
    if (TEST_ENGINE === 'postgres') expect(Math.min(a!.length, b!.length)).toBeGreaterThan(0);
    // together they ran every job once; neither ran one the other ran
    const keys = [...a!, ...b!].map((r) => r.key).sort();
    expect(keys).toEqual(Array.from({ length: 50 }, (_, i) => `pair-${i}`).sort());
    expect([...a!, ...b!].every((r) => r.outcome === 'ok')).toBe(true);
    const fx = await effects(deps(), tenantId);
    expect(Array.from({ length: 50 }, (_, i) => fx.get(`pair-${i}`))).toEqual(Array(50).fill(1));
    const audited = await auditedEffects();
    expect(ids.map((id) => audited.get(id))).toEqual(Array(50).fill(1));
    const runs = await deps().db.selectFrom('job_runs').select(['job_id', 'worker_id']).where('job_id', 'in', ids).execute();
    expect(runs).toHaveLength(50);
    const done = await deps().db.selectFrom('jobs').select('state').where('id', 'in', ids).execute();
    expect(done.every((j) => j.state === 'done')).toBe(true);
  });
});

describe('a server killed in the middle of a job', () => {
  it('leaves the job to the next worker, which runs it once: nothing doubled, nothing skipped', { timeout: 180_000 }, async () => {
    const keys = ['crash-0', 'crash-1', 'crash-2', 'crash-3'];
    for (const [i, key] of keys.entries()) {
      // the third one hangs inside its handler, after writing its effect, until the process is killed
      await schedule(deps(), tenantId, { kind: 'test.crash', key, dueAt: `2026-01-01T00:00:0${i}Z`, payload: { hang: i === 2 } });
    }
    const victim = startWorker('victim', 'crash');
    expect(await waitFor(victim, 'inside')).toBe('inside crash-2');
    victim.kill('SIGKILL');
    await new Promise((r) => victim.once('exit', r));

    const before = await effects(deps(), tenantId);
    expect(keys.map((k) => before.get(k))).toEqual([1, 1, undefined, undefined]);

    const next = await runDueJobs(deps(), {
      workerId: 'successor',
      kinds: [
        effectKind,
        {
          ...effectKind,
          kind: 'test.crash',
          async handler(run) {
            await writeEffect(run);
            return { summary: 'resumed' };
          },
        },
      ],
    });
    // on PostgreSQL the killed backend may hold its row lock a moment longer, so the successor can
    // pass over crash-2 (SKIP LOCKED) and come back to it: the order is not the point, once each is
    expect(next.map((r) => [r.key, r.outcome]).sort()).toEqual([
      ['crash-2', 'ok'],
      ['crash-3', 'ok'],
    ]);
    const after = await effects(deps(), tenantId);
    expect(keys.map((k) => after.get(k))).toEqual([1, 1, 1, 1]);
    const jobs = await deps().db.selectFrom('jobs').select(['key', 'state', 'attempts']).where('key', 'in', keys).orderBy('key').execute();
    expect(jobs.map((j) => [j.key, j.state, j.attempts])).toEqual(keys.map((k) => [k, 'done', 1]));
    const runs = await deps()
      .db.selectFrom('job_runs as r')
      .innerJoin('jobs as j', (jn) => jn.onRef('j.tenant_id', '=', 'r.tenant_id').onRef('j.id', '=', 'r.job_id'))
      .select(['j.key', 'r.worker_id'])
      .where('j.key', 'in', keys)
      .orderBy('j.key')
      .execute();
    expect(runs.map((r) => [r.key, r.worker_id])).toEqual([
      ['crash-0', 'victim'],
      ['crash-1', 'victim'],
      ['crash-2', 'successor'],
      ['crash-3', 'successor'],
    ]);
  });
});
