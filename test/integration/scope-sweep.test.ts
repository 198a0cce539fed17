import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../src/seed/demo.data.js';
import { allIds, idsSeenBy, listOf, loadOperations, type Operation } from '../support/fuzz/openapi.js';
import { wellFormedRequests } from '../support/fuzz/well-formed.js';
import { Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * The scope of every record, generated (issue 22 item 2): every user of 翠竹园管理处, whatever their role, sends every
 * operation that names a record the ids of records outside it (the other office, the GPS
 * department, the centres: on the administrator's lists and not on any of theirs), of the list the path names, with
 * well-formed bodies. No answer may be a success: another office's records are neither read nor changed by id.
 * GUANJIA_SCOPE_CASES requests per operation and user (default 2), GUANJIA_FUZZ_SEED to replay a run.
 */
const CASES = Number(process.env.GUANJIA_SCOPE_CASES ?? 2);
const SEED = Number(process.env.GUANJIA_FUZZ_SEED ?? 20261204);

const inOfficeA = (u: (typeof DEMO_USERS)[number]) => (u.grantAt ?? u.org).startsWith('office-a');
const INSIDERS = DEMO_USERS.filter(inOfficeA).map((u) => u.username);
// public pages and the caller's own session are not records of an office
const NOT_RECORDS = /^\/api\/(public|auth)\//;

let t: TestEnv;
let operations: Operation[] = [];
/** Ids of records outside 翠竹园, by the list that shows them. */
const foreign = new Map<string, string[]>();

beforeAll(async () => {
  t = await startTestEnv();
  operations = (await loadOperations(t.anonymous())).filter(
    (op) =>
      op.path.startsWith('/api/') && !NOT_RECORDS.test(op.path) && op.parameters.some((p) => p.in === 'path' && p.schema.format === 'uuid'),
  );
  const all = await loadOperations(t.anonymous());
  const seenInA = new Set<string>();
  for (const u of INSIDERS) for (const id of allIds(await idsSeenBy(await t.login(u), all))) seenInA.add(id);
  // what the administrator sees outside 翠竹园: the other office, the GPS department, the health and social-work centres
  for (const [list, ids] of await idsSeenBy(await t.login('admin'), all)) {
    const outside = [...ids].filter((id) => !seenInA.has(id));
    if (outside.length) foreign.set(list, outside);
  }
}, 300_000);
afterAll(() => t?.close());

describe('another office’s records, by id, for every role of an office', () => {
  it('has users of several roles at 翠竹园, and records only 金色家园 sees', () => {
    expect(new Set(DEMO_USERS.filter(inOfficeA).map((u) => u.role)).size).toBeGreaterThanOrEqual(6);
    expect(allIds(new Map([...foreign].map(([k, v]) => [k, new Set(v)]))).size).toBeGreaterThan(50);
    expect(foreign.get('/api/orders')?.length).toBeGreaterThan(0);
    expect(operations.length).toBeGreaterThan(100);
  });

  it('are neither read nor changed through any operation', { timeout: 900_000 }, async () => {
    const everyId = [...foreign.values()].flat();
    const leaks: string[] = [];
    for (const [index, op] of operations.entries()) {
      // the records of the list the path names (an order's id for /api/orders/{id}/pay), else any record
      for (const { url, body } of wellFormedRequests(op, foreign.get(listOf(op)) ?? everyId, { seed: SEED + index, runs: CASES })) {
        for (const username of INSIDERS) {
          const res = await (await t.login(username)).request(op.method, url, op.method === 'GET' ? undefined : body);
          if (res.status < 300)
            leaks.push(`${username} ${op.method} ${op.path} (${url}) → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('are not answered to them by replaying the administrator’s Idempotency-Key', { timeout: 900_000 }, async () => {
    const admin = await t.login('admin');
    const everyId = [...foreign.values()].flat();
    const replayed: string[] = [];
    let tried = 0;
    for (const [index, op] of operations.entries()) {
      if (op.method === 'GET') continue;
      const samples = wellFormedRequests(op, foreign.get(listOf(op)) ?? everyId, { seed: SEED + index, runs: 6 });
      // the first request the administrator is granted, replayed by each of them with his key
      for (const [n, { url, body }] of samples.entries()) {
        const key = { 'idempotency-key': `sweep-${index}-${n}-${SEED}` };
        const first = await admin.request(op.method, url, body, key);
        if (first.status >= 300) continue;
        tried++;
        for (const username of INSIDERS) {
          const again = await (await t.login(username)).request(op.method, url, body, key);
          // any success is a leak: the record is outside their office, and the same request without the key is refused
          if (again.status < 300)
            replayed.push(`${username} ${op.method} ${op.path} → ${again.status} ${JSON.stringify(again.body).slice(0, 200)}`);
        }
        break;
      }
    }
    expect(tried).toBeGreaterThan(5);
    expect(replayed).toEqual([]);
  });
});

describe('an API token limited to managing tokens', () => {
  it('writes nothing anywhere else, whatever its owner (the administrator) may do', { timeout: 900_000 }, async () => {
    const admin = await t.login('admin');
    const made = await admin.post('/api/tokens', { name: 'sweep', permissions: ['tokens.manage'] });
    expect(made.status).toBe(201);
    const token = new Agent(t.app, { authorization: `Bearer ${made.body.token}` });
    const all = await loadOperations(t.anonymous());
    const everyId = [...allIds(await idsSeenBy(admin, all))];
    const done: string[] = [];
    let sent = 0;
    for (const [index, op] of all.entries()) {
      if (op.method === 'GET' || !op.path.startsWith('/api/') || /^\/api\/(public|auth|tokens)(\/|$)/.test(op.path)) continue;
      for (const { url, body } of wellFormedRequests(op, everyId, { seed: SEED + index, runs: CASES })) {
        sent++;
        const res = await token.request(op.method, url, body);
        if (res.status < 300) done.push(`${op.method} ${op.path} (${url}) → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
    expect(sent).toBeGreaterThan(150);
    expect(done).toEqual([]);
  });
});
