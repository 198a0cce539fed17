import { addMonths, businessDateIn } from '../../../src/platform/months.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';

let n = 0;

/**
 * Parking standards: `headA` (王芳) drafts and submits standards of office A's car parks; `admin` (every permission
 * at the root) stands in for HQ business and the general manager; `mgrA` sees office A without parking permissions,
 * so even the list refuses it; office B's head never sees office A's standards.
 */
export const parkingStandardsRows = (m: Matrix): Row[] => {
  const { agents } = m;
  const month = () => addMonths(businessDateIn(m.t.clock.now(), 'Asia/Shanghai').slice(0, 7), 2);
  let carParkA = '';
  const setUp = async () => {
    if (carParkA) return;
    const estate = (await agents.headA.get(`/api/estates?q=${encodeURIComponent('翠竹园')}`)).body.items[0].id;
    carParkA = (await agents.headA.get(`/api/car-parks?estateId=${estate}`)).body.items[0].id;
  };
  const body = () => ({
    effectiveMonth: month(),
    rate: { freeMinutes: 15, unitMinutes: 60, unitFen: 500 + ++n, night: null, dailyCapFen: null, stayCapFen: null },
    passPrices: [{ ownership: 'rented', monthlyFen: 30000 }],
    note: '矩阵',
  });
  /** A standard of office A brought to `state` by its head and the administrator. */
  const standardA = async (state: 'draft' | 'submitted' | 'reviewed') => {
    await setUp();
    const s = (await agents.headA.post('/api/parking/standards', { carParkId: carParkA, ...body() })).body as {
      id: string;
      version: number;
    };
    if (state !== 'draft') await agents.headA.post(`/api/parking/standards/${s.id}/submit`);
    if (state === 'reviewed') await agents.admin.post(`/api/parking/standards/${s.id}/review`);
    return s;
  };
  const lists: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'headB', status: 200 },
    { as: 'mgrA', status: 403 },
    { as: 'cleanerA', status: 403 },
  ];
  const office: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  const step = (name: 'review' | 'return' | 'approve', from: 'submitted' | 'reviewed', stepBody?: unknown): Row => ({
    route: `POST /api/parking/standards/:id/${name}`,
    prepare: async () => ({
      url: `/api/parking/standards/${(await standardA(from)).id}/${name}`,
      body: stepBody,
      cases: [
        { as: 'admin', status: 200 },
        { as: 'headA', status: 403 },
        { as: 'mgrA', status: 403 },
        { as: 'headB', status: 404 },
      ],
    }),
  });
  return [
    { route: 'GET /api/parking/standards', prepare: async () => ({ url: '/api/parking/standards', cases: lists }) },
    {
      route: 'GET /api/parking/standards/export.xlsx',
      prepare: async () => ({ url: '/api/parking/standards/export.xlsx', cases: lists }),
    },
    {
      route: 'GET /api/parking/standards/:id',
      prepare: async () => ({
        url: `/api/parking/standards/${(await standardA('draft')).id}`,
        cases: [...office, { as: 'admin', status: 200 }],
      }),
    },
    {
      route: 'POST /api/parking/standards',
      prepare: async () => {
        await setUp();
        return {
          url: '/api/parking/standards',
          body: { carParkId: carParkA, ...body() },
          cases: [
            { as: 'headA', status: 201 },
            { as: 'mgrA', status: 403 },
            { as: 'headB', status: 404 },
          ],
        };
      },
    },
    {
      route: 'PUT /api/parking/standards/:id',
      prepare: async () => {
        const s = await standardA('draft');
        return { url: `/api/parking/standards/${s.id}`, body: { ...body(), version: s.version }, cases: office };
      },
    },
    {
      route: 'POST /api/parking/standards/:id/submit',
      prepare: async () => ({ url: `/api/parking/standards/${(await standardA('draft')).id}/submit`, cases: office }),
    },
    step('review', 'submitted'),
    step('return', 'submitted', { reason: '矩阵退回' }),
    step('approve', 'reviewed'),
  ];
};
