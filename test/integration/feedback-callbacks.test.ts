import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * Issue 17 item 3: a dissatisfied callback's follow-up (A7.4.10) is a complaint in customer feedback (A4.5) —
 * one record, not two: taken with the follow-up, handled there, and the follow-up closes and reopens with it.
 */
let t: TestEnv;
let officeA: string;
let zhoumin: Agent;

beforeAll(async () => {
  t = await startTestEnv();
  officeA = await t.org('office-a');
  zhoumin = await t.login('zhoumin');
}, 120_000);
afterAll(() => t.close());

/** A recorded dissatisfied callback of office A (the demo's past months) with no follow-up yet. */
async function unhappyCallback() {
  const db = t.runtime.deps.db;
  const row = await db
    .selectFrom('callbacks as c')
    .leftJoin('callback_follow_ups as f', (j) => j.onRef('f.tenant_id', '=', 'c.tenant_id').onRef('f.callback_id', '=', 'c.id'))
    .select('c.id')
    .where('c.office_id', '=', officeA)
    .where('c.satisfaction', '=', 'dissatisfied')
    .where('f.id', 'is', null)
    .orderBy('c.id')
    .executeTakeFirstOrThrow();
  return (await zhoumin.get(`/api/callbacks/${row.id}`)).body;
}

const complaintsOf = (callbackId: string) =>
  t.runtime.deps.db.selectFrom('feedback').selectAll().where('callback_id', '=', callbackId).execute();

