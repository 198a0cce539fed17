import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from '../../api/problem';
import { codeText, errorText } from './error-text';

/**
 * Puts the server's field errors on the form fields of the same name, and returns the text of what
 * is left over (a refusal not tied to a field), or null when every problem found its field.
 */
export function applyServerErrors(form: FormInstance, error: unknown, t: TFunction): string | null {
  if (!isApiError(error)) return errorText(t, error);
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const placed = error.fieldErrors.filter((f) => registered.has(f.field));
  form.setFields(placed.map((f) => ({ name: f.field.split('.'), errors: [codeText(t, f.code, f.message)] })));
  return placed.length > 0 && placed.length === error.fieldErrors.length ? null : errorText(t, error);
}
