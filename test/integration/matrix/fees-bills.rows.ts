import { startBillRun } from '../../../src/modules/fees/bill-run.service.js';
import { systemActor } from '../../../src/platform/context.js';
import { actAs } from '../../../src/seed/act-as.js';
import { billingEstate, monthsBefore, thisMonth } from '../../support/bill-runs.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Property fees, bills: `headA` (王芳) runs office A's bills and decides adjustments but does not ask for them
 * (the cashier 陈静 does; the administrator holds every permission); `mgrA` holds no fee permission; office B's
 * head never sees office A's runs, bills or adjustments.
 */
export const feesBillsRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  const denied = (ok: number): Case[] => [
    { as: 'headA', status: ok },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  const open: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 200 },
    { as: 'headB', status: 200 },
  ];
  let estate: Promise<Awaited<ReturnType<typeof billingEstate>> & { runId: string }> | undefined;
  /** An estate of office A with approved standards, and last month's run done (driven in this process). */
  const billed = () => {
    estate ??= (async () => {
      const last = monthsBefore(thisMonth(t), 1);
      const e = await billingEstate(t, agents.headA, { office: 'office-a', name: '矩阵计费苑', moveInMonth: last });
      const ctx = await actAs({ ...t.runtime.deps, actor: systemActor(e.property!.tenantId), requestId: null }, 'wangfang');
      const run = await startBillRun(ctx, { estateId: e.estateId, period: last }, { drive: 'inline' });
      return { ...e, runId: run.id };
    })();
    return estate;
  };
  let n = 0;
  /** A fresh open bill of office A (each row takes its own, so an adjustment of one row never meets another's). */
  const billA = async () => {
    const e = await billed();
    const list = (await agents.headA.get(`/api/bills?estateId=${e.estateId}&state=open&pageSize=100`)).body.items;
    return list[n++ % list.length] as { id: string; dueFen: number };
  };
  const pendingAdjustment = async () => {
    const b = await billA();
    const cashier = await t.login('chenjing');
    const res = await cashier.post(`/api/bills/${b.id}/adjustments`, { amountFen: -1, reason: '矩阵减免' });
    return res.body.adjustments.at(-1) as { id: string; version: number };
  };
  return [
    {
      route: 'POST /api/bill-runs',
      prepare: async () => ({
        url: '/api/bill-runs',
        body: { estateId: (await billed()).estateId, period: thisMonth(t) },
        cases: denied(202),
      }),
    },
    { route: 'GET /api/bill-runs', prepare: async () => ({ url: '/api/bill-runs', cases: open }) },
    { route: 'GET /api/bill-runs/:id', prepare: async () => ({ url: `/api/bill-runs/${(await billed()).runId}`, cases: denied(200) }) },
    { route: 'GET /api/bills', prepare: async () => ({ url: '/api/bills', cases: open }) },
    { route: 'GET /api/bills/export.xlsx', prepare: async () => ({ url: '/api/bills/export.xlsx', cases: open }) },
    { route: 'GET /api/bills/:id', prepare: async () => ({ url: `/api/bills/${(await billA()).id}`, cases: denied(200) }) },
    {
      route: 'POST /api/bills/:id/adjustments',
      prepare: async () => ({
        url: `/api/bills/${(await billA()).id}/adjustments`,
        body: { amountFen: -1, reason: '矩阵减免' },
        // the office head decides adjustments but does not ask for them
        cases: [
          { as: 'headA', status: 403 },
          { as: 'mgrA', status: 403 },
          { as: 'headB', status: 404 },
          { as: 'admin', status: 201 },
        ],
      }),
    },
    {
      route: 'POST /api/fee-adjustments/:id/approve',
      prepare: async () => ({
        url: `/api/fee-adjustments/${(await pendingAdjustment()).id}/approve`,
        body: { version: 1 },
        cases: denied(200),
      }),
    },
    {
      route: 'POST /api/fee-adjustments/:id/reject',
      prepare: async () => ({
        url: `/api/fee-adjustments/${(await pendingAdjustment()).id}/reject`,
        body: { version: 1, note: '矩阵驳回' },
        cases: denied(200),
      }),
    },
  ];
};
