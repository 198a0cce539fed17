import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

describe('signing in', () => {
  it('opens a session in an HttpOnly, SameSite=Lax cookie and tells who signed in', async () => {
    const a = t.anonymous();
    const res = await a.post('/api/auth/login', { username: 'wangfang', password: 'guanjia2026' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'wangfang', displayName: '王芳', orgName: '翠竹园管理处' });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/gj_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await a.get('/api/auth/me')).body.user.username).toBe('wangfang');
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrongPassword = await t.anonymous().post('/api/auth/login', { username: 'wangfang', password: 'not-her-password' });
    const unknownUser = await t.anonymous().post('/api/auth/login', { username: 'nobody', password: 'not-her-password' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(wrongPassword.body.code).toBe('auth.invalid_credentials');
    const { requestId: _a, ...one } = wrongPassword.body;
    const { requestId: _b, ...other } = unknownUser.body;
    expect(one).toEqual(other);
  });

  it('ends the session at logout', async () => {
    const a = await t.login('chenjing');
    const cookie = a.cookie;
    expect((await a.post('/api/auth/logout')).status).toBe(200);
    const replay = new Agent(t.app);
    replay.cookie = cookie;
    expect((await replay.get('/api/auth/me')).status).toBe(401);
  });

  it('expires an idle session and says so', async () => {
    const a = new Agent(t.app);
    await a.post('/api/auth/login', { username: 'zhoumin', password: 'guanjia2026' });
    t.clock.advance(13 * 3600_000);
    const res = await a.get('/api/auth/me');
    t.clock.set(new Date());
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('auth.session_expired');
  });
});

