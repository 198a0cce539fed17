import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDueBillRuns } from '../../src/modules/fees/bill-run.jobs.js';
import { runDueJobs } from '../../src/modules/jobs/jobs.worker.js';
import { fixedClock } from '../../src/platform/clock.js';
import { inTransaction, systemActor } from '../../src/platform/context.js';
import { startOfBusinessDay } from '../../src/platform/time.js';
import { billingEstate, monthsBefore, thisMonth } from '../support/bill-runs.js';
import { approvedStandard, totalsDrift } from '../support/fees.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

// GUANJIA_JOB_POLL_MS=0: this server runs no jobs by itself, so the test runs the chunks when it says
let t: TestEnv;
let headA: Agent;
let headB: Agent;
let cashierA: Agent;
let supervisorA: Agent;
let estate: Awaited<ReturnType<typeof billingEstate>>;
let last: string;
beforeAll(async () => {
  t = await startTestEnv({ env: { GUANJIA_JOB_POLL_MS: '0' } });
  headA = await t.login('wangfang');
  headB = await t.login('zhaolei');
  cashierA = await t.login('chenjing');
  supervisorA = await t.login('zhoumin');
  last = monthsBefore(thisMonth(t), 1);
  estate = await billingEstate(t, headA, { office: 'office-a', name: '计费测试苑', moveInMonth: last });
});
afterAll(() => t.close());

const runJobs = () => runDueJobs(t.runtime.deps, {});
const billsOf = async (agent: Agent, period: string) =>
  (await agent.get(`/api/bills?estateId=${estate.estateId}&period=${period}&pageSize=100&sort=room`)).body;

