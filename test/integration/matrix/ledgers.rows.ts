import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * The ledgers of 翠竹社会服务管理工作站 (A1.4): the administrator at HQ holds every permission over the subtree; the
 * property offices' people neither see the station, its own kind nor its entries (404), nor hold ledgers.read anywhere
 * (a list answers 403).
 */
export const ledgersRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
  let n = 0;
  const kind = async () =>
    await t.runtime.deps.db
      .selectFrom('ledger_kinds')
      .select(['id', 'version', 'fields'])
      .where('code', '=', 'elderly_visit')
      .executeTakeFirstOrThrow();
  const entryBody = async () => ({
    kindId: (await kind()).id,
    orgId: await t.org('sw-s1'),
    occurredOn: today(),
    values: { elder: '矩阵老人', health: '良好', visitor: await t.userId('husg') },
  });
  const entry = async () => {
    const res = await agents.admin.post('/api/ledgers/entries', await entryBody());
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
  const field = { key: 'what', label: '事项', type: 'text', required: true, listed: true, searchable: true, options: [] };
  return [
    { route: 'GET /api/ledgers/kinds', prepare: async () => ({ url: '/api/ledgers/kinds', cases: lists }) },
    {
      route: 'POST /api/ledgers/kinds',
      prepare: async () => ({
        url: '/api/ledgers/kinds',
        body: { orgId: await t.org('sw-s1'), code: `matrix_${++n}`, name: '矩阵台帐', fields: [field] },
        cases: outside(200),
      }),
    },
    { route: 'GET /api/ledgers/kinds/:id', prepare: async () => ({ url: `/api/ledgers/kinds/${(await kind()).id}`, cases: outside(200) }) },
    {
      route: 'PUT /api/ledgers/kinds/:id',
      prepare: async () => {
        const k = await kind();
        return {
          url: `/api/ledgers/kinds/${k.id}`,
          body: { name: '独居老人走访台帐', fields: JSON.parse(k.fields), version: k.version },
          cases: outside(200),
        };
      },
    },
    {
      route: 'GET /api/ledgers/people',
      prepare: async () => ({ url: `/api/ledgers/people?orgId=${await t.org('sw-s1')}`, cases: outside(200) }),
    },
    { route: 'GET /api/ledgers/entries', prepare: async () => ({ url: `/api/ledgers/entries?kindId=${(await kind()).id}`, cases: lists }) },
    {
      route: 'GET /api/ledgers/entries/export.xlsx',
      prepare: async () => ({ url: `/api/ledgers/entries/export.xlsx?kindId=${(await kind()).id}`, cases: lists }),
    },
    {
      route: 'GET /api/ledgers/entries/:id',
      prepare: async () => ({ url: `/api/ledgers/entries/${(await entry()).id}`, cases: outside(200) }),
    },
    {
      route: 'POST /api/ledgers/entries',
      prepare: async () => ({ url: '/api/ledgers/entries', body: await entryBody(), cases: outside(200) }),
    },
    {
      route: 'POST /api/ledgers/entries/:id/void',
      prepare: async () => {
        const e = await entry();
        return { url: `/api/ledgers/entries/${e.id}/void`, body: { reason: '矩阵作废', version: e.version }, cases: outside(200) };
      },
    },
  ];
};
