import { describe, expect, it } from 'vitest';
import { newId, UUID_PATTERN } from './ids.js';

describe('newId', () => {
  it('makes unique UUIDv7s in ascending order, past a refill of its random pool', () => {
    // 1024 words a pool, at most four an id: 2,000 ids draw it again several times
    const ids = Array.from({ length: 2_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) {
      expect(id).toMatch(UUID_PATTERN);
      expect(id[14]).toBe('7');
      expect('89ab').toContain(id[19]);
    }
  });

  it('draws fresh random bits: ids of different milliseconds do not share their random tail', async () => {
    const tails = new Set<string>();
    for (let i = 0; i < 20; i++) {
      tails.add(newId().slice(24));
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(tails.size).toBe(20);
  });
});
