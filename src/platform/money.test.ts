import { describe, expect, it } from 'vitest';
import { addFen, fenInChineseCapitals, fenSchema, formatFen, formatYuan } from './money.js';

describe('fen', () => {
  it('accepts whole non-negative fen and refuses fractions and negatives', () => {
    expect(fenSchema.safeParse(12050).success).toBe(true);
    expect(fenSchema.safeParse(120.5).success).toBe(false);
    expect(fenSchema.safeParse(-1).success).toBe(false);
  });
  it('adds exactly where floats would drift', () => {
    expect(addFen(10, 20)).toBe(30);
    expect(() => addFen(0.1, 0.2)).toThrow(RangeError);
  });
  it('shows yuan with two decimals', () => {
    expect(formatFen(123450)).toBe('¥1,234.50');
    // a column headed 金额（元）: the same grouping and decimals, without the sign
    expect(formatYuan(141288)).toBe('1,412.88');
    expect(formatYuan(5)).toBe('0.05');
  });
});

describe('amounts in Chinese capitals', () => {
  it.each([
    [12000, '壹佰贰拾元整'],
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [100, '壹元整'],
    [1050, '壹拾元零伍角'],
    [1010, '壹拾元零壹角'],
    [100000010, '壹佰万元零壹角'],
    [10005, '壹佰元零伍分'],
    [10015, '壹佰元零壹角伍分'],
    [150, '壹元伍角'],
    [1150, '壹拾壹元伍角'],
    [10, '壹角'],
    [100105, '壹仟零壹元零伍分'],
    [1000000, '壹万元整'],
    [1005000, '壹万零伍拾元整'],
    [12345678, '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'],
    [10000000000, '壹亿元整'],
    [10000100000, '壹亿零壹仟元整'],
  ])('%i fen → %s', (fen, words) => {
    expect(fenInChineseCapitals(fen)).toBe(words);
  });
});
