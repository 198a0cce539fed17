import type { Case, Matrix, Row } from '../../support/matrix.js';
import { insertStay, localAt, type ParkingFixture, parkingFixture } from '../../support/parking-stays.js';

let n = 0;

/**
 * Collection at the gate and the daily report: `headA` (office A's head) reads and supervises office A's parking —
 * waives, but does not collect at the gate (403); `admin` holds every permission but no receipt book, so a collection
 * passes the access check and meets the receipt refusal; `mgrA` sees office A without parking permissions;
 * office B's head never sees office A's stays.
 */
export const parkingCollectRows = (m: Matrix): Row[] => {
  let fx: ParkingFixture | undefined;
  const fixture = async () => {
    fx ??= await parkingFixture(m.t, m.agents.headA);
    return fx;
  };
  const dueStay = async () => {
    const f = await fixture();
    const now = m.t.clock.now();
    return insertStay(m.t, f, {
      plate: `粤M${String(++n).padStart(5, '0')}`,
      enteredAt: localAt(f, now, 2, '08:00'),
      exitedAt: localAt(f, now, 2, '10:30'),
    });
  };
  const inside = (ok: number): Case[] => [
    { as: 'headA', status: ok },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  const lists: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 200 },
    { as: 'cleanerA', status: 403 },
  ];
  const days = 'from=2026-11-01&to=2026-11-07';
  return [
    { route: 'GET /api/parking/collect/stays', prepare: async () => ({ url: '/api/parking/collect/stays', cases: lists }) },
    {
      route: 'GET /api/parking/collect/stays/:id',
      prepare: async () => ({ url: `/api/parking/collect/stays/${(await dueStay()).id}`, cases: inside(200) }),
    },
    {
      route: 'POST /api/parking/collect/stays/:id',
      prepare: async () => {
        const s = await dueStay();
        return {
          url: `/api/parking/collect/stays/${s.id}`,
          body: { method: 'cash', amountFen: s.chargeFen, version: 1 },
          cases: [...inside(403), { as: 'admin', status: 422 }],
        };
      },
    },
    {
      route: 'POST /api/parking/collect/stays/:id/waive',
      prepare: async () => ({
        url: `/api/parking/collect/stays/${(await dueStay()).id}/waive`,
        body: { reason: '矩阵减免', version: 1 },
        cases: inside(200),
      }),
    },
    {
      route: 'GET /api/parking/collections/:id/receipt',
      prepare: async () => {
        const s = await dueStay();
        const guard = await m.t.login('zhaogang');
        const done = await guard.post(`/api/parking/collect/stays/${s.id}`, { method: 'cash', amountFen: s.chargeFen, version: 1 });
        return { url: `/api/parking/collections/${done.body.collection.id}/receipt`, cases: inside(200) };
      },
    },
    { route: 'GET /api/parking/reports/daily', prepare: async () => ({ url: `/api/parking/reports/daily?${days}`, cases: lists }) },
    {
      route: 'GET /api/parking/reports/daily/export.xlsx',
      prepare: async () => ({ url: `/api/parking/reports/daily/export.xlsx?${days}`, cases: lists }),
    },
  ];
};
