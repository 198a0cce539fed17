import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const usernames = (page: { items: { username: string }[] }) => page.items.map((u) => u.username).sort();

describe('users by organisation node', () => {
  it('lists to an office head only the people of their office', async () => {
    const headA = await t.login('wangfang');
    const seen = usernames((await headA.get('/api/users?pageSize=100')).body);
    expect(seen).toEqual(['chenjing', 'lijun', 'liuyang', 'sunxy', 'wangfang', 'wuqiang', 'zhaogang', 'zhoumin']);
  });

  it('answers 404 for a user of another office, as if there were none', async () => {
    const headA = await t.login('wangfang');
    const res = await headA.get(`/api/users/${await t.userId('huangli')}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('user.not_found');
  });

  it('filters by node, search text, and pages with a total', async () => {
    const admin = await t.login('admin');
    const env = usernames((await admin.get(`/api/users?orgId=${await t.org('office-a-env')}`)).body);
    expect(env).toEqual(['liuyang', 'sunxy']);
    const found = (await admin.get(`/api/users?q=${encodeURIComponent('王')}`)).body;
    expect(usernames(found)).toEqual(['wangfang']);
    const page2 = (await admin.get('/api/users?pageSize=5&page=2&sort=-username')).body;
    expect(page2.items).toHaveLength(5);
    expect(page2.total).toBe(29);
  });

  it('creates a user, grants a role at a node, and the user can then sign in and see it', async () => {
    const admin = await t.login('admin');
    const created = await admin.post('/api/users', {
      username: 'lixiao',
      displayName: '李晓',
      phone: '13900000000',
      orgId: await t.org('office-b-env'),
      password: 'first-pass-1',
    });
    expect(created.status).toBe(201);
    expect(created.body.mustChangePassword).toBe(true);
    const roles = (await admin.get('/api/roles')).body as { id: string; code: string }[];
    const cleaner = roles.find((r) => r.code === 'cleaner')!;
    const granted = await admin.post(`/api/users/${created.body.id}/grants`, { roleId: cleaner.id, orgId: await t.org('office-b-env') });
    expect(granted.status).toBe(201);
    expect(granted.body[0]).toMatchObject({ roleCode: 'cleaner', orgName: '金色家园环境部' });
    const me = await t.anonymous().post('/api/auth/login', { username: 'lixiao', password: 'first-pass-1' });
    expect(me.body.grants[0].roleName).toBe('保洁员');
    expect(me.body.abilities.users).toBe(false);
  });

  it('refuses a taken username on the username field', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/users', {
      username: 'wangfang',
      displayName: '另一个王芳',
      orgId: await t.org('office-b'),
      password: 'long-enough',
    });
    expect(res.status).toBe(409);
    expect(res.body.errors[0]).toMatchObject({ field: 'username', code: 'user.username_taken' });
  });

  it('does not let anyone grant more than they hold', async () => {
    const admin = await t.login('admin');
    const roles = (await admin.get('/api/roles')).body as { id: string; code: string }[];
    const officeAdmin = await admin.post('/api/roles', {
      code: 'office_admin',
      name: '管理处管理员',
      permissions: ['users.read', 'users.manage'],
    });
    const helper = await admin.post('/api/users', {
      username: 'xiaozhao',
      displayName: '小赵',
      orgId: await t.org('office-a'),
      password: 'long-enough',
    });
    await admin.post(`/api/users/${helper.body.id}/grants`, { roleId: officeAdmin.body.id, orgId: await t.org('office-a') });
    const sub = await t.anonymous().post('/api/auth/login', { username: 'xiaozhao', password: 'long-enough' });
    expect(sub.status).toBe(200);
    const agent = await t.login('xiaozhao', 'long-enough');
    const sysAdmin = roles.find((r) => r.code === 'system_admin')!;
    const escalate = await agent.post(`/api/users/${await t.userId('sunxy')}/grants`, {
      roleId: sysAdmin.id,
      orgId: await t.org('office-a'),
    });
    expect(escalate.status).toBe(403);
    expect(escalate.body.code).toBe('auth.cannot_grant_beyond_own');
    const visitor = await admin.post('/api/roles', { code: 'visitor', name: '来访登记', permissions: [] });
    const fine = await agent.post(`/api/users/${await t.userId('sunxy')}/grants`, {
      roleId: visitor.body.id,
      orgId: await t.org('office-a-cs'),
    });
    expect(fine.status).toBe(201);
    const revoked = await agent.post(
      `/api/users/${await t.userId('sunxy')}/grants/${fine.body.find((g: { orgName: string }) => g.orgName === '翠竹园客户服务部').id}/revoke`,
    );
    expect(revoked.body.map((g: { orgName: string }) => g.orgName)).toEqual(['翠竹园环境部']);
  });

  it('deactivates a user: they can no longer sign in, and the record stays', async () => {
    const admin = await t.login('admin');
    const id = await t.userId('wuqiang');
    const off = await admin.post(`/api/users/${id}/deactivate`, { reason: '离职' });
    expect(off.body).toMatchObject({ active: false, abilities: { activate: true } });
    expect((await t.anonymous().post('/api/auth/login', { username: 'wuqiang', password: 'guanjia2026' })).status).toBe(401);
    expect((await admin.get(`/api/users/${id}`)).body.username).toBe('wuqiang');
    const history = (await admin.get(`/api/history/user/${id}`)).body;
    expect(history.at(-1)).toMatchObject({ action: 'user.deactivate', after: { reason: '离职', active: false }, before: { active: true } });
  });

  it('keeps built-in roles as the regulations define them', async () => {
    const admin = await t.login('admin');
    const roles = (await admin.get('/api/roles')).body as { id: string; code: string; name: string; builtin: boolean }[];
    expect(roles.filter((r) => r.builtin)).toHaveLength(23);
    // the health centre's head runs the home visits; the social-work centre's head (organisation head) does not
    const permissionsOf = (code: string) => (roles.find((r) => r.code === code) as unknown as { permissions: string[] }).permissions;
    expect(permissionsOf('health_centre_head')).toEqual(expect.arrayContaining(['infusion.read', 'orders.assign']));
    expect(permissionsOf('organisation_head')).not.toContain('infusion.read');
    expect(permissionsOf('organisation_head')).not.toContain('orders.read');
    expect(roles.find((r) => r.code === 'office_head')?.name).toBe('管理处负责人');
    // the security department's guard collects at the gate, its supervisor receives the cash (A2.4.1.2)
    expect(roles.find((r) => r.code === 'security_guard')?.name).toBe('保安员');
    expect(roles.find((r) => r.code === 'security_supervisor')?.name).toBe('保安主管');
    const res = await admin.patch(`/api/roles/${roles.find((r) => r.code === 'cashier')!.id}`, { permissions: ['users.manage'] });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('role.builtin_readonly');
  });
});
