import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchedRepair, GPS_CHECKLIST } from '../support/gps-orders.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

/** A GPS repair called in at `calledAt`, the technician arriving, starting and finishing at the times given. */
async function repairTimed(manager: Agent, tech: Agent, at: { called: string; arrived: string; started: string; finished: string }) {
  t.clock.set(new Date(at.called));
  let o = await dispatchedRepair(t, manager);
  o = (await tech.post(`/api/orders/${o.id}/depart`, { version: o.version, details: GPS_CHECKLIST })).body;
  t.clock.set(new Date(at.arrived));
  o = (await tech.post(`/api/orders/${o.id}/arrive`, { version: o.version })).body;
  t.clock.set(new Date(at.started));
  o = (await tech.post(`/api/orders/${o.id}/start`, { version: o.version })).body;
  t.clock.set(new Date(at.finished));
  const done = await tech.post(`/api/orders/${o.id}/finish`, { version: o.version, details: { cause: '天线接头松脱，重新紧固' } });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
  return done.body as { id: string; number: string };
}

describe('service times in business hours (A4.7)', () => {
  it('counts a wait across the Mid-Autumn holiday in working hours only, per technician', async () => {
    const manager = await t.login('qianwei');
    const tech = await t.login('fengsf');
    // (September: the demo's own GPS repair across a holiday is in the month of the latest one, National Day)
    // called Thursday 24 September 16:00 (Beijing), reached Monday 28 September 10:00 after 中秋 and the weekend
    const slow = await repairTimed(manager, tech, {
      called: '2026-09-24T08:00:00.000Z',
      arrived: '2026-09-28T02:00:00.000Z',
      started: '2026-09-28T02:10:00.000Z',
      finished: '2026-09-28T03:40:00.000Z',
    });
    // called Friday 18 September 17:30, reached Sunday 20 September 09:30: a make-up working day counts
    const quick = await repairTimed(manager, tech, {
      called: '2026-09-18T09:30:00.000Z',
      arrived: '2026-09-20T01:30:00.000Z',
      started: '2026-09-20T01:30:00.000Z',
      finished: '2026-09-20T02:00:00.000Z',
    });
    const res = await manager.get('/api/service-times?month=2026-09');
    expect(res.status).toBe(200);
    expect(res.body.workday).toEqual({ startMinutes: 540, endMinutes: 1080 });
    const byNumber = new Map(res.body.orders.map((o: { number: string }) => [o.number, o]));
    // 2 h on 24 September (16:00–18:00) and 1 h on 28 September (09:00–10:00); 3 days and 18 h by the clock
    expect(byNumber.get(slow.number)).toMatchObject({
      staff: ['冯师傅'],
      waitMinutes: 180,
      repairMinutes: 90,
      waitClockMinutes: 3 * 24 * 60 + 18 * 60,
    });
    expect(byNumber.get(quick.number)).toMatchObject({ waitMinutes: 60, repairMinutes: 30 });
    const feng = res.body.people.find((p: { person: string }) => p.person === '冯师傅');
    expect(feng).toMatchObject({
      orders: 2,
      avgWaitMinutes: 120,
      avgRepairMinutes: 60,
      slowestWait: { number: slow.number, minutes: 180 },
      slowestRepair: { number: slow.number, minutes: 90 },
    });
    expect(res.body.slowest[0].number).toBe(slow.number);
    // a month with nothing finished is empty, not an error
    expect((await manager.get('/api/service-times?month=2026-08')).body).toMatchObject({ orders: [], people: [] });
  });

  it('shows each reader only the orders of their own offices, and refuses one who reads no orders', async () => {
    const otherOffice = await t.login('zhaolei');
    const theirs = await otherOffice.get('/api/service-times?month=2026-09');
    expect(theirs.status).toBe(200);
    expect(theirs.body.orders).toEqual([]);
    const guard = await t.login('zhaogang');
    expect((await guard.get('/api/service-times?month=2026-09')).status).toBe(403);
    const manager = await t.login('qianwei');
    const bad = await manager.get('/api/service-times?month=2026-13');
    expect(bad.status).toBe(400);
  });
});
