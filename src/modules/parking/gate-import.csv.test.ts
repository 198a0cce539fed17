import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsv, readCsv } from './gate-import.csv.js';

describe('readCsv', () => {
  it('reads lines and cells, trimming, with their line numbers', () => {
    expect(readCsv('车牌号,入场时间\r\n粤B12345 , 2026-11-05 08:03\n\n沪A00001,\n')).toEqual([
      { line: 1, cells: ['车牌号', '入场时间'] },
      { line: 2, cells: ['粤B12345', '2026-11-05 08:03'] },
      { line: 4, cells: ['沪A00001', ''] },
    ]);
  });

  it('keeps separators, quotes and line breaks inside quoted cells', () => {
    expect(readCsv('a,b\n"x, y","say ""hi""\nthere"\nlast,1')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"\nthere'] },
      { line: 4, cells: ['last', '1'] },
    ]);
  });

  it('drops a BOM and reads a tab-separated export', () => {
    expect(readCsv('\ufeff车牌号\t记录号\n粤B12345\t0001')).toEqual([
      { line: 1, cells: ['车牌号', '记录号'] },
      { line: 2, cells: ['粤B12345', '0001'] },
    ]);
  });

  it('reads back any table written with quoting', () => {
    const cell = fc.string({ maxLength: 8 }).map((s) => s.trim());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const table = [['h1', 'h2'], ...rows];
        const text = table.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n');
        const read = readCsv(text).map((l) => l.cells);
        expect(read).toEqual(table.filter((r) => r.some((c) => c !== '')));
      }),
    );
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8, and GB18030 when the bytes are not UTF-8', () => {
    expect(decodeCsv(Buffer.from('车牌号,粤B12345', 'utf8'))).toBe('车牌号,粤B12345');
    // 车牌号 in GBK
    expect(decodeCsv(Buffer.from([0xb3, 0xb5, 0xc5, 0xc6, 0xba, 0xc5]))).toBe('车牌号');
  });
});
