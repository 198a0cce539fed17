import { type BillingEstate, billingEstate } from '../../support/bill-runs.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Property fees, arrears and the collection rate: office heads hold fees.read and fees.supervise in their office;
 * `mgrA` holds no fee permission (403); office B's head gets 404 for office A's estate or unit.
 */
export const feesArrearsRows = (m: Matrix): Row[] => {
  const db = m.t.runtime.deps.db;
  const estateA = async () => (await db.selectFrom('estates').select('id').where('name', '=', '翠竹园').executeTakeFirstOrThrow()).id;
  // an estate of office A without a bill (the demo's 翠竹园 has arrears): nothing to print there
  let clean: Promise<BillingEstate> | undefined;
  const cleanEstate = () => {
    clean ??= billingEstate(m.t, m.agents.headA, { office: 'office-a', name: '矩阵无欠费苑', moveInMonth: '2020-01', standards: false });
    return clean;
  };
  const lists: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'headB', status: 200 },
    { as: 'mgrA', status: 403 },
  ];
  const ofEstateA = (ok: number): Case[] => [
    { as: 'headA', status: ok },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  return [
    { route: 'GET /api/arrears', prepare: async () => ({ url: '/api/arrears', cases: lists }) },
    {
      route: 'GET /api/arrears/export.xlsx',
      prepare: async () => ({ url: `/api/arrears/export.xlsx?estateId=${await estateA()}`, cases: ofEstateA(200) }),
    },
    // no bill is in arrears in the clean estate: the office's own head is answered 422 (nothing to print)
    {
      route: 'GET /api/arrears/notices',
      prepare: async () => ({ url: `/api/arrears/notices?estateId=${(await cleanEstate()).estateId}`, cases: ofEstateA(422) }),
    },
    {
      route: 'GET /api/arrears/:unitId/notice',
      prepare: async () => ({ url: `/api/arrears/${(await cleanEstate()).units.whole}/notice`, cases: ofEstateA(422) }),
    },
    {
      route: 'GET /api/collection-rate',
      prepare: async () => ({ url: `/api/collection-rate?estateId=${await estateA()}&level=building`, cases: ofEstateA(200) }),
    },
  ];
};
