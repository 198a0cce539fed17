import type { Case, Matrix, Row } from '../../support/matrix.js';
import { plainPng } from '../../support/orders.js';

/**
 * Activities of the social-work demo project (翠竹社会服务管理工作站) and the ethics register: the administrator at
 * HQ holds every permission over the subtree; the property offices' people neither see the station's records (404)
 * nor hold socialwork.read anywhere (a list answers 403).
 */
export const socialworkActivitiesRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
  const project = async () =>
    (await t.runtime.deps.db.selectFrom('sw_projects').select('id').where('title', '=', '翠竹社区长者关爱计划').executeTakeFirstOrThrow())
      .id;
  const plan = () => ({
    title: '矩阵活动',
    method: 'group',
    keyActivity: false,
    plannedOn: today(),
    place: null,
    planGoals: '目标',
    planContent: '内容',
    planStaffing: '人员',
    progressItemId: null,
  });
  const activity = async () => {
    const res = await agents.admin.post(`/api/socialwork/projects/${await project()}/activities`, plan());
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; version: number };
  };
  const held = async () => {
    const a = await activity();
    const res = await agents.admin.post(`/api/socialwork/activities/${a.id}/hold`, { version: a.version, heldOn: today(), attendance: 3 });
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
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
  return [
    {
      route: 'GET /api/socialwork/projects/:id/activities',
      prepare: async () => ({ url: `/api/socialwork/projects/${await project()}/activities`, cases: outside(200) }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/activities',
      prepare: async () => ({ url: `/api/socialwork/projects/${await project()}/activities`, body: plan(), cases: outside(200) }),
    },
    {
      route: 'GET /api/socialwork/activities/:id',
      prepare: async () => ({ url: `/api/socialwork/activities/${(await activity()).id}`, cases: outside(200) }),
    },
    {
      route: 'PUT /api/socialwork/activities/:id',
      prepare: async () => {
        const a = await activity();
        return { url: `/api/socialwork/activities/${a.id}`, body: { ...plan(), version: a.version }, cases: outside(200) };
      },
    },
    {
      route: 'POST /api/socialwork/activities/:id/hold',
      prepare: async () => {
        const a = await activity();
        return {
          url: `/api/socialwork/activities/${a.id}/hold`,
          body: { version: a.version, heldOn: today(), attendance: 4 },
          cases: outside(200),
        };
      },
    },
    {
      route: 'POST /api/socialwork/activities/:id/cancel',
      prepare: async () => {
        const a = await activity();
        return { url: `/api/socialwork/activities/${a.id}/cancel`, body: { version: a.version, reason: '矩阵取消' }, cases: outside(200) };
      },
    },
    {
      route: 'POST /api/socialwork/activities/:id/brief',
      prepare: async () => {
        const a = await held();
        return {
          url: `/api/socialwork/activities/${a.id}/brief`,
          body: { version: a.version, summary: '总结', reflection: '反思', photos: [plainPng(20, 20, [10, 120, 200, 255])] },
          cases: outside(200),
        };
      },
    },
    {
      route: 'GET /api/socialwork/activities/:id/photos/:blobId',
      prepare: async () => {
        const a = await held();
        const res = await agents.admin.post(`/api/socialwork/activities/${a.id}/brief`, {
          version: a.version,
          summary: '总结',
          reflection: '反思',
          photos: [plainPng(20, 20, [10, 120, 200, 255])],
        });
        return { url: res.body.briefPhotos[0].url as string, cases: outside(200) };
      },
    },
    { route: 'GET /api/socialwork/ethics', prepare: async () => ({ url: '/api/socialwork/ethics', cases: lists }) },
    {
      route: 'POST /api/socialwork/ethics',
      prepare: async () => ({
        url: '/api/socialwork/ethics',
        body: {
          orgId: await t.org('sw-s1'),
          projectId: null,
          offeredTo: await t.userId('husg'),
          offeredBy: '矩阵家属',
          offeredOn: today(),
          kind: 'gift',
          description: '水果一篮',
          valueFen: null,
          declinedHow: '当场谢绝',
        },
        cases: outside(200),
      }),
    },
  ];
};
