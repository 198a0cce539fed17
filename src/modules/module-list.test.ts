import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gatherModules, ModuleListError } from '../platform/modules.js';
import { CLAUSES } from './compliance/clauses.data.js';
import { MODULE_LIST, MODULES } from './index.js';
import { ORDER_TYPES } from './orders/order-types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webText = (lang: string, ns: string) =>
  JSON.parse(fs.readFileSync(path.join(root, 'web/src/locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;

/**
 * A rule or feature a module declares for the compliance page: under a clause its module claims, with a test that
 * exists and says what it shows (`shows`: the refusal's code, or the clause in a title).
 */
function expectDeclared(d: { module: string; clauseId: string; test: string }, name: string, shows: string) {
  const m = MODULE_LIST.find((x) => x.name === d.module)!;
  expect(m.clauses, `${name} serves ${d.clauseId}, not claimed by ${m.name}`).toContain(d.clauseId);
  const file = path.join(root, d.test);
  expect(fs.existsSync(file), `${name}: ${d.test} exists`).toBe(true);
  expect(fs.readFileSync(file, 'utf8'), `${d.test} mentions ${shows}`).toContain(shows);
}

describe('the module list (issue 9)', () => {
  it('claims only clauses of the regulations (shared/spec/regulations.md, as gen:clauses copies them)', () => {
    const known = new Set(CLAUSES.map((c) => c.id));
    const claimed = MODULE_LIST.flatMap((m) => m.clauses.map((id) => `${m.name}:${id}`));
    expect(claimed.filter((c) => !known.has(c.split(':')[1]!))).toEqual([]);
    for (const m of MODULES.monitors) expect(known.has(m.clauseId), `${m.id} checks ${m.clauseId}`).toBe(true);
    for (const r of MODULES.enforced) expect(known.has(r.clauseId), `${r.code} enforces ${r.clauseId}`).toBe(true);
    for (const f of MODULES.provided) expect(known.has(f.clauseId), `${f.key} fulfils ${f.clauseId}`).toBe(true);
  });

  it('names every permission and module in both languages of the web', () => {
    for (const lang of ['zh-CN', 'en']) {
      const texts = webText(lang, 'permissions');
      // i18next keys nest on dots: `orders.read` is `{ orders: { read } }`
      const text = (key: string) => key.split('.').reduce<unknown>((at, k) => (at as Record<string, unknown> | undefined)?.[k], texts);
      const missing = MODULES.permissions
        .flatMap((p) => [p.code, `modules.${p.module}`])
        .filter((key) => typeof text(key) !== 'string')
        .map((key) => `permissions:${key}`);
      expect(missing, lang).toEqual([]);
    }
  });

  it("keeps every permissions file a leaf, so any module may name another module's permission codes", () => {
    const dir = path.join(root, 'src/modules');
    const files = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        fs
          .readdirSync(path.join(dir, d.name))
          .filter((f) => f.endsWith('.permissions.ts'))
          .map((f) => path.join(dir, d.name, f)),
      );
    expect(files.length).toBeGreaterThanOrEqual(10);
    const imports = files.flatMap((f) =>
      [...fs.readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => `${path.basename(f)} → ${m[1]}`),
    );
    expect(imports.filter((i) => !i.includes('→ ../../platform/'))).toEqual([]);
  });

  it('names for each enforced rule a test that exists and shows its refusal, under a clause the module claims', () => {
    expect(MODULES.enforced.length).toBeGreaterThan(0);
    for (const r of MODULES.enforced) expectDeclared(r, r.code, `'${r.code}'`);
    // one refusal may enforce clauses of several regulations (the orders engine quotes every order type from a posted
    // list), with one text for them all; it is named once under each clause
    const declared = MODULES.enforced.map((r) => `${r.clauseId} ${r.code}`);
    expect(new Set(declared).size, 'each code once under a clause').toBe(declared.length);
  });

  it('names for each provided feature a test that exists and names its clause, under a clause the module claims', () => {
    expect(MODULES.provided.length).toBeGreaterThan(0);
    for (const f of MODULES.provided) {
      expect(f.key.startsWith(`${f.module}.`), `${f.key} is named after ${f.module}`).toBe(true);
      expectDeclared(f, f.key, `(${f.clauseId})`);
    }
    const keys = MODULES.provided.map((f) => f.key);
    expect(new Set(keys).size, 'each feature once').toBe(keys.length);
  });

  it('describes every enforced rule and provided feature in both languages of the web', () => {
    for (const lang of ['zh-CN', 'en']) {
      const texts = webText(lang, 'compliance');
      const text = (key: string) => key.split('.').reduce<unknown>((at, k) => (at as Record<string, unknown> | undefined)?.[k], texts);
      const missing = [...MODULES.enforced.map((r) => `rules.${r.code}`), ...MODULES.provided.map((f) => `features.${f.key}`)].filter(
        (key) => typeof text(key) !== 'string' || !text(key),
      );
      expect(missing, lang).toEqual([]);
    }
  });

  it('lets every role a monitor holds responsible read the compliance view, where its breaches reach them as to-dos', () => {
    const roles = MODULES.builtinRolePermissions();
    const unread = [...new Set(MODULES.monitors.map((m) => m.responsibleRole))].filter((r) => !roles[r].includes('compliance.read'));
    expect(unread).toEqual([]);
  });

  it('refuses two modules declaring the same permission, job kind, monitor or history entity', () => {
    const orders = MODULE_LIST.find((m) => m.name === 'orders')!;
    expect(() => gatherModules([...MODULE_LIST, { ...orders, name: 'repairs-copy' }])).toThrow(ModuleListError);
    expect(() => gatherModules([...MODULE_LIST, { name: 'x', clauses: [], historyReaders: { order: async () => null } }])).toThrow(
      /history entity order/,
    );
    expect(() => gatherModules([{ name: 'x', clauses: [], roleDefaults: { cashier: ['nobody.declared'] } }])).toThrow(/undeclared/);
    expect(() =>
      gatherModules([...MODULE_LIST, { name: 'x', clauses: [], recordRefs: { infusion_patient: async () => new Map() } }]),
    ).toThrow(/ref entity infusion_patient/);
  });

  it('names the records of every entity an order type’s detail points to, so no order page shows a bare id', () => {
    const refs = Object.values(ORDER_TYPES).flatMap((def) =>
      def.details.fields.filter((f) => f.kind === 'ref').map((f) => [def.code, f.key, f.ref]),
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const [type, key, entity] of refs) expect(entity && MODULES.refResolvers.has(entity), `${type}.${key} names ${entity}`).toBe(true);
  });
});
