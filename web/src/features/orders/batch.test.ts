import { describe, expect, it } from 'vitest';
import { runBatch } from './batch';

describe('runBatch', () => {
  it('runs every row in turn, and a refusal of one does not stop the rest', async () => {
    const seen: string[] = [];
    const r = await runBatch([{ number: 'A' }, { number: 'B' }, { number: 'C' }], async (row) => {
      seen.push(row.number);
      if (row.number === 'B') throw new Error('refused');
    });
    expect(seen).toEqual(['A', 'B', 'C']);
    expect(r.done).toBe(2);
    expect(r.failed.map((f) => f.number)).toEqual(['B']);
  });
});
