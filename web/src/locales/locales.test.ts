import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VISIT_MACHINE } from '../../../src/modules/agreements/agreement-visits.machine';
import { CALLBACK_MACHINE, FOLLOW_UP_MACHINE } from '../../../src/modules/callbacks/callback.machine';
import { PRICE_LIST_MACHINE } from '../../../src/modules/catalog/price-list.machine';
import { RECTIFICATION_MACHINE } from '../../../src/modules/cleaning/cleaning-rectification.machine';
import { FEEDBACK_MACHINE } from '../../../src/modules/feedback/feedback.machine';
import { HANDOVER_MACHINE, REMITTANCE_MACHINE } from '../../../src/modules/money/custody.machine';
import { BOOK_MACHINE, BOOK_REQUEST_MACHINE } from '../../../src/modules/money/receipt-book.machine';
import { ORG_KINDS } from '../../../src/modules/orgs/org.types';
import { PARAMS } from '../../../src/modules/params/params.catalog';
import { PARKING_STANDARD_MACHINE } from '../../../src/modules/parking/parking-standard.machine';
import { BUILTIN_ROLES } from '../../../src/platform/authz/permissions';
import { JOB_MACHINE } from '../../../src/platform/jobs/job.machine';
import { refusalCodes } from '../../../src/platform/machine';
import { BREACH_ENTITIES } from '../../../src/platform/monitors/monitor.types';
import { textsOf, type WebFeature } from '../app/feature';
import { resourcesOf } from './bundle';
import { NAMESPACES } from './namespaces';
import { SHELL_NAMESPACES, SHELL_SUBTREES, shellPart } from './shell';

const here = path.dirname(fileURLToPath(import.meta.url));
const LANGUAGES = ['zh-CN', 'en'] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };
const load = (lang: string, ns: string): Tree => JSON.parse(fs.readFileSync(path.join(here, lang, `${ns}.json`), 'utf8'));

