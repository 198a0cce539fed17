import { addMonths, businessDateIn } from '../../../src/platform/months.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';

let n = 0;

/**
 * Fee items and standards: `headA` (王芳) drafts and submits office A's standards; `admin` (every permission at the
 * root) stands in for HQ business and the general manager; `mgrA` sees office A without fee permissions; office B's
 * head never sees office A's standards.
 */
export const feesStandardsRows = (m: Matrix): Row[] => {
  const { agents } = m;
  const month = () => addMonths(businessDateIn(m.t.clock.now(), 'Asia/Shanghai').slice(0, 7), 2);
  let estateA = '';
  let itemId = '';
  const setUp = async () => {
    if (!estateA) estateA = (await agents.headA.get('/api/estates?q=翠竹园')).body.items[0].id;
    if (!itemId) itemId = (await agents.headA.get('/api/fee-items')).body[0].id;
  };
  const body = () => ({
    basis: 'per_area',
    effectiveMonth: month(),
    rates: [{ use: '*', occupancy: '*', rateFen: 200 + ++n }],
    note: '矩阵',
  });
  /** A standard of office A brought to `state` by its head and the administrator. */
  const standardA = async (state: 'draft' | 'submitted' | 'reviewed') => {
    await setUp();
    const s = (await agents.headA.post('/api/fee-standards', { estateId: estateA, itemId, ...body() })).body as {
      id: string;
      version: number;
    };
    if (state !== 'draft') await agents.headA.post(`/api/fee-standards/${s.id}/submit`);
    if (state === 'reviewed') await agents.admin.post(`/api/fee-standards/${s.id}/review`);
    return s;
  };
  const readers: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 200 },
    { as: 'headB', status: 200 },
  ];
  const step = (name: 'review' | 'return' | 'approve', from: 'submitted' | 'reviewed', stepBody?: unknown): Row => ({
    route: `POST /api/fee-standards/:id/${name}`,
    prepare: async () => ({
      url: `/api/fee-standards/${(await standardA(from)).id}/${name}`,
      body: stepBody,
      cases: [
        { as: 'admin', status: 200 },
        { as: 'headA', status: 403 },
        { as: 'mgrA', status: 403 },
        { as: 'headB', status: 404 },
      ],
    }),
  });
  return [
    {
      route: 'GET /api/fee-items',
      prepare: async () => ({
        url: '/api/fee-items',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 200 },
          { as: 'mgrA', status: 403 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      // the items are the company's: keeping them needs fees.items.manage at the root
      route: 'POST /api/fee-items',
      prepare: async () => ({
        url: '/api/fee-items',
        body: { code: `matrix-${++n}`, name: '矩阵费' },
        cases: [
          { as: 'admin', status: 201 },
          { as: 'headA', status: 404 },
        ],
      }),
    },
    {
      route: 'PATCH /api/fee-items/:id',
      prepare: async () => {
        const item = (await agents.admin.post('/api/fee-items', { code: `matrix-${++n}`, name: '矩阵费' })).body;
        return {
          url: `/api/fee-items/${item.id}`,
          body: { name: '矩阵费改', version: item.version },
          cases: [
            { as: 'admin', status: 200 },
            { as: 'headA', status: 404 },
          ],
        };
      },
    },
    { route: 'GET /api/fee-standards', prepare: async () => ({ url: '/api/fee-standards', cases: readers }) },
    { route: 'GET /api/fee-standards/export.xlsx', prepare: async () => ({ url: '/api/fee-standards/export.xlsx', cases: readers }) },
    {
      route: 'GET /api/fee-standards/:id',
      prepare: async () => ({
        url: `/api/fee-standards/${(await standardA('draft')).id}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'admin', status: 200 },
          { as: 'mgrA', status: 403 },
          { as: 'headB', status: 404 },
        ],
      }),
    },
    {
      route: 'POST /api/fee-standards',
      prepare: async () => {
        await setUp();
        return {
          url: '/api/fee-standards',
          body: { estateId: estateA, itemId, ...body() },
          cases: [
            { as: 'headA', status: 201 },
            { as: 'mgrA', status: 403 },
            { as: 'headB', status: 404 },
          ],
        };
      },
    },
    {
      route: 'PUT /api/fee-standards/:id',
      prepare: async () => {
        const s = await standardA('draft');
        return {
          url: `/api/fee-standards/${s.id}`,
          body: { ...body(), version: s.version },
          cases: [
            { as: 'headA', status: 200 },
            { as: 'mgrA', status: 403 },
            { as: 'headB', status: 404 },
          ],
        };
      },
    },
    {
      route: 'POST /api/fee-standards/:id/submit',
      prepare: async () => ({
        url: `/api/fee-standards/${(await standardA('draft')).id}/submit`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'mgrA', status: 403 },
          { as: 'headB', status: 404 },
        ],
      }),
    },
    step('review', 'submitted'),
    step('return', 'submitted', { reason: '矩阵退回' }),
    step('approve', 'reviewed'),
  ];
};
