import { PNG } from 'pngjs';
import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Customer feedback: office A's head handles it, office B's head never sees office A's, the administrator
 * (every permission) answers forwards; a custom role without feedback permissions gets 403 inside office A.
 * The public form and its poster need no sign-in (listed as public in authz-matrix.test.ts).
 */
export const feedbackRows = (m: Matrix): Row[] => {
  const { agents, ids } = m;
  const photo = () => {
    const png = new PNG({ width: 20, height: 20 });
    png.data.fill(180);
    return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
  };
  /** A fresh feedback at office A taken by the administrator, moved on to `to`. */
  const fresh = async (to: 'received' | 'replied' | 'forwarded' | 'resolved' | 'told', over: Record<string, unknown> = {}) => {
    const admin = agents.admin;
    let f = (
      await admin.post('/api/feedback', {
        officeId: ids['office-a'],
        kind: 'suggestion',
        channel: 'hotline',
        customerName: '矩阵业主',
        content: '矩阵用例',
        ...over,
      })
    ).body;
    const step = async (path: string, body: Record<string, unknown>) => {
      f = (await admin.post(`/api/feedback/${f.id}/${path}`, { version: f.version, ...body })).body;
    };
    if (to === 'received') return f;
    await step('reply', { how: 'phone', text: '已收到' });
    if (to === 'forwarded') {
      await step('forward', { nodeIds: [ids['office-a-env']] });
      return f;
    }
    if (to === 'replied') return f;
    await step('resolve', { resolution: '已处理' });
    if (to === 'resolved') return f;
    await step('tell', { how: 'phone', text: '已告知', satisfaction: 'dissatisfied' });
    return f;
  };
  const write = (): Case[] => [
    { as: 'headA', status: 200 },
    { as: 'headB', status: 404 },
    { as: 'mgrA', status: 403 },
  ];
  const command = (path: string, state: Parameters<typeof fresh>[0], body: Record<string, unknown>): Row => ({
    route: `POST /api/feedback/:id/${path}`,
    prepare: async () => {
      const f = await fresh(state);
      return { url: `/api/feedback/${f.id}/${path}`, body: { version: f.version, ...body }, cases: write() };
    },
  });
  const read = (whole: string): Case[] => [
    { as: 'headA', status: 200 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 403, url: whole },
    { as: 'mgrA', status: 403, url: whole },
  ];
  return [
    {
      route: 'GET /api/feedback',
      prepare: async () => ({ url: `/api/feedback?orgId=${ids['office-a']}`, cases: read('/api/feedback') }),
    },
    {
      route: 'POST /api/feedback',
      prepare: async () => ({
        url: '/api/feedback',
        body: { officeId: ids['office-a'], kind: 'complaint', channel: 'visit', customerName: '矩阵来访', content: '来访投诉' },
        cases: write(),
      }),
    },
    {
      route: 'GET /api/feedback/report',
      prepare: async () => ({ url: `/api/feedback/report?orgId=${ids['office-a']}`, cases: read('/api/feedback/report') }),
    },
    {
      route: 'GET /api/feedback/report/export.xlsx',
      prepare: async () => ({
        url: `/api/feedback/report/export.xlsx?orgId=${ids['office-a']}`,
        cases: read('/api/feedback/report/export.xlsx'),
      }),
    },
    {
      route: 'GET /api/feedback/valuable-suggestions',
      prepare: async () => ({
        url: `/api/feedback/valuable-suggestions?orgId=${ids['office-a']}`,
        cases: read('/api/feedback/valuable-suggestions'),
      }),
    },
    {
      route: 'GET /api/feedback/:id',
      prepare: async () => {
        const f = await fresh('received');
        return { url: `/api/feedback/${f.id}`, cases: [...write(), { as: 'cleanerA', status: 404 }] };
      },
    },
    {
      route: 'GET /api/feedback/:id/photos/:blobId',
      prepare: async () => {
        const f = await fresh('received', { photos: [photo()] });
        const detail = (await agents.admin.get(`/api/feedback/${f.id}`)).body;
        return { url: detail.photos[0].url, cases: write() };
      },
    },
    {
      route: 'GET /api/feedback/:id/forward-targets',
      prepare: async () => {
        const f = await fresh('replied');
        return { url: `/api/feedback/${f.id}/forward-targets`, cases: write() };
      },
    },
    command('reply', 'received', { how: 'phone', text: '已收到' }),
    {
      route: 'POST /api/feedback/:id/forward',
      prepare: async () => {
        const f = await fresh('replied');
        return { url: `/api/feedback/${f.id}/forward`, body: { version: f.version, nodeIds: [ids['office-a-env']] }, cases: write() };
      },
    },
    {
      route: 'POST /api/feedback/:id/forwards/:forwardId/answer',
      prepare: async () => {
        const f = await fresh('forwarded');
        return {
          url: `/api/feedback/${f.id}/forwards/${f.forwards[0].id}/answer`,
          body: { answer: '已处理' },
          cases: [
            { as: 'admin', status: 200 },
            { as: 'headA', status: 403 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    command('resolve', 'replied', { resolution: '已处理' }),
    command('tell', 'resolved', { how: 'phone', text: '已告知', satisfaction: 'neutral' }),
    command('close', 'told', {}),
    command('reopen', 'told', { reason: '客户不满意' }),
    command('valuable', 'received', { valuable: true }),
    {
      route: 'POST /api/feedback/:id/spam',
      prepare: async () => {
        const tenantId = (await m.t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
        const res = await m.t.anonymous().post(`/api/public/feedback/${tenantId}/${ids['office-a']}`, {
          kind: 'inquiry',
          content: '矩阵网上咨询',
          name: '矩阵',
          phone: '13900009999',
        });
        if (res.status !== 201) throw new Error(`public form: ${res.status}`);
        const f = await m.t.runtime.deps.db
          .selectFrom('feedback')
          .select(['id', 'version'])
          .where('channel', '=', 'web')
          .where('customer_name', '=', '矩阵')
          .where('state', '=', 'received')
          .orderBy('received_at', 'desc')
          .executeTakeFirstOrThrow();
        return { url: `/api/feedback/${f.id}/spam`, body: { version: Number(f.version) }, cases: write() };
      },
    },
  ];
};
