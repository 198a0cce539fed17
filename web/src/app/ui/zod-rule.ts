import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** The user's words for a zod issue. A schema's own message may be an i18n key (`validation:…`). */
export function issueText(issue: Issue, t: TFunction): string {
  if (issue.message.startsWith('validation:')) return t(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return t('validation:required');
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? t('validation:required') : t('validation:minLength', { count: Number(issue.minimum) });
      }
      if (issue.origin === 'array') return t('validation:minItems', { count: Number(issue.minimum) });
      return t('validation:minValue', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation:maxLength', { count: Number(issue.maximum) });
      if (issue.origin === 'array') return t('validation:maxItems', { count: Number(issue.maximum) });
      return t('validation:maxValue', { max: Number(issue.maximum) });
    case 'invalid_format':
      return t('validation:format');
    default:
      return t('validation:invalid');
  }
}

/**
 * An antd rule that validates one field with a zod schema, so the form says what the server would
 * (the same limits), in the user's language. An empty input counts as absent.
 */
export function zodRule(schema: z.ZodMiniType, t: TFunction): FormRule {
  return {
    required: !schema.safeParse(undefined).success,
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value === '' || value === null ? undefined : value);
      if (!result.success) throw new Error(issueText(result.error.issues[0]!, t));
    },
  };
}
