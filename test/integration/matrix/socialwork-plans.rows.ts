import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Social-work projects and their 立项 (A3.3) at 翠竹社会服务管理工作站 (sw-s1): the administrator holds every
 * permission from the root; office A's head and cleaner hold no social-work permission and are outside the centre,
 * so they never find a project or its records (404) and a list of projects answers 403.
 */
export const socialworkPlansRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  const admin = agents.admin;
  let n = 0;
  const ok = async (res: Promise<{ status: number; body: unknown }>) => {
    const r = await res;
    if (r.status >= 300) throw new Error(JSON.stringify(r.body));
    return r.body as { id: string; version: number };
  };
  const people = async () => ({ executorId: await t.userId('husg'), supervisorId: await t.userId('zhudd') });
  const project = async () =>
    ok(admin.post('/api/socialwork/projects', { orgId: await t.org('sw-s1'), title: `矩阵项目${++n}`, ...(await people()) }));
  const survey = {
    surveyedFrom: '2026-11-01',
    surveyedTo: '2026-11-10',
    respondents: '矩阵居民',
    respondentCount: 10,
    method: '问卷',
    needs: '需求',
    opinions: '意见',
    suggestions: '建议',
  };
  const content = {
    background: '背景',
    theory: '理论',
    longTermGoals: '长期目标',
    stageGoals: '阶段目标',
    area: '区域',
    periodFrom: '2027-01-01',
    periodTo: '2027-06-30',
    serviceUsers: '对象',
    methods: ['casework', 'group', 'community'],
    activities: [{ title: '活动', method: 'group', frequency: '每月' }],
    frequency: '每月',
    costFen: 100_000,
    benefitTargets: '目标',
    executors: '胡社工',
  };
  const withSurvey = async () => {
    const p = await project();
    const s = await ok(admin.post(`/api/socialwork/projects/${p.id}/surveys`, survey));
    return { p, s };
  };
  const withPlan = async (submitted: boolean) => {
    const p = await project();
    const plan = await ok(admin.post(`/api/socialwork/projects/${p.id}/plans`, { content }));
    if (submitted) await ok(admin.post(`/api/socialwork/plans/${plan.id}/submit`, {}));
    return plan;
  };
  const withAgreement = async () => {
    const p = await project();
    const a = await ok(
      admin.post(`/api/socialwork/projects/${p.id}/agreements`, {
        kind: 'funding',
        partner: '矩阵街道',
        signedOn: '2026-11-01',
        amountFen: 100,
      }),
    );
    return { p, a };
  };
  const pdf = `data:application/pdf;base64,${Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64')}`;
  const hidden = (allowed: number): Case[] => [
    { as: 'headA', status: 404 },
    { as: 'cleanerA', status: 404 },
    { as: 'admin', status: allowed },
  ];
  const listing = (allowed: number): Case[] => [
    { as: 'headA', status: 403 },
    { as: 'cleanerA', status: 403 },
    { as: 'admin', status: allowed },
  ];
  return [
    { route: 'GET /api/socialwork/projects', prepare: async () => ({ url: '/api/socialwork/projects', cases: listing(200) }) },
    {
      route: 'POST /api/socialwork/projects',
      prepare: async () => ({
        url: '/api/socialwork/projects',
        body: { orgId: await t.org('sw-s1'), title: `矩阵项目${++n}`, ...(await people()) },
        cases: [
          { as: 'headA', status: 404 },
          { as: 'cleanerA', status: 404 },
          { as: 'admin', status: 200 },
        ],
      }),
    },
    {
      route: 'GET /api/socialwork/project-people',
      prepare: async () => ({ url: `/api/socialwork/project-people?orgId=${await t.org('sw-s1')}`, cases: hidden(200) }),
    },
    {
      route: 'GET /api/socialwork/projects/:id',
      prepare: async () => ({ url: `/api/socialwork/projects/${(await project()).id}`, cases: hidden(200) }),
    },
    {
      route: 'PUT /api/socialwork/projects/:id',
      prepare: async () => {
        const p = await project();
        return {
          url: `/api/socialwork/projects/${p.id}`,
          body: { version: p.version, title: '矩阵改名', ...(await people()) },
          cases: hidden(200),
        };
      },
    },
    {
      route: 'GET /api/socialwork/projects/:id/surveys',
      prepare: async () => ({ url: `/api/socialwork/projects/${(await withSurvey()).p.id}/surveys`, cases: hidden(200) }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/surveys',
      prepare: async () => ({ url: `/api/socialwork/projects/${(await project()).id}/surveys`, body: survey, cases: hidden(201) }),
    },
    {
      route: 'PUT /api/socialwork/surveys/:id',
      prepare: async () => ({
        url: `/api/socialwork/surveys/${(await withSurvey()).s.id}`,
        body: { ...survey, needs: '改' },
        cases: hidden(200),
      }),
    },
    {
      route: 'GET /api/socialwork/projects/:id/plans',
      prepare: async () => ({ url: `/api/socialwork/projects/${(await project()).id}/plans`, cases: hidden(200) }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/plans',
      prepare: async () => ({ url: `/api/socialwork/projects/${(await project()).id}/plans`, body: { content }, cases: hidden(201) }),
    },
    {
      route: 'GET /api/socialwork/plans/:id',
      prepare: async () => ({ url: `/api/socialwork/plans/${(await withPlan(false)).id}`, cases: hidden(200) }),
    },
    {
      route: 'PUT /api/socialwork/plans/:id',
      prepare: async () => ({ url: `/api/socialwork/plans/${(await withPlan(false)).id}`, body: { content }, cases: hidden(200) }),
    },
    {
      route: 'POST /api/socialwork/plans/:id/submit',
      prepare: async () => ({ url: `/api/socialwork/plans/${(await withPlan(false)).id}/submit`, body: {}, cases: hidden(200) }),
    },
    {
      route: 'POST /api/socialwork/plans/:id/approve',
      prepare: async () => ({ url: `/api/socialwork/plans/${(await withPlan(true)).id}/approve`, body: {}, cases: hidden(200) }),
    },
    {
      route: 'POST /api/socialwork/plans/:id/return',
      prepare: async () => ({
        url: `/api/socialwork/plans/${(await withPlan(true)).id}/return`,
        body: { reason: '矩阵退回' },
        cases: hidden(200),
      }),
    },
    {
      route: 'GET /api/socialwork/plans/:id/print',
      prepare: async () => ({ url: `/api/socialwork/plans/${(await withPlan(false)).id}/print`, cases: hidden(200) }),
    },
    {
      route: 'GET /api/socialwork/projects/:id/agreements',
      prepare: async () => ({ url: `/api/socialwork/projects/${(await withAgreement()).p.id}/agreements`, cases: hidden(200) }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/agreements',
      prepare: async () => ({
        url: `/api/socialwork/projects/${(await project()).id}/agreements`,
        body: { kind: 'cooperation', partner: '矩阵伙伴', signedOn: '2026-11-02' },
        cases: hidden(201),
      }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/attachments',
      prepare: async () => {
        const { p, a } = await withAgreement();
        return {
          url: `/api/socialwork/projects/${p.id}/attachments`,
          body: { ownerKind: 'agreement', ownerId: a.id, fileName: '矩阵.pdf', data: pdf },
          cases: hidden(201),
        };
      },
    },
    {
      route: 'GET /api/socialwork/attachments/:id',
      prepare: async () => {
        const { p, a } = await withAgreement();
        const file = await ok(
          admin.post(`/api/socialwork/projects/${p.id}/attachments`, {
            ownerKind: 'agreement',
            ownerId: a.id,
            fileName: '矩阵.pdf',
            data: pdf,
          }),
        );
        return { url: `/api/socialwork/attachments/${file.id}`, cases: hidden(200) };
      },
    },
    {
      route: 'POST /api/socialwork/projects/:id/start',
      prepare: async () => {
        const { p } = await withSurvey();
        const plan = await ok(admin.post(`/api/socialwork/projects/${p.id}/plans`, { content }));
        await ok(admin.post(`/api/socialwork/plans/${plan.id}/submit`, {}));
        await ok(admin.post(`/api/socialwork/plans/${plan.id}/approve`, {}));
        return { url: `/api/socialwork/projects/${p.id}/start`, body: {}, cases: hidden(200) };
      },
    },
  ];
};
