import type { Case, Matrix, Row } from '../../support/matrix.js';

let n = 0;

/**
 * The gate: `headA` (office A's head) holds parking.gate at office A; `mgrA` sees office A but holds no parking
 * permission, so even the lists refuse it; office B's head never sees office A's car parks or stays; a cleaner reads none.
 */
export const parkingGateRows = (m: Matrix): Row[] => {
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
  const carParkA = async () => {
    const e = (await headA().post('/api/estates', { officeId: ids['office-a'], name: `矩阵门岗小区${++n}`, address: '矩阵路10号' })).body;
    return (await headA().post('/api/car-parks', { estateId: e.id, code: 'P1', name: '矩阵门岗车场', kind: 'ground' })).body as {
      id: string;
    };
  };
  const plate = () => `粤M${String(++n).padStart(5, '0')}`;
  const parkedA = async () => {
    const c = await carParkA();
    return (await headA().post('/api/parking/stays/entry', { carParkId: c.id, plate: plate() })).body as { id: string };
  };
  const csv = Buffer.from(`车牌号,入场时间,出场时间\r\n粤M99999,2026-01-05 09:00,\r\n`).toString('base64');
  return [
    { route: 'GET /api/parking/stays', prepare: async () => ({ url: '/api/parking/stays', cases: own }) },
    { route: 'GET /api/parking/stays/export.xlsx', prepare: async () => ({ url: '/api/parking/stays/export.xlsx', cases: own }) },
    {
      route: 'GET /api/parking/stays/:id',
      prepare: async () => ({ url: `/api/parking/stays/${(await parkedA()).id}`, cases: denied(200) }),
    },
    {
      route: 'POST /api/parking/stays/entry',
      // a fresh plate for each caller: the second entry of a parked plate is refused
      prepare: async () => {
        const c = await carParkA();
        const as = (who: Case['as'], status: number): Case => ({ as: who, status, body: { carParkId: c.id, plate: plate() } });
        return {
          url: '/api/parking/stays/entry',
          body: { carParkId: c.id, plate: plate() },
          cases: [as('headA', 201), as('mgrA', 403), as('headB', 404)],
        };
      },
    },
    {
      route: 'POST /api/parking/stays/exit',
      prepare: async () => ({ url: '/api/parking/stays/exit', body: { stayId: (await parkedA()).id }, cases: denied(200) }),
    },
    { route: 'GET /api/parking/gate-imports', prepare: async () => ({ url: '/api/parking/gate-imports', cases: own }) },
    {
      route: 'GET /api/parking/gate-imports/:id',
      prepare: async () => {
        const c = await carParkA();
        const i = (await headA().post('/api/parking/gate-imports', { carParkId: c.id, fileName: 'm.csv', file: csv })).body as {
          id: string;
        };
        return { url: `/api/parking/gate-imports/${i.id}`, cases: denied(200) };
      },
    },
    {
      route: 'POST /api/parking/gate-imports',
      prepare: async () => ({
        url: '/api/parking/gate-imports',
        body: { carParkId: (await carParkA()).id, fileName: 'm.csv', file: csv },
        cases: denied(201),
      }),
    },
    {
      route: 'GET /api/parking/car-parks/:id/gate-mapping',
      prepare: async () => ({ url: `/api/parking/car-parks/${(await carParkA()).id}/gate-mapping`, cases: denied(200) }),
    },
    {
      route: 'PUT /api/parking/car-parks/:id/gate-mapping',
      // each caller sets a car park of its own, so the version each sends is current
      prepare: async () => {
        const body = { plateColumn: '车牌', enteredColumn: '进场', exitedColumn: '离场', recordColumn: '', version: 0 };
        const as = async (who: Case['as'], status: number): Promise<Case> => ({
          as: who,
          status,
          url: `/api/parking/car-parks/${(await carParkA()).id}/gate-mapping`,
          body,
        });
        const cases = [await as('headA', 200), await as('mgrA', 403), await as('headB', 404)];
        return { url: cases[0]!.url!, body, cases };
      },
    },
  ];
};
