import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * Walks every API route with callers inside and outside the record's node, with and without the
 * permission. A route added without a row here fails the first test.
 *
 * Callers: `mgrA` holds a custom role with every platform permission at office A (翠竹园) only;
 * `headA` is office A's head (may read users, set parameters, not manage users or nodes);
 * `cleanerA` is a cleaner in office A's 环境部 (no permissions); `headB` heads office B; `admin` is
 * the HQ system administrator.
 */
type Who = 'anonymous' | 'admin' | 'mgrA' | 'headA' | 'headB' | 'cleanerA';
interface Case {
  as: Who;
  url?: string;
  body?: unknown;
  status: number;
}
interface Row {
  route: string;
  prepare: () => Promise<{ url: string; body?: unknown; cases: Case[] }>;
}

let t: TestEnv;
const agents = {} as Record<Exclude<Who, 'anonymous'>, Agent>;
const ids: Record<string, string> = {};
let roleIds: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestEnv();
  agents.admin = await t.login('admin');
  for (const code of ['hq', 'office-a', 'office-a-env', 'office-a-cs', 'office-b', 'office-b-env']) ids[code] = await t.org(code);
  roleIds = Object.fromEntries(((await agents.admin.get('/api/roles')).body as { id: string; code: string }[]).map((r) => [r.code, r.id]));
  const role = await agents.admin.post('/api/roles', {
    code: 'office_admin',
    name: '管理处管理员',
    permissions: ['users.read', 'users.manage', 'org.manage', 'params.manage', 'tokens.manage'],
  });
  roleIds.office_admin = role.body.id;
  const mgr = await agents.admin.post('/api/users', { username: 'mgr_a', displayName: '管理员甲', orgId: ids['office-a'], password: 'matrix-pass' });
  await agents.admin.post(`/api/users/${mgr.body.id}/grants`, { roleId: role.body.id, orgId: ids['office-a'] });
  agents.mgrA = await t.login('mgr_a', 'matrix-pass');
  agents.headA = await t.login('wangfang');
  agents.headB = await t.login('zhaolei');
  agents.cleanerA = await t.login('sunxy');
  for (const u of ['chenjing', 'liuyang', 'huangli']) ids[u] = await t.userId(u);
});
afterAll(() => t.close());

let n = 0;
async function freshDept(parent: string) {
  const res = await agents.admin.post('/api/orgs', { parentId: ids[parent], kind: 'department', name: `矩阵部门${++n}` });
  return res.body.id as string;
}
async function freshUser(org: string) {
  const res = await agents.admin.post('/api/users', { username: `matrix_${++n}`, displayName: `矩阵${n}`, orgId: ids[org], password: 'matrix-pass' });
  return res.body.id as string;
}

