import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

async function auditCount() {
  const r = await t.runtime.deps.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
async function userCount() {
  const r = await t.runtime.deps.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('bad input gets a problem+json answer and writes nothing', () => {
  const cases: [string, () => Promise<unknown>, number, string, string?][] = [
    ['malformed JSON', async () => '{"username": "x", ', 400, 'request.malformed'],
    [
      'a number where text belongs',
      async () => ({ username: 12345, displayName: '甲', orgId: await t.org('hq'), password: 'long-enough' }),
      400,
      'request.invalid',
      'username',
    ],
    [
      'an unknown field',
      async () => ({ username: 'ok_name', displayName: '甲', orgId: await t.org('hq'), password: 'long-enough', isAdmin: true }),
      400,
      'request.invalid',
      'isAdmin',
    ],
    [
      'an over-long name',
      async () => ({ username: 'ok_name', displayName: '长'.repeat(101), orgId: await t.org('hq'), password: 'long-enough' }),
      400,
      'request.invalid',
      'displayName',
    ],
    [
      'a malformed id',
      async () => ({ username: 'ok_name', displayName: '甲', orgId: 'not-an-id', password: 'long-enough' }),
      400,
      'request.invalid',
      'orgId',
    ],
    [
      'a short password',
      async () => ({ username: 'ok_name', displayName: '甲', orgId: await t.org('hq'), password: 'short' }),
      400,
      'request.invalid',
      'password',
    ],
  ];
  it.each(cases)('%s', async (_name, body, status, code, field) => {
    const admin = await t.login('admin');
    const [audits, users] = [await auditCount(), await userCount()];
    const res = await admin.post('/api/users', await body());
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe(code);
    if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect([await auditCount(), await userCount()]).toEqual([audits, users]);
  });

  it('refuses a body over the size limit', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/orgs', { parentId: await t.org('hq'), kind: 'company', name: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('request.too_large');
  });

  it('answers an unknown API path with a problem, not a page', async () => {
    const res = await t.anonymous().get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('route.not_found');
  });

  it('treats ids of another tenant as unknown', async () => {
    const other = await createTenant(t.runtime.deps, { code: 'other', name: '另一家物业', rootName: '另一家总部', rootCode: 'hq2' });
    const admin = await t.login('admin');
    expect((await admin.get(`/api/orgs/${other.rootId}`)).status).toBe(404);
    expect((await admin.get(`/api/orgs/${other.rootId}/params`)).status).toBe(404);
    const users = await userCount();
    const res = await admin.post('/api/users', { username: 'cross', displayName: '越界', orgId: other.rootId, password: 'long-enough' });
    expect(res.status).toBe(404);
    expect(await userCount()).toBe(users);
  });
});

describe('conventions', () => {
  it('serves the OpenAPI 3.1 document with the documented routes', async () => {
    const doc = (await t.anonymous().get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/users', '/api/orgs/{id}/params/{key}', '/api/history/{entity}/{id}']),
    );
  });
  it('reports health with the engine', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.body).toEqual({ status: 'ok', db: t.runtime.handle.engine });
  });
  it('sets security headers and returns the request id', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(String(res.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);
  });
  it('requires sign-in for everything but the public routes', async () => {
    const res = await t.anonymous().get('/api/users');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('auth.required');
  });
});
