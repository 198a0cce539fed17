import { describe, expect, it } from 'vitest';
import { parseImport } from './calendar-import';

describe('pasting a year’s arrangement', () => {
  it('reads the notice’s words and the codes, skipping blank lines, and keeps each entry’s line', () => {
    const parsed = parseImport('2027-01-01 休 元旦\n\n2027-02-06\t班\t春节 调休\r\n2027-10-01 holiday National Day');
    expect(parsed.days).toEqual([
      { day: '2027-01-01', kind: 'holiday', name: '元旦' },
      { day: '2027-02-06', kind: 'workday', name: '春节 调休' },
      { day: '2027-10-01', kind: 'holiday', name: 'National Day' },
    ]);
    expect(parsed.lines).toEqual([1, 3, 4]);
    expect(parsed.problems).toEqual([]);
  });

  it('names the line that is not “date kind name” or whose kind is unknown', () => {
    expect(parseImport('2027-01-01 休\n2027-01-02 放假 元旦').problems).toEqual([
      { line: 1, key: 'badLine' },
      { line: 2, key: 'badKind' },
    ]);
  });
});
