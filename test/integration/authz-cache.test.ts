import type { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from '../../src/platform/db/connect.js';
import { Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * A signed-in caller is resolved once and then served from the process's cache (issue 13 item 1); the
 * cache must never answer for a session, a user, a role or a token that changed. Each case signs a
 * fresh user in, warms the cache with a request that passes, changes one thing, and expects the very
 * next request to be refused — whether the change came through the API or straight into the database
 * through a second connection, as another server process would make it.
 */
let t: TestEnv;
let admin: Agent;
let other: DbHandle; // a second handle on the same database: another process, as far as the app can tell
let officeA: string;
let userCount = 0;

beforeAll(async () => {
  t = await startTestEnv();
  admin = await t.login('admin');
  officeA = await t.org('office-a');
  other = connect({ databaseUrl: t.database.databaseUrl, dataDir: t.database.dataDir });
});
afterAll(async () => {
  await other?.close();
  await t?.close();
});

/** A new user holding a new role with `permissions` at office A, signed in, their first request answered. */
async function reader(permissions = ['users.read']) {
  const n = ++userCount;
  const role = await admin.post('/api/roles', { code: `cache_role_${n}`, name: `缓存角色${n}`, permissions });
  expect(role.status).toBe(201);
  const made = await admin.post('/api/users', {
    username: `cache_user_${n}`,
    displayName: `缓存用户${n}`,
    orgId: officeA,
    password: 'cache-pass-2026',
  });
  expect(made.status).toBe(201);
  const grant = await admin.post(`/api/users/${made.body.id}/grants`, { roleId: role.body.id, orgId: officeA });
  expect(grant.status).toBe(201);
  const agent = await t.login(`cache_user_${n}`, 'cache-pass-2026');
  expect((await agent.get('/api/users')).status).toBe(200);
  expect((await agent.get('/api/users')).status).toBe(200);
  return { agent, userId: made.body.id as string, roleId: role.body.id as string, grantId: grant.body.at(-1).id as string };
}

/** The SQL the app's own database handle runs while `fn` runs. */
async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const executor = t.runtime.deps.db.getExecutor();
  const original = executor.executeQuery;
  const seen: string[] = [];
  executor.executeQuery = ((query: CompiledQuery) => {
    seen.push(query.sql);
    return original.call(executor, query);
  }) as typeof original;
  try {
    await fn();
  } finally {
    executor.executeQuery = original;
  }
  return seen;
}

describe('a warm session', () => {
  it('signs in with one read of the tenant’s version: no session, user or grant query', async () => {
    const { agent } = await reader();
    // the permission catalogue reads nothing itself: what runs is the sign-in's own SQL
    let res: Awaited<ReturnType<Agent['get']>> | undefined;
    const seen = await statementsDuring(async () => {
      res = await agent.get('/api/permissions');
    });
    expect(res?.status).toBe(200);
    expect(seen).toEqual([expect.stringContaining('"authz_versions"')]);
  });

  it('runs the full sign-in again once anything changed', async () => {
    const { agent, userId } = await reader();
    const { version } = (await admin.get(`/api/users/${userId}`)).body;
    expect((await admin.patch(`/api/users/${userId}`, { displayName: '缓存用户改名', version })).status).toBe(200);
    const seen = await statementsDuring(() => agent.get('/api/permissions'));
    expect(seen.filter((q) => /from "(sessions|grants)"/.test(q))).toHaveLength(2);
  });

  it('is refused once past its expiry, though cached, and slides its expiry while in use', async () => {
    const { agent } = await reader();
    const idle = t.runtime.deps.config.sessionIdleMinutes * 60_000;
    try {
      // used every two thirds of the idle time, the session outlives its first idle window
      t.clock.advance((idle * 2) / 3);
      expect((await agent.get('/api/users')).status).toBe(200);
      t.clock.advance((idle * 2) / 3);
      expect((await agent.get('/api/users')).status).toBe(200);
      t.clock.advance(idle + 60_000);
      const late = await agent.get('/api/users');
      expect(late.status).toBe(401);
      expect(late.body.code).toBe('auth.session_expired');
    } finally {
      t.clock.set(t.clock.realNow());
    }
  });
});

describe('a change through the API is seen at the next request', () => {
  it('a role losing its permission refuses its holder at once (403)', async () => {
    const { agent, roleId } = await reader(['users.read', 'tokens.manage']);
    expect((await admin.patch(`/api/roles/${roleId}`, { permissions: ['tokens.manage'] })).status).toBe(200);
    const res = await agent.get('/api/users');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.permission_required');
  });

  it('a revoked grant refuses its holder at once', async () => {
    const { agent, userId, grantId } = await reader();
    expect((await admin.post(`/api/users/${userId}/grants/${grantId}/revoke`)).status).toBe(200);
    expect((await agent.get('/api/users')).status).toBe(403);
  });

  it('a deactivated user is signed out at once', async () => {
    const { agent, userId } = await reader();
    expect((await admin.post(`/api/users/${userId}/deactivate`, { reason: '离职' })).status).toBe(200);
    expect((await agent.get('/api/users')).status).toBe(401);
  });

  it('a password reset by an administrator ends the user’s session at once', async () => {
    const { agent, userId } = await reader();
    expect((await admin.post(`/api/users/${userId}/reset-password`, { newPassword: 'reset-pass-2026' })).status).toBe(200);
    expect((await agent.get('/api/users')).status).toBe(401);
  });

  it('a logged-out cookie is refused', async () => {
    const { agent } = await reader();
    const cookie = agent.cookie;
    expect((await agent.post('/api/auth/logout')).status).toBe(200);
    const replay = new Agent(t.app);
    replay.cookie = cookie;
    expect((await replay.get('/api/users')).status).toBe(401);
  });

  it('a revoked API token is refused at once', async () => {
    const { agent } = await reader(['users.read', 'tokens.manage']);
    const made = await agent.post('/api/tokens', { name: 'cache', permissions: ['users.read'] });
    expect(made.status).toBe(201);
    const bearer = new Agent(t.app, { authorization: `Bearer ${made.body.token}` });
    expect((await bearer.get('/api/users')).status).toBe(200);
    expect((await bearer.get('/api/users')).status).toBe(200);
    expect((await agent.post(`/api/tokens/${made.body.id}/revoke`)).status).toBe(200);
    const res = await bearer.get('/api/users');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('auth.invalid_token');
  });
});

describe('a change written by another connection to the same database is seen at the next request', () => {
  it('a permission removed from the role', async () => {
    const { agent, roleId } = await reader();
    await other.db.deleteFrom('role_permissions').where('role_id', '=', roleId).execute();
    expect((await agent.get('/api/users')).status).toBe(403);
  });

  it('the user made to change their password', async () => {
    const { agent, userId } = await reader();
    await other.db.updateTable('users').set({ must_change_password: 1 }).where('id', '=', userId).execute();
    const res = await agent.get('/api/users');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('auth.password_change_required');
  });

  it('the user deactivated', async () => {
    const { agent, userId } = await reader();
    await other.db.updateTable('users').set({ active: 0 }).where('id', '=', userId).execute();
    expect((await agent.get('/api/users')).status).toBe(401);
  });

  it('the session revoked, or deleted', async () => {
    const revoked = await reader();
    await other.db.updateTable('sessions').set({ revoked_at: new Date().toISOString() }).where('user_id', '=', revoked.userId).execute();
    expect((await revoked.agent.get('/api/users')).status).toBe(401);
    const deleted = await reader();
    await other.db.deleteFrom('sessions').where('user_id', '=', deleted.userId).execute();
    expect((await deleted.agent.get('/api/users')).status).toBe(401);
  });

  it('the grant’s node deactivated', async () => {
    const { agent, userId } = await reader();
    const node = await admin.post('/api/orgs', { parentId: officeA, kind: 'department', name: '缓存测试部' });
    expect(node.status).toBe(201);
    const role = await admin.get('/api/roles');
    const reading = role.body.find((r: { code: string }) => r.code === `cache_role_${userCount}`);
    await admin.post(`/api/users/${userId}/grants`, { roleId: reading.id, orgId: node.body.id });
    await other.db
      .updateTable('grants')
      .set({ revoked_at: new Date().toISOString() })
      .where('user_id', '=', userId)
      .where('org_id', '=', officeA)
      .execute();
    expect((await agent.get('/api/users')).status).toBe(200);
    await other.db.updateTable('org_nodes').set({ active: 0 }).where('id', '=', node.body.id).execute();
    expect((await agent.get('/api/users')).status).toBe(403);
  });

  it('an API token narrowed to other permissions', async () => {
    const { agent } = await reader(['users.read', 'tokens.manage']);
    const made = await agent.post('/api/tokens', { name: 'narrowed', permissions: ['users.read'] });
    const bearer = new Agent(t.app, { authorization: `Bearer ${made.body.token}` });
    expect((await bearer.get('/api/users')).status).toBe(200);
    expect((await bearer.get('/api/users')).status).toBe(200);
    await other.db.updateTable('api_tokens').set({ permissions: '["tokens.manage"]' }).where('id', '=', made.body.id).execute();
    expect((await bearer.get('/api/users')).status).toBe(403);
  });

  it('a session slid forward by another process stays open past the expiry this process remembers', async () => {
    const { agent, userId } = await reader();
    const idle = t.runtime.deps.config.sessionIdleMinutes * 60_000;
    try {
      const later = new Date(t.clock.now().getTime() + idle * 2).toISOString();
      await other.db.updateTable('sessions').set({ expires_at: later }).where('user_id', '=', userId).execute();
      t.clock.advance(idle + 60_000);
      expect((await agent.get('/api/users')).status).toBe(200);
    } finally {
      t.clock.set(t.clock.realNow());
    }
  });
});
