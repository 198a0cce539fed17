import type { Matrix, Row } from '../../support/matrix.js';

export const platformRows = (m: Matrix): Row[] => {
  const { agents, ids, roleIds, freshDept, freshUser } = m;
  return [
    {
      route: 'GET /api/auth/me',
      prepare: async () => ({ url: '/api/auth/me', cases: [{ as: 'cleanerA', status: 200 }] }),
    },
    {
      // every signed-in user has a workbench: it holds only their own to-dos (test/integration/workbench.test.ts)
      route: 'GET /api/workbench',
      prepare: async () => ({
        url: '/api/workbench',
        cases: [
          { as: 'cleanerA', status: 200 },
          { as: 'headB', status: 200 },
        ],
      }),
    },
    {
      route: 'POST /api/auth/password',
      prepare: async () => ({
        url: '/api/auth/password',
        body: { currentPassword: 'wrong-one', newPassword: 'whatever-1' },
        cases: [{ as: 'cleanerA', status: 422 }],
      }),
    },
    {
      route: 'GET /api/orgs',
      prepare: async () => ({ url: '/api/orgs?pageSize=100', cases: [{ as: 'cleanerA', status: 200 }] }),
    },
    {
      route: 'GET /api/orgs/:id',
      prepare: async () => ({
        url: `/api/orgs/${ids['office-a-cs']}`,
        cases: [
          { as: 'mgrA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', status: 404 },
          { as: 'cleanerA', url: `/api/orgs/${ids['office-a-env']}`, status: 200 },
        ],
      }),
    },
    {
      route: 'POST /api/orgs',
      prepare: async () => ({
        url: '/api/orgs',
        body: { parentId: ids['office-a'], kind: 'department', name: '矩阵新部门' },
        cases: [
          { as: 'mgrA', status: 201 },
          { as: 'mgrA', body: { parentId: ids['office-b'], kind: 'department', name: '越界部门' }, status: 404 },
          { as: 'headA', status: 403 },
        ],
      }),
    },
    {
      route: 'PATCH /api/orgs/:id',
      prepare: async () => {
        const [a, b] = [await freshDept('office-a'), await freshDept('office-b')];
        return {
          url: `/api/orgs/${a}`,
          body: { name: '改名后的部门' },
          cases: [
            { as: 'mgrA', status: 200 },
            { as: 'mgrA', url: `/api/orgs/${b}`, status: 404 },
            { as: 'headA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'POST /api/orgs/:id/move',
      prepare: async () => {
        const [a, b] = [await freshDept('office-a'), await freshDept('office-b')];
        return {
          url: `/api/orgs/${a}/move`,
          body: { parentId: ids['office-a'] },
          cases: [
            { as: 'mgrA', status: 200 },
            { as: 'mgrA', body: { parentId: ids['office-b'] }, status: 404 },
            { as: 'mgrA', url: `/api/orgs/${b}/move`, status: 404 },
            { as: 'headA', status: 403 },
          ],
        };
      },
    },
    ...(['deactivate', 'activate'] as const).map(
      (action): Row => ({
        route: `POST /api/orgs/:id/${action}`,
        prepare: async () => {
          const [a, b] = [await freshDept('office-a'), await freshDept('office-b')];
          if (action === 'activate') for (const d of [a, b]) await agents.admin.post(`/api/orgs/${d}/deactivate`);
          return {
            url: `/api/orgs/${a}/${action}`,
            cases: [
              { as: 'mgrA', status: 200 },
              { as: 'mgrA', url: `/api/orgs/${b}/${action}`, status: 404 },
              { as: 'headA', status: 403 },
            ],
          };
        },
      }),
    ),
    {
      route: 'GET /api/users',
      prepare: async () => ({
        url: '/api/users',
        cases: [
          { as: 'mgrA', status: 200 },
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/users/export.xlsx',
      prepare: async () => ({
        url: '/api/users/export.xlsx',
        cases: [
          { as: 'mgrA', status: 200 },
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
          { as: 'headB', status: 404, url: `/api/users/export.xlsx?orgId=${ids['office-a']}` },
        ],
      }),
    },
    {
      route: 'GET /api/orgs/:id/staff',
      prepare: async () => ({
        url: `/api/orgs/${ids['office-a']}/staff?permission=orders.work`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          // a cleaner works inside office A (granted at its department): she may list whom to hand cash to
          { as: 'cleanerA', status: 200 },
          { as: 'cleanerA', url: `/api/orgs/${ids['office-b']}/staff?permission=orders.work`, status: 404 },
          { as: 'headA', url: `/api/orgs/${ids['office-a']}/staff?permission=no.such`, status: 422 },
        ],
      }),
    },
    {
      route: 'GET /api/users/:id',
      prepare: async () => ({
        url: `/api/users/${ids.chenjing}`,
        cases: [
          { as: 'mgrA', status: 200 },
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', status: 404 },
          { as: 'cleanerA', url: `/api/users/${ids.liuyang}`, status: 403 },
        ],
      }),
    },
    {
      route: 'POST /api/users',
      prepare: async () => ({
        url: '/api/users',
        body: { username: 'matrix_new', displayName: '新人', orgId: ids['office-a'], password: 'matrix-pass' },
        cases: [
          { as: 'mgrA', status: 201 },
          {
            as: 'mgrA',
            body: { username: 'matrix_new_b', displayName: '新人', orgId: ids['office-b'], password: 'matrix-pass' },
            status: 404,
          },
          {
            as: 'headA',
            body: { username: 'matrix_new_c', displayName: '新人', orgId: ids['office-a'], password: 'matrix-pass' },
            status: 403,
          },
        ],
      }),
    },
    {
      route: 'PATCH /api/users/:id',
      prepare: async () => ({
        url: `/api/users/${ids.chenjing}`,
        body: { phone: '13811112222' },
        cases: [
          { as: 'mgrA', status: 200 },
          { as: 'mgrA', url: `/api/users/${ids.huangli}`, status: 404 },
          { as: 'headA', status: 403 },
        ],
      }),
    },
    ...(['deactivate', 'activate', 'reset-password'] as const).map(
      (action): Row => ({
        route: `POST /api/users/:id/${action}`,
        prepare: async () => {
          const [a, b] = [await freshUser('office-a'), await freshUser('office-b')];
          if (action === 'activate') for (const u of [a, b]) await agents.admin.post(`/api/users/${u}/deactivate`);
          const body = action === 'reset-password' ? { newPassword: 'another-pass' } : {};
          return {
            url: `/api/users/${a}/${action}`,
            body,
            cases: [
              { as: 'mgrA', status: 200 },
              { as: 'mgrA', url: `/api/users/${b}/${action}`, status: 404 },
              { as: 'headA', status: 403 },
            ],
          };
        },
      }),
    ),
    {
      route: 'POST /api/users/:id/grants',
      prepare: async () => {
        const a = await freshUser('office-a');
        return {
          url: `/api/users/${a}/grants`,
          body: { roleId: roleIds.empty, orgId: ids['office-a-env'] },
          cases: [
            { as: 'mgrA', status: 201 },
            { as: 'mgrA', body: { roleId: roleIds.empty, orgId: ids['office-b-env'] }, status: 404 },
            { as: 'headA', body: { roleId: roleIds.empty, orgId: ids['office-a-cs'] }, status: 403 },
          ],
        };
      },
    },
    {
      route: 'POST /api/users/:id/grants/:grantId/revoke',
      prepare: async () => {
        const [a, b] = [await freshUser('office-a'), await freshUser('office-b')];
        const ga = (await agents.admin.post(`/api/users/${a}/grants`, { roleId: roleIds.empty, orgId: ids['office-a-env'] })).body[0].id;
        const gb = (await agents.admin.post(`/api/users/${b}/grants`, { roleId: roleIds.empty, orgId: ids['office-b-env'] })).body[0].id;
        return {
          url: `/api/users/${a}/grants/${ga}/revoke`,
          cases: [
            { as: 'mgrA', status: 200 },
            { as: 'mgrA', url: `/api/users/${b}/grants/${gb}/revoke`, status: 404 },
            { as: 'headA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'GET /api/roles',
      prepare: async () => ({
        url: '/api/roles',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/roles/:id',
      prepare: async () => ({
        url: `/api/roles/${roleIds.cashier}`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/permissions',
      prepare: async () => ({
        url: '/api/permissions',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      // roles are tenant-wide: only `roles.manage` at the root may create or change them
      route: 'POST /api/roles',
      prepare: async () => ({
        url: '/api/roles',
        body: { code: 'matrix_role', name: '矩阵角色', permissions: ['users.read'] },
        cases: [
          { as: 'admin', status: 201 },
          { as: 'mgrA', body: { code: 'matrix_role_2', name: '矩阵角色', permissions: [] }, status: 404 },
          { as: 'cleanerA', status: 404 },
        ],
      }),
    },
    {
      route: 'PATCH /api/roles/:id',
      prepare: async () => ({
        url: `/api/roles/${roleIds.office_admin}`,
        body: { name: '管理处管理员（改）' },
        cases: [
          { as: 'admin', status: 200 },
          { as: 'mgrA', status: 404 },
        ],
      }),
    },
    {
      route: 'GET /api/tokens',
      prepare: async () => ({
        url: '/api/tokens',
        cases: [
          { as: 'mgrA', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'POST /api/tokens',
      prepare: async () => ({
        url: '/api/tokens',
        body: { name: '集成', permissions: ['users.read'] },
        cases: [
          { as: 'mgrA', status: 201 },
          { as: 'mgrA', body: { name: '越权', permissions: ['roles.manage'] }, status: 403 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'POST /api/tokens/:id/revoke',
      prepare: async () => {
        const token = (await agents.admin.post('/api/tokens', { name: '管理员的', permissions: ['users.read'] })).body.id;
        return {
          url: `/api/tokens/${token}/revoke`,
          cases: [
            { as: 'mgrA', status: 404 },
            { as: 'admin', status: 200 },
          ],
        };
      },
    },
    {
      route: 'GET /api/orgs/:id/params',
      prepare: async () => ({
        url: `/api/orgs/${ids['office-a']}/params`,
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', status: 404 },
        ],
      }),
    },
    {
      route: 'PUT /api/orgs/:id/params/:key',
      prepare: async () => ({
        url: `/api/orgs/${ids['office-a']}/params/receiptReturnDays`,
        body: { value: 2 },
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', url: `/api/orgs/${ids['office-a-env']}/params/receiptReturnDays`, status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/history/:entity/:id',
      prepare: async () => ({
        url: `/api/history/user/${ids.chenjing}`,
        cases: [
          { as: 'mgrA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', url: `/api/history/user/${ids.liuyang}`, status: 403 },
          { as: 'headB', url: `/api/history/org/${ids['office-a']}`, status: 404 },
        ],
      }),
    },
    {
      route: 'GET /api/history/:entity/:id/export.xlsx',
      prepare: async () => ({
        url: `/api/history/user/${ids.chenjing}/export.xlsx`,
        cases: [
          { as: 'mgrA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', url: `/api/history/user/${ids.liuyang}/export.xlsx`, status: 403 },
        ],
      }),
    },
  ];
};
