import type { FieldError } from '../../platform/http/errors.js';
import { type LedgerField, MAX_FIELDS, MAX_OPTIONS } from './ledgers.types.js';

/** A field key: a letter, then letters, digits or `_` (the values of entries are kept by it). */
export const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const err = (field: string, code: string, message: string): FieldError => ({ field, code, message });

/**
 * What is wrong with a kind's fields (A1.4), each on its own field path `fields.<i>.<part>`: at least one field and at
 * most {@link MAX_FIELDS}; keys unique; a select field has its choices (unique, at most {@link MAX_OPTIONS}) and no
 * other type has any.
 */
export function checkKindFields(fields: readonly LedgerField[]): FieldError[] {
  const errors: FieldError[] = [];
  if (fields.length === 0) errors.push(err('fields', 'ledger_kind.fields_empty', 'a kind needs at least one field'));
  if (fields.length > MAX_FIELDS) errors.push(err('fields', 'ledger_kind.too_many_fields', `at most ${MAX_FIELDS} fields`));
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    if (!FIELD_KEY.test(f.key)) errors.push(err(`fields.${i}.key`, 'ledger_kind.field_key_invalid', 'a letter, then letters, digits or _'));
    else if (seen.has(f.key.toLowerCase()))
      errors.push(err(`fields.${i}.key`, 'ledger_kind.field_key_repeated', 'another field has this key'));
    seen.add(f.key.toLowerCase());
    if (!f.label.trim()) errors.push(err(`fields.${i}.label`, 'ledger_kind.field_label_empty', 'the field needs a label'));
    if (f.type === 'select') {
      const options = f.options.map((o) => o.trim());
      if (options.length === 0) errors.push(err(`fields.${i}.options`, 'ledger_kind.options_empty', 'a choice field needs its choices'));
      else if (options.length > MAX_OPTIONS)
        errors.push(err(`fields.${i}.options`, 'ledger_kind.too_many_options', `at most ${MAX_OPTIONS} choices`));
      else if (options.some((o) => !o)) errors.push(err(`fields.${i}.options`, 'ledger_kind.option_empty', 'a choice cannot be empty'));
      else if (new Set(options).size !== options.length)
        errors.push(err(`fields.${i}.options`, 'ledger_kind.option_repeated', 'each choice only once'));
    } else if (f.options.length)
      errors.push(err(`fields.${i}.options`, 'ledger_kind.options_not_select', 'only a choice field has choices'));
  });
  return errors;
}

/** The fields as stored: labels and choices trimmed, no choices on other types. */
export function normaliseFields(fields: readonly LedgerField[]): LedgerField[] {
  return fields.map((f) => ({
    key: f.key,
    label: f.label.trim(),
    type: f.type,
    required: f.required,
    listed: f.listed,
    searchable: f.searchable,
    options: f.type === 'select' ? f.options.map((o) => o.trim()) : [],
  }));
}

/**
 * The columns of a kind across its versions: the current version's fields in their order, then the fields only older
 * versions had (latest first), so an export or a list of old entries still shows what they were written with.
 */
export function kindColumns(versions: readonly { version: number; fields: readonly LedgerField[] }[]): LedgerField[] {
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  const out: LedgerField[] = [];
  const keys = new Set<string>();
  for (const v of sorted)
    for (const f of v.fields)
      if (!keys.has(f.key)) {
        keys.add(f.key);
        out.push(f);
      }
  return out;
}
