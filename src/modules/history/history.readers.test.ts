import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../index.js';

const HISTORY_ENTITIES = [...MODULES.historyReaders.keys()];

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every `.audit({ … })` call of the server's sources, with the entity it names. */
function auditCalls() {
  const calls: { file: string; entity: string | null }[] = [];
  for (const file of sources(src)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\.audit\(\{/g)) {
      // the call's object literal, up to its closing brace (one level of nested braces allowed)
      const rest = text.slice(m.index + m[0].length);
      const body = /^(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*/.exec(rest)?.[0] ?? '';
      const entity = /\bentity:\s*'([a-z_]+)'/.exec(body)?.[1] ?? null;
      calls.push({ file: path.relative(src, file), entity });
    }
  }
  return calls;
}

describe('history readers (X1)', () => {
  const calls = auditCalls();

  it('finds the audit calls of every module', () => {
    expect(calls.length).toBeGreaterThan(50);
    expect(new Set(calls.map((c) => c.file.split(path.sep)[1])).size).toBeGreaterThanOrEqual(8);
  });

  it('names the audited entity in each call, so a new one cannot hide behind a variable', () => {
    expect(calls.filter((c) => c.entity === null)).toEqual([]);
  });

  it('has a reader for every entity written to the audit log, so every record’s history can be shown', () => {
    const audited = [...new Set(calls.map((c) => c.entity))].sort();
    const missing = audited.filter((e) => e && !HISTORY_ENTITIES.includes(e));
    expect(missing).toEqual([]);
    expect(audited).toEqual(expect.arrayContaining(['handover', 'remittance', 'book_request', 'order', 'receipt']));
  });
});