describe('a dissatisfied callback’s follow-up is a complaint (issue 17 item 3)', () => {
  it('the demo shows a callback complaint, closed, in office A’s feedback; its callback links to it and is closed with it', async () => {
    const list = await zhoumin.get(`/api/feedback?orgId=${officeA}&channel=callback`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const f = list.body.items[0];
    expect(f).toMatchObject({ kind: 'complaint', channel: 'callback', state: 'closed', officeName: '翠竹园管理处' });
    expect(f.aboutOrderNumber).toMatch(/^[A-Z]+-\d{8}-\d{4}$/);
    const callback = (await zhoumin.get(`/api/callbacks/${f.callbackId}`)).body;
    expect(callback).toMatchObject({
      complaintId: f.id,
      complaintNumber: f.number,
      followUpState: 'closed',
      followUpRecord: { state: 'closed', result: f.resolution },
      abilities: { openFollowUp: false, closeFollowUp: false },
    });
  });

  it('opening the follow-up takes exactly one complaint by channel callback, about the order, for the office’s customer service', async () => {
    const c = await unhappyCallback();
    const opened = await zhoumin.post(`/api/callbacks/${c.id}/follow-up`, { description: '业主不满意，安排环境主管复查' });
    expect(opened.status).toBe(200);
    const rows = await complaintsOf(c.id);
    expect(rows).toHaveLength(1);
    expect(opened.body).toMatchObject({ complaintId: rows[0]!.id, complaintNumber: rows[0]!.number, followUpState: 'open' });

    const f = (await zhoumin.get(`/api/feedback/${rows[0]!.id}`)).body;
    expect(f).toMatchObject({
      kind: 'complaint',
      channel: 'callback',
      state: 'received',
      officeId: officeA,
      customerName: c.order.customerName,
      customerPhone: c.order.customerPhone,
      address: c.order.address,
      aboutOrderId: c.orderId,
      aboutOrderNumber: c.order.number,
      content: c.comments,
      callbackId: c.id,
      abilities: { reply: true },
    });
    // in the office's queue, to reply within the deadline like any complaint
    const queue = await zhoumin.get(`/api/feedback?orgId=${officeA}&state=received&channel=callback`);
    expect(queue.body.items.map((x: { id: string }) => x.id)).toEqual([f.id]);
    const history = await zhoumin.get(`/api/history/feedback/${f.id}`);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['feedback.receive']);
    // office B's head does not see office A's complaint
    expect((await (await t.login('zhaolei')).get(`/api/feedback/${f.id}`)).status).toBe(404);

    // opening twice is refused as before, and takes no second complaint
    const again = await zhoumin.post(`/api/callbacks/${c.id}/follow-up`, { description: 'again' });
    expect([again.status, again.body.code]).toEqual([409, 'callback.follow_up_exists']);
    expect(await complaintsOf(c.id)).toHaveLength(1);
    // the follow-up is not closed on its own: it is the complaint
    const close = await zhoumin.post(`/api/callbacks/${c.id}/follow-up/close`, { version: 1, result: '已处理' });
    expect([close.status, close.body.code]).toEqual([422, 'callback.follow_up_is_complaint']);
  });

  it('a callback that was not dissatisfied takes no complaint', async () => {
    const row = await t.runtime.deps.db
      .selectFrom('callbacks')
      .select('id')
      .where('office_id', '=', officeA)
      .where('satisfaction', '=', 'satisfied')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const res = await zhoumin.post(`/api/callbacks/${row.id}/follow-up`, { description: 'x' });
    expect([res.status, res.body.code]).toEqual([422, 'callback.not_dissatisfied']);
    expect(await complaintsOf(row.id)).toHaveLength(0);
  });

  it('closing the complaint closes the follow-up with its resolution; reopening it opens the follow-up again', async () => {
    const c = await unhappyCallback();
    const opened = (await zhoumin.post(`/api/callbacks/${c.id}/follow-up`, { description: '业主不满意，安排复查' })).body;
    const id = opened.complaintId as string;
    let f = (await zhoumin.post(`/api/feedback/${id}/reply`, { version: 1, how: 'phone', text: '已致电业主致歉' })).body;
    f = (await zhoumin.post(`/api/feedback/${id}/resolve`, { version: f.version, resolution: '环境主管上门复查，重新清洁' })).body;
    f = (
      await zhoumin.post(`/api/feedback/${id}/tell`, { version: f.version, how: 'phone', text: '已告知业主', satisfaction: 'dissatisfied' })
    ).body;
    expect(f.state).toBe('told');
    // told is not closed: the follow-up stays open
    expect((await zhoumin.get(`/api/callbacks/${c.id}`)).body.followUpState).toBe('open');
    f = (await zhoumin.post(`/api/feedback/${id}/close`, { version: f.version })).body;
    expect(f.state).toBe('closed');
    const closed = (await zhoumin.get(`/api/callbacks/${c.id}`)).body;
    expect(closed).toMatchObject({
      followUpState: 'closed',
      followUpRecord: { state: 'closed', result: '环境主管上门复查，重新清洁', closedAt: expect.any(String) },
      abilities: { closeFollowUp: false, openFollowUp: false },
    });
    const history = (await zhoumin.get(`/api/history/callback/${c.id}`)).body.map((e: { action: string }) => e.action);
    expect(history).toEqual(expect.arrayContaining(['callback.follow_up_open', 'callback.follow_up_close']));

    // the customer was not satisfied: the complaint is reopened, and so is the follow-up
    f = (await zhoumin.post(`/api/feedback/${id}/reopen`, { version: f.version, reason: '业主仍不满意' })).body;
    expect(f.state).toBe('replied');
    expect((await zhoumin.get(`/api/callbacks/${c.id}`)).body.followUpRecord).toMatchObject({
      state: 'open',
      result: null,
      closedAt: null,
    });
    f = (await zhoumin.post(`/api/feedback/${id}/resolve`, { version: f.version, resolution: '更换保洁员并返工' })).body;
    f = (
      await zhoumin.post(`/api/feedback/${id}/tell`, { version: f.version, how: 'visit', text: '已上门告知', satisfaction: 'satisfied' })
    ).body;
    f = (await zhoumin.post(`/api/feedback/${id}/close`, { version: f.version })).body;
    expect((await zhoumin.get(`/api/callbacks/${c.id}`)).body.followUpRecord).toMatchObject({
      state: 'closed',
      result: '更换保洁员并返工',
    });
    expect(await complaintsOf(c.id)).toHaveLength(1);
  });

  it('keeps one complaint per callback in the database too (a unique index on the callback)', async () => {
    const [row] = await t.runtime.deps.db.selectFrom('feedback').selectAll().where('channel', '=', 'callback').limit(1).execute();
    const copy = { ...row!, id: crypto.randomUUID(), number: `${row!.number}-X` };
    await expect(t.runtime.deps.db.insertInto('feedback').values(copy).execute()).rejects.toThrow();
  });
});
