import { businessDayStart } from '../../support/business-day.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Work meetings (A1.2) at 翠竹社会服务管理工作站 (sw-s1): the administrator at HQ holds every permission over the
 * subtree; the property offices' people hold meetings.read nowhere (the lists answer 403) and do not see the station
 * or its meetings (404).
 */
export const meetingsRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  const station = () => t.org('sw-s1');
  const staff = async () => (await agents.admin.get(`/api/meetings/people?orgId=${await station()}`)).body.items as { id: string }[];
  /**
   * A meeting of the station scheduled for a minute ago, so its minutes may be recorded now; in the day's first minute
   * for the day's start (a meeting scheduled yesterday is refused).
   */
  const meeting = async () => {
    const people = await staff();
    const res = await agents.admin.post('/api/meetings', {
      orgId: await station(),
      scheduledAt: new Date(Math.max(Date.now() - 60_000, businessDayStart())).toISOString(),
      place: '矩阵会议室',
      chairId: people[0]!.id,
    });
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; version: number };
  };
  const minutes = async () => {
    const people = await staff();
    return {
      heldAt: new Date(Math.max(Date.now() - 30_000, businessDayStart())).toISOString(),
      minutes: { summary: '矩阵', stability: '矩阵', safety: '矩阵', situation: '矩阵', problems: '矩阵', nextSteps: '矩阵' },
      attendees: people.map((p) => ({ userId: p.id, present: true })),
      recorderId: people[0]!.id,
      actions: [{ text: '矩阵事项', ownerId: people[0]!.id, dueOn: '2099-12-31' }],
    };
  };
  const outside = (ok: number): Case[] => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 404 },
    { as: 'mgrA', status: 404 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 404 },
  ];
  const readers = (ok: number): Case[] => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 403 },
    { as: 'mgrA', status: 403 },
    { as: 'cleanerA', status: 403 },
  ];
  return [
    { route: 'GET /api/meetings', prepare: async () => ({ url: '/api/meetings', cases: readers(200) }) },
    {
      route: 'POST /api/meetings',
      prepare: async () => ({
        url: '/api/meetings',
        body: {
          orgId: await station(),
          scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
          place: '矩阵',
          chairId: (await staff())[0]!.id,
        },
        cases: outside(200),
      }),
    },
    {
      route: 'GET /api/meetings/people',
      prepare: async () => ({ url: `/api/meetings/people?orgId=${await station()}`, cases: outside(200) }),
    },
    { route: 'GET /api/meetings/actions', prepare: async () => ({ url: '/api/meetings/actions?filter=all', cases: readers(200) }) },
    {
      route: 'POST /api/meetings/actions/:id/done',
      prepare: async () => {
        const mt = await meeting();
        const res = await agents.admin.post(`/api/meetings/${mt.id}/minutes`, await minutes());
        if (res.status !== 200) throw new Error(JSON.stringify(res.body));
        return { url: `/api/meetings/actions/${res.body.actions[0].id}/done`, body: { note: '矩阵完成' }, cases: outside(200) };
      },
    },
    { route: 'GET /api/meetings/:id', prepare: async () => ({ url: `/api/meetings/${(await meeting()).id}`, cases: outside(200) }) },
    {
      route: 'POST /api/meetings/:id/cancel',
      prepare: async () => ({ url: `/api/meetings/${(await meeting()).id}/cancel`, body: { reason: '矩阵取消' }, cases: outside(200) }),
    },
    {
      route: 'POST /api/meetings/:id/minutes',
      prepare: async () => ({ url: `/api/meetings/${(await meeting()).id}/minutes`, body: await minutes(), cases: outside(200) }),
    },
    {
      route: 'GET /api/meetings/:id/print',
      prepare: async () => ({ url: `/api/meetings/${(await meeting()).id}/print`, cases: outside(200) }),
    },
  ];
};
