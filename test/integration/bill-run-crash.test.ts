import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBillRun } from '../../src/modules/fees/bill-run.service.js';
import { runDueJobs } from '../../src/modules/jobs/jobs.worker.js';
import { systemActor } from '../../src/platform/context.js';
import { actAs } from '../../src/seed/act-as.js';
import { billingEstate, monthsBefore, thisMonth } from '../support/bill-runs.js';
import { totalsDrift } from '../support/fees.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv({ env: { GUANJIA_JOB_POLL_MS: '0' } });
});
afterAll(() => t.close());

/** A bill run's server killed with -9 in the middle of a chunk, then the run started again (both engines). */
describe('a bill run killed in the middle (A2.4.1.1)', () => {
  // the child compiles the app through tsx before it runs a chunk: on a busy two-core machine that alone can take 30 s
  it('goes on from the last chunk that committed: it finishes, no bill twice, no unit left out', { timeout: 180_000 }, async () => {
    const head = await t.login('wangfang');
    const period = monthsBefore(thisMonth(t), 1);
    const e = await billingEstate(t, head, { office: 'office-a', name: '断电测试苑', moveInMonth: period, extraUnits: 16 });
    const deps = t.runtime.deps;
    const ctx = await actAs({ ...deps, actor: systemActor(e.property!.tenantId), requestId: null }, 'wangfang');
    // chunks of 4 units: 20 units are 5 chunks (and a last empty look), each its own job and transaction
    const run = await startBillRun(ctx, { estateId: e.estateId, period }, { chunkSize: 4 });

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/bill-run-crasher.ts', t.database.dataDir, t.database.databaseUrl ?? '-'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('inside the third chunk') && resolve());
      child.on('exit', (code) => reject(new Error(`the run's server exited (${code}) before the third chunk`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const read = () => deps.db.selectFrom('fee_bill_runs').selectAll().where('id', '=', run.id).executeTakeFirstOrThrow();
    const bills = () =>
      deps.db.selectFrom('fee_bills').select(['unit_id', 'item_id', 'run_id']).where('estate_id', '=', e.estateId).execute();
    // two chunks committed (8 units, one without an owner); the third's bills died with its transaction
    const killed = await read();
    expect([killed.state, Number(killed.unit_done), Number(killed.bills_created)]).toEqual(['running', 8, 14]);
    expect(await bills()).toHaveLength(14);

    // started again (the office head presses the button again): it goes on from the cursor
    await startBillRun(ctx, { estateId: e.estateId, period }, { chunkSize: 4 });
    // PostgreSQL may hold the killed backend's row lock a moment, so the next worker can pass the job over once
    for (let i = 0; i < 50 && (await read()).state !== 'done'; i++) {
      await runDueJobs(deps, { workerId: 'successor' });
      await new Promise((r) => setTimeout(r, 100));
    }
    const done = await read();
    expect([done.state, Number(done.unit_done), Number(done.unit_total), Number(done.units_skipped)]).toEqual(['done', 20, 20, 1]);
    const all = await bills();
    // every unit with an owner has one bill per item, and no more
    const keys = all.map((b) => `${b.unit_id}:${b.item_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(all).toHaveLength(19 * 2);
    expect(Number(done.bills_created)).toBe(all.length);
    expect(all.every((b) => b.run_id === run.id)).toBe(true);
    const owned = await deps.db
      .selectFrom('estate_residents')
      .select('unit_id')
      .distinct()
      .where('estate_id', '=', e.estateId)
      .where('role', '=', 'owner')
      .execute();
    expect(new Set(all.map((b) => b.unit_id))).toEqual(new Set(owned.map((o) => o.unit_id)));
  });

  it('counted each committed chunk once in the collection rate’s totals, the killed one not at all', async () => {
    expect(await totalsDrift(t)).toEqual([]);
  });
});
