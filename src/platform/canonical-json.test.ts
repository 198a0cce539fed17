import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('gives the same text whatever order the keys came in, at every depth', () => {
    expect(canonicalJson({ b: 2, a: { d: [1, { y: 1, x: 2 }], c: 'z' } })).toBe(
      canonicalJson({ a: { c: 'z', d: [1, { x: 2, y: 1 }] }, b: 2 }),
    );
    expect(canonicalJson({ b: 2, a: 1 })).toBe('{"a":1,"b":2}');
  });

  it('leaves out undefined members, as JSON does', () => {
    expect(canonicalJson({ a: 1, note: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('tells apart what differs: values, array order, types', () => {
    expect(canonicalJson({ amountFen: 12000 })).not.toBe(canonicalJson({ amountFen: 12001 }));
    expect(canonicalJson({ ids: ['a', 'b'] })).not.toBe(canonicalJson({ ids: ['b', 'a'] }));
    expect(canonicalJson({ v: 1 })).not.toBe(canonicalJson({ v: '1' }));
  });
});
