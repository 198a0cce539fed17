import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * 考核奖惩 (A1.6) at 翠竹社会服务管理工作站 (sw-s1): the administrator holds every permission over it; the property
 * office's people do not see the station (404). At their own office (office A's 环境部), which they see, none of them
 * holds assessment.read or .manage (403) — the office's head included, whose role has no part in the workstation.
 */
export const assessmentRows = (m: Matrix): Row[] => {
  const { agents, t, ids } = m;
  const year = new Date().getUTCFullYear();
  const station = () => t.org('sw-s1');
  const stationCases = (ok: number): Case[] => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 404 },
    { as: 'mgrA', status: 404 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 404 },
  ];
  /** At office A's 环境部: visible to its head and its cleaner, who hold no assessment permission there. */
  const officeCases = (url: string, body?: unknown): Case[] => [
    { as: 'headA', status: 403, url, ...(body ? { body } : {}) },
    { as: 'cleanerA', status: 403, url, ...(body ? { body } : {}) },
    { as: 'headB', status: 404, url, ...(body ? { body } : {}) },
  ];
  const criteria = [
    { name: '工作职责', weight: 40, description: '' },
    { name: '学习培训', weight: 15, description: '' },
    { name: '值班备勤', weight: 20, description: '' },
    { name: '群众满意', weight: 25, description: '' },
  ];
  const scores = criteria.map((c) => ({ name: c.name, score: 80 }));
  return [
    {
      route: 'GET /api/assessment/staff',
      prepare: async () => ({
        url: `/api/assessment/staff?orgId=${await station()}`,
        cases: [...stationCases(200), ...officeCases(`/api/assessment/staff?orgId=${ids['office-a-env']}`)],
      }),
    },
    {
      route: 'POST /api/assessment/responsibilities',
      prepare: async () => ({
        url: '/api/assessment/responsibilities',
        body: { userId: await t.userId('gaozb'), postTitle: '值班人员', duties: '矩阵职责', postedOn: `${year}-01-02` },
        cases: [
          ...stationCases(200),
          ...officeCases('/api/assessment/responsibilities', {
            userId: ids.sunxy,
            postTitle: '保洁员',
            duties: '矩阵职责',
            postedOn: `${year}-01-02`,
          }),
        ],
      }),
    },
    {
      route: 'GET /api/assessment/criteria',
      prepare: async () => ({
        url: `/api/assessment/criteria?orgId=${await station()}&year=${year}`,
        cases: [...stationCases(200), ...officeCases(`/api/assessment/criteria?orgId=${ids['office-a-env']}&year=${year}`)],
      }),
    },
    {
      route: 'PUT /api/assessment/criteria',
      prepare: async () => ({
        url: '/api/assessment/criteria',
        body: { orgId: await station(), year, items: criteria },
        cases: [...stationCases(200), ...officeCases('/api/assessment/criteria', { orgId: ids['office-a-env'], year, items: criteria })],
      }),
    },
    {
      route: 'GET /api/assessment/rewards',
      prepare: async () => ({
        url: `/api/assessment/rewards?orgId=${await station()}&year=${year}`,
        cases: [...stationCases(200), ...officeCases(`/api/assessment/rewards?orgId=${ids['office-a-env']}&year=${year}`)],
      }),
    },
    {
      route: 'POST /api/assessment/rewards',
      prepare: async () => {
        const body = (userId: string) => ({ userId, kind: 'reward', occurredOn: `${year}-01-03`, reason: '矩阵奖励', measure: '通报表扬' });
        return {
          url: '/api/assessment/rewards',
          body: body(await t.userId('husg')),
          cases: [...stationCases(200), ...officeCases('/api/assessment/rewards', body(ids.sunxy!))],
        };
      },
    },
    {
      route: 'GET /api/assessment/assessments',
      prepare: async () => ({
        url: `/api/assessment/assessments?orgId=${await station()}&year=${year}`,
        cases: [...stationCases(200), ...officeCases(`/api/assessment/assessments?orgId=${ids['office-a-env']}&year=${year}`)],
      }),
    },
    {
      route: 'POST /api/assessment/assessments',
      prepare: async () => ({
        url: '/api/assessment/assessments',
        body: { userId: await t.userId('gaozb'), year, scores, comment: '矩阵考核' },
        cases: [
          ...stationCases(200),
          ...officeCases('/api/assessment/assessments', { userId: ids.sunxy, year, scores, comment: '矩阵考核' }),
        ],
      }),
    },
    {
      route: 'GET /api/assessment/people/:id',
      prepare: async () => ({
        url: `/api/assessment/people/${await t.userId('husg')}?year=${year}`,
        cases: [
          ...stationCases(200),
          // sunxy reads her own year (assessment.read is not hers: a cleaner holds none) — 403 to her and her head
          ...officeCases(`/api/assessment/people/${ids.sunxy}?year=${year}`),
        ],
      }),
    },
    {
      route: 'GET /api/assessment/assessments/:id/print',
      prepare: async () => {
        const made = await agents.admin.post('/api/assessment/assessments', {
          userId: await t.userId('gaozb'),
          year,
          scores,
          comment: '矩阵打印',
        });
        if (made.status !== 200) throw new Error(JSON.stringify(made.body));
        return { url: `/api/assessment/assessments/${made.body.id}/print`, cases: stationCases(200) };
      },
    },
  ];
};
