import { addDays } from '../../../src/modules/agreements/agreement.rules.js';
import { businessDate } from '../../../src/platform/time.js';
import { draftTwiceWeekly, signBody } from '../../support/agreements.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';
import { SIGNATURE_PNG } from '../../support/orders.js';

type Stage = 'draft' | 'negotiated' | 'signed' | 'active';

export const agreementsRows = (m: Matrix): Row[] => {
  const { t, agents } = m;
  const head = () => agents.headA;
  /** An agreement of office A at `stage`, every day late in the evening so visits are always planned, dated from today. */
  const agreementAt = async (stage: Stage, extra: Record<string, unknown> = {}) => {
    const today = businessDate(new Date(), 'Asia/Shanghai');
    const dates = {
      startDate: today,
      // three days, every day: a few visits, so activating stays cheap in a long matrix
      endDate: addDays(today, 2),
      schedule: { weekdays: [1, 2, 3, 4, 5, 6, 7], monthDays: [], windowStart: '23:00', windowEnd: '23:30' },
      ...extra,
    };
    let a = (await draftTwiceWeekly(t, head(), dates, stage === 'negotiated' ? { unitPriceFen: 3000 } : {})).body;
    if (stage === 'signed' || stage === 'active') a = (await head().post(`/api/agreements/${a.id}/sign`, signBody(a.version))).body;
    if (stage === 'active') a = (await head().post(`/api/agreements/${a.id}/activate`, { version: a.version })).body;
    return a;
  };
  /** `headA` may; `mgrA` sees office A but holds no agreement permission; office B's head never sees it. */
  const denied = (ok: number): Case[] => [
    { as: 'headA', status: ok },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  const command = (path: string, stage: Stage, body: (a: { version: number }) => object): Row => ({
    route: `POST /api/agreements/:id/${path}`,
    prepare: async () => {
      const a = await agreementAt(stage);
      return { url: `/api/agreements/${a.id}/${path}`, body: body(a), cases: denied(200) };
    },
  });
  const visit = (path: 'skip' | 'move'): Row => ({
    route: `POST /api/agreements/:id/visits/:visitId/${path}`,
    prepare: async () => {
      const a = await agreementAt('active');
      const v = a.visits.at(-1);
      const body =
        path === 'skip'
          ? { reason: '业主出差' }
          : // the same day, an earlier window: inside the agreement's dates whatever the hour the matrix runs
            { date: v.plannedDate, windowStart: '22:00', windowEnd: '22:30', reason: '改约' };
      return { url: `/api/agreements/${a.id}/visits/${v.id}/${path}`, body, cases: denied(200) };
    },
  });
  /** A statement of office A: a monthly agreement's visit taken through to the owner's acceptance by office A's head. */
  const statementOfA = async () => {
    const a = await agreementAt('active', { paymentTerms: 'monthly' });
    let o = (await head().get(`/api/orders/${a.visits[0].orderId}`)).body;
    const step = async (path: string, body: object = {}) => {
      const res = await head().post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
      if (res.status !== 200) throw new Error(`${path}: ${JSON.stringify(res.body)}`);
      o = res.body;
    };
    await step('assign', { staff: [m.ids.sunxy] });
    await step('start');
    await step('finish');
    await step('accept', { signerName: '李先生', signature: SIGNATURE_PNG });
    return (await head().get(`/api/agreements/${a.id}`)).body.statements[0] as { id: string; amountFen: number; version: number };
  };
  /** Office A's head reads it but takes no money (no receipts.issue); the administrator may, but the month is still open. */
  const charge: Case[] = [
    { as: 'headA', status: 403 },
    { as: 'cleanerA', status: 404 },
    { as: 'headB', status: 404 },
    { as: 'admin', status: 422 },
  ];
  return [
    {
      route: 'GET /api/statements/:id',
      prepare: async () => {
        const s = await statementOfA();
        return {
          url: `/api/statements/${s.id}`,
          cases: [
            { as: 'headA', status: 200 },
            { as: 'mgrA', status: 403 },
            { as: 'headB', status: 404 },
          ],
        };
      },
    },
    {
      route: 'POST /api/statements/:id/pay',
      prepare: async () => {
        const s = await statementOfA();
        return { url: `/api/statements/${s.id}/pay`, body: { version: s.version, amountFen: s.amountFen, method: 'cash' }, cases: charge };
      },
    },
    {
      route: 'POST /api/statements/:id/invoice',
      prepare: async () => {
        const s = await statementOfA();
        const body = {
          number: `FP-M-${s.id.slice(-8)}`,
          date: businessDate(new Date(), 'Asia/Shanghai'),
          kind: 'other',
          amountFen: s.amountFen,
        };
        return { url: `/api/statements/${s.id}/invoice`, body, cases: charge };
      },
    },
    {
      route: 'GET /api/agreements',
      prepare: async () => ({
        url: '/api/agreements',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 200 },
        ],
      }),
    },
    {
      route: 'GET /api/agreements/export.xlsx',
      prepare: async () => ({
        url: '/api/agreements/export.xlsx',
        cases: [
          { as: 'headA', status: 200 },
          // like the list: what a cleaner may read of agreements, and nothing else
          { as: 'cleanerA', status: 200 },
          { as: 'headB', status: 404, url: `/api/agreements/export.xlsx?officeId=${m.ids['office-a']}` },
        ],
      }),
    },
    {
      route: 'POST /api/agreements',
      prepare: async () => {
        const a = await agreementAt('draft');
        const { officeId, ownerName, ownerPhone, address, staffCount, schedule, startDate, endDate, paymentTerms } = a;
        const items = a.items.map((i: { itemId: string }) => ({ itemId: i.itemId, quantity: 2 }));
        return {
          url: '/api/agreements',
          body: { officeId, ownerName, ownerPhone, address, staffCount, schedule, startDate, endDate, paymentTerms, items },
          cases: [...denied(201)],
        };
      },
    },
    {
      route: 'GET /api/agreements/:id',
      prepare: async () => {
        const a = await agreementAt('draft');
        return { url: `/api/agreements/${a.id}`, cases: [...denied(200), { as: 'cleanerA', status: 404 }, { as: 'admin', status: 200 }] };
      },
    },
    {
      route: 'PUT /api/agreements/:id',
      prepare: async () => {
        const a = await agreementAt('draft');
        const { ownerName, ownerPhone, address, staffCount, schedule, startDate, endDate, paymentTerms } = a;
        const items = a.items.map((i: { itemId: string }) => ({ itemId: i.itemId, quantity: 4 }));
        return {
          url: `/api/agreements/${a.id}`,
          body: { version: a.version, ownerName, ownerPhone, address, staffCount, schedule, startDate, endDate, paymentTerms, items },
          cases: denied(200),
        };
      },
    },
    command('approve-price', 'negotiated', (a) => ({ version: a.version })),
    command('sign', 'draft', (a) => signBody(a.version)),
    command('activate', 'signed', (a) => ({ version: a.version })),
    command('end', 'active', (a) => ({ version: a.version, reason: '业主搬走' })),
    command('terminate', 'draft', (a) => ({ version: a.version, reason: '业主未签' })),
    visit('skip'),
    visit('move'),
    {
      route: 'GET /api/agreements/:id/images/:blobId',
      prepare: async () => {
        const a = await agreementAt('signed');
        return { url: `/api/agreements/${a.id}/images/${a.ownerSignatureBlobId}`, cases: denied(200) };
      },
    },
    {
      route: 'GET /api/agreements/:id/print',
      prepare: async () => {
        const a = await agreementAt('draft');
        return { url: `/api/agreements/${a.id}/print`, cases: denied(200) };
      },
    },
  ];
};
