import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * 值班备勤 (A1.5) at 翠竹社会服务管理工作站 (sw-s1): the administrator holds every permission from the root but is
 * no one's duty staff there, so the log's own steps refuse him (403: only the person on duty writes, hands over,
 * receives); office A's head and cleaner hold no duty permission and are outside the station: 404 on its records,
 * 403 on the lists. Today's duty answers everyone signed in with their own (none for office A).
 */
export const dutyRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  const admin = agents.admin;
  const day = (days: number) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(t.clock.now().getTime() + days * 86_400_000));
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
  /** The handover from yesterday's person that the demo leaves waiting for 高值班. */
  const waiting = async () => {
    const gaozb = await t.login('gaozb');
    const today = (await gaozb.get('/api/duty/today')).body as {
      duties: { log: { id: string; version: number } | null }[];
      toReceive: { id: string; version: number }[];
    };
    return { waiting: today.toReceive[0]!, gaozb };
  };
  let n = 30;
  return [
    { route: 'GET /api/duty/stations', prepare: async () => ({ url: '/api/duty/stations', cases: listing(200) }) },
    {
      route: 'GET /api/duty/roster',
      prepare: async () => ({ url: `/api/duty/roster?orgId=${await t.org('sw-s1')}&month=${day(0).slice(0, 7)}`, cases: hidden(200) }),
    },
    {
      route: 'PUT /api/duty/roster/days',
      prepare: async () => ({
        url: '/api/duty/roster/days',
        body: { orgId: await t.org('sw-s1'), days: [{ day: day(++n), userId: await t.userId('husg') }] },
        cases: hidden(200),
      }),
    },
    {
      route: 'POST /api/duty/roster/rotation',
      prepare: async () => ({
        url: '/api/duty/roster/rotation',
        body: { orgId: await t.org('sw-s1'), from: day(++n), to: day(++n), userIds: [await t.userId('husg'), await t.userId('gaozb')] },
        cases: hidden(200),
      }),
    },
    {
      route: 'PUT /api/duty/roster/contact',
      prepare: async () => ({
        url: '/api/duty/roster/contact',
        body: { orgId: await t.org('sw-s1'), headPhone: '13800000064' },
        cases: hidden(200),
      }),
    },
    {
      route: 'POST /api/duty/swaps',
      prepare: async () => {
        const orgId = await t.org('sw-s1');
        const d = day(++n);
        await admin.put('/api/duty/roster/days', { orgId, days: [{ day: d, userId: await t.userId('husg') }] });
        return {
          url: '/api/duty/swaps',
          body: { orgId, day: d, toUserId: await t.userId('gaozb'), reason: '矩阵换班' },
          cases: hidden(200),
        };
      },
    },
    {
      route: 'GET /api/duty/roster/print',
      prepare: async () => ({
        url: `/api/duty/roster/print?orgId=${await t.org('sw-s1')}&month=${day(0).slice(0, 7)}`,
        cases: hidden(200),
      }),
    },
    {
      route: 'GET /api/duty/today',
      prepare: async () => ({
        url: '/api/duty/today',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 200 },
          { as: 'admin', status: 200 },
        ],
      }),
    },
    { route: 'GET /api/duty/logs', prepare: async () => ({ url: `/api/duty/logs?from=${day(-30)}&to=${day(0)}`, cases: listing(200) }) },
    {
      route: 'PUT /api/duty/logs',
      prepare: async () => ({
        url: '/api/duty/logs',
        body: {
          orgId: await t.org('sw-s1'),
          day: day(0),
          patrols: 1,
          patrolNotes: '',
          mediations: 0,
          mediationNotes: '',
          registrations: 0,
          registrationNotes: '',
          events: '',
        },
        cases: hidden(403),
      }),
    },
    {
      route: 'GET /api/duty/logs/:id',
      prepare: async () => ({ url: `/api/duty/logs/${(await waiting()).waiting.id}`, cases: hidden(200) }),
    },
    {
      route: 'POST /api/duty/logs/:id/handover',
      prepare: async () => {
        const w = (await waiting()).waiting;
        return { url: `/api/duty/logs/${w.id}/handover`, body: { handoverNote: '矩阵交班' }, cases: hidden(403) };
      },
    },
    {
      route: 'POST /api/duty/logs/:id/receive',
      prepare: async () => {
        const w = (await waiting()).waiting;
        return { url: `/api/duty/logs/${w.id}/receive`, body: {}, cases: hidden(403) };
      },
    },
  ];
};
