import { describe, expect, it } from 'vitest';
import { pageRule } from '../../platform/print/paper.js';
import { type SlipText, slipPaper } from './receipt-slip.rules.js';

const slip = (over: Partial<SlipText> = {}): SlipText => ({
  title: '收款收据',
  sub: '收据联　编号：A-0000001',
  voided: null,
  heads: ['收款单位：翠竹园管理处', '付款人：李建华'],
  items: ['室内保洁'],
  words: '合计（大写）：壹佰贰拾元整',
  tail: ['付款方式：现金', '收款人：陈静', '日期：2026-12-03 19:40'],
  ...over,
});
const length = (s: SlipText) => {
  const p = slipPaper(s);
  if (p.kind !== 'roll') throw new Error('not a roll');
  return p.heightMm;
};

describe('the length of a receipt slip on the 80 mm roll', () => {
  it('is a concrete length Chromium prints (not `80mm auto`, which it replaces with US Letter)', () => {
    expect(pageRule(slipPaper(slip()))).toMatch(/^@page \{ size: 80mm \d+mm; /);
  });

  it('holds a one-item receipt with its seal square on a slip of 12 to 16 cm', () => {
    expect(length(slip())).toBeGreaterThanOrEqual(120);
    expect(length(slip())).toBeLessThanOrEqual(160);
  });

  it('grows by a table row for each item, and by more for a name that wraps in the narrow column', () => {
    const one = length(slip());
    const two = length(slip({ items: ['室内保洁', '油烟机清洗'] }));
    const wrapped = length(slip({ items: ['室内保洁', '油烟机清洗及厨房瓷砖墙面深度去油污清洁'] }));
    expect(two - one).toBeGreaterThanOrEqual(6);
    expect(two - one).toBeLessThanOrEqual(7);
    expect(wrapped - two).toBeGreaterThanOrEqual(4);
  });

  it('makes room for the void notice and for a long office name', () => {
    expect(length(slip({ voided: '作废：金额写错，重开' }))).toBeGreaterThan(length(slip()));
    const longName = slip({ heads: ['收款单位：某某市某某区某某街道某某社区物业服务中心翠竹园管理处', '付款人：李建华'] });
    expect(length(longName)).toBeGreaterThan(length(slip()));
  });

  it('never asks for more than a metre of roll', () => {
    expect(length(slip({ items: Array.from({ length: 400 }, (_, i) => `项目${i}`) }))).toBe(1000);
  });
});
