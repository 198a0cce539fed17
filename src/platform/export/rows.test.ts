import { describe, expect, it } from 'vitest';
import { DomainError } from '../http/errors.js';
import { EXPORT_ROW_LIMIT, everyRow, withinLimit } from './rows.js';

/** A paged list over `n` numbered rows, recording the pages asked. */
function listOf(n: number) {
  const asked: number[] = [];
  const list = async (page: number, pageSize: number) => {
    asked.push(page);
    return {
      items: Array.from({ length: Math.max(0, Math.min(pageSize, n - (page - 1) * pageSize)) }, (_, i) => (page - 1) * pageSize + i),
      total: n,
    };
  };
  return { list, asked };
}

describe('an export’s rows', () => {
  it('are every page of the list, in its order', async () => {
    const { list, asked } = listOf(1234);
    const rows = await everyRow(list);
    expect(rows).toEqual(Array.from({ length: 1234 }, (_, i) => i));
    expect(asked).toEqual([1, 2, 3]);
  });

  it('stop at an empty page when rows went away while reading', async () => {
    const shrinking = async (page: number) => ({ items: page === 1 ? [1, 2] : [], total: 5 });
    expect(await everyRow(shrinking, 2)).toEqual([1, 2]);
  });

  it('are refused above the limit with 422 export.too_many_rows, having read only the first page', async () => {
    const { list, asked } = listOf(EXPORT_ROW_LIMIT + 1);
    const refused = await everyRow(list).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ kind: 'unprocessable', code: 'export.too_many_rows' });
    expect(asked).toEqual([1]);
    expect(await everyRow(listOf(EXPORT_ROW_LIMIT).list)).toHaveLength(EXPORT_ROW_LIMIT);
  });

  it('of a list answered whole are refused above the same limit', () => {
    expect(withinLimit([1, 2, 3])).toEqual([1, 2, 3]);
    expect(() => withinLimit(new Array(EXPORT_ROW_LIMIT + 1).fill(0))).toThrow(/narrow the filters/);
  });
});
