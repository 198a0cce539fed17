import type { Matrix, Row } from '../../support/matrix.js';
import { driveTo } from '../../support/orders.js';

/**
 * Receipt books and receipts. Finance (the custodian, granted at the property company) is the one who
 * registers, issues and settles; office heads request; cashiers write receipts from their own book.
 */
export const moneyRows = (m: Matrix): Row[] => {
  const { t, ids } = m;
  const custodian = () => t.login('zhengkj');
  let n = 500;
  const stockBook = async () => {
    n += 10;
    const first = n;
    return (
      await (
        await custodian()
      ).post('/api/receipt-books', { orgId: await t.org('pm-finance'), series: 'M', firstNo: first, lastNo: first + 9 })
    ).body.id as string;
  };
  const pendingRequest = async (office: 'office-a' | 'office-b') => {
    const head = await t.login(office === 'office-a' ? 'wangfang' : 'zhaolei');
    const cashier = office === 'office-a' ? 'chenjing' : 'huangli';
    return (await head.post('/api/book-requests', { orgId: ids[office], cashierId: await t.userId(cashier), reason: '矩阵' })).body
      .id as string;
  };
  /** Cash 孙秀英 collected on the spot for a fresh order (she holds it). */
  const cleanerPayment = async () => {
    const o = await driveTo(t, 'accepted');
    return (await (await t.login('sunxy')).post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' }))
      .body.payment.id as string;
  };
  /** Cash 陈静 took at the desk, with its receipt. */
  const cashierPayment = async () => {
    const o = await driveTo(t, 'accepted');
    return (
      await (await t.login('chenjing')).post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' })
    ).body.payment.id as string;
  };
  /** A WeChat payment 孙秀英 took in the field for a fresh order: it waits for the cashier's receipt. */
  const wechatPaymentOfA = async () => {
    const o = await driveTo(t, 'accepted');
    return (await (await t.login('sunxy')).post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'wechat' }))
      .body.payment.id as string;
  };
  /** A fresh receipt of office A: 陈静 takes the payment of an accepted order at the desk. */
  const receiptOfA = async () => {
    const o = await driveTo(t, 'accepted');
    const cashier = await t.login('chenjing');
    await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    return ((await cashier.get(`/api/receipts?orderId=${o.id}`)).body.items as { id: string; orderId: string }[]).find(
      (r) => r.orderId === o.id,
    )!.id;
  };
  return [
    {
      route: 'GET /api/receipt-books',
      prepare: async () => ({
        url: '/api/receipt-books',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/receipt-books/export.xlsx',
      prepare: async () => ({
        url: '/api/receipt-books/export.xlsx?state=issued',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/receipt-books/:id',
      prepare: async () => ({
        url: `/api/receipt-books/${await stockBook()}`,
        cases: [
          { as: 'admin', status: 200 },
          { as: 'headA', status: 404 },
        ],
      }),
    },
    {
      route: 'POST /api/receipt-books',
      prepare: async () => {
        n += 10;
        const first = n;
        return {
          url: '/api/receipt-books',
          body: { orgId: await t.org('pm-finance'), series: 'N', firstNo: first, lastNo: first + 9 },
          cases: [
            { as: 'admin', status: 201 },
            { as: 'headA', status: 404 },
          ],
        };
      },
    },
    {
      // an in-stock book cannot be settled: the permitted caller is told why; others never see it
      route: 'POST /api/receipt-books/:id/settle',
      prepare: async () => ({
        url: `/api/receipt-books/${await stockBook()}/settle`,
        cases: [
          { as: 'admin', status: 409 },
          { as: 'headA', status: 404 },
        ],
      }),
    },
    {
      route: 'GET /api/book-requests',
      prepare: async () => ({
        url: '/api/book-requests',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'POST /api/book-requests',
      prepare: async () => ({
        url: '/api/book-requests',
        body: { orgId: ids['office-a'], cashierId: await t.userId('chenjing'), reason: '矩阵' },
        cases: [
          { as: 'headA', status: 201 },
          { as: 'headB', status: 404 },
          { as: 'mgrA', status: 403 },
        ],
      }),
    },
    {
      route: 'POST /api/book-requests/:id/issue',
      prepare: async () => {
        const req = await pendingRequest('office-a');
        return {
          url: `/api/book-requests/${req}/issue`,
          body: { bookId: await stockBook() },
          cases: [
            { as: 'admin', status: 200 },
            { as: 'headA', status: 403 },
            { as: 'headB', status: 404 },
          ],
        };
      },
    },
    {
      route: 'POST /api/book-requests/:id/decline',
      prepare: async () => ({
        url: `/api/book-requests/${await pendingRequest('office-a')}/decline`,
        body: { reason: '库存不足' },
        cases: [
          { as: 'admin', status: 200 },
          { as: 'headA', status: 403 },
          { as: 'headB', status: 404 },
        ],
      }),
    },
    {
      route: 'GET /api/receipts',
      prepare: async () => ({
        url: '/api/receipts',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/receipts/:id',
      prepare: async () => ({
        url: `/api/receipts/${await receiptOfA()}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'mgrA', status: 403 },
        ],
      }),
    },
    {
      // only the cashier who wrote it may void a receipt: the office head sees it but may not
      route: 'POST /api/receipts/:id/void',
      prepare: async () => ({
        url: `/api/receipts/${await receiptOfA()}/void`,
        body: { reason: '矩阵作废' },
        cases: [
          { as: 'headA', status: 403 },
          { as: 'headB', status: 404 },
        ],
      }),
    },
    {
      route: 'POST /api/receipts/:id/reprint',
      prepare: async () => ({
        url: `/api/receipts/${await receiptOfA()}/reprint`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'mgrA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/cash-in-hand',
      prepare: async () => ({
        url: '/api/cash-in-hand',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 200 },
        ],
      }),
    },
    {
      // whom to hand an office's cash to: anyone who works in the office may ask; another office's head does not see it
      route: 'GET /api/handovers/receivers',
      prepare: async () => ({
        url: `/api/handovers/receivers?officeId=${ids['office-a']}`,
        cases: [
          { as: 'cleanerA', status: 200 },
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
        ],
      }),
    },
    { route: 'GET /api/handovers', prepare: async () => ({ url: '/api/handovers', cases: [{ as: 'cleanerA', status: 200 }] }) },
    {
      // only the holder can offer cash: anyone else is told they do not hold it
      route: 'POST /api/handovers',
      prepare: async () => {
        const paymentId = await cleanerPayment();
        return {
          url: '/api/handovers',
          body: { toUserId: await t.userId('liuyang'), paymentIds: [paymentId], withForm: true },
          cases: [
            { as: 'cleanerA', status: 201 },
            { as: 'headA', status: 422 },
          ],
        };
      },
    },
    ...(['confirm', 'refuse'] as const).map(
      (action): Row => ({
        route: `POST /api/handovers/:id/${action}`,
        prepare: async () => {
          const offer = await (await t.login('sunxy')).post('/api/handovers', {
            toUserId: await t.userId('wangfang'),
            paymentIds: [await cleanerPayment()],
            withForm: true,
          });
          return {
            url: `/api/handovers/${offer.body.id}/${action}`,
            body: action === 'refuse' ? { reason: '金额不符' } : undefined,
            cases: [
              { as: 'cleanerA', status: 403 },
              { as: 'headB', status: 404 },
              { as: 'headA', status: 200 },
            ],
          };
        },
      }),
    ),
    {
      route: 'GET /api/remittances',
      prepare: async () => ({
        url: '/api/remittances',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'POST /api/remittances',
      prepare: async () => ({
        url: '/api/remittances',
        body: {
          officeId: ids['office-a'],
          paymentIds: [await cashierPayment()],
          totalFen: 12000,
          periodFrom: '2026-11-01',
          periodTo: '2026-11-30',
        },
        cases: [
          { as: 'headA', status: 403 },
          { as: 'headB', status: 404 },
        ],
      }),
    },
    {
      route: 'POST /api/remittances/:id/confirm',
      prepare: async () => {
        const cashier = await t.login('chenjing');
        const remittance = await cashier.post('/api/remittances', {
          officeId: ids['office-a'],
          paymentIds: [await cashierPayment()],
          totalFen: 12000,
          periodFrom: '2026-11-01',
          periodTo: '2026-11-30',
        });
        return {
          url: `/api/remittances/${remittance.body.id}/confirm`,
          body: { receivedFen: 12000 },
          cases: [
            { as: 'headA', status: 403 },
            { as: 'headB', status: 404 },
            { as: 'admin', status: 200 },
          ],
        };
      },
    },
    {
      route: 'POST /api/remittances/:id/return',
      prepare: async () => {
        const cashier = await t.login('chenjing');
        const remittance = await cashier.post('/api/remittances', {
          officeId: ids['office-a'],
          paymentIds: [await cashierPayment()],
          totalFen: 12000,
          periodFrom: '2026-11-01',
          periodTo: '2026-11-30',
        });
        return {
          url: `/api/remittances/${remittance.body.id}/return`,
          body: { reason: '矩阵：清点短款', countedFen: 11990 },
          cases: [
            { as: 'headA', status: 403 },
            { as: 'headB', status: 404 },
            { as: 'admin', status: 200 },
          ],
        };
      },
    },
    {
      route: 'POST /api/orders/:id/invoice',
      prepare: async () => {
        const o = await driveTo(t, 'accepted');
        return {
          url: `/api/orders/${o.id}/invoice`,
          body: { number: `FP${o.number.replaceAll('-', '')}`, date: '2026-11-27', kind: 'vat_general', amountFen: o.totalFen },
          cases: [
            { as: 'headA', status: 403 },
            { as: 'headB', status: 404 },
            { as: 'admin', status: 201 },
          ],
        };
      },
    },
    {
      route: 'GET /api/orders/:id/invoice',
      prepare: async () => {
        const o = await driveTo(t, 'accepted');
        return {
          url: `/api/orders/${o.id}/invoice`,
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'POST /api/invoices/:id/deliver',
      prepare: async () => {
        const o = await driveTo(t, 'accepted');
        const inv = await (await t.login('chenjing')).post(`/api/orders/${o.id}/invoice`, {
          number: `FQ${o.number.replaceAll('-', '')}`,
          date: '2026-11-27',
          kind: 'other',
          amountFen: o.totalFen,
        });
        return {
          url: `/api/invoices/${inv.body.id}/deliver`,
          body: { note: '交业主' },
          cases: [
            { as: 'headA', status: 403 },
            { as: 'headB', status: 404 },
            { as: 'admin', status: 200 },
          ],
        };
      },
    },
    { route: 'GET /api/money/checks', prepare: async () => ({ url: '/api/money/checks', cases: [{ as: 'headA', status: 200 }] }) },
    ...(['/api/reconciliation', '/api/reconciliation/export.xlsx'] as const).map(
      (path): Row => ({
        route: `GET ${path}`,
        prepare: async () => ({
          url: `${path}?officeId=${ids['office-a']}&from=2026-11-01&to=2026-11-30`,
          cases: [
            { as: 'headA', status: 200 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        }),
      }),
    ),
    {
      route: 'GET /api/receipts/export.xlsx',
      prepare: async () => ({
        url: '/api/receipts/export.xlsx',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/remittances/export.xlsx',
      prepare: async () => ({
        url: '/api/remittances/export.xlsx',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'POST /api/receipts/:id/replace',
      prepare: async () => {
        const id = await receiptOfA();
        await (await t.login('chenjing')).post(`/api/receipts/${id}/void`, { reason: '矩阵作废' });
        return {
          url: `/api/receipts/${id}/replace`,
          cases: [
            { as: 'headA', status: 403 },
            { as: 'headB', status: 404 },
          ],
        };
      },
    },
    {
      // a cashier's list: the office head and the cleaner write no receipts
      route: 'GET /api/receipts/due',
      prepare: async () => ({
        url: '/api/receipts/due',
        cases: [
          { as: 'headA', status: 403 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'POST /api/receipts/due/:id',
      prepare: async () => ({
        url: `/api/receipts/due/${await wechatPaymentOfA()}`,
        cases: [
          { as: 'headA', status: 403 },
          { as: 'headB', status: 403 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/receipts/:id/print',
      prepare: async () => ({
        url: `/api/receipts/${await receiptOfA()}/print?size=a4`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'mgrA', status: 403 },
        ],
      }),
    },
  ];
};
