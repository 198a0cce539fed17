import { localMonth } from '../../../src/modules/callbacks/callback.rules.js';
import { drawCallbacks } from '../../../src/modules/callbacks/callback-draw.service.js';
import { systemActor } from '../../../src/platform/context.js';
import type { Matrix, Row } from '../../support/matrix.js';

/** Callbacks: office A's head reads, the administrator (every permission) records; office B's head never sees office A's. */
export const callbacksRows = (m: Matrix): Row[] => {
  const { t, ids } = m;
  const db = t.runtime.deps.db;
  const month = () => localMonth(t.clock.now().toISOString(), 'Asia/Shanghai');
  /** This month's draw (the job would run it on the 1st of next month; the service draws any month once). */
  const drawn = async () => {
    const tenant = await db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
    await drawCallbacks({ ...t.runtime.deps, actor: systemActor(tenant.id), requestId: null }, month());
    return db.selectFrom('callbacks').selectAll().where('office_id', '=', ids['office-a']!);
  };
  const toDo = async () => (await drawn()).where('state', '=', 'to_do').orderBy('id').executeTakeFirstOrThrow();
  const dissatisfied = async (withFollowUp: boolean) => {
    const rows = await (await drawn()).where('satisfaction', '=', 'dissatisfied').orderBy('id').execute();
    for (const r of rows) {
      const f = await db.selectFrom('callback_follow_ups').select('state').where('callback_id', '=', r.id).executeTakeFirst();
      if (!f && !withFollowUp) return r;
      if (!f && withFollowUp) {
        // one opened before issue 17 (no complaint): only such a follow-up closes on its own
        await db
          .insertInto('callback_follow_ups')
          .values({
            tenant_id: r.tenant_id,
            id: crypto.randomUUID(),
            callback_id: r.id,
            state: 'open',
            description: '复查',
            result: null,
            opened_by: null,
            opened_at: t.clock.now().toISOString(),
            closed_by: null,
            closed_at: null,
            version: 1,
          })
          .execute();
        return r;
      }
    }
    throw new Error('no dissatisfied callback left in the demo history');
  };
  const write = (who200: 'admin') => [
    { as: who200, status: 200 },
    { as: 'headA' as const, status: 403 },
    { as: 'headB' as const, status: 404 },
    { as: 'mgrA' as const, status: 403 },
  ];
  return [
    {
      route: 'GET /api/callbacks',
      prepare: async () => ({
        url: `/api/callbacks?orgId=${ids['office-a']}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', status: 403, url: '/api/callbacks' },
          { as: 'mgrA', status: 403, url: '/api/callbacks' },
        ],
      }),
    },
    {
      route: 'GET /api/callbacks/export.xlsx',
      prepare: async () => ({
        url: `/api/callbacks/export.xlsx?orgId=${ids['office-a']}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', status: 403, url: '/api/callbacks/export.xlsx' },
          { as: 'mgrA', status: 403, url: '/api/callbacks/export.xlsx' },
        ],
      }),
    },
    {
      route: 'GET /api/callbacks/:id',
      prepare: async () => ({
        url: `/api/callbacks/${(await toDo()).id}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'mgrA', status: 403 },
          { as: 'cleanerA', status: 404 },
        ],
      }),
    },
    {
      route: 'POST /api/orders/:id/callback',
      prepare: async () => {
        const c = await toDo();
        return { url: `/api/orders/${c.order_id}/callback`, body: { version: Number(c.version), reached: false }, cases: write('admin') };
      },
    },
    {
      route: 'POST /api/callbacks/:id/follow-up',
      prepare: async () => ({
        url: `/api/callbacks/${(await dissatisfied(false)).id}/follow-up`,
        body: { description: '业主不满意，安排复查' },
        cases: write('admin'),
      }),
    },
    {
      route: 'POST /api/callbacks/:id/follow-up/close',
      prepare: async () => ({
        url: `/api/callbacks/${(await dissatisfied(true)).id}/follow-up/close`,
        body: { version: 1, result: '已复查' },
        cases: write('admin'),
      }),
    },
    {
      route: 'GET /api/callback-draws/:id',
      prepare: async () => ({
        url: `/api/callback-draws/${(await toDo()).draw_id}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'mgrA', status: 403 },
          { as: 'cleanerA', status: 404 },
        ],
      }),
    },
    {
      route: 'GET /api/satisfaction',
      prepare: async () => ({
        url: `/api/satisfaction?orgId=${ids['office-a']}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', status: 403, url: '/api/satisfaction' },
          { as: 'admin', status: 200, url: '/api/satisfaction' },
        ],
      }),
    },
  ];
};
