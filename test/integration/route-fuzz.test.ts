import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allIds, idsSeenBy, loadOperations, type Operation } from '../support/fuzz/openapi.js';
import { type JsonSchema, valuesFor, wellFormedFor } from '../support/fuzz/schema-values.js';
import { type Agent, type Reply, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * Every operation of the OpenAPI document, sent generated requests (issue 22 item 1): parameters, queries and bodies
 * drawn from its own schemas with hostile values mixed in, as an anonymous caller, as the administrator and as a cleaner
 * (who may do almost nothing). No answer
 * may be a 5xx; every answer carries the security headers (nosniff, the content security policy), print views and public
 * pages included; every refusal of the API is problem+json with a code; a refused request writes nothing (the audit
 * chain does not move). Seeded and bounded: GUANJIA_FUZZ_CASES requests per operation and caller (default 3),
 * GUANJIA_FUZZ_SEED to replay a run, GUANJIA_FUZZ_PATH to fuzz only the paths holding that text (a module's own).
 */
const CASES = Number(process.env.GUANJIA_FUZZ_CASES ?? 3);
const SEED = Number(process.env.GUANJIA_FUZZ_SEED ?? 20261204);
const ONLY_PATH = process.env.GUANJIA_FUZZ_PATH;

interface Request {
  url: string;
  body: unknown;
}

// the administrator's own session and password stay: signing out or changing them would blind the rest of the run
const SIGNED_IN_SKIPS = new Set(['POST /api/auth/logout', 'POST /api/auth/password', 'POST /api/auth/login']);

let t: TestEnv;
let operations: Operation[] = [];
let ids: string[] = [];

beforeAll(async () => {
  t = await startTestEnv();
  const all = await loadOperations(t.anonymous());
  operations = ONLY_PATH ? all.filter((op) => op.path.includes(ONLY_PATH)) : all;
  const seen = allIds(await idsSeenBy(await t.login('admin'), all));
  // the administrator's own session and password stay
  seen.delete(await t.userId('admin'));
  ids = [...seen].slice(0, 400);
}, 120_000);
afterAll(() => t?.close());

function requestsFor(op: Operation, index: number): Request[] {
  const pool = fc.constantFrom(...ids);
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const request = fc.record({
    path: fc.tuple(...pathParams.map((p) => valuesFor(p.schema, pool))),
    query: fc.tuple(...queryParams.map((p) => fc.option(valuesFor(p.schema, pool), { freq: 2 }))),
    body: op.body
      ? fc.oneof({ weight: 15, arbitrary: valuesFor(op.body, pool) }, { weight: 1, arbitrary: fc.constant(RAW_BROKEN_JSON) })
      : fc.constant(undefined),
  });
  return fc.sample(request, { seed: SEED + index, numRuns: CASES }).map((r) => {
    let url = op.path;
    pathParams.forEach((p, i) => {
      url = url.replace(`{${p.name}}`, encodeURIComponent(wellFormed(text(r.path[i]).slice(0, 2000))) || 'x');
    });
    const query = new URLSearchParams();
    queryParams.forEach((p, i) => {
      const v = r.query[i];
      if (v !== null && v !== undefined) query.set(p.name, text(v).slice(0, 4000));
    });
    const qs = query.toString();
    return { url: qs ? `${url}?${qs}` : url, body: r.body };
  });
}

/** A lone surrogate cannot go into a URL: it goes as U+FFFD, as a browser would send it. */
const wellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8');
const RAW_BROKEN_JSON = '{"a": [1, 2';
const text = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

async function auditLength(): Promise<number> {
  const r = await t.runtime.deps.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function send(agent: Agent, op: Operation, req: Request): Promise<Reply> {
  const body = op.method === 'GET' ? undefined : req.body;
  return agent.request(op.method, req.url, body);
}

function describeCase(who: string, op: Operation, req: Request, res: Reply): string {
  const sent = op.method === 'GET' ? '' : ` body ${text(req.body).slice(0, 160)}`;
  return `${who} ${op.method} ${op.path} (${req.url.slice(0, 160)}${sent}) → ${res.status} ${text(res.body).slice(0, 200)}`;
}

describe('every route of the OpenAPI document, sent generated and hostile requests', () => {
  it('covers the whole document and reaches real records', () => {
    expect(operations.length).toBeGreaterThan(ONLY_PATH ? 0 : 250);
    expect(ids.length).toBeGreaterThan(50);
  });

  it('answers no 5xx, refuses with problem+json and a code, and writes nothing when it refuses', { timeout: 900_000 }, async () => {
    const admin = await t.login('admin');
    const cleaner = await t.login('sunxy');
    const anonymous = t.anonymous();
    const failures: string[] = [];
    for (const [index, op] of operations.entries()) {
      for (const req of requestsFor(op, index)) {
        for (const [who, agent] of [
          ['anonymous', anonymous],
          ['admin', admin],
          ['cleaner', cleaner],
        ] as const) {
          if (who !== 'anonymous' && SIGNED_IN_SKIPS.has(`${op.method} ${op.path}`)) continue;
          const before = await auditLength();
          const res = await send(agent, op, req);
          const problem = () => describeCase(who, op, req, res);
          if (
            res.headers['x-content-type-options'] !== 'nosniff' ||
            !String(res.headers['content-security-policy'] ?? '').includes("script-src 'self'")
          )
            failures.push(`no security headers: ${problem()}`);
          if (res.status >= 500) failures.push(`5xx: ${problem()}`);
          else if (res.status >= 400) {
            if (req.url.startsWith('/api/')) {
              const type = String(res.headers['content-type'] ?? '');
              if (!type.startsWith('application/problem+json') || typeof res.body?.code !== 'string')
                failures.push(`not problem+json: ${problem()}`);
            }
            if ((await auditLength()) !== before) failures.push(`refused but written: ${problem()}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('takes a NUL in any one text field, the rest well-formed, without a 5xx (PostgreSQL cannot store it)', {
    timeout: 900_000,
  }, async () => {
    const admin = await t.login('admin');
    const pool = fc.constantFrom(...ids);
    const failures: string[] = [];
    for (const [index, op] of operations.entries()) {
      if (SIGNED_IN_SKIPS.has(`${op.method} ${op.path}`)) continue;
      const [base] = fc.sample(
        fc.record({
          path: fc.tuple(...op.parameters.filter((p) => p.in === 'path').map((p) => wellFormedFor(p.schema, pool))),
          body: op.body ? wellFormedFor(op.body, pool) : fc.constant(undefined),
        }),
        { seed: SEED + index, numRuns: 1 },
      );
      if (!base) continue;
      let path = op.path;
      op.parameters
        .filter((p) => p.in === 'path')
        .forEach((p, i) => {
          path = path.replace(`{${p.name}}`, encodeURIComponent(text(base.path[i])));
        });
      const cases: Request[] = [];
      for (const p of op.parameters.filter((q) => q.in === 'query' && takesText(q.schema)))
        cases.push({ url: `${path}?${new URLSearchParams({ [p.name]: NUL_TEXT })}`, body: base.body });
      const props = op.body?.properties ?? {};
      for (const [key, schema] of Object.entries(props))
        if (takesText(schema) && base.body && typeof base.body === 'object')
          cases.push({ url: path, body: { ...base.body, [key]: NUL_TEXT } });
      for (const req of cases) {
        const res = await send(admin, op, req);
        if (res.status >= 500) failures.push(`5xx: ${describeCase('admin', op, req, res)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

const NUL_TEXT = 'a\u0000b';
/** A field a text may go in: a string, or a union with a string in it. */
const takesText = (s: JsonSchema): boolean =>
  s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string')) || (s.anyOf ?? s.oneOf ?? []).some(takesText);
