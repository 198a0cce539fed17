import Schema from '@rc-component/async-validator';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import validation from '../../locales/zh-CN/validation.json';
import { type NumberBounds, numberRange } from './number-range';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { validation } }, interpolation: { escapeValue: false } });

/** The words under the field for `value`, as antd's form finds them (it runs this validator), or null when it passes. */
async function said(bounds: NumberBounds, value: unknown): Promise<string | null> {
  try {
    await new Schema({ field: numberRange(i18n.t, bounds) as never }).validate({ field: value });
    return null;
  } catch (e) {
    return (e as { errors: { message: string }[] }).errors[0]!.message;
  }
}

describe('a number field’s range, said in words', () => {
  it('refuses a value below or above the bounds, each in its own words, and takes the bounds themselves', async () => {
    const staff = { min: 1, max: 50 };
    expect(await said(staff, 0)).toBe('不能小于 1');
    expect(await said(staff, 60)).toBe('不能大于 50');
    expect(await said(staff, 1)).toBeNull();
    expect(await said(staff, 50)).toBeNull();
  });

  it('holds a bound of 0 and a decimal one (a count below 0, training hours)', async () => {
    expect(await said({ min: 0 }, -1)).toBe('不能小于 0');
    expect(await said({ min: 0 }, 0)).toBeNull();
    expect(await said({ min: 0.1, max: 1000 }, 0)).toBe('不能小于 0.1');
    expect(await said({ min: 0.1, max: 1000 }, 1000.5)).toBe('不能大于 1000');
  });

  it('checks only the bounds it is given, and lets an empty field pass (required is said apart)', async () => {
    expect(numberRange(i18n.t, {})).toEqual([]);
    expect(await said({ max: 12 }, -5)).toBeNull();
    for (const empty of [null, undefined]) expect(await said({ min: 1, max: 50 }, empty)).toBeNull();
  });
});
