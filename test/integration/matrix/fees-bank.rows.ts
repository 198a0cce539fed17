import { approvedStandard, type FeeFixture, openBills } from '../../support/fees.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';

let n = 0;

/**
 * Property fees, bank collection (托收): `admin` keeps mandates and batches anywhere; `headA` (王芳) reads office A's
 * but may not keep them (fees.bank is the cashier's); `mgrA` holds no fee permission; office B's head sees nothing
 * of office A. See test/support/matrix.ts for the agents.
 */
export const feesBankRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  const db = t.runtime.deps.db;
  const admin = () => agents.admin;
  const keep = (ok: number): Case[] => [
    { as: 'headA', status: 403 },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
    { as: 'admin', status: ok },
  ];
  const read: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  const open: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 200 },
    { as: 'headB', status: 200 },
  ];
  const PERIOD = '2025-01';
  let fixture: FeeFixture | undefined;
  /** An item of its own with one month of open bills for 翠竹园, made once (each batch takes the bill of a fresh mandate). */
  const fx = async () => {
    if (!fixture) {
      fixture = await approvedStandard(t, '翠竹园', { itemCode: 'matrix_bank', itemName: '矩阵托收费' });
      await openBills(t, fixture, [PERIOD]);
    }
    return fixture;
  };
  /** A unit of 翠竹园 with an open bill of that month in no batch, and no active mandate. */
  const freeUnit = async () => {
    const f = await fx();
    const u = await db
      .selectFrom('fee_bills as b')
      .select('b.unit_id')
      .where('b.item_id', '=', f.itemId)
      .where('b.period', '=', PERIOD)
      .where('b.state', '=', 'open')
      .where('b.bank_batch_id', 'is', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(selectFrom('bank_mandates as m').select('m.id').whereRef('m.unit_id', '=', 'b.unit_id').where('m.state', '=', 'active')),
        ),
      )
      .orderBy('b.unit_id')
      .executeTakeFirstOrThrow();
    return u.unit_id;
  };
  const mandateBody = async () => ({
    unitId: await freeUnit(),
    mandateNo: `MX-${++n}-${Date.now()}`,
    bankName: '招商银行',
    accountHolder: '矩阵业主',
    accountNo: '6225880212345678',
    signedDate: '2024-01-01',
  });
  const mandateA = async () => (await admin().post('/api/bank-mandates', await mandateBody())).body as { id: string; version: number };
  /** A month of fresh open bills for 翠竹园 and a mandate, so a batch has something to collect. */
  const billsA = async () => {
    await mandateA();
    return { estateId: (await fx()).estateId, period: PERIOD };
  };
  const batchA = async () => (await admin().post('/api/bank-batches', await billsA())).body as { id: string };
  return [
    { route: 'GET /api/bank-mandates', prepare: async () => ({ url: '/api/bank-mandates', cases: open }) },
    { route: 'GET /api/bank-mandates/export.xlsx', prepare: async () => ({ url: '/api/bank-mandates/export.xlsx', cases: open }) },
    { route: 'GET /api/bank-mandates/:id', prepare: async () => ({ url: `/api/bank-mandates/${(await mandateA()).id}`, cases: read }) },
    { route: 'POST /api/bank-mandates', prepare: async () => ({ url: '/api/bank-mandates', body: await mandateBody(), cases: keep(201) }) },
    {
      route: 'POST /api/bank-mandates/:id/cancel',
      prepare: async () => {
        const md = await mandateA();
        return { url: `/api/bank-mandates/${md.id}/cancel`, body: { version: md.version }, cases: keep(200) };
      },
    },
    { route: 'GET /api/bank-batches', prepare: async () => ({ url: '/api/bank-batches', cases: open }) },
    { route: 'GET /api/bank-batches/:id', prepare: async () => ({ url: `/api/bank-batches/${(await batchA()).id}`, cases: read }) },
    {
      route: 'GET /api/bank-batches/preview',
      prepare: async () => ({ url: `/api/bank-batches/preview?estateId=${(await fx()).estateId}&period=${PERIOD}`, cases: keep(200) }),
    },
    { route: 'POST /api/bank-batches', prepare: async () => ({ url: '/api/bank-batches', body: await billsA(), cases: keep(201) }) },
    {
      route: 'GET /api/bank-batches/:id/file',
      prepare: async () => ({ url: `/api/bank-batches/${(await batchA()).id}/file?format=csv`, cases: keep(200) }),
    },
    {
      route: 'POST /api/bank-batches/:id/return',
      // not a return file: the refusal of the file comes after the caller's access is checked
      prepare: async () => ({
        url: `/api/bank-batches/${(await batchA()).id}/return`,
        body: { file: 'aGVsbG8=', format: 'csv' },
        cases: keep(422),
      }),
    },
    {
      route: 'POST /api/bank-batches/:id/close',
      // an exported batch cannot be closed before its return file: the caller's access is checked first
      prepare: async () => ({ url: `/api/bank-batches/${(await batchA()).id}/close`, body: { version: 1 }, cases: keep(409) }),
    },
  ];
};
