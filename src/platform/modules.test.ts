import { describe, expect, it } from 'vitest';
import type { UseCase } from './context.js';
import { composeModule } from './module-parts.js';
import { gatherModules, ModuleListError, type RecordRef, resolveRefs } from './modules.js';

const ctx = {} as UseCase;
const job = (kind: string) => ({ kind, title: { 'zh-CN': kind, en: kind }, handler: async () => undefined });

describe('composeModule', () => {
  const composed = composeModule({ name: 'fees', clauses: ['A2.3'] }, [
    {
      jobKinds: [job('a.run')],
      historyReaders: { a: async () => null },
      recordRefs: { a: async () => new Map() },
      abilities: () => ({ a: true }),
      todos: async () => [{ key: 'fees.a', count: 1, link: '/a' }],
      demo: async () => 2,
    },
    {
      jobKinds: [job('b.run')],
      historyReaders: { b: async () => null },
      recordRefs: { b: async () => new Map() },
      abilities: async () => ({ b: false }),
      todos: async () => [{ key: 'fees.b', count: 3, link: '/b' }],
      demo: async () => 5,
    },
    {},
  ]);

  it('joins what the parts declare into one manifest', async () => {
    expect(composed.jobKinds?.map((k) => k.kind)).toEqual(['a.run', 'b.run']);
    expect(Object.keys(composed.historyReaders ?? {})).toEqual(['a', 'b']);
    expect(Object.keys(composed.recordRefs ?? {})).toEqual(['a', 'b']);
    const everywhere = { grants: [], tokenPermissions: null };
    expect(await composed.abilities?.(everywhere, ctx, () => everywhere)).toEqual({ a: true, b: false });
    expect((await composed.todos?.(ctx))?.map((t) => t.key)).toEqual(['fees.a', 'fees.b']);
    expect(composed.figures).toBeUndefined();
  });

  it('gives a part that runs at offices only the grants where that work is done', async () => {
    const cashierAtGps = {
      grants: [{ orgId: 'gps', orgPath: '/hq/pm/gps/', roleCode: 'cashier', permissions: ['fees.collect'] }],
      tokenPermissions: null,
    };
    const fees = composeModule({ name: 'fees', clauses: ['A2.3'] }, [
      { runsAt: ['office'], abilities: (a) => ({ feeDesk: a.grants.length > 0 }) },
      { abilities: (a) => ({ receipts: a.grants.length > 0 }) },
    ]);
    const noOffice = (kinds: readonly string[]) => (kinds.includes('office') ? { ...cashierAtGps, grants: [] } : cashierAtGps);
    expect(await fees.abilities?.(cashierAtGps, ctx, noOffice)).toEqual({ feeDesk: false, receipts: true });
  });

  it('runs the parts’ demos one after another and adds up what they made', async () => {
    expect(await composed.demo?.(ctx)).toBe(7);
  });

  it("joins each person's figures of the parts, in part order, leaving out no one a part named", async () => {
    const hours = { key: 'fees.x', unit: 'minutes' as const, value: 90 };
    const late = { key: 'fees.y', unit: 'count' as const, value: 2, better: 'lower' as const };
    const both = composeModule({ name: 'p', clauses: [] }, [
      { personFigures: async () => new Map([['u1', [hours]]]) },
      {
        personFigures: async () =>
          new Map([
            ['u1', [late]],
            ['u2', [late]],
          ]),
      },
    ]);
    const got = await both.personFigures?.(ctx, { userIds: ['u1', 'u2'], from: '2026-01-01', to: '2026-12-31' });
    expect(Object.fromEntries(got ?? [])).toEqual({ u1: [hours, late], u2: [late] });
  });

  it('still refuses a job kind two parts both declare', () => {
    const twice = composeModule({ name: 'x', clauses: [] }, [{ jobKinds: [job('same')] }, { jobKinds: [job('same')] }]);
    expect(() => gatherModules([twice])).toThrow(ModuleListError);
  });
});

describe('resolveRefs', () => {
  const asked: string[][] = [];
  const modules = gatherModules([
    {
      name: 'people',
      clauses: [],
      recordRefs: {
        person: async (_ctx, ids) => {
          asked.push([...ids]);
          return new Map<string, RecordRef>(ids.filter((id) => id !== 'gone').map((id) => [id, { label: `name of ${id}`, path: null }]));
        },
      },
    },
  ]);
  const withModules = { modules } as UseCase;

  it('asks the owning module once for all the ids, each once, and leaves out what it does not find', async () => {
    const found = await resolveRefs(withModules, 'person', ['a', 'b', 'a', 'gone']);
    expect(asked).toEqual([['a', 'b', 'gone']]);
    expect([...found.keys()]).toEqual(['a', 'b']);
    expect(found.get('a')?.label).toBe('name of a');
    expect((await resolveRefs(withModules, 'person', [])).size).toBe(0);
    expect(asked).toHaveLength(1);
  });

  it('refuses an entity no module names', async () => {
    await expect(resolveRefs(withModules, 'vehicle', ['a'])).rejects.toThrow(/no module names vehicle/);
  });
});