describe('passwords', () => {
  it('changes one’s own password only with the current one, and ends other sessions', async () => {
    const first = new Agent(t.app);
    const second = new Agent(t.app);
    await first.post('/api/auth/login', { username: 'liuyang', password: 'guanjia2026' });
    await second.post('/api/auth/login', { username: 'liuyang', password: 'guanjia2026' });
    const wrong = await first.post('/api/auth/password', { currentPassword: 'wrong-one', newPassword: 'a-new-secret-1' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    expect((await first.post('/api/auth/password', { currentPassword: 'guanjia2026', newPassword: 'a-new-secret-1' })).status).toBe(200);
    expect((await first.get('/api/auth/me')).status).toBe(200);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    expect((await t.anonymous().post('/api/auth/login', { username: 'liuyang', password: 'guanjia2026' })).status).toBe(401);
    expect((await t.anonymous().post('/api/auth/login', { username: 'liuyang', password: 'a-new-secret-1' })).status).toBe(200);
  });

  it('lets an administrator reset a password, ending the user’s sessions and asking for a new one', async () => {
    const cleaner = new Agent(t.app);
    await cleaner.post('/api/auth/login', { username: 'sunxy', password: 'guanjia2026' });
    const admin = await t.login('admin');
    const res = await admin.post(`/api/users/${await t.userId('sunxy')}/reset-password`, { newPassword: 'temporary-pass' });
    expect(res.status).toBe(200);
    expect(res.body.mustChangePassword).toBe(true);
    expect((await cleaner.get('/api/auth/me')).status).toBe(401);
    const again = await t.anonymous().post('/api/auth/login', { username: 'sunxy', password: 'temporary-pass' });
    expect(again.body.user.mustChangePassword).toBe(true);
  });
});

describe('a password reset by an administrator', () => {
  it('must be changed before the API does anything else', async () => {
    const admin = await t.login('admin');
    await admin.post(`/api/users/${await t.userId('huangli')}/reset-password`, { newPassword: 'reset-by-admin-1' });
    const cashier = t.anonymous();
    expect((await cashier.post('/api/auth/login', { username: 'huangli', password: 'reset-by-admin-1' })).status).toBe(200);
    for (const res of [await cashier.get('/api/orders'), await cashier.post('/api/tokens', { name: 'x', permissions: ['orders.read'] })]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('auth.password_change_required');
    }
    expect((await cashier.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
    const weak = await cashier.post('/api/auth/password', { currentPassword: 'reset-by-admin-1', newPassword: 'onlyletters' });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0]).toMatchObject({ field: 'newPassword', code: 'password.one_kind' });
    expect((await cashier.post('/api/auth/password', { currentPassword: 'reset-by-admin-1', newPassword: 'her-own-pass-2' })).status).toBe(
      200,
    );
    expect((await cashier.get('/api/orders')).status).toBe(200);
  });

  it('stops the user’s API tokens too until it is changed', async () => {
    const admin = await t.login('admin');
    const created = await admin.post('/api/tokens', { name: '报表', permissions: ['users.read'] });
    const bearer = new Agent(t.app, { authorization: `Bearer ${created.body.token}` });
    expect((await bearer.get('/api/users')).status).toBe(200);
    await t.runtime.deps.db.updateTable('users').set({ must_change_password: 1 }).where('username', '=', 'admin').execute();
    try {
      const res = await bearer.get('/api/users');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('auth.password_change_required');
    } finally {
      await t.runtime.deps.db.updateTable('users').set({ must_change_password: 0 }).where('username', '=', 'admin').execute();
    }
  });

  it('cannot be done to oneself: one’s own password changes only with the current one', async () => {
    const admin = await t.login('admin');
    const res = await admin.post(`/api/users/${await t.userId('admin')}/reset-password`, { newPassword: 'taken-over-123' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('user.cannot_reset_own_password');
    expect((await t.anonymous().post('/api/auth/login', { username: 'admin', password: 'taken-over-123' })).status).toBe(401);
    expect((await admin.get(`/api/users/${await t.userId('admin')}`)).body.abilities.resetPassword).toBe(false);
  });
});

describe('cross-site requests', () => {
  it('refuses a write that lacks the CSRF header', async () => {
    const a = await t.login('admin');
    const res = await a.request(
      'POST',
      '/api/orgs',
      { parentId: await t.org('office-a'), kind: 'department', name: '绿化部' },
      { 'x-guanjia-csrf': '0' },
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.csrf');
  });
  it('refuses a write from another origin', async () => {
    const a = await t.login('admin');
    const res = await a.request(
      'POST',
      '/api/orgs',
      { parentId: await t.org('office-a'), kind: 'department', name: '绿化部' },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.csrf');
  });
});

describe('API tokens', () => {
  it('work as bearer tokens limited to the permissions chosen, and stop when revoked', async () => {
    const admin = await t.login('admin');
    const created = await admin.post('/api/tokens', { name: '对账系统', permissions: ['users.read'] });
    expect(created.status).toBe(201);
    const bearer = new Agent(t.app, { authorization: `Bearer ${created.body.token}` });
    expect((await bearer.get('/api/users')).status).toBe(200);
    const write = await bearer.request('POST', '/api/users', {
      username: 'tok',
      displayName: 'x',
      orgId: await t.org('hq'),
      password: 'long-enough',
    });
    expect(write.status).toBe(403);
    expect((await admin.get('/api/tokens')).body.some((x: { name: string; token?: string }) => x.name === '对账系统' && !x.token)).toBe(
      true,
    );
    expect((await admin.post(`/api/tokens/${created.body.id}/revoke`)).status).toBe(200);
    expect((await bearer.get('/api/users')).status).toBe(401);
  });
  it('cannot carry a permission the user does not hold', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/tokens', { name: 'x', permissions: ['users.read', 'made.up'] });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.cannot_grant_beyond_own');
  });
});

// each test seeds a second database of its own: more than the default 30 s on a busy machine
describe('rate limit', { timeout: 120_000 }, () => {
  it('slows down password guessing on one account', async () => {
    const limited = await startTestEnv({ env: { GUANJIA_LOGIN_MAX_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await limited.anonymous().post('/api/auth/login', { username: 'admin', password: `guess-${i}` })).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const other = await limited.anonymous().post('/api/auth/login', { username: 'wangfang', password: 'guanjia2026' });
      expect(other.status).toBe(200);
    } finally {
      await limited.close();
    }
  });
  it('slows down one guess at each of many accounts from one address', async () => {
    const limited = await startTestEnv({ env: { GUANJIA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '4' } });
    try {
      const statuses: number[] = [];
      for (const username of ['admin', 'zhangjg', 'wangfang', 'zhaolei', 'chenjing'])
        statuses.push((await limited.anonymous().post('/api/auth/login', { username, password: 'guanjia2025' })).status);
      expect(statuses).toEqual([401, 401, 401, 401, 429]);
      const right = await limited.anonymous().post('/api/auth/login', { username: 'liuyang', password: 'guanjia2026' });
      expect(right.status).toBe(429);
      expect(right.body.code).toBe('request.rate_limited');
    } finally {
      await limited.close();
    }
  });
});
