import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRole } from '../../src/modules/identity/role.repo.js';
import { createUser, grantRole } from '../../src/modules/identity/user.service.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { systemActor } from '../../src/platform/context.js';
import { allIds, idsSeenBy, listOf, loadOperations, type Operation } from '../support/fuzz/openapi.js';
import { wellFormedRequests } from '../support/fuzz/well-formed.js';
import { Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * Another company on the same server (issue 22 item 2, out of scope by tenant): the system administrator of a second
 * organisation, who holds every permission in his own, sends every operation that names a record the ids of the demo
 * company's records, with well-formed bodies, and reads every list. No answer may be a success, and no list of his
 * may show one of them. GUANJIA_SCOPE_CASES requests per operation (default 2), GUANJIA_FUZZ_SEED to replay a run.
 */
const CASES = Number(process.env.GUANJIA_SCOPE_CASES ?? 2);
const SEED = Number(process.env.GUANJIA_FUZZ_SEED ?? 20261205);
const PASSWORD = 'rival-admin-pass-2026';

let t: TestEnv;
let all: Operation[] = [];
/** Ids of the demo company's records, by the list that shows them to its administrator. */
let ours = new Map<string, Set<string>>();
let rival: Agent;

beforeAll(async () => {
  t = await startTestEnv();
  all = await loadOperations(t.anonymous());
  ours = await idsSeenBy(await t.login('admin'), all);
  const deps = t.runtime.deps;
  const company = await createTenant(deps, { code: 'rival', name: '别家物业', rootName: '别家物业总部', rootCode: 'rival-hq' });
  const ctx = { ...deps, actor: systemActor(company.id), requestId: null };
  const admin = await createUser(ctx, { username: 'rival_admin', displayName: '别家管理员', orgId: company.rootId, password: PASSWORD });
  const role = await findRole(deps.db, company.id, { code: 'system_admin' });
  await grantRole(ctx, admin.id, { roleId: role!.id, orgId: company.rootId });
  rival = new Agent(t.app);
  const signedIn = await rival.post('/api/auth/login', { tenant: 'rival', username: 'rival_admin', password: PASSWORD });
  expect(signedIn.status).toBe(200);
}, 300_000);
afterAll(() => t?.close());

describe('another company’s administrator', () => {
  it('sees none of the demo company’s records on any list', async () => {
    const seen = allIds(await idsSeenBy(rival, all));
    const demo = allIds(ours);
    expect(demo.size).toBeGreaterThan(100);
    expect([...seen].filter((id) => demo.has(id))).toEqual([]);
  });

  it('reads and changes none of them by id, through any operation', { timeout: 900_000 }, async () => {
    const everyId = [...allIds(ours)];
    const operations = all.filter(
      (op) => op.path.startsWith('/api/') && op.parameters.some((p) => p.in === 'path' && p.schema.format === 'uuid'),
    );
    expect(operations.length).toBeGreaterThan(100);
    const leaks: string[] = [];
    for (const [index, op] of operations.entries()) {
      // the records of the list the path names (an order's id for /api/orders/{id}/pay), else any record
      const named = [...(ours.get(listOf(op)) ?? [])];
      for (const { url, body } of wellFormedRequests(op, named.length ? named : everyId, { seed: SEED + index, runs: CASES })) {
        const res = await rival.request(op.method, url, op.method === 'GET' ? undefined : body);
        if (res.status < 300) leaks.push(`${op.method} ${op.path} (${url}) → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
