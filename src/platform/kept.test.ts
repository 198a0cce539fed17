import { expect, it } from 'vitest';
import { keptPer } from './kept.js';

it('works a value out once per owner and key, and apart for another owner or key', () => {
  const kept = keptPer<object, string[]>();
  let works = 0;
  const work = (v: string) => () => {
    works++;
    return [v];
  };
  const a = {};
  const b = {};
  const first = kept(a, 'k', work('a-k'));
  expect(kept(a, 'k', work('other'))).toBe(first);
  expect(kept(a, 'j', work('a-j'))).toEqual(['a-j']);
  expect(kept(b, 'k', work('b-k'))).toEqual(['b-k']);
  expect(works).toBe(3);
});
