import type { Matrix, Row } from '../../support/matrix.js';

/**
 * The calendar is the whole organisation's: anyone signed in reads it (a cleaner included); only calendar.manage at
 * the root (the administrator, the general manager) changes it — anyone else signed in gets 403, since the calendar
 * they may read is no secret.
 */
export const calendarRows = (m: Matrix): Row[] => {
  const { agents } = m;
  return [
    { route: 'GET /api/calendar', prepare: async () => ({ url: '/api/calendar?year=2026', cases: [{ as: 'cleanerA', status: 200 }] }) },
    {
      route: 'GET /api/calendar/export.xlsx',
      prepare: async () => ({ url: '/api/calendar/export.xlsx?year=2026', cases: [{ as: 'cleanerA', status: 200 }] }),
    },
    {
      route: 'PUT /api/calendar/days/:day',
      prepare: async () => ({
        url: '/api/calendar/days/2026-12-19',
        body: { kind: 'workday', name: '矩阵调休' },
        cases: [
          { as: 'admin', status: 200 },
          { as: 'cleanerA', status: 403 },
          { as: 'headA', status: 403 },
          { as: 'mgrA', status: 403 },
        ],
      }),
    },
    {
      route: 'DELETE /api/calendar/days/:day',
      prepare: async () => {
        await agents.admin.put('/api/calendar/days/2026-12-20', { kind: 'workday', name: '矩阵调休' });
        return {
          url: '/api/calendar/days/2026-12-20',
          cases: [
            { as: 'admin', status: 204 },
            { as: 'cleanerA', status: 403 },
            { as: 'headB', status: 403 },
          ],
        };
      },
    },
    {
      route: 'POST /api/calendar/years/:year/import',
      prepare: async () => ({
        url: '/api/calendar/years/2028/import',
        body: { days: [{ day: '2028-01-01', kind: 'holiday', name: '元旦' }] },
        cases: [
          { as: 'admin', status: 200 },
          { as: 'cleanerA', status: 403 },
          { as: 'headA', status: 403 },
        ],
      }),
    },
  ];
};