const ROWS: Row[] = [
  {
    route: 'GET /api/auth/me',
    prepare: async () => ({ url: '/api/auth/me', cases: [{ as: 'cleanerA', status: 200 }] }),
  },
  {
    route: 'POST /api/auth/password',
    prepare: async () => ({ url: '/api/auth/password', body: { currentPassword: 'wrong-one', newPassword: 'whatever-1' }, cases: [{ as: 'cleanerA', status: 422 }] }),
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
    prepare: async () => ({ url: '/api/users', cases: [{ as: 'mgrA', status: 200 }, { as: 'headA', status: 200 }, { as: 'cleanerA', status: 403 }] }),
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
        { as: 'mgrA', body: { username: 'matrix_new_b', displayName: '新人', orgId: ids['office-b'], password: 'matrix-pass' }, status: 404 },
        { as: 'headA', body: { username: 'matrix_new_c', displayName: '新人', orgId: ids['office-a'], password: 'matrix-pass' }, status: 403 },
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
        body: { roleId: roleIds.cleaner, orgId: ids['office-a-env'] },
        cases: [
          { as: 'mgrA', status: 201 },
          { as: 'mgrA', body: { roleId: roleIds.cleaner, orgId: ids['office-b-env'] }, status: 404 },
          { as: 'headA', body: { roleId: roleIds.cleaner, orgId: ids['office-a-cs'] }, status: 403 },
        ],
      };
    },
  },
  {
    route: 'POST /api/users/:id/grants/:grantId/revoke',
    prepare: async () => {
      const [a, b] = [await freshUser('office-a'), await freshUser('office-b')];
      const ga = (await agents.admin.post(`/api/users/${a}/grants`, { roleId: roleIds.cleaner, orgId: ids['office-a-env'] })).body[0].id;
      const gb = (await agents.admin.post(`/api/users/${b}/grants`, { roleId: roleIds.cleaner, orgId: ids['office-b-env'] })).body[0].id;
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
    prepare: async () => ({ url: '/api/roles', cases: [{ as: 'headA', status: 200 }, { as: 'cleanerA', status: 403 }] }),
  },
  {
    route: 'GET /api/roles/:id',
    prepare: async () => ({ url: `/api/roles/${roleIds.cashier}`, cases: [{ as: 'headA', status: 200 }, { as: 'cleanerA', status: 403 }] }),
  },
  {
    route: 'GET /api/permissions',
    prepare: async () => ({ url: '/api/permissions', cases: [{ as: 'headA', status: 200 }, { as: 'cleanerA', status: 403 }] }),
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
    prepare: async () => ({ url: `/api/roles/${roleIds.office_admin}`, body: { name: '管理处管理员（改）' }, cases: [{ as: 'admin', status: 200 }, { as: 'mgrA', status: 404 }] }),
  },
  {
    route: 'GET /api/tokens',
    prepare: async () => ({ url: '/api/tokens', cases: [{ as: 'mgrA', status: 200 }, { as: 'cleanerA', status: 403 }] }),
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
      return { url: `/api/tokens/${token}/revoke`, cases: [{ as: 'mgrA', status: 404 }, { as: 'admin', status: 200 }] };
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
];

const PUBLIC = ['GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/login', 'POST /api/auth/logout'];

describe('authorisation matrix', () => {
  it('has a row for every API route, and only the public ones need no sign-in', () => {
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    const listed = new Set([...ROWS.map((r) => r.route), ...PUBLIC]);
    expect(routes.map((r) => `${r.method} ${r.url}`).filter((r) => !listed.has(r))).toEqual([]);
    expect(routes.filter((r) => r.public).map((r) => `${r.method} ${r.url}`).sort()).toEqual([...PUBLIC].sort());
  });

  it.each(ROWS.map((r) => [r.route, r] as const))('%s', async (route, row) => {
    const method = route.split(' ')[0] as 'GET' | 'POST' | 'PATCH' | 'PUT';
    const { url, body, cases } = await row.prepare();
    const anonymous = await t.anonymous().request(method, url, body);
    expect(anonymous.status, 'anonymous').toBe(401);
    // refusals first: they must leave the record as it was for the allowed call that follows
    const ordered = [...cases].sort((a, b) => Number(a.status < 300) - Number(b.status < 300));
    for (const c of ordered) {
      const res = await agents[c.as as Exclude<Who, 'anonymous'>].request(method, c.url ?? url, c.body ?? body);
      expect(res.status, `${c.as} ${method} ${c.url ?? url}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(c.status);
      if (c.status >= 400) expect(res.body.code).toBeTypeOf('string');
    }
  });

  it('lists never leak nodes or people of another office', async () => {
    const headB = agents.headB;
    const orgs = (await headB.get('/api/orgs?pageSize=100')).body.items.map((o: { id: string }) => o.id);
    expect(orgs).not.toContain(ids['office-a']);
    const users = (await headB.get('/api/users?pageSize=100')).body.items.map((u: { id: string }) => u.id);
    expect(users).not.toContain(ids.chenjing);
    expect(users).toContain(ids.huangli);
  });
});
