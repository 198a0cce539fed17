import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGS, DEMO_USERS } from '../../src/seed/demo.data.js';
import { loadOperations } from '../support/fuzz/openapi.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

/**
 * Every write that takes an Idempotency-Key, replayed by strangers (issue 22 item 2): a user of 翠竹园管理处 makes it
 * with a key, then every demo user whose role holds nowhere over 翠竹园 (the other office, the GPS department, the
 * centres) sends the very same request with the same key. None may succeed: a key is its caller's own, and a retry
 * is authorised as the write is. Each operation of the OpenAPI document with an `idempotency-key` header needs a
 * recipe here (a real first write), so a new one is covered the day it lands.
 */
let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
}, 120_000);
afterAll(() => t?.close());

/** 翠竹园管理处 and the nodes above it: a role granted at one of them reaches its records. */
const OVER_A = (() => {
  const chain = new Set<string>();
  for (let code: string | undefined = 'office-a'; code; code = DEMO_ORGS.find((o) => o.code === code)?.parent) chain.add(code);
  return chain;
})();
const below = (code: string, ancestor: string): boolean => {
  for (let c: string | undefined = code; c; c = DEMO_ORGS.find((o) => o.code === c)?.parent) if (c === ancestor) return true;
  return false;
};
const STRANGERS = DEMO_USERS.filter((u) => {
  const at = u.grantAt ?? u.org;
  return !OVER_A.has(at) && !below(at, 'office-a');
}).map((u) => u.username);

interface FirstWrite {
  by: Agent;
  url: string;
  body: unknown;
}
type Recipe = () => Promise<FirstWrite>;

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
/** 陈静's cash for an accepted order: the payment a remittance hands to finance. */
async function payment(): Promise<{ paymentId: string; amountFen: number }> {
  const o = await driveTo(t, 'accepted');
  const paid = await (await t.login('chenjing')).post(`/api/orders/${o.id}/pay`, {
    version: o.version,
    amountFen: o.totalFen,
    method: 'cash',
  });
  expect(paid.status).toBe(200);
  return { paymentId: paid.body.payment.id, amountFen: o.totalFen };
}

const RECIPES: Record<string, Recipe> = {
  'POST /api/orders/{id}/pay': async () => {
    const o = await driveTo(t, 'accepted');
    return {
      by: await t.login('chenjing'),
      url: `/api/orders/${o.id}/pay`,
      body: { version: o.version, amountFen: o.totalFen, method: 'cash' },
    };
  },
  'POST /api/remittances': async () => {
    const p = await payment();
    const body = {
      officeId: await t.org('office-a'),
      paymentIds: [p.paymentId],
      totalFen: p.amountFen,
      periodFrom: today(),
      periodTo: today(),
    };
    return { by: await t.login('chenjing'), url: '/api/remittances', body };
  },
  'POST /api/cleaning/inspections/{id}/results': async () => {
    const head = await t.login('wangfang');
    const estateId = (await head.get('/api/estates?pageSize=100')).body.items.find((e: { name: string }) => e.name === '翠竹园').id;
    const made = await head.post('/api/cleaning/inspections', {
      estateId,
      area: 'roads',
      level: 'manager',
      cleanerId: await t.userId('sunxy'),
    });
    expect(made.status).toBe(200);
    // every check passed; a numeric one counted or measured at nought
    const results = (made.body.checklist as { id: string; thresholdMax: number | null }[]).map((c) =>
      c.thresholdMax === null ? { standardId: c.id, passed: true } : { standardId: c.id, value: 0 },
    );
    return { by: head, url: `/api/cleaning/inspections/${made.body.id}/results`, body: { version: made.body.version, results } };
  },
};

describe('an Idempotency-Key replayed by users of another office', () => {
  it('has a recipe for every operation that takes one, and strangers of several roles', async () => {
    const keyed = (await loadOperations(t.anonymous()))
      .filter((op) => op.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'))
      .map((op) => `${op.method} ${op.path}`)
      .sort();
    expect(keyed).toEqual(Object.keys(RECIPES).sort());
    expect(STRANGERS.length).toBeGreaterThanOrEqual(5);
    expect(STRANGERS).toContain('huangli');
  });

  for (const [operation, recipe] of Object.entries(RECIPES)) {
    it(`${operation}: the writer's retry is answered; no stranger's is`, async () => {
      const key = { 'idempotency-key': `sweep-${operation.replace(/\W+/g, '-')}-${Date.now()}` };
      const first = await recipe();
      const made = await first.by.request('POST', first.url, first.body, key);
      expect(made.status, JSON.stringify(made.body)).toBeLessThan(300);
      // the writer's own retry is a replay of the record
      const retry = await first.by.request('POST', first.url, first.body, key);
      expect(retry.status).toBe(made.status);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      const answered: string[] = [];
      for (const username of STRANGERS) {
        const again = await (await t.login(username)).request('POST', first.url, first.body, key);
        if (again.status < 300) answered.push(`${username} → ${again.status} ${JSON.stringify(again.body).slice(0, 160)}`);
      }
      expect(answered).toEqual([]);
    });
  }
});
