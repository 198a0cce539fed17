import type { Agent, TestEnv } from './harness.js';

/**
 * The authorisation matrix: callers and the rows each module adds.
 * Callers: `mgrA` holds a custom role with every platform permission at office A (翠竹园) only;
 * `headA` is office A's head (may read users, set parameters, approve price lists; not manage users
 * or nodes); `cleanerA` is a cleaner in office A's 环境部; `headB` heads office B; `admin` is the HQ
 * system administrator.
 */
export type Who = 'anonymous' | 'admin' | 'mgrA' | 'headA' | 'headB' | 'cleanerA';
export interface Case {
  as: Exclude<Who, 'anonymous'>;
  url?: string;
  body?: unknown;
  status: number;
}
export interface Row {
  route: string;
  prepare: () => Promise<{ url: string; body?: unknown; cases: Case[] }>;
}

export interface Matrix {
  t: TestEnv;
  agents: Record<Exclude<Who, 'anonymous'>, Agent>;
  ids: Record<string, string>;
  roleIds: Record<string, string>;
  freshDept(parent: string): Promise<string>;
  freshUser(org: string): Promise<string>;
}

let n = 0;
export async function setUpMatrix(t: TestEnv): Promise<Matrix> {
  const agents = {} as Matrix['agents'];
  const ids: Record<string, string> = {};
  agents.admin = await t.login('admin');
  for (const code of ['hq', 'office-a', 'office-a-env', 'office-a-cs', 'office-b', 'office-b-env']) ids[code] = await t.org(code);
  const roleIds: Record<string, string> = Object.fromEntries(
    ((await agents.admin.get('/api/roles')).body as { id: string; code: string }[]).map((r) => [r.code, r.id]),
  );
  const role = await agents.admin.post('/api/roles', {
    code: 'office_admin',
    name: '管理处管理员',
    permissions: ['users.read', 'users.manage', 'org.manage', 'params.manage', 'tokens.manage'],
  });
  roleIds.office_admin = role.body.id;
  roleIds.empty = (await agents.admin.post('/api/roles', { code: 'matrix_empty', name: '空角色', permissions: [] })).body.id;
  const mgr = await agents.admin.post('/api/users', {
    username: 'mgr_a',
    displayName: '管理员甲',
    orgId: ids['office-a'],
    password: 'matrix-pass',
  });
  await agents.admin.post(`/api/users/${mgr.body.id}/grants`, { roleId: role.body.id, orgId: ids['office-a'] });
  agents.mgrA = await t.login('mgr_a', 'matrix-pass');
  agents.headA = await t.login('wangfang');
  agents.headB = await t.login('zhaolei');
  agents.cleanerA = await t.login('sunxy');
  for (const u of ['chenjing', 'liuyang', 'huangli', 'sunxy']) ids[u] = await t.userId(u);
  return {
    t,
    agents,
    ids,
    roleIds,
    async freshDept(parent) {
      const res = await agents.admin.post('/api/orgs', { parentId: ids[parent], kind: 'department', name: `矩阵部门${++n}` });
      return res.body.id as string;
    },
    async freshUser(org) {
      const res = await agents.admin.post('/api/users', {
        username: `matrix_${++n}`,
        displayName: `矩阵${n}`,
        orgId: ids[org],
        password: 'matrix-pass',
      });
      return res.body.id as string;
    },
  };
}
