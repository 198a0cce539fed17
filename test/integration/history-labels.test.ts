import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HistoryWords, historyRows } from '../../src/modules/history/history.rules.js';
import { listHistory } from '../../src/platform/audit/audit.service.js';
import en from '../../web/src/locales/en/history.json' with { type: 'json' };
import zh from '../../web/src/locales/zh-CN/history.json' with { type: 'json' };
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

/**
 * Every record of the demo has a history a reader opens (the drawer, its Excel file, X1). A field the history names
 * must have a name in both languages: otherwise the reader sees `recorded_by` or `planGoals`. The names asked for are
 * those the history file's rows ask for (the drawer follows the same rule).
 */
describe('the names of the fields and actions a history shows', () => {
  it('exist in Chinese and in English for every field of every record of the demo', async () => {
    const db = t.runtime.deps.db;
    const records = await db.selectFrom('audit_events').select(['tenant_id', 'entity', 'entity_id']).distinct().execute();
    const asked = new Map<string, string>();
    const actions = new Set<string>();
    for (const r of records) {
      const events = await listHistory(db, r.tenant_id, r.entity, r.entity_id);
      const words: HistoryWords = {
        action: (code) => {
          actions.add(code);
          return code;
        },
        field: (name) => {
          if (!asked.has(name)) asked.set(name, r.entity);
          return name;
        },
        yesNo: (_, value) => (value ? 'y' : 'n'),
        fileKept: 'f',
        instant: (iso) => iso,
        money: String,
        listSeparator: ',',
        labelSeparator: ': ',
        aside: (text, note) => `${text} (${note})`,
      };
      historyRows(events, words);
    }
    expect(asked.size).toBeGreaterThan(100);
    // a ledger entry's values go by the names its station gave the ledger's fields (当事人), not by identifiers
    const identifiers = [...asked].filter(([name]) => /^[A-Za-z][A-Za-z0-9]*$/.test(name));
    const unnamed = (catalogue: { fields: Record<string, string> }) =>
      identifiers.filter(([name]) => !catalogue.fields[name]).map(([name, entity]) => `${entity}.${name}`);
    expect(unnamed(zh)).toEqual([]);
    expect(unnamed(en)).toEqual([]);
    // and what was done, as the drawer and the file title each event
    const undone = (catalogue: { actions: Record<string, Record<string, string> | string> }) =>
      [...actions].filter((code) => {
        const dot = code.indexOf('.');
        const named = catalogue.actions[code.slice(0, dot)];
        return typeof named !== 'object' || !named[code.slice(dot + 1)];
      });
    expect(undone(zh)).toEqual([]);
    expect(undone(en)).toEqual([]);
  });
});
