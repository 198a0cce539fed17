import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * 学习培训 (A1.1) at 翠竹社会服务管理工作站: the administrator at HQ holds every permission over the subtree; the property
 * offices' people neither see the station's records (404) nor hold training.read anywhere (a list answers 403).
 */
export const trainingRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
  // each plan its own year, far from the demo's: a station has one plan per period
  let year = 2060;
  const planBody = async () => ({
    orgId: await t.org('sw-s1'),
    year: ++year,
    half: 'year',
    title: '矩阵计划',
    items: [{ topic: '矩阵培训', month: `${year}-03`, kind: 'policy', hours: 2 }],
  });
  const plan = async () => {
    const res = await agents.admin.post('/api/training/plans', await planBody());
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; version: number };
  };
  const sessionBody = async () => ({
    orgId: await t.org('sw-s1'),
    topic: '矩阵培训',
    kind: 'skills',
    heldOn: today(),
    trainer: '矩阵讲师',
    place: '会议室',
    hours: 1.5,
    planItemId: null,
    note: null,
    attendeeIds: [await t.userId('gaozb')],
  });
  const session = async () => {
    const res = await agents.admin.post('/api/training/sessions', await sessionBody());
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; version: number };
  };
  const courseBody = async () => ({
    orgId: await t.org('sw-s1'),
    userId: await t.userId('husg'),
    organiser: '区民政局',
    title: '矩阵培训班',
    fromOn: today(),
    toOn: today(),
    hours: 6,
    certificate: null,
  });
  const course = async () => {
    const res = await agents.admin.post('/api/training/courses', await courseBody());
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; version: number };
  };
  const outside = (ok: number): Case[] => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 404 },
    { as: 'mgrA', status: 404 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 404 },
  ];
  const lists: Case[] = [
    { as: 'admin', status: 200 },
    { as: 'headA', status: 403 },
    { as: 'cleanerA', status: 403 },
  ];
  const period = async () => `orgId=${await t.org('sw-s1')}&from=${today().slice(0, 4)}-01-01&to=${today()}`;
  return [
    { route: 'GET /api/training/plans', prepare: async () => ({ url: '/api/training/plans', cases: lists }) },
    {
      route: 'POST /api/training/plans',
      prepare: async () => ({ url: '/api/training/plans', body: await planBody(), cases: outside(201) }),
    },
    {
      route: 'GET /api/training/plans/:id',
      prepare: async () => ({ url: `/api/training/plans/${(await plan()).id}`, cases: outside(200) }),
    },
    {
      route: 'PUT /api/training/plans/:id',
      prepare: async () => {
        const p = await plan();
        const items = [{ topic: '改后培训', month: `${year}-04`, kind: 'safety', hours: 1 }];
        return { url: `/api/training/plans/${p.id}`, body: { title: '矩阵计划（改）', items, version: p.version }, cases: outside(200) };
      },
    },
    {
      route: 'POST /api/training/plans/:id/in-force',
      prepare: async () => {
        const p = await plan();
        return { url: `/api/training/plans/${p.id}/in-force`, body: { version: p.version }, cases: outside(200) };
      },
    },
    { route: 'GET /api/training/sessions', prepare: async () => ({ url: '/api/training/sessions', cases: lists }) },
    {
      route: 'POST /api/training/sessions',
      prepare: async () => ({ url: '/api/training/sessions', body: await sessionBody(), cases: outside(201) }),
    },
    {
      route: 'GET /api/training/sessions/:id',
      prepare: async () => ({ url: `/api/training/sessions/${(await session()).id}`, cases: outside(200) }),
    },
    {
      route: 'PUT /api/training/sessions/:id',
      prepare: async () => {
        const s = await session();
        const { orgId: _o, ...fields } = await sessionBody();
        return { url: `/api/training/sessions/${s.id}`, body: { ...fields, hours: 2, version: s.version }, cases: outside(200) };
      },
    },
    { route: 'GET /api/training/courses', prepare: async () => ({ url: '/api/training/courses', cases: lists }) },
    {
      route: 'POST /api/training/courses',
      prepare: async () => ({ url: '/api/training/courses', body: await courseBody(), cases: outside(201) }),
    },
    {
      route: 'GET /api/training/courses/:id',
      prepare: async () => ({ url: `/api/training/courses/${(await course()).id}`, cases: outside(200) }),
    },
    {
      route: 'PUT /api/training/courses/:id',
      prepare: async () => {
        const c = await course();
        const { orgId: _o, ...fields } = await courseBody();
        return { url: `/api/training/courses/${c.id}`, body: { ...fields, hours: 8, version: c.version }, cases: outside(200) };
      },
    },
    { route: 'GET /api/training/hours', prepare: async () => ({ url: `/api/training/hours?${await period()}`, cases: outside(200) }) },
    {
      route: 'GET /api/training/hours/export.xlsx',
      prepare: async () => ({ url: `/api/training/hours/export.xlsx?${await period()}`, cases: outside(200) }),
    },
    {
      route: 'GET /api/training/staff',
      prepare: async () => ({ url: `/api/training/staff?orgId=${await t.org('sw-s1')}`, cases: outside(200) }),
    },
  ];
};
