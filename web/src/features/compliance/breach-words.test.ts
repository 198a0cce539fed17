import { describe, expect, it } from 'vitest';
import { breachText } from './breach-words';

const CATALOGUE: Record<string, string> = {
  'compliance:breach.overdue': '{{estate}} 的{{area}}整改（{{level}}）超期',
  'cleaning:areas.garage': '地下车库',
  'cleaning:levels.supervisor': '主管检查',
};
// like i18next: a missing key answers with itself
const t = (key: string, values: Record<string, string | number> = {}) =>
  (CATALOGUE[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(values[n] ?? ''));

describe('a breach in words', () => {
  it('says its coded values by their catalogue, the others as they are', () => {
    const what = {
      key: 'breach.overdue',
      values: { estate: '翠竹园', area: 'garage', level: 'supervisor' },
      coded: { area: 'cleaning:areas', level: 'cleaning:levels' },
    };
    expect(breachText(what, t)).toBe('翠竹园 的地下车库整改（主管检查）超期');
  });

  it('keeps a code the catalogue does not know, and a breach with no codes as sent', () => {
    expect(
      breachText({ key: 'breach.overdue', values: { estate: 'A', area: 'moat', level: 'self' }, coded: { area: 'cleaning:areas' } }, t),
    ).toBe('A 的moat整改（self）超期');
    expect(breachText({ key: 'breach.overdue', values: { estate: 'A', area: 'x', level: 'y' } }, t)).toBe('A 的x整改（y）超期');
  });
});
