import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * 请示报告 (A1.3) at 翠竹社会服务管理工作站 (sw-s1): the administrator at HQ holds every permission over the subtree
 * (and acknowledges as a node above the centre); the property offices' people hold reporting.read nowhere — the lists
 * answer them 403 — and a record of the station answers them 404.
 */
export const reportingRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  let n = 0;
  const sections = [{ heading: '工作开展情况', body: '矩阵报告' }];
  /** A month not reported yet, each call another one, back from December 2019 (the station reports late, but may). */
  const period = () => {
    const k = n++;
    return `${2019 - Math.floor(k / 12)}-${String(12 - (k % 12)).padStart(2, '0')}`;
  };
  const report = async () => {
    const res = await agents.admin.post('/api/station-reports', {
      orgId: await t.org('sw-s1'),
      kind: 'work',
      period: period(),
      sections,
    });
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; attachments: { url: string }[] };
  };
  const ago = (minutes: number) => new Date(t.clock.now().getTime() - minutes * 60_000).toISOString();
  const incidentBody = async (report: boolean) => ({
    orgId: await t.org('sw-s1'),
    kind: 'other_major_event',
    occurredAt: ago(30),
    place: '矩阵地点',
    description: '矩阵事件',
    measures: '矩阵措施',
    measuresAt: ago(20),
    report,
  });
  const incident = async (report: boolean) => {
    const res = await agents.admin.post('/api/incidents', await incidentBody(report));
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body.id as string;
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
    { route: 'GET /api/station-reports', prepare: async () => ({ url: '/api/station-reports', cases: lists }) },
    {
      route: 'POST /api/station-reports',
      prepare: async () => ({
        url: '/api/station-reports',
        body: {
          orgId: await t.org('sw-s1'),
          kind: 'public_sentiment',
          period: period(),
          sections,
        },
        cases: outside(200),
      }),
    },
    {
      route: 'GET /api/station-reports/:id',
      prepare: async () => ({ url: `/api/station-reports/${(await report()).id}`, cases: outside(200) }),
    },
    {
      route: 'POST /api/station-reports/:id/acknowledge',
      prepare: async () => ({ url: `/api/station-reports/${(await report()).id}/acknowledge`, body: {}, cases: outside(200) }),
    },
    {
      route: 'GET /api/station-reports/attachments/:id',
      prepare: async () => {
        const res = await agents.admin.post('/api/station-reports', {
          orgId: await t.org('sw-s1'),
          kind: 'public_sentiment',
          period: period(),
          sections,
          attachments: [{ fileName: '矩阵.pdf', data: `data:application/pdf;base64,${Buffer.from('%PDF-1.4 matrix').toString('base64')}` }],
        });
        if (res.status !== 200) throw new Error(JSON.stringify(res.body));
        return { url: res.body.attachments[0].url, cases: outside(200) };
      },
    },
    { route: 'GET /api/incidents', prepare: async () => ({ url: '/api/incidents', cases: lists }) },
    { route: 'POST /api/incidents', prepare: async () => ({ url: '/api/incidents', body: await incidentBody(true), cases: outside(200) }) },
    { route: 'GET /api/incidents/:id', prepare: async () => ({ url: `/api/incidents/${await incident(true)}`, cases: outside(200) }) },
    {
      route: 'POST /api/incidents/:id/report',
      prepare: async () => ({ url: `/api/incidents/${await incident(false)}/report`, body: {}, cases: outside(200) }),
    },
    {
      route: 'POST /api/incidents/:id/acknowledge',
      prepare: async () => ({ url: `/api/incidents/${await incident(true)}/acknowledge`, body: {}, cases: outside(200) }),
    },
  ];
};