describe('the monthly bill run (A2.4.1.1)', () => {
  it('bills every unit with an owner, one bill per item, prorated by day for a move-in mid-month', async () => {
    const started = await headA.post('/api/bill-runs', { estateId: estate.estateId, period: last });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body).toMatchObject({ state: 'running', unitTotal: 4, unitDone: 0, progress: 0, startedByName: '王芳' });
    await runJobs();
    const run = (await headA.get(`/api/bill-runs/${started.body.id}`)).body;
    expect(run).toMatchObject({ state: 'done', unitDone: 4, unitTotal: 4, billsCreated: 6, unitsSkipped: 1, progress: 100 });

    const bills = await billsOf(headA, last);
    expect(bills.total).toBe(6);
    const days = Number(bills.items[0].daysInPeriod);
    const byRoom = (room: string, item: string) =>
      bills.items.find((b: { room: string; itemName: string }) => b.room === room && b.itemName === item);
    // 100 m² × 1.80 = 180.00; the 0102 owner holds it from the 21st: 89.5 × 1.80 × (days − 20) ÷ days
    expect(byRoom('0101', '物业管理费')).toMatchObject({
      amountFen: 18_000,
      daysBilled: days,
      payerName: '钱一',
      state: 'open',
      dueFen: 18_000,
    });
    const part = days - 20;
    expect(byRoom('0102', '物业管理费')).toMatchObject({
      amountFen: Math.round((89_500 * 180 * part) / (1000 * days)),
      daysBilled: part,
      rateFen: 180,
      areaMilli: 89_500,
      payerName: '孙二',
    });
    expect(byRoom('0102', '垃圾清运费')).toMatchObject({ amountFen: Math.round((1500 * part) / days), basis: 'per_unit' });
    // the shop pays the commercial rate; the unit without an owner gets nothing
    expect(byRoom('0104', '物业管理费')).toMatchObject({ amountFen: 17_500, rateFen: 350 });
    expect(bills.items.some((b: { room: string }) => b.room === '0103')).toBe(false);

    const list = (await headA.get(`/api/bill-runs?estateId=${estate.estateId}`)).body;
    expect(list.items.map((r: { period: string; state: string }) => [r.period, r.state])).toEqual([[last, 'done']]);
  });

  it('runs again creating nothing new, and never doubles a bill made ahead of time', async () => {
    const again = await headA.post('/api/bill-runs', { estateId: estate.estateId, period: last });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ state: 'running', unitDone: 0, billsCreated: 0 });
    await runJobs();
    expect((await headA.get(`/api/bill-runs/${again.body.id}`)).body).toMatchObject({ state: 'done', billsCreated: 0, unitsSkipped: 1 });
    expect((await billsOf(headA, last)).total).toBe(6);
    // one run per estate and month: the same run went round again
    expect((await headA.get(`/api/bill-runs?estateId=${estate.estateId}`)).body.total).toBe(1);
  });

  it('of two standards approved for the same month, prices with the one approved last', async () => {
    const e = await billingEstate(t, headA, { office: 'office-a', name: '重批测试苑', moveInMonth: last, standards: false });
    const rates = (rateFen: number) => [{ use: '*' as const, occupancy: '*' as const, rateFen }];
    const earlier = new Date(Date.now() - 60_000).toISOString();
    const first = await approvedStandard(t, '重批测试苑', { itemCode: 'restandard', itemName: '重批测试费', rates: rates(180) });
    const second = await approvedStandard(t, '重批测试苑', { itemCode: 'restandard', rates: rates(200) });
    // the first was approved a minute before the second (the second corrects it)
    await t.runtime.deps.db.updateTable('fee_standards').set({ approved_at: earlier }).where('id', '=', first.standardId).execute();
    const started = await headA.post('/api/bill-runs', { estateId: e.estateId, period: last });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    await runJobs();
    const bills = (await headA.get(`/api/bills?estateId=${e.estateId}&period=${last}&pageSize=100`)).body;
    expect(bills.total).toBeGreaterThan(0);
    expect(new Set(bills.items.map((b: { standardId: string; rateFen: number }) => `${b.standardId}/${b.rateFen}`))).toEqual(
      new Set([`${second.standardId}/200`]),
    );
  });

  it('refuses a month after the current one, and an estate with no approved standard (A2.4.1.1)', async () => {
    const future = await headA.post('/api/bill-runs', { estateId: estate.estateId, period: monthsBefore(thisMonth(t), -1) });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ code: 'bill_run.future_period', errors: [{ field: 'period' }] });

    const bare = await billingEstate(t, headA, { office: 'office-a', name: '未定价苑', moveInMonth: last, standards: false });
    // a standard reviewed by HQ but not yet approved by the general manager cannot bill
    const pending = await approvedStandard(t, '未定价苑', { itemCode: 'property' });
    await t.runtime.deps.db.updateTable('fee_standards').set({ state: 'reviewed' }).where('id', '=', pending.standardId).execute();
    const refused = await headA.post('/api/bill-runs', { estateId: bare.estateId, period: last });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('bill_run.no_standard');
    // a standard effective only from next month does not bill this one either (never retroactive)
    await approvedStandard(t, '未定价苑', { itemCode: 'property', effectiveMonth: thisMonth(t) });
    expect((await headA.post('/api/bill-runs', { estateId: bare.estateId, period: last })).body.code).toBe('bill_run.no_standard');
    expect((await headA.get(`/api/bill-runs?estateId=${bare.estateId}`)).body.total).toBe(0);
  });

  it('is started only in the estate’s own office, by those who may run bills', async () => {
    expect((await headB.post('/api/bill-runs', { estateId: estate.estateId, period: last })).status).toBe(404);
    expect((await supervisorA.post('/api/bill-runs', { estateId: estate.estateId, period: last })).status).toBe(403);
    const run = (await headA.get(`/api/bill-runs?estateId=${estate.estateId}`)).body.items[0];
    expect((await headB.get(`/api/bill-runs/${run.id}`)).status).toBe(404);
    expect((await headB.get(`/api/bills?estateId=${estate.estateId}`)).body.total).toBe(0);
    const bill = (await billsOf(headA, last)).items[0];
    expect((await headB.get(`/api/bills/${bill.id}`)).status).toBe(404);
    // the cashier reads the bills and may run them too; the supervisor reads them
    expect((await supervisorA.get(`/api/bills/${bill.id}`)).status).toBe(200);
  });

  it('starts the month’s runs by itself once the office’s billing day has come', async () => {
    const month = thisMonth(t);
    const runOf = async () =>
      (await headA.get(`/api/bill-runs?estateId=${estate.estateId}`)).body.items.find((r: { period: string }) => r.period === month);
    const at = (day: string) =>
      fixedClock(new Date(Date.parse(startOfBusinessDay(`${month}-${day}`, 'Asia/Shanghai')) + 7 * 3_600_000).toISOString());
    // the daily job at 07:00 on a given day of this month (its own clock: the sessions' clock stays where it is)
    const tick = (day: string) => {
      const ctx = { ...t.runtime.deps, clock: at(day), actor: systemActor(estate.property!.tenantId), requestId: null };
      return inTransaction(ctx, (tx) =>
        startDueBillRuns({ ...tx, job: { id: 'x', kind: 'fees.bill_run_schedule', key: 'x', payload: {}, dueAt: tx.now, attempt: 1 } }),
      );
    };
    await tick('01');
    expect(await runOf()).toBeUndefined();
    await tick('05'); // billingDay: 5 by default (A2.4.1.1)
    await runDueJobs({ ...t.runtime.deps, clock: at('05') }, {});
    expect(await runOf()).toMatchObject({ state: 'done', startedByName: '系统', billsCreated: 6 });
    await tick('06');
    expect((await headA.get(`/api/bill-runs?estateId=${estate.estateId}`)).body.total).toBe(2);
  });
});

