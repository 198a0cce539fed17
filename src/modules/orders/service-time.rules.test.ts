import { describe, expect, it } from 'vitest';
import { byPerson, orderTimes, slowestOrders, type TimedOrder } from './service-time.rules.js';

// a calendar of whole clock minutes, except that nothing counts on 2026-10-01..07 (UTC days, for the test)
const between = (from: string, to: string) => {
  let m = 0;
  for (let t = Date.parse(from); t < Date.parse(to); t += 60_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (!(day >= '2026-10-01' && day <= '2026-10-07')) m += 1;
  }
  return m;
};
const order = (number: string, staff: string[], at: Partial<TimedOrder>): TimedOrder => ({
  id: number,
  number,
  type: 'gps_repair',
  customerName: '顺达物流',
  staff,
  requestedAt: '2026-09-30T22:00:00.000Z',
  arrivedAt: null,
  startedAt: null,
  completedAt: null,
  ...at,
});

describe('service times (A4.7)', () => {
  it('counts the wait and the repair in business minutes, and keeps the clock figures beside them', () => {
    const t = orderTimes(
      order('GW-1', ['冯师傅'], {
        arrivedAt: '2026-10-08T01:00:00.000Z',
        startedAt: '2026-10-08T01:10:00.000Z',
        completedAt: '2026-10-08T02:40:00.000Z',
      }),
      between,
    );
    // 2 h on 30 September and 1 h on 8 October; the holiday week in between does not count
    expect(t).toMatchObject({ waitMinutes: 180, repairMinutes: 90, repairClockMinutes: 90 });
    expect(t.waitClockMinutes).toBe(7 * 24 * 60 + 180);
    expect(orderTimes(order('GW-2', ['冯师傅'], {}), between)).toMatchObject({ waitMinutes: null, repairMinutes: null });
  });
  it('averages per person, names the slowest order of each, and counts an order of two for both', () => {
    const done = (number: string, staff: string[], waitMinutes: number, repairMinutes: number) => ({
      ...order(number, staff, {}),
      waitMinutes,
      repairMinutes,
      waitClockMinutes: waitMinutes,
      repairClockMinutes: repairMinutes,
    });
    const times = [done('GW-1', ['冯师傅'], 60, 30), done('GW-2', ['冯师傅', '李工'], 181, 20), done('GW-3', ['李工'], 10, 200)];
    expect(byPerson(times)).toEqual([
      {
        person: '冯师傅',
        orders: 2,
        avgWaitMinutes: 121,
        avgRepairMinutes: 25,
        slowestWait: { id: 'GW-2', number: 'GW-2', minutes: 181 },
        slowestRepair: { id: 'GW-1', number: 'GW-1', minutes: 30 },
      },
      {
        person: '李工',
        orders: 2,
        avgWaitMinutes: 96,
        avgRepairMinutes: 110,
        slowestWait: { id: 'GW-2', number: 'GW-2', minutes: 181 },
        slowestRepair: { id: 'GW-3', number: 'GW-3', minutes: 200 },
      },
    ]);
    expect(slowestOrders(times, 2).map((o) => o.number)).toEqual(['GW-3', 'GW-2']);
  });
});
