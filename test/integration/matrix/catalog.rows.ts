import type { Matrix, Row } from '../../support/matrix.js';

type ListState = 'draft' | 'submitted' | 'approved';

export const catalogRows = (m: Matrix): Row[] => {
  const { agents, ids } = m;
  let itemId = '';
  const items = async () => {
    if (!itemId) itemId = (await agents.admin.get('/api/service-items')).body[0].id;
    return itemId;
  };
  /** Office A's list in preparation, brought to `state` by the administrator. */
  const openListA = async (state: ListState): Promise<string> => {
    const lists = (await agents.admin.get(`/api/price-lists?officeId=${ids['office-a']}`)).body as { id: string; state: string }[];
    let list = lists.find((l) => ['draft', 'returned', 'submitted', 'approved'].includes(l.state));
    if (!list) list = (await agents.admin.post('/api/price-lists', { officeId: ids['office-a'] })).body as { id: string; state: string };
    const id = list.id;
    if (list.state === 'returned') list.state = 'draft';
    if (list.state === 'draft' && state !== 'draft') await agents.admin.post(`/api/price-lists/${id}/submit`);
    if (state === 'approved' && list.state !== 'approved') await agents.admin.post(`/api/price-lists/${id}/approve`);
    if (state === 'draft' && list.state !== 'draft') throw new Error(`office A list is ${list.state}`);
    return id;
  };
  const postedB = async () => (await agents.admin.get(`/api/price-lists/published?officeId=${ids['office-b']}`)).body.id as string;
  const command = (name: 'submit' | 'return' | 'approve' | 'publish', from: ListState, body?: unknown): Row => ({
    route: `POST /api/price-lists/:id/${name}`,
    prepare: async () => {
      const id = await openListA(from);
      return {
        url: `/api/price-lists/${id}/${name}`,
        body,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'mgrA', status: 403 },
          { as: 'headA', url: `/api/price-lists/${await postedB()}/${name}`, status: 404 },
        ],
      };
    },
  });
  return [
    { route: 'GET /api/service-items', prepare: async () => ({ url: '/api/service-items', cases: [{ as: 'cleanerA', status: 200 }] }) },
    {
      // the catalogue is tenant-wide: defining items needs catalog.manage at the root
      route: 'POST /api/service-items',
      prepare: async () => ({
        url: '/api/service-items',
        body: { code: 'matrix-item', name: '矩阵项目', category: 'paid_service', unit: 'job' },
        cases: [
          { as: 'admin', status: 201 },
          { as: 'headA', status: 404 },
        ],
      }),
    },
    {
      route: 'PATCH /api/service-items/:id',
      prepare: async () => ({
        url: `/api/service-items/${await items()}`,
        body: { active: true },
        cases: [
          { as: 'admin', status: 200 },
          { as: 'headA', status: 404 },
        ],
      }),
    },
    { route: 'GET /api/price-lists', prepare: async () => ({ url: '/api/price-lists', cases: [{ as: 'cleanerA', status: 200 }] }) },
    {
      route: 'GET /api/price-lists/published',
      prepare: async () => ({
        url: `/api/price-lists/published?officeId=${ids['office-a']}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', status: 404 },
        ],
      }),
    },
    {
      route: 'GET /api/price-lists/:id',
      prepare: async () => ({
        url: `/api/price-lists/${await postedB()}`,
        cases: [
          { as: 'headB', status: 200 },
          { as: 'headA', status: 404 },
        ],
      }),
    },
    {
      route: 'POST /api/price-lists',
      prepare: async () => ({
        url: '/api/price-lists',
        body: { officeId: ids['office-a'] },
        cases: [
          { as: 'headA', status: 201 },
          { as: 'headB', status: 404 },
          { as: 'mgrA', status: 403 },
        ],
      }),
    },
    {
      route: 'PUT /api/price-lists/:id/lines',
      prepare: async () => {
        const id = await openListA('draft');
        // keep every posted item (later rows quote from this list once it is published)
        const lines = (await agents.admin.get(`/api/price-lists/${id}`)).body.lines.map((l: { itemId: string; priceFen: number }) => ({
          itemId: l.itemId,
          priceFen: l.priceFen,
        }));
        return {
          url: `/api/price-lists/${id}/lines`,
          body: { lines },
          cases: [
            { as: 'headA', status: 200 },
            { as: 'mgrA', status: 403 },
            { as: 'headA', url: `/api/price-lists/${await postedB()}/lines`, status: 404 },
          ],
        };
      },
    },
    command('submit', 'draft'),
    command('return', 'submitted', { reason: '价格需复核' }),
    command('approve', 'submitted'),
    command('publish', 'approved'),
  ];
};
