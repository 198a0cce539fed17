import { approvedStandard, openBills } from '../../support/fees.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Property fees, desk: only a cashier (fees.collect) works the desk, so inside office A `headA` (fees.read) and
 * `mgrA` get 403 there and office B's head 404; payments are read with fees.read. The cashier's own 200s are in
 * test/integration/fee-desk.test.ts (chenjing is not one of the matrix's agents).
 */
export const feesDeskRows = (m: Matrix): Row[] => {
  const { t } = m;
  const desk: Case[] = [
    { as: 'headA', status: 403 },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  const open: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 200 },
    { as: 'headB', status: 200 },
  ];
  const unitA = async () => {
    const db = t.runtime.deps.db;
    const estate = await db.selectFrom('estates').select('id').where('name', '=', '翠竹园').executeTakeFirstOrThrow();
    return (await db.selectFrom('estate_units').select('id').where('estate_id', '=', estate.id).orderBy('id').executeTakeFirstOrThrow()).id;
  };
  /** A desk payment of office A, taken by its cashier. */
  const paymentA = async () => {
    const f = await approvedStandard(t, '翠竹园');
    await openBills(t, f, ['2026-01']);
    const db = t.runtime.deps.db;
    const bill = await db
      .selectFrom('fee_bills')
      .select(['id', 'unit_id', 'amount_fen'])
      .where('standard_id', '=', f.standardId)
      .where('state', '=', 'open')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const res = await (await t.login('chenjing')).post('/api/fee-payments', {
      unitId: bill.unit_id,
      billIds: [bill.id],
      method: 'cash',
      amountFen: Number(bill.amount_fen),
    });
    return res.body.id as string;
  };
  return [
    { route: 'GET /api/fee-desk/units/:unitId', prepare: async () => ({ url: `/api/fee-desk/units/${await unitA()}`, cases: desk }) },
    {
      route: 'GET /api/fee-desk/units/:unitId/advance',
      prepare: async () => ({ url: `/api/fee-desk/units/${await unitA()}/advance?months=1`, cases: desk }),
    },
    {
      route: 'POST /api/fee-payments',
      prepare: async () => ({
        url: '/api/fee-payments',
        body: { unitId: await unitA(), billIds: [], advanceMonths: 1, method: 'cash', amountFen: 100 },
        cases: desk,
      }),
    },
    { route: 'GET /api/fee-payments', prepare: async () => ({ url: '/api/fee-payments', cases: open }) },
    { route: 'GET /api/fee-payments/export.xlsx', prepare: async () => ({ url: '/api/fee-payments/export.xlsx', cases: open }) },
    {
      route: 'GET /api/fee-payments/:id',
      prepare: async () => ({
        url: `/api/fee-payments/${await paymentA()}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'mgrA', status: 403 },
          { as: 'headB', status: 404 },
        ],
      }),
    },
  ];
};
