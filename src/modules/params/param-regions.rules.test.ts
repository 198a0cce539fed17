import { describe, expect, it } from 'vitest';
import { paramRegions } from './param-regions.rules.js';

describe('paramRegions', () => {
  it('is one region with the scope value when nothing below sets another', () => {
    expect(paramRegions('/hq/', 3, [])).toEqual([{ prefix: '/hq/', exclude: [], value: 3 }]);
  });

  it('cuts out each office that sets its own value, and nested setters from it', () => {
    const r = paramRegions('/hq/', 3, [
      { path: '/hq/pm/a/', value: 1 },
      { path: '/hq/pm/a/d/', value: 5 },
      { path: '/hq/pm/b/', value: 3 },
      { path: '/other/', value: 9 },
    ]);
    expect(r).toEqual([
      { prefix: '/hq/', exclude: ['/hq/pm/a/', '/hq/pm/a/d/'], value: 3 },
      { prefix: '/hq/pm/a/', exclude: ['/hq/pm/a/d/'], value: 1 },
      { prefix: '/hq/pm/a/d/', exclude: [], value: 5 },
    ]);
  });

  it('ignores a setter above or at the scope (its value is the scope value already)', () => {
    expect(
      paramRegions('/hq/pm/a/', 1, [
        { path: '/hq/pm/a/', value: 1 },
        { path: '/hq/', value: 7 },
      ]),
    ).toEqual([{ prefix: '/hq/pm/a/', exclude: [], value: 1 }]);
  });
});
