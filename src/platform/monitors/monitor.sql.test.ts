import { describe, expect, it } from 'vitest';
import { mergePages } from './monitor.sql.js';

describe('mergePages', () => {
  it('merges per-region lists by since and cuts the page asked for', () => {
    const a = [
      { since: '2026-01-01', id: 'a1' },
      { since: '2026-03-01', id: 'a2' },
    ];
    const b = [
      { since: '2026-02-01', id: 'b1' },
      { since: '2026-04-01', id: 'b2' },
    ];
    expect(mergePages([a, b], { limit: 2, offset: 0 }).map((x) => x.id)).toEqual(['a1', 'b1']);
    expect(mergePages([a, b], { limit: 2, offset: 2 }).map((x) => x.id)).toEqual(['a2', 'b2']);
    expect(mergePages([a, []], { limit: 5, offset: 1 }).map((x) => x.id)).toEqual(['a2']);
  });
});
