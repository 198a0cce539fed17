import { describe, expect, it } from 'vitest';
import { MODULES } from '../index.js';

const MONITORS = MODULES.monitors;

import { CLAUSES } from './clauses.data.js';
import { clauseStatuses, periodProblem, readablePrefixes } from './compliance.rules.js';

const title = { 'zh-CN': 't', en: 't' };

describe('clause catalogue', () => {
  it('holds every regulation and the requirements across all seven, ids once each', () => {
    expect(new Set(CLAUSES.map((c) => c.regulation))).toEqual(new Set(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'X']));
    expect(new Set(CLAUSES.map((c) => c.id)).size).toBe(CLAUSES.length);
    expect(CLAUSES.map((c) => c.id)).toEqual(expect.arrayContaining(['A1.1', 'A2.4.3', 'A7.4.8', 'A7.4.10', 'X1', 'X5']));
    for (const c of CLAUSES) expect(c.title['zh-CN'], c.id).toMatch(/[\u3400-\u9fff]/);
  });

  it('names the clause of every registered monitor', () => {
    const ids = new Set(CLAUSES.map((c) => c.id));
    for (const m of MONITORS) expect(ids.has(m.clauseId), `${m.id} checks ${m.clauseId}`).toBe(true);
    expect(new Set(MONITORS.map((m) => m.id)).size).toBe(MONITORS.length);
  });
});

describe('clauseStatuses', () => {
  const clauses = CLAUSES.filter((c) => ['A2.4.3', 'A7.4.8', 'A2.4.2.3', 'A1.1', 'X1', 'X3'].includes(c.id));
  const rule = { module: 'money', description: 'd', test: 't' };
  it('sums a clause over its monitors, names the rules enforcing it and the features fulfilling it, and marks clauses with none as not covered', () => {
    const rows = clauseStatuses(
      clauses,
      [
        { id: 'm1', clauseId: 'A2.4.3', title, count: 1, periodic: false },
        { id: 'm2', clauseId: 'A2.4.3', title, count: 2, periodic: false },
        { id: 'm3', clauseId: 'A7.4.8', title, count: 0, periodic: false },
      ],
      [
        { ...rule, clauseId: 'A2.4.3', code: 'book.range_overlaps' },
        { ...rule, clauseId: 'A2.4.2.3', code: 'order.amount_mismatch' },
      ],
      [
        { module: 'history', clauseId: 'X1', key: 'history.record_history', description: 'h', test: 'x' },
        { module: 'money', clauseId: 'A2.4.3', key: 'money.book_register', description: 'b', test: 'y' },
      ],
    );
    const by = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(by['A2.4.3']).toMatchObject({ coverage: 'enforced_and_monitored', status: 'breached', breaches: 3 });
    expect(by['A2.4.3']!.enforced.map((r) => r.code)).toEqual(['book.range_overlaps']);
    expect(by['A7.4.8']).toMatchObject({ coverage: 'monitored', status: 'ok', breaches: 0, enforced: [] });
    expect(by['A2.4.2.3']).toMatchObject({ coverage: 'enforced', status: 'not_monitored', breaches: null, monitors: [] });
    expect(by['A2.4.2.3']!.enforced).toEqual([{ code: 'order.amount_mismatch', module: 'money', description: 'd', test: 't' }]);
    expect(by['A1.1']).toMatchObject({ coverage: 'not_covered', status: 'not_monitored', breaches: null, monitors: [], enforced: [] });
    // a feature covers a clause no rule or monitor expresses; beside a rule or a monitor it is listed, the coverage theirs
    expect(by['X1']).toMatchObject({ coverage: 'provided', status: 'not_monitored', breaches: null, enforced: [] });
    expect(by['X1']!.provided).toEqual([{ key: 'history.record_history', module: 'history', description: 'h', test: 'x' }]);
    expect(by['A2.4.3']!.coverage).toBe('enforced_and_monitored');
    expect(by['A2.4.3']!.provided.map((f) => f.key)).toEqual(['money.book_register']);
    expect(by['X3']).toMatchObject({ coverage: 'not_covered', provided: [] });
  });
});

describe('readablePrefixes', () => {
  it('is the node itself under a grant, the granted subtrees below it otherwise, nothing elsewhere', () => {
    expect(readablePrefixes('/hq/pm/a/', ['/hq/pm/'])).toEqual(['/hq/pm/a/']);
    expect(readablePrefixes('/hq/pm/', ['/hq/pm/a/', '/hq/pm/b/', '/hq/chc/'])).toEqual(['/hq/pm/a/', '/hq/pm/b/']);
    expect(readablePrefixes('/hq/chc/', ['/hq/pm/a/'])).toEqual([]);
  });
});

describe('periodProblem', () => {
  it('takes both dates of a period in order, or none', () => {
    expect(periodProblem(undefined, undefined)).toBeNull();
    expect(periodProblem('2026-11-01', '2026-11-30')).toBeNull();
    expect(periodProblem('2026-11-01', undefined)).toEqual({ field: 'to', code: 'compliance.period_incomplete' });
    expect(periodProblem(undefined, '2026-11-30')).toEqual({ field: 'from', code: 'compliance.period_incomplete' });
    expect(periodProblem('2026-12-01', '2026-11-30')).toEqual({ field: 'to', code: 'compliance.period_reversed' });
  });
});
