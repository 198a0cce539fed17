import { describe, expect, it } from 'vitest';
import { addressWords } from './unit-search.js';

describe('an address as people write it', () => {
  it('gives the same parts however the building, entrance and room are run together', () => {
    for (const text of ['2栋 1-0402', '2栋1单元0402', '2栋 1单元 0402', '２栋１－０４０２'])
      expect(addressWords(text), text).toEqual(['2栋', '1', '0402']);
    expect(addressWords('翠竹园 2栋 0402')).toEqual(['翠竹园', '2栋', '0402']);
  });
  it('leaves one word whole: a room, a name, a phone', () => {
    expect(addressWords('0402')).toEqual(['0402']);
    expect(addressWords('王超')).toEqual(['王超']);
  });
});
