import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { refusalCodes, serverSources } from '../../../scripts/refusal-codes';
import { codeText } from '../app/ui/error-text';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../../..');
const LANGUAGES = ['zh-CN', 'en'] as const;
/** What codeText falls back to without words: the server's English detail. */
const UNSAID = 'the server’s English detail';
const sources = serverSources(root);
const read = refusalCodes(sources);
/**
 * Every code a refusal can carry, with where it is given: the server's own, and zod's issue codes, which a schema's
 * field errors carry as they are (its unknown keys answer `unknown_field`).
 */
const codes = new Map([
  ...read.codes,
  ...Object.values(z.ZodIssueCode)
    .filter((c) => c !== 'unrecognized_keys')
    .map((c) => [c, 'a request schema (zod)'] as const),
]);

/** i18next as the web app starts it, with each language's errors.json: `errors:<code>` is looked up as codeText does. */
const i18n = i18next.createInstance();
await i18n.init({
  fallbackLng: false,
  returnEmptyString: false,
  resources: Object.fromEntries(
    LANGUAGES.map((lang) => [lang, { errors: JSON.parse(fs.readFileSync(path.join(here, lang, 'errors.json'), 'utf8')) }]),
  ),
});

describe('the words of every refusal the server can give', () => {
  it('has each code in Chinese and English in errors.json (a code without them reads in the server’s English)', () => {
    expect(codes.size).toBeGreaterThan(600);
    for (const lang of LANGUAGES) {
      const t = i18n.getFixedT(lang);
      // a code that names a group of codes would say i18next's "returned an object" notice
      const said = (code: string) => codeText(t, code, UNSAID) !== UNSAID && typeof i18n.getResource(lang, 'errors', code) === 'string';
      const missing = [...codes].filter(([code]) => !said(code)).map(([code, at]) => `${code} (${at})`);
      expect(missing, lang).toEqual([]);
    }
  });

  it('can follow every code the server builds from parts', () => {
    expect(read.unresolved).toEqual([]);
  });

  it('names each code as a dotted snake_case word, which i18next looks up and a client can branch on', () => {
    expect([...codes.keys()].filter((c) => !/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/.test(c))).toEqual([]);
  });

  it('finds at least every code a plain search of the source finds', () => {
    const plain = new Set<string>();
    for (const text of sources.values()) {
      for (const m of text.matchAll(/DomainError\(\s*'[a-z_]+',\s*'([a-z_]+(?:\.[a-z_]+)+)'/g)) plain.add(m[1]!);
      for (const m of text.matchAll(/fieldError\(\s*'[a-z_]+',\s*'([a-z_]+(?:\.[a-z_]+)+)'/g)) plain.add(m[1]!);
      for (const m of text.matchAll(/code: '([a-z_]+(?:\.[a-z_]+)+)'/g)) plain.add(m[1]!);
      for (const m of text.matchAll(/params: \{ code: '([a-z_.]+)'/g)) plain.add(m[1]!);
    }
    // a column map's `{ code: 'c.code' }` is not a refusal
    expect([...plain].filter((c) => !codes.has(c) && c !== 'c.code')).toEqual([]);
  });
});
