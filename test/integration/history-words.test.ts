import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/modules/history/history.export.js';
import { historyRows } from '../../src/modules/history/history.rules.js';
import { recordHistory } from '../../src/modules/history/history.service.js';
import { systemContext } from '../support/agreements.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{8}…/;
// a value left as the code the program keeps it by (`monthly`, `planned`, `per_visit`), where the reader wants a word
const CODE = /^[a-z]+(_[a-z]+)*$/;
// fields whose values are codes a person types and reads as such (a user's name to sign in, a node's code)
const TYPED = new Set(['用户名', '代码']);

describe('the history of every kind of demo record, as its reader gets it (drawer and Excel alike, X1)', () => {
  it('names what it points to and says coded values in words: no ids, no codes', async () => {
    const ctx = await systemContext(t);
    const db = t.runtime.deps.db;
    const records = await db.selectFrom('audit_events').select(['entity', 'entity_id']).distinct().orderBy('entity').execute();
    const byEntity = new Map<string, string[]>();
    for (const r of records) byEntity.set(r.entity, [...(byEntity.get(r.entity) ?? []), r.entity_id]);
    const found: string[] = [];
    for (const [entity, ids] of byEntity) {
      for (const id of ids.slice(0, 3)) {
        const events = await recordHistory(ctx, entity, id);
        const names = new Map(events.flatMap((e) => Object.entries(e.names)));
        const rows = historyRows(
          events,
          wordsOf('zh-CN', entity, 'Asia/Shanghai', (n) => names.get(n)),
        );
        for (const r of rows)
          for (const v of [r.before, r.after])
            if (ID.test(v) || (CODE.test(v) && !TYPED.has(r.field))) found.push(`${entity} ${r.action} ${r.field}: ${v.slice(0, 60)}`);
      }
    }
    expect(byEntity.size).toBeGreaterThan(40);
    expect([...new Set(found)]).toEqual([]);
  });
});