describe('adjustments: bills are never edited', () => {
  const bill = async (room: string) =>
    (await billsOf(headA, last)).items.find((b: { room: string; itemName: string }) => b.room === room && b.itemName === '物业管理费');

  it('a reduction asked by the cashier changes what is due only once the office head approves', async () => {
    const b = await bill('0101');
    const asked = await cashierA.post(`/api/bills/${b.id}/adjustments`, { amountFen: -3000, reason: '漏水期间减免' });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ dueFen: 18_000, adjustments: [{ amountFen: -3000, state: 'pending' }] });
    const pending = (await headA.get(`/api/bills?estateId=${estate.estateId}&adjustment=pending`)).body;
    expect(pending.items.map((x: { id: string }) => x.id)).toEqual([b.id]);
    const todos = (await headA.get('/api/workbench')).body;
    expect(JSON.stringify(todos)).toContain('fees.adjustmentsToApprove');

    const adj = asked.body.adjustments[0];
    expect((await cashierA.post(`/api/fee-adjustments/${adj.id}/approve`, { version: 1 })).status).toBe(403);
    expect((await headB.post(`/api/fee-adjustments/${adj.id}/approve`, { version: 1 })).status).toBe(404);
    const ok = await headA.post(`/api/fee-adjustments/${adj.id}/approve`, { version: 1, note: '同意' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ amountFen: 18_000, adjustmentFen: -3000, dueFen: 15_000, state: 'open' });
    expect(ok.body.adjustments[0]).toMatchObject({ state: 'approved', decidedByName: '王芳', decisionNote: '同意' });
    expect((await headA.post(`/api/fee-adjustments/${adj.id}/approve`, { version: 2 })).body.code).toBe('adjustment.not_pending');
  });

  it('never takes what is due below 0; a bill brought to 0 is settled; a paid bill is not adjusted', async () => {
    const b = await bill('0104');
    const below = await cashierA.post(`/api/bills/${b.id}/adjustments`, { amountFen: -17_501, reason: '全免' });
    expect(below.status).toBe(422);
    expect(below.body).toMatchObject({ code: 'adjustment.below_zero', errors: [{ field: 'amountFen' }] });
    const rejectMe = (await cashierA.post(`/api/bills/${b.id}/adjustments`, { amountFen: 100, reason: '更正' })).body.adjustments[0];
    const rejected = await headA.post(`/api/fee-adjustments/${rejectMe.id}/reject`, { version: 1, note: '无依据' });
    expect(rejected.body).toMatchObject({ dueFen: 17_500, adjustments: [{ state: 'rejected', decisionNote: '无依据' }] });

    const all = (await cashierA.post(`/api/bills/${b.id}/adjustments`, { amountFen: -17_500, reason: '商铺停业全免' })).body;
    const settled = await headA.post(`/api/fee-adjustments/${all.adjustments[1].id}/approve`, { version: 1 });
    expect(settled.body).toMatchObject({ dueFen: 0, state: 'paid', paymentId: null });
    expect(settled.body.abilities.requestAdjustment).toBe(false);
    const late = await cashierA.post(`/api/bills/${b.id}/adjustments`, { amountFen: -1, reason: '再减' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('bill.already_paid');
  });

  it('exports the bills the list shows, and keeps the history of a bill and its adjustments', async () => {
    const xlsx = await headA.get(`/api/bills/export.xlsx?estateId=${estate.estateId}&period=${last}&state=open`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const b = await bill('0104');
    const history = await headA.get(`/api/history/fee_bill/${b.id}`);
    expect(history.status, JSON.stringify(history.body)).toBe(200);
    expect(JSON.stringify(history.body)).toContain('bill.settle');
  });

  it('moved the collection rate’s totals with every bill run, reduction and settlement', async () => {
    expect(await totalsDrift(t)).toEqual([]);
  });
});
