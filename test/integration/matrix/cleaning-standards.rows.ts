import type { Case, Matrix, Row } from '../../support/matrix.js';

/** The standards library: office A's estate 翠竹园 (its own copy from the demo) and the group's library. */
export const cleaningStandardsRows = (m: Matrix): Row[] => {
  const { agents } = m;
  const estateA = async () =>
    ((await agents.headA.get('/api/estates?pageSize=100')).body.items as { id: string; name: string }[]).find((e) => e.name === '翠竹园')!
      .id;
  /** A live check of 翠竹园 of `key`, fresh for each row (each edit makes a new live version). */
  const liveCheck = async (key: string) => {
    const lib = (await agents.headA.get(`/api/cleaning/standards?estateId=${await estateA()}`)).body;
    return (lib.items as { id: string; checkKey: string; object: string; criterion: string; method: string }[]).find(
      (s) => s.checkKey === key,
    )!;
  };
  /** headA and the cleaner work at office A (the cleaner reads, may not edit); office B's head never sees it. */
  const write = (ok: number): Case[] => [
    { as: 'headA', status: ok },
    { as: 'cleanerA', status: 403 },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  return [
    {
      route: 'GET /api/cleaning/standards',
      prepare: async () => ({
        url: `/api/cleaning/standards?estateId=${await estateA()}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 200 },
          { as: 'mgrA', status: 403 },
          { as: 'headB', status: 404 },
          { as: 'headB', url: '/api/cleaning/standards', status: 200 },
        ],
      }),
    },
    {
      route: 'POST /api/cleaning/standards',
      prepare: async () => ({
        url: '/api/cleaning/standards',
        body: {
          estateId: await estateA(),
          area: 'garage',
          object: '车库出入口',
          criterion: '无积水',
          method: 'visual',
          thresholdMax: null,
          thresholdUnit: null,
        },
        cases: [
          ...write(200),
          {
            as: 'headA',
            body: {
              estateId: null,
              area: 'garage',
              object: '车库',
              criterion: '无积水',
              method: 'visual',
              thresholdMax: null,
              thresholdUnit: null,
            },
            status: 403,
          },
        ],
      }),
    },
    {
      route: 'GET /api/cleaning/standards/:id/versions',
      prepare: async () => ({
        url: `/api/cleaning/standards/${(await liveCheck('signs.clean')).id}/versions`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 200 },
          { as: 'mgrA', status: 403 },
          { as: 'headB', status: 404 },
        ],
      }),
    },
    {
      route: 'PUT /api/cleaning/standards/:id',
      prepare: async () => {
        const c = await liveCheck('ground.litter');
        return {
          url: `/api/cleaning/standards/${c.id}`,
          body: { object: c.object, criterion: c.criterion, method: c.method, thresholdMax: null, thresholdUnit: null, note: '矩阵修订' },
          cases: write(200),
        };
      },
    },
    {
      route: 'POST /api/cleaning/standards/:id/retire',
      prepare: async () => {
        const added = await agents.headA.post('/api/cleaning/standards', {
          estateId: await estateA(),
          area: 'pillars',
          object: '立柱底座',
          criterion: '无污垢',
          method: 'touch',
          thresholdMax: null,
          thresholdUnit: null,
        });
        return { url: `/api/cleaning/standards/${added.body.id}/retire`, body: { note: '矩阵停用' }, cases: write(200) };
      },
    },
    {
      route: 'POST /api/cleaning/estates/:estateId/standards/adopt',
      prepare: async () => ({ url: `/api/cleaning/estates/${await estateA()}/standards/adopt`, cases: write(200) }),
    },
  ];
};
