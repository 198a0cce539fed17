import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from '../../api/problem';
import { codeText } from '../../app/ui/error-text';

/**
 * Puts the server's errors on fields inside a Form.List (`lines.0.quantity`): antd names list rows
 * by number, the server's dotted path by text, so the row index is turned back into a number.
 * The shell's FormModal then shows whatever is left above the buttons.
 */
export function placeListErrors(form: FormInstance, error: unknown, t: TFunction): void {
  if (!isApiError(error)) return;
  const fields = error.fieldErrors
    .filter((f) => /\.\d+\./.test(f.field))
    .map((f) => ({
      name: f.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: [codeText(t, f.code, f.message)],
    }));
  if (fields.length) form.setFields(fields);
}
