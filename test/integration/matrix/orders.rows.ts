import { dispatchedRepair } from '../../support/gps-orders.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';
import { driveTo, plainPng, requestCleaning, SIGNATURE_PNG } from '../../support/orders.js';

type Stage = Parameters<typeof driveTo>[1] | 'requested';

export const ordersRows = (m: Matrix): Row[] => {
  const { t, agents, ids } = m;
  const orderAt = async (stage: Stage) => (stage === 'requested' ? requestCleaning(t, await t.login('liuyang')) : driveTo(t, stage));
  /** A command on a fresh order of office A: `who` may do it; office B's head never sees it; `denied` sees it but may not. */
  const command = (
    path: string,
    stage: Stage,
    who: Case['as'],
    body: (o: { version: number; totalFen: number }) => object,
    denied: Case['as'] = 'mgrA',
    status = 200,
  ): Row => ({
    route: `POST /api/orders/:id/${path}`,
    prepare: async () => {
      const o = await orderAt(stage);
      return {
        url: `/api/orders/${o.id}/${path}`,
        body: { version: o.version, ...body(o) },
        cases: [
          { as: who, status },
          { as: 'headB', status: 404 },
          { as: denied, status: 403 },
        ],
      };
    },
  });
  const none = () => ({});
  const image = plainPng(64, 48, [200, 220, 240, 255]);
  return [
    {
      route: 'GET /api/orders',
      prepare: async () => ({
        url: '/api/orders',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 200 },
          { as: 'mgrA', status: 200 },
        ],
      }),
    },
    {
      // the types and their fields are configuration, the same for everyone signed in (the forms are built from them)
      route: 'GET /api/order-types',
      prepare: async () => ({
        url: '/api/order-types',
        cases: [
          { as: 'cleanerA', status: 200 },
          { as: 'headB', status: 200 },
        ],
      }),
    },
    {
      // the service-time report (A4.7): each reader sees their own offices' orders; one who reads none is refused
      route: 'GET /api/service-times',
      prepare: async () => ({
        url: '/api/service-times?month=2026-10',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    ...verbalApprovalRows(m),
    {
      route: 'GET /api/orders/export.xlsx',
      prepare: async () => ({
        url: '/api/orders/export.xlsx',
        cases: [
          { as: 'headA', status: 200 },
          // like the list: the rows a cleaner exports are her own tasks
          { as: 'cleanerA', status: 200 },
          { as: 'mgrA', status: 200 },
        ],
      }),
    },
    {
      route: 'GET /api/orders/:id',
      prepare: async () => {
        const o = await orderAt('requested');
        return {
          url: `/api/orders/${o.id}`,
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
            { as: 'cleanerA', status: 404 },
          ],
        };
      },
    },
    {
      // where an order's money went: whoever reads the order
      route: 'GET /api/orders/:id/cash',
      prepare: async () => {
        const o = await orderAt('requested');
        return {
          url: `/api/orders/${o.id}/cash`,
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
            { as: 'cleanerA', status: 404 },
          ],
        };
      },
    },
    {
      route: 'POST /api/orders',
      prepare: async () => {
        const item = (await agents.admin.get('/api/service-items?category=housekeeping')).body[0].id;
        const body = {
          type: 'housekeeping',
          officeId: ids['office-a'],
          channel: 'walk_in',
          customerName: '张女士',
          lines: [{ itemId: item, quantity: 1 }],
        };
        return {
          url: '/api/orders',
          body,
          cases: [
            { as: 'headA', status: 201 },
            { as: 'headA', body: { ...body, officeId: ids['office-b'] }, status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'POST /api/orders/:id/photos',
      prepare: async () => {
        const o = await orderAt('requested');
        return {
          url: `/api/orders/${o.id}/photos`,
          body: { image },
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'GET /api/orders/:id/images/:blobId',
      prepare: async () => {
        const o = await orderAt('accepted');
        return {
          url: `/api/orders/${o.id}/images/${o.rounds[0].signatureBlobId}`,
          cases: [
            { as: 'headA', status: 200 },
            { as: 'cleanerA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'GET /api/orders/:id/print',
      prepare: async () => {
        const o = await orderAt('quoted');
        return {
          url: `/api/orders/${o.id}/print`,
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'GET /api/orders/batch/print',
      prepare: async () => {
        const o = await orderAt('quoted');
        return {
          url: `/api/orders/batch/print?ids=${o.id}`,
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'POST /api/orders/batch/assign',
      prepare: async () => {
        const o = await orderAt('confirmed');
        return {
          url: '/api/orders/batch/assign',
          body: { orders: [{ id: o.id, version: o.version }], staff: [await t.userId('sunxy')] },
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
            // on the order's staff or not, a cleaner assigns nothing
            { as: 'cleanerA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'POST /api/orders/batch/close',
      prepare: async () => {
        const o = await orderAt('paid');
        return {
          url: '/api/orders/batch/close',
          body: { orders: [{ id: o.id, version: o.version }] },
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
            { as: 'cleanerA', status: 403 },
          ],
        };
      },
    },
    command('quote', 'requested', 'headA', none),
    command('confirm', 'quoted', 'headA', () => ({ priceAccepted: true, staffCount: 1, appointmentStart: '2026-11-28T01:00:00.000Z' })),
    // housekeeping needs no dispatch approval: the permitted caller is told so
    command('approve', 'confirmed', 'headA', none, 'mgrA', 422),
    {
      route: 'POST /api/orders/:id/assign',
      prepare: async () => {
        const o = await orderAt('confirmed');
        return {
          url: `/api/orders/${o.id}/assign`,
          body: { version: o.version, staff: [await t.userId('sunxy')] },
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    command('depart', 'assigned', 'cleanerA', none),
    command('arrive', 'assigned', 'cleanerA', none),
    command('start', 'assigned', 'cleanerA', none),
    command('materials', 'in_progress', 'cleanerA', () => ({
      materials: [{ name: '清洁剂', unitLabel: '瓶', unitPriceFen: 1000, quantity: 1 }],
    })),
    command('finish', 'in_progress', 'cleanerA', none),
    command('accept', 'completed', 'cleanerA', () => ({ signerName: '李先生', signature: SIGNATURE_PNG })),
    command('reject', 'completed', 'cleanerA', () => ({ reason: '不满意' })),
    command('pay', 'accepted', 'cleanerA', (o) => ({ amountFen: o.totalFen, method: 'wechat' })),
    command('close', 'paid', 'headA', none, 'cleanerA'),
    command('cancel', 'requested', 'headA', () => ({ reason: '业主取消' })),
  ];
};

/** A4.7 verbal approvals on a GPS repair of the GPS department: office A's people are outside it (404). */
function verbalApprovalRows(m: Matrix): Row[] {
  const { t, agents } = m;
  const approval = { approverName: '钱伟', content: '配件不足，同意先用备用终端代换' };
  return [
    {
      route: 'GET /api/orders/:id/verbal-approvals',
      prepare: async () => {
        const o = await dispatchedRepair(t, agents.admin);
        return {
          url: `/api/orders/${o.id}/verbal-approvals`,
          cases: [
            { as: 'admin', status: 200 },
            { as: 'headA', status: 404 },
            { as: 'cleanerA', status: 404 },
          ],
        };
      },
    },
    {
      route: 'POST /api/orders/:id/verbal-approvals',
      prepare: async () => {
        const o = await dispatchedRepair(t, agents.admin);
        return {
          url: `/api/orders/${o.id}/verbal-approvals`,
          body: approval,
          cases: [
            { as: 'headB', status: 404 },
            { as: 'admin', status: 200 },
          ],
        };
      },
    },
    {
      route: 'POST /api/orders/:id/verbal-approvals/:approvalId/confirm',
      prepare: async () => {
        const o = await dispatchedRepair(t, agents.admin);
        const tech = await t.login('fengsf');
        const recorded = await tech.post(`/api/orders/${o.id}/verbal-approvals`, approval);
        return {
          url: `/api/orders/${o.id}/verbal-approvals/${recorded.body.items[0].id}/confirm`,
          body: {},
          cases: [
            { as: 'headA', status: 404 },
            { as: 'admin', status: 200 },
          ],
        };
      },
    },
  ];
}
