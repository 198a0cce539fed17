import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billRunLateMonitor } from '../../src/modules/fees/arrears.monitors.js';
import { billRunLate } from '../../src/modules/fees/arrears.rules.js';
import { paramAt } from '../../src/modules/params/params.service.js';
import { newId } from '../../src/platform/ids.js';
import { startOfBusinessDay } from '../../src/platform/time.js';
import { systemContext } from '../support/agreements.js';
import { billingEstate } from '../support/bill-runs.js';
import { approvedStandard, type FeeFixture } from '../support/fees.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let fA: FeeFixture;
let fB: FeeFixture;
beforeAll(async () => {
  t = await startTestEnv();
  // estates of its own in office A and B; the demo's 翠竹园 and 金色家园 ran their December bills (below), so
  // the only estates the monitor may name are these two
  const estate = async (head: string, office: string, name: string) =>
    billingEstate(t, await t.login(head), { office, name, moveInMonth: '2020-01', standards: false });
  await estate('wangfang', 'office-a', '计费日测试苑');
  await estate('zhaolei', 'office-b', '计费日测试园');
  fA = await approvedStandard(t, '计费日测试苑', { effectiveMonth: '2026-01' });
  // office B's estate's standard starts next year: nothing to bill in December, so never late
  fB = await approvedStandard(t, '计费日测试园', { effectiveMonth: '2027-01' });
  for (const name of ['翠竹园', '金色家园']) {
    const demo = await t.runtime.deps.db
      .selectFrom('estates')
      .select(['tenant_id', 'id', 'office_id'])
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    const ran = await t.runtime.deps.db
      .selectFrom('fee_bill_runs')
      .select('id')
      .where('estate_id', '=', demo.id)
      .where('period', '=', '2026-12')
      .executeTakeFirst();
    if (!ran) await setRun({ tenantId: demo.tenant_id, estateId: demo.id, officeId: demo.office_id }, 'done');
  }
});
afterAll(() => t.close());

const TZ = 'Asia/Shanghai';

async function setRun(f: Pick<FeeFixture, 'tenantId' | 'estateId' | 'officeId'>, state: 'running' | 'done' | 'failed' | null) {
  const db = t.runtime.deps.db;
  await db.deleteFrom('fee_bill_runs').where('estate_id', '=', f.estateId).where('period', '=', '2026-12').execute();
  if (!state) return;
  await db
    .insertInto('fee_bill_runs')
    .values({
      tenant_id: f.tenantId,
      id: newId(),
      office_id: f.officeId,
      estate_id: f.estateId,
      period: '2026-12',
      state,
      unit_total: 10,
      unit_done: state === 'done' ? 10 : 3,
      bills_created: 0,
      units_skipped: 0,
      cursor: null,
      error: null,
      started_by: null,
      started_by_name: '测试',
      started_at: '2026-12-01T01:00:00.000Z',
      finished_at: state === 'running' ? null : '2026-12-01T02:00:00.000Z',
      version: 1,
    })
    .execute();
}

describe('A2.4.1.1: the monitor of bill runs not done by the billing day agrees with the rule billRunLate', () => {
  it('names exactly the estates the rule names, on the billing day and the day after, in each run state', async () => {
    const ctx = await systemContext(t);
    const root = (await t.runtime.deps.db.selectFrom('org_nodes').select('path').where('code', '=', 'hq').executeTakeFirstOrThrow()).path;
    const officeA = (await t.runtime.deps.db.selectFrom('org_nodes').select('path').where('id', '=', fA.officeId).executeTakeFirstOrThrow())
      .path;
    const billingDay = await paramAt(ctx, officeA, 'billingDay');
    let late = 0;
    for (const day of [billingDay, billingDay + 1, 20]) {
      const date = `2026-12-${String(day).padStart(2, '0')}`;
      // the start of the day and a minute before its end (the adjustable clock keeps running)
      for (const at of [
        startOfBusinessDay(date, TZ),
        new Date(Date.parse(startOfBusinessDay(date, TZ)) + 86_400_000 - 60_000).toISOString(),
      ]) {
        t.clock.set(new Date(at));
        for (const state of [null, 'running', 'failed', 'done'] as const) {
          await setRun(fA, state);
          await setRun(fB, null);
          const expected = billRunLate({ today: date, billingDay, runState: state }) ? 1 : 0;
          const scope = { nodeId: fA.officeId, path: root };
          expect(await billRunLateMonitor.count(ctx, scope), `${at} ${state}`).toBe(expected);
          const list = await billRunLateMonitor.list(ctx, scope, { limit: 10, offset: 0 });
          expect(list.map((b) => b.entity.id)).toEqual(expected ? [fA.estateId] : []);
          if (expected) {
            late++;
            expect(list[0]!.since).toBe(startOfBusinessDay(`2026-12-${String(billingDay + 1).padStart(2, '0')}`, TZ));
            expect(list[0]!.what.values).toMatchObject({ estate: '计费日测试苑', month: '2026-12', day: billingDay });
          }
        }
      }
    }
    expect(late).toBe(12);
  });
});
