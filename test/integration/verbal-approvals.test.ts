import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callInRepair, dispatchedRepair } from '../support/gps-orders.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { requestCleaning } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const approval = { approverName: '钱伟', content: '配件不足，同意先用备用终端临时代换' };

describe('verbal approvals when parts are short (A4.7)', () => {
  it('stand on the technician’s word until the manager confirms them afterwards, once', async () => {
    const manager = await t.login('qianwei');
    const tech = await t.login('fengsf');
    const o = await dispatchedRepair(t, manager);
    const recorded = await tech.post(`/api/orders/${o.id}/verbal-approvals`, approval);
    expect(recorded.status).toBe(200);
    expect(recorded.body.items).toEqual([
      expect.objectContaining({ ...approval, recordedByName: '冯师傅', confirmedByName: null, confirmedAt: null }),
    ]);
    expect(recorded.body.abilities).toEqual({ record: true, confirm: false });
    const id = recorded.body.items[0].id;
    // the technician cannot confirm his own word
    expect((await tech.post(`/api/orders/${o.id}/verbal-approvals/${id}/confirm`, {})).status).toBe(403);
    const confirmed = await manager.post(`/api/orders/${o.id}/verbal-approvals/${id}/confirm`, {});
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.items[0]).toMatchObject({ confirmedByName: '钱伟' });
    const again = await manager.post(`/api/orders/${o.id}/verbal-approvals/${id}/confirm`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('verbal_approval.already_confirmed');
    // one the manager records himself is confirmed as it is written
    const own = await manager.post(`/api/orders/${o.id}/verbal-approvals`, { approverName: '钱伟', content: '同意外购同型号天线' });
    expect(own.body.items[1]).toMatchObject({ recordedByName: '钱伟', confirmedByName: '钱伟' });
    const history = (await manager.get(`/api/history/order/${o.id}`)).body as { action: string }[];
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['order.verbal_approval', 'order.verbal_approval_confirm']));
  });

  it('are taken only while the job is on, only on GPS orders, and by no one outside the department', async () => {
    const manager = await t.login('qianwei');
    const taken = await callInRepair(t, manager);
    const early = await manager.post(`/api/orders/${taken.id}/verbal-approvals`, approval);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('verbal_approval.order_not_on_job');
    const cleaning = await requestCleaning(t, await t.login('liuyang'));
    const wrongType = await (await t.login('liuyang')).post(`/api/orders/${cleaning.id}/verbal-approvals`, approval);
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.code).toBe('verbal_approval.not_for_type');
    const o = await dispatchedRepair(t, manager);
    for (const outsider of ['sunxy', 'zhaolei']) {
      const agent = await t.login(outsider);
      expect((await agent.get(`/api/orders/${o.id}/verbal-approvals`)).status, outsider).toBe(404);
      expect((await agent.post(`/api/orders/${o.id}/verbal-approvals`, approval)).status, outsider).toBe(404);
    }
    const bad = await manager.post(`/api/orders/${o.id}/verbal-approvals`, { approverName: ' ', content: '' });
    expect(bad.status).toBe(400);
  });
});
