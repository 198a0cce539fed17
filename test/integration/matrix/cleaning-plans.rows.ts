import type { Case, Matrix, Row } from '../../support/matrix.js';

/** Inspection plans of office A's 翠竹园 (the demo's three, and fresh ones made by its head). */
export const cleaningPlansRows = (m: Matrix): Row[] => {
  const { agents, ids } = m;
  const estateA = async () =>
    ((await agents.headA.get('/api/estates?pageSize=100')).body.items as { id: string; name: string }[]).find((e) => e.name === '翠竹园')!
      .id;
  const body = async () => ({
    estateId: await estateA(),
    level: 'supervisor',
    frequency: 'weekly',
    inspectorId: ids.liuyang,
    cleanerId: ids.sunxy,
    areas: ['lights'],
  });
  const plan = async () => {
    const res = await agents.headA.post('/api/cleaning/plans', await body());
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; version: number };
  };
  /** headA plans; the cleaner reads but may not plan; mgrA holds no cleaning permission; office B never sees it. */
  const cases = (ok: number, cleaner: number): Case[] => [
    { as: 'headA', status: ok },
    { as: 'cleanerA', status: cleaner },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  return [
    {
      route: 'GET /api/cleaning/plans',
      prepare: async () => ({
        url: '/api/cleaning/plans',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 200 },
          { as: 'mgrA', status: 403 },
          { as: 'headB', status: 200 },
        ],
      }),
    },
    {
      route: 'POST /api/cleaning/plans',
      prepare: async () => ({ url: '/api/cleaning/plans', body: await body(), cases: cases(200, 403) }),
    },
    {
      route: 'GET /api/cleaning/plans/:id',
      prepare: async () => ({ url: `/api/cleaning/plans/${(await plan()).id}`, cases: cases(200, 200) }),
    },
    {
      route: 'PUT /api/cleaning/plans/:id',
      prepare: async () => {
        const p = await plan();
        const { estateId: _e, level: _l, ...fields } = await body();
        return { url: `/api/cleaning/plans/${p.id}`, body: { ...fields, active: true, version: p.version }, cases: cases(200, 403) };
      },
    },
  ];
};
