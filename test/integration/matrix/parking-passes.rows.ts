import type { Case, Matrix, Row } from '../../support/matrix.js';
import { approvedParkingStandard } from '../../support/parking-standards.js';

let n = 0;

/**
 * Monthly passes: `headA` (office A's head) issues and cancels office A's; `mgrA` holds no parking permission, so
 * even the lists refuse it; office B's head never sees office A's passes. Each row makes its own estate, car park
 * (with an approved standard), unit and vehicle.
 */
export const parkingPassRows = (m: Matrix): Row[] => {
  const { agents, ids } = m;
  const headA = () => agents.headA;
  const denied = (ok: number): Case[] => [
    { as: 'headA', status: ok },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  const own: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 200 },
    { as: 'cleanerA', status: 403 },
  ];
  const month = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(m.t.clock.now()).slice(0, 7);
  /** A car park of office A with a standard pricing a zone, and a vehicle with a unit there: what a pass needs. */
  const passBody = async () => {
    const k = ++n;
    const e = (await headA().post('/api/estates', { officeId: ids['office-a'], name: `矩阵月卡小区${k}`, address: '矩阵路10号' })).body;
    const b = (await headA().post('/api/estate-buildings', { estateId: e.id, name: '1栋' })).body;
    const u = await headA().post('/api/estate-units', {
      estateId: e.id,
      buildingId: b.id,
      entrance: '1',
      floor: 1,
      room: '0101',
      areaMilli: 80_000,
      use: 'residential',
      occupancy: 'occupied',
    });
    const c = (await headA().post('/api/car-parks', { estateId: e.id, code: 'P1', name: '矩阵车场', kind: 'ground' })).body;
    await approvedParkingStandard(m.t, c.id, month(), { public: 20000 });
    const v = await headA().post('/api/vehicles', {
      estateId: e.id,
      plate: `沪N${String(k).padStart(5, '0')}`,
      unitId: u.body.id,
      holderResidentId: null,
      holderName: '矩阵车主',
      holderPhone: '13800006666',
    });
    return { carParkId: c.id as string, vehicleId: v.body.id as string, spaceId: null, zone: '东区', fromMonth: month(), toMonth: month() };
  };
  const passA = async () => (await headA().post('/api/parking/passes', await passBody())).body as { id: string; version: number };
  return [
    { route: 'GET /api/parking/passes', prepare: async () => ({ url: '/api/parking/passes', cases: own }) },
    { route: 'GET /api/parking/passes/export.xlsx', prepare: async () => ({ url: '/api/parking/passes/export.xlsx', cases: own }) },
    {
      route: 'GET /api/parking/passes/quote',
      prepare: async () => {
        const { spaceId: _s, ...body } = await passBody();
        return { url: `/api/parking/passes/quote?${new URLSearchParams(body)}`, cases: denied(200) };
      },
    },
    {
      route: 'GET /api/parking/passes/:id',
      prepare: async () => ({ url: `/api/parking/passes/${(await passA()).id}`, cases: denied(200) }),
    },
    {
      route: 'POST /api/parking/passes',
      prepare: async () => ({ url: '/api/parking/passes', body: await passBody(), cases: denied(201) }),
    },
    {
      route: 'POST /api/parking/passes/:id/cancel',
      prepare: async () => {
        const p = await passA();
        return { url: `/api/parking/passes/${p.id}/cancel`, body: { reason: '矩阵注销', version: p.version }, cases: denied(200) };
      },
    },
  ];
};
