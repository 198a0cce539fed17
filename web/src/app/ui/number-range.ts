import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** The smallest and largest value a number field takes, both included, as the server's schema has them. */
export interface NumberBounds {
  min?: number;
  max?: number;
}

/**
 * The rules that refuse a number out of `min`–`max` in words under its field (不能小于 1, 不能大于 50), leaving the
 * typed value as it is. Give them to a Form.Item whose InputNumber has no `min`/`max` of its own: antd clamps to
 * those when the field loses focus, so 0 became 1 and 60 became 50 and the user never learnt it. An empty field
 * passes: say `required` apart.
 */
export function numberRange(t: TFunction, { min, max }: NumberBounds): FormRule[] {
  return [
    ...(min === undefined ? [] : [{ type: 'number' as const, min, message: t('validation:minValue', { min }) }]),
    ...(max === undefined ? [] : [{ type: 'number' as const, max, message: t('validation:maxValue', { max }) }]),
  ];
}
