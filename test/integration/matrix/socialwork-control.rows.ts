import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * A project's control (A3.5) at 翠竹社会服务管理工作站 (sw-s1) and the executors' assessments: the administrator at HQ
 * holds every permission over the subtree; the property offices' people neither see the station's projects (404) nor
 * hold socialwork.assess anywhere (the assessments list answers 403).
 */
export const socialworkControlRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  let n = 0;
  /** A fresh project of the station, running since June 2026 (starting one is another part's step). */
  const project = async () => {
    const res = await agents.admin.post('/api/socialwork/projects', {
      orgId: await t.org('sw-s1'),
      title: `矩阵社工项目${++n}`,
      executorId: await t.userId('husg'),
      supervisorId: await t.userId('zhudd'),
    });
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    await t.runtime.deps.db
      .updateTable('sw_projects')
      .set({ state: 'running', started_at: '2026-06-01T02:00:00.000Z' })
      .where('id', '=', res.body.id)
      .execute();
    return res.body.id as string;
  };
  const supervision = { kind: 'monthly', month: '2026-06', heldOn: '2026-06-20', findings: '矩阵督导', opinions: ['矩阵意见'] };
  const outside = (ok: number): Case[] => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 404 },
    { as: 'mgrA', status: 404 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 404 },
  ];
  const assessors: (ok: number) => Case[] = (ok) => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 403 },
    { as: 'cleanerA', status: 403 },
  ];
  const assessment = async () => ({
    executorId: await t.userId('husg'),
    periodFrom: '2026-06-01',
    periodTo: '2026-06-30',
    score: 80,
    comments: '矩阵考核',
  });
  return [
    {
      route: 'GET /api/socialwork/projects/:id/control',
      prepare: async () => ({ url: `/api/socialwork/projects/${await project()}/control`, cases: outside(200) }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/monthly-checks',
      prepare: async () => ({
        url: `/api/socialwork/projects/${await project()}/monthly-checks`,
        body: { month: '2026-06', findings: '矩阵检查', missed: [{ item: '矩阵事项', remedy: '矩阵补救' }] },
        cases: outside(200),
      }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/supervisions',
      prepare: async () => ({ url: `/api/socialwork/projects/${await project()}/supervisions`, body: supervision, cases: outside(200) }),
    },
    {
      route: 'POST /api/socialwork/opinions/:id/answer',
      prepare: async () => {
        const res = await agents.admin.post(`/api/socialwork/projects/${await project()}/supervisions`, supervision);
        if (res.status !== 200) throw new Error(JSON.stringify(res.body));
        const opinion = res.body.supervisions[0].opinions[0] as { id: string };
        return { url: `/api/socialwork/opinions/${opinion.id}/answer`, body: { answer: '矩阵回复' }, cases: outside(200) };
      },
    },
    {
      route: 'GET /api/socialwork/assessments',
      prepare: async () => ({ url: '/api/socialwork/assessments?from=2026-06-01&to=2026-06-30', cases: assessors(200) }),
    },
    {
      route: 'POST /api/socialwork/assessments',
      prepare: async () => ({ url: '/api/socialwork/assessments', body: await assessment(), cases: assessors(200) }),
    },
    {
      route: 'GET /api/socialwork/assessments/:id',
      prepare: async () => {
        const res = await agents.admin.post('/api/socialwork/assessments', await assessment());
        if (res.status !== 200) throw new Error(JSON.stringify(res.body));
        return { url: `/api/socialwork/assessments/${res.body.id}`, cases: outside(200) };
      },
    },
  ];
};