/** Every key as `a.b.c`, plural forms (`count_one`, `count_other`) folded into the key they serve. */
function keysOf(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.add(key.replace(PLURAL, ''));
    else for (const sub of keysOf(v, key)) out.add(sub);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'locales' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

const keys = Object.fromEntries(LANGUAGES.map((l) => [l, Object.fromEntries(NAMESPACES.map((ns) => [ns, keysOf(load(l, ns))]))]));
/** A key with a text, or a group of keys the code completes at run time (`orders:states` + `.paid`). */
const has = (lang: string, fullKey: string) => {
  const [ns, key] = fullKey.split(':') as [string, string];
  const inNs = keys[lang]?.[ns];
  return (inNs?.has(key) || [...(inNs ?? [])].some((k) => k.startsWith(`${key}.`))) ?? false;
};

describe('translations', () => {
  it('has every namespace in every language', () => {
    for (const lang of LANGUAGES) {
      for (const ns of NAMESPACES) expect(fs.existsSync(path.join(here, lang, `${ns}.json`)), `${lang}/${ns}.json`).toBe(true);
      const files = fs.readdirSync(path.join(here, lang)).filter((f) => f.endsWith('.json'));
      expect(files.sort()).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  it('has the same keys in Chinese and English', () => {
    for (const ns of NAMESPACES) {
      const zh = [...(keys['zh-CN']?.[ns] ?? [])].sort();
      const en = [...(keys.en?.[ns] ?? [])].sort();
      expect({ ns, missingInEnglish: zh.filter((k) => !en.includes(k)) }).toEqual({ ns, missingInEnglish: [] });
      expect({ ns, missingInChinese: en.filter((k) => !zh.includes(k)) }).toEqual({ ns, missingInChinese: [] });
    }
  });

  it('has no empty text', () => {
    for (const lang of LANGUAGES) {
      for (const ns of NAMESPACES) {
        const walk = (tree: Tree, at: string): void => {
          for (const [k, v] of Object.entries(tree)) {
            if (typeof v === 'string') expect(v.trim(), `${lang} ${ns}:${at}${k}`).not.toBe('');
            else walk(v, `${at}${k}.`);
          }
        };
        walk(load(lang, ns), '');
      }
    }
  });

  it('has every key the code names, in both languages', () => {
    const pattern = new RegExp(`['"\`](${NAMESPACES.join('|')}):([A-Za-z0-9_.]+)['"]`, 'g');
    const used = new Set<string>();
    // the server's Excel exports write their headers and labels in these words too
    const serverExports = sourceFiles(path.join(here, '../../../src')).filter((f) => f.endsWith('.export.ts'));
    expect(serverExports.length).toBeGreaterThan(5);
    for (const file of [...sourceFiles(path.join(here, '..')), ...serverExports]) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(pattern)) used.add(`${m[1]}:${m[2]}`);
    }
    expect(used.size).toBeGreaterThan(100);
    for (const lang of LANGUAGES)
      expect(
        [...used].filter((k) => !has(lang, k)),
        lang,
      ).toEqual([]);
  });

  it('writes no date in the device’s own locale and zone (pages use useFormat: the organisation’s zone, 2026-12-07 22:19)', () => {
    const local = /\.toLocale(Date|Time)?String\(/;
    const offenders = sourceFiles(path.join(here, '..')).filter((f) => local.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(path.join(here, '..'), f))).toEqual([]);
  });

  it('brackets a note as each language does: 孙秀英（环境部） in Chinese, “Sun Xiuying (Environment)” in English', () => {
    // a bracket written into a page's code shows in every language (English pickers read 孙秀英（Environment Dept）):
    // the page asks common:aside for it; comments may quote Chinese text
    const root = path.join(here, '..');
    const inCode = sourceFiles(root).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /[（）]/.test(line) && !/^\s*(\/\/|\/?\*)/.test(line))
        .map((line) => `${path.relative(root, file)}: ${line.trim()}`),
    );
    expect(inCode).toEqual([]);
    // and an English text opens a bracket after a space, never a full-width one
    const english = NAMESPACES.flatMap((ns) => {
      const found: string[] = [];
      const walk = (tree: Tree, at: string): void => {
        for (const [k, v] of Object.entries(tree)) {
          if (typeof v !== 'string') walk(v, `${at}${k}.`);
          else if (/[（）]|\S\(/.test(v)) found.push(`${ns}:${at}${k} ${v}`);
        }
      };
      walk(load('en', ns), '');
      return found;
    });
    expect(english).toEqual([]);
    expect(load('en', 'common').aside).toBe('{{text}} ({{aside}})');
    expect(load('zh-CN', 'common').aside).toBe('{{text}}（{{aside}}）');
  });

  it('names every role, organisation kind, parameter and kind of record a breach names that the server declares (permissions: src/modules/module-list.test.ts)', () => {
    const needed = [
      ...Object.keys(BUILTIN_ROLES).map((c) => `roles:builtin.${c}`),
      ...ORG_KINDS.map((k) => `orgs:kinds.${k}`),
      ...BREACH_ENTITIES.map((e) => `compliance:entity.${e}`),
      ...PARAMS.flatMap((p) => [`params:keys.${p.key}.name`, `params:keys.${p.key}.description`, `params:units.${p.unit}`]),
    ];
    for (const lang of LANGUAGES)
      expect(
        needed.filter((k) => !has(lang, k)),
        lang,
      ).toEqual([]);
  });

  it('keeps every refusal’s words in errors.json, which loads with every feature and before any refusal, never in a feature’s namespace', () => {
    // a feature's namespace loads with its own pages: a code another page meets (unit.not_found at the fee desk) read
    // in the server's English there
    const elsewhere = LANGUAGES.flatMap((lang) =>
      NAMESPACES.filter((ns) => ns !== 'errors' && 'serverErrors' in load(lang, ns)).map((ns) => `${lang}/${ns}.json`),
    );
    expect(elsewhere).toEqual([]);
    const features = Object.values(
      import.meta.glob<Record<string, WebFeature>>('../features/*/*.feature.{ts,tsx}', { eager: true }),
    ).flatMap((m) => Object.values(m));
    expect(features.filter((f) => !textsOf(f).includes('errors')).map((f) => f.name)).toEqual([]);
    // the shell carries the words that are no record's: a failure to reach the server reads in words without them
    expect(shellPart('errors', load('zh-CN', 'errors'))).toMatchObject({ unknown: expect.any(String), network: expect.any(String) });
    expect(shellPart('errors', load('zh-CN', 'errors'))).not.toHaveProperty('order');
  });

  it('says every refusal of every record’s machine in both languages (the code a 409 or 422 carries)', () => {
    const machines = [
      BOOK_MACHINE,
      BOOK_REQUEST_MACHINE,
      HANDOVER_MACHINE,
      REMITTANCE_MACHINE,
      CALLBACK_MACHINE,
      FOLLOW_UP_MACHINE,
      VISIT_MACHINE,
      JOB_MACHINE,
      PRICE_LIST_MACHINE,
      PARKING_STANDARD_MACHINE,
      FEEDBACK_MACHINE,
      RECTIFICATION_MACHINE,
    ];
    const codes = machines.flatMap(refusalCodes);
    expect(codes).toContain('handover.invalid_transition');
    for (const lang of LANGUAGES) {
      const texts = Object.fromEntries(NAMESPACES.map((ns) => [`./${ns}.json`, load(lang, ns)])) as unknown as Parameters<
        typeof resourcesOf
      >[0];
      const errors = resourcesOf(texts).errors as Tree;
      const text = (code: string) =>
        code.split('.').reduce<Tree | string | undefined>((at, k) => (typeof at === 'object' ? at[k] : undefined), errors);
      expect(
        codes.filter((c) => typeof text(c) !== 'string'),
        lang,
      ).toEqual([]);
    }
  });

  it('has every text the shell shows before a feature loads in the shell’s part: menu entries, to-dos, key figures', () => {
    const features = Object.values(
      import.meta.glob<Record<string, WebFeature>>('../features/*/*.feature.{ts,tsx}', { eager: true }),
    ).flatMap((m) => Object.values(m));
    expect(features.length).toBeGreaterThan(30);
    const keys = features.flatMap((f) => [
      ...(f.menu ?? []).flatMap((m) => [m.labelKey, m.descriptionKey ?? m.labelKey]),
      ...(f.todos ?? []).map((w) => w.labelKey),
      ...(f.figures ?? []).map((w) => w.labelKey),
    ]);
    for (const lang of LANGUAGES) {
      const missing = keys.filter((full) => {
        const [ns, key] = full.split(':') as [string, string];
        const text = key
          .split('.')
          .reduce<unknown>((at, k) => (typeof at === 'object' && at ? (at as Tree)[k] : undefined), shellPart(ns, load(lang, ns)));
        return typeof text !== 'string';
      });
      expect({ lang, missing, under: SHELL_SUBTREES }).toEqual({ lang, missing: [], under: SHELL_SUBTREES });
    }
  });

  it('loads with each feature every namespace its pages and the components they borrow show texts of', () => {
    const pattern = new RegExp(`['"\`](${NAMESPACES.join('|')}):[A-Za-z0-9_.$]`, 'g');
    const imports = /(from |import\()'(\.[^']+)'/g;
    const resolve = (from: string, spec: string) =>
      [`${spec}.ts`, `${spec}.tsx`, spec, `${spec}/index.ts`, `${spec}/index.tsx`]
        .map((c) => path.resolve(path.dirname(from), c))
        .find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    const featuresDir = path.join(here, '../features');
    /**
     * Namespaces named by these files (a feature's folder) and by every file of another feature they import, at any
     * depth. Another feature's file imported lazily (the history drawer) loads its own texts (HistoryButton).
     */
    const namedFrom = (folder: string, start: string[]) => {
      const seen = new Set<string>();
      const named = new Set<string>();
      const queue = [...start];
      for (let file = queue.pop(); file; file = queue.pop()) {
        if (seen.has(file)) continue;
        seen.add(file);
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(pattern)) named.add(m[1]!);
        for (const m of text.matchAll(imports)) {
          const target = resolve(file, m[2]!);
          const lazyElsewhere = m[1] === 'import(' && !target?.startsWith(folder);
          if (target?.startsWith(featuresDir) && !target.endsWith('index.ts') && !lazyElsewhere) queue.push(target);
        }
      }
      return named;
    };
    const modules = import.meta.glob<Record<string, WebFeature>>('../features/*/*.feature.{ts,tsx}', { eager: true });
    const unlisted: Record<string, string[]> = {};
    for (const [file, m] of Object.entries(modules)) {
      const folder = path.dirname(path.join(here, file));
      for (const feature of Object.values(m)) {
        const loaded = new Set([...SHELL_NAMESPACES, ...textsOf(feature)]);
        const missing = [...namedFrom(folder, sourceFiles(folder))].filter((ns) => !loaded.has(ns)).sort();
        if (missing.length) unlisted[feature.name] = missing;
      }
    }
    expect(unlisted).toEqual({});
    // the shell's own code (outside the features) shows the shell's namespaces, or loads others where it shows them
    const shellTexts = sourceFiles(path.join(here, '../app')).map((f) => fs.readFileSync(f, 'utf8'));
    const shellNamed = new Set(shellTexts.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1]!)));
    const shellLoads = new Set(
      shellTexts.flatMap((text) =>
        [...text.matchAll(/pendingTexts\(\[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'(\w+)'/g)].map((n) => n[1]!)),
      ),
    );
    expect([...shellNamed].filter((ns) => !SHELL_NAMESPACES.includes(ns) && !shellLoads.has(ns))).toEqual([]);
  });
});
