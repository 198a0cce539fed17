import { describe, expect, it } from 'vitest';
import { paramDef } from './params.catalog.js';
import { paramValue, refuseValue, resolveParams } from './params.rules.js';

describe('regulation parameters', () => {
  it('use the regulation’s value when nobody set one', () => {
    const r = resolveParams(['hq', 'pm', 'a'], []);
    expect(paramValue(r, 'callbackSampleSize')).toBe(5);
    expect(r.find((p) => p.key === 'callbackSampleSize')?.sourceOrgId).toBeNull();
  });
  it('inherit the nearest value up the tree', () => {
    const r = resolveParams(
      ['hq', 'pm', 'a'],
      [
        { orgId: 'hq', key: 'callbackSampleSize', value: 8 },
        { orgId: 'pm', key: 'callbackSampleSize', value: 10 },
      ],
    );
    const p = r.find((x) => x.key === 'callbackSampleSize')!;
    expect(p).toMatchObject({ value: 10, sourceOrgId: 'pm', ownValue: null });
  });
  it('ignore a reset override (null) and fall back to the one above', () => {
    const r = resolveParams(
      ['hq', 'a'],
      [
        { orgId: 'hq', key: 'receiptReturnDays', value: 2 },
        { orgId: 'a', key: 'receiptReturnDays', value: null },
      ],
    );
    expect(r.find((x) => x.key === 'receiptReturnDays')).toMatchObject({ value: 2, sourceOrgId: 'hq' });
  });
  it('refuse values outside the parameter’s bounds', () => {
    expect(refuseValue(paramDef('briefDeadlineDays'), 0)).toBe('params.out_of_range');
    expect(refuseValue(paramDef('briefDeadlineDays'), 1.5)).toBe('params.not_whole');
    expect(refuseValue(paramDef('briefDeadlineDays'), 1)).toBeNull();
  });
});
