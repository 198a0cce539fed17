import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Cleaning scores (A6.3): office A's head reads office A's, office B's head never finds office A, the cleaner
 * (cleaning.read at 环境部 only) reads her own subtree and does not find the office, and a custom role without
 * cleaning permissions gets 403.
 */
export const cleaningScoresRows = (m: Matrix): Row[] => {
  const { ids } = m;
  const read = (whole: string): Case[] => [
    { as: 'headA', status: 200 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 404 },
    { as: 'cleanerA', status: 200, url: whole },
    { as: 'mgrA', status: 403, url: whole },
  ];
  return [
    {
      route: 'GET /api/cleaning/scores',
      prepare: async () => ({ url: `/api/cleaning/scores?orgId=${ids['office-a']}`, cases: read('/api/cleaning/scores') }),
    },
    {
      route: 'GET /api/cleaning/scores/export.xlsx',
      prepare: async () => ({
        url: `/api/cleaning/scores/export.xlsx?orgId=${ids['office-a']}`,
        cases: read('/api/cleaning/scores/export.xlsx'),
      }),
    },
  ];
};
