import { newId } from '../../../src/platform/ids.js';
import type { Matrix, Row } from '../../support/matrix.js';

/**
 * The compliance view (X5) needs `compliance.read` at the node; a node outside the caller's answers 404.
 * Notifications belong to their user: anyone signed in reads their own, another's answers 404.
 */
export const complianceRows = (m: Matrix): Row[] => {
  const { t, ids } = m;
  /** A notification of 王芳 (office A's head), as the scan would write it. */
  const noteOfHeadA = async () => {
    const user = await t.userId('wangfang');
    const tenant = await t.runtime.deps.db.selectFrom('users').select('tenant_id').where('id', '=', user).executeTakeFirstOrThrow();
    const id = newId();
    await t.runtime.deps.db
      .insertInto('notifications')
      .values({
        tenant_id: tenant.tenant_id,
        id,
        user_id: user,
        monitor_id: 'money.invoices_late',
        clause_id: 'A7.4.8',
        entity_type: 'order',
        entity_id: newId(),
        entity_label: 'JZ-矩阵',
        text_key: 'breach.invoiceNotRecorded',
        text_values_json: '{}',
        link: '/orders',
        created_at: new Date().toISOString(),
        read_at: null,
      })
      .execute();
    return id;
  };
  return [
    {
      route: 'GET /api/compliance',
      prepare: async () => ({
        url: `/api/compliance?org=${ids['office-a']}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'admin', status: 200 },
          { as: 'mgrA', status: 403 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', status: 403, url: `/api/compliance?org=${ids['office-a-env']}` },
          { as: 'cleanerA', status: 403, url: '/api/compliance' },
        ],
      }),
    },
    {
      route: 'GET /api/compliance/monitors/:monitorId/breaches',
      prepare: async () => ({
        url: `/api/compliance/monitors/money.invoices_late/breaches?org=${ids['office-a']}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'mgrA', status: 403 },
          { as: 'admin', status: 404, url: `/api/compliance/monitors/no.such_monitor/breaches?org=${ids['office-a']}` },
        ],
      }),
    },
    {
      route: 'GET /api/compliance/monitors/:monitorId/breaches/export.xlsx',
      prepare: async () => ({
        url: `/api/compliance/monitors/money.invoices_late/breaches/export.xlsx?org=${ids['office-a']}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'mgrA', status: 403 },
          { as: 'admin', status: 404, url: `/api/compliance/monitors/no.such_monitor/breaches/export.xlsx?org=${ids['office-a']}` },
        ],
      }),
    },
    {
      route: 'GET /api/notifications',
      prepare: async () => ({
        url: '/api/notifications',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 200 },
        ],
      }),
    },
    {
      route: 'POST /api/notifications/:id/read',
      prepare: async () => ({
        url: `/api/notifications/${await noteOfHeadA()}/read`,
        cases: [
          { as: 'headB', status: 404 },
          { as: 'headA', status: 200 },
        ],
      }),
    },
    {
      route: 'POST /api/notifications/read-all',
      prepare: async () => ({
        url: '/api/notifications/read-all',
        cases: [
          { as: 'cleanerA', status: 200 },
          { as: 'headA', status: 200 },
        ],
      }),
    },
  ];
};
