import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Property fees, arrears and the collection rate: office heads hold fees.read and fees.supervise in their office;
 * `mgrA` holds no fee permission (403); office B's head gets 404 for office A's estate or unit.
 */
export const feesArrearsRows = (m: Matrix): Row[] => {
  const db = m.t.runtime.deps.db;
  const estateA = async () => (await db.selectFrom('estates').select('id').where('name', '=', '翠竹园').executeTakeFirstOrThrow()).id;
  const unitA = async () =>
    (
      await db
        .selectFrom('estate_units')
        .select('id')
        .where('estate_id', '=', await estateA())
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
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
    // no bill is in arrears in the matrix's tenant: the office's own head is answered 422 (nothing to print)
    {
      route: 'GET /api/arrears/notices',
      prepare: async () => ({ url: `/api/arrears/notices?estateId=${await estateA()}`, cases: ofEstateA(422) }),
    },
    {
      route: 'GET /api/arrears/:unitId/notice',
      prepare: async () => ({ url: `/api/arrears/${await unitA()}/notice`, cases: ofEstateA(422) }),
    },
    {
      route: 'GET /api/collection-rate',
      prepare: async () => ({ url: `/api/collection-rate?estateId=${await estateA()}&level=building`, cases: ofEstateA(200) }),
    },
  ];
};
