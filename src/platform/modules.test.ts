import { describe, expect, it } from 'vitest';
import type { UseCase } from './context.js';
import { composeModule, gatherModules, ModuleListError } from './modules.js';

const ctx = {} as UseCase;
const job = (kind: string) => ({ kind, title: { 'zh-CN': kind, en: kind }, handler: async () => undefined });

describe('composeModule', () => {
  const composed = composeModule({ name: 'fees', clauses: ['A2.3'] }, [
    {
      jobKinds: [job('a.run')],
      historyReaders: { a: async () => null },
      abilities: () => ({ a: true }),
      todos: async () => [{ key: 'fees.a', count: 1, link: '/a' }],
      demo: async () => 2,
    },
    {
      jobKinds: [job('b.run')],
      historyReaders: { b: async () => null },
      abilities: async () => ({ b: false }),
      todos: async () => [{ key: 'fees.b', count: 3, link: '/b' }],
      demo: async () => 5,
    },
    {},
  ]);

  it('joins what the parts declare into one manifest', async () => {
    expect(composed.jobKinds?.map((k) => k.kind)).toEqual(['a.run', 'b.run']);
    expect(Object.keys(composed.historyReaders ?? {})).toEqual(['a', 'b']);
    expect(await composed.abilities?.({ grants: [], tokenPermissions: null }, ctx)).toEqual({ a: true, b: false });
    expect((await composed.todos?.(ctx))?.map((t) => t.key)).toEqual(['fees.a', 'fees.b']);
    expect(composed.figures).toBeUndefined();
  });

  it('runs the parts’ demos one after another and adds up what they made', async () => {
    expect(await composed.demo?.(ctx)).toBe(7);
  });

  it('still refuses a job kind two parts both declare', () => {
    const twice = composeModule({ name: 'x', clauses: [] }, [{ jobKinds: [job('same')] }, { jobKinds: [job('same')] }]);
    expect(() => gatherModules([twice])).toThrow(ModuleListError);
  });
});
