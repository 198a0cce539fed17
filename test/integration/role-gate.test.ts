import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteInfo } from '../../src/platform/http/app.js';
import { Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * The authorisation matrix generated for every built-in role (issue 22 item 2). Every route declares the permissions
 * that open it (`config.permissions` in its module's routes, or `'any'` for a signed-in caller's own things). For every
 * route and every built-in role, a user holding that role at 翠竹园管理处 is refused 403 `auth.permission_required`
 * when the role holds none of the route's permissions, before the route reads a thing; so is an API token limited to
 * other permissions, whoever its owner. Refused, nothing is written. A role holding one of them passes the gate: the
 * route's own rules decide (`authz-matrix.test.ts` holds those answers route by route, `scope-sweep.test.ts` the
 * records of another office). A route added tomorrow is in this matrix the day it lands.
 */
let t: TestEnv;
let routes: (RouteInfo & { permissions: readonly string[] | 'any' })[] = [];
const callers: { role: string; permissions: Set<string>; agent: Agent }[] = [];
const PROBE_ID = '01900000-0000-7000-8000-000000000000';

/** The route's URL with every path parameter filled (the gate answers before the parameters are read). */
const urlOf = (url: string) => url.replace(/:[A-Za-z]+/g, PROBE_ID);
const bodyOf = (method: string) => (method === 'GET' || method === 'DELETE' ? undefined : {});
const audited = async () =>
  Number(
    (
      await t.runtime.deps.db
        .selectFrom('audit_events')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestEnv();
  const admin = await t.login('admin');
  const officeA = await t.org('office-a');
  const builtin = t.runtime.deps.modules.builtinRolePermissions();
  const roles = (await admin.get('/api/roles')).body as { id: string; code: string; builtin: boolean }[];
  for (const role of roles.filter((r) => r.builtin && r.code !== 'system_admin')) {
    const user = await admin.post('/api/users', {
      username: `gate_${role.code}`,
      displayName: `门禁${role.code}`,
      orgId: officeA,
      password: 'gate-pass-2026',
    });
    expect(user.status, role.code).toBe(201);
    const grant = await admin.post(`/api/users/${user.body.id}/grants`, { roleId: role.id, orgId: officeA });
    expect(grant.status, role.code).toBe(201);
    const permissions = new Set(builtin[role.code as keyof typeof builtin] ?? []);
    callers.push({ role: role.code, permissions, agent: await t.login(`gate_${role.code}`, 'gate-pass-2026') });
  }
  routes = t.app.routeTable.filter((r): r is (typeof routes)[number] => r.url.startsWith('/api/') && !r.public && r.permissions !== null);
}, 120_000);
afterAll(() => t?.close());

describe('the permission gate, for every route and every built-in role', () => {
  it('covers every route that is not public, and every built-in role', () => {
    const undeclared = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && !r.public && !r.permissions,
    );
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(routes.length).toBeGreaterThan(400);
    expect(callers.length).toBe(Object.keys(t.runtime.deps.modules.builtinRolePermissions()).length - 1);
  });

  it('refuses a role holding none of a route’s permissions before the route runs, and writes nothing', { timeout: 600_000 }, async () => {
    const before = await audited();
    const wrong: string[] = [];
    let refused = 0;
    for (const route of routes) {
      if (route.permissions === 'any') continue;
      const needs = route.permissions;
      for (const c of callers) {
        if (needs.some((p) => c.permissions.has(p))) continue;
        const res = await c.agent.request(route.method as 'GET', urlOf(route.url), bodyOf(route.method));
        refused++;
        if (res.status !== 403 || res.body?.code !== 'auth.permission_required')
          wrong.push(`${c.role} ${route.method} ${route.url} → ${res.status} ${res.body?.code}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(5_000);
    expect(await audited()).toBe(before);
  });

  it('lets a role holding one of them through to the route’s own rules', { timeout: 600_000 }, async () => {
    const gated: string[] = [];
    let passed = 0;
    // lists and pages of one's own (a write with an empty body, or a made-up record, proves nothing here), each asked by
    // three of the roles holding one of its permissions, taken in turn so that every role asks its share
    const lists = routes.filter((r) => r.method === 'GET' && !r.url.includes(':'));
    for (const [index, route] of lists.entries()) {
      const holders = callers.filter((c) => route.permissions === 'any' || route.permissions.some((p) => c.permissions.has(p)));
      for (let k = 0; k < Math.min(3, holders.length); k++) {
        const c = holders[(index + k * 7) % holders.length]!;
        const res = await c.agent.request('GET', route.url);
        passed++;
        if (res.status >= 500 || res.body?.code === 'auth.permission_required') gated.push(`${c.role} GET ${route.url} → ${res.status}`);
      }
    }
    expect(gated).toEqual([]);
    expect(passed).toBeGreaterThan(300);
  });

  it('refuses an API token every route outside the permissions it was given, whoever its owner', { timeout: 600_000 }, async () => {
    const admin = await t.login('admin');
    const made = await admin.post('/api/tokens', { name: 'gate', permissions: ['gps.read'] });
    expect(made.status).toBe(201);
    const token = new Agent(t.app, { authorization: `Bearer ${made.body.token}` });
    const before = await audited();
    const wrong: string[] = [];
    for (const route of routes) {
      if (route.permissions === 'any' || route.permissions.includes('gps.read')) continue;
      const res = await token.request(route.method as 'GET', urlOf(route.url), bodyOf(route.method));
      if (res.status !== 403 || res.body?.code !== 'auth.permission_required') wrong.push(`${route.method} ${route.url} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
    expect(await audited()).toBe(before);
    // and the one module it was given answers
    expect((await token.get('/api/gps/products')).status).toBe(200);
  });
});
