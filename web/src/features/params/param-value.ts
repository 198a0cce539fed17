import type { TFunction } from 'i18next';
import type { Param } from '../../api/types';

/** A parameter's value as read: a number with its unit, or 是 / 否 for a yes/no parameter (`flag`). */
export function paramValueText(t: TFunction, unit: Param['unit'], value: number): string {
  if (unit === 'flag') return t(`params:flag.${value === 1 ? '1' : '0'}`);
  return `${value} ${t(`params:units.${unit}`)}`;
}
