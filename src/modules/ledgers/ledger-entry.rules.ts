import type { FieldError } from '../../platform/http/errors.js';
import { type LedgerField, type LedgerValue, type LedgerValues, LONGTEXT_MAX, TEXT_MAX } from './ledgers.types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/;
const PHONE = /^[0-9+\- ]{3,20}$/;

/** Whether `s` is a real calendar day written YYYY-MM-DD. */
export function isDay(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const err = (key: string, code: string, message: string): FieldError => ({ field: `values.${key}`, code, message });

const emptyValue = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** One value checked against its field: the stored value, or the refusal's code and message. */
function checkValue(f: LedgerField, raw: unknown, people: ReadonlySet<string>): { value: LedgerValue } | { code: string; message: string } {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
  if (text === null) return { code: 'ledger_entry.value_invalid', message: 'a text or a number' };
  switch (f.type) {
    case 'text':
      return text.length > TEXT_MAX ? { code: 'ledger_entry.value_too_long', message: `at most ${TEXT_MAX} characters` } : { value: text };
    case 'longtext':
      return text.length > LONGTEXT_MAX
        ? { code: 'ledger_entry.value_too_long', message: `at most ${LONGTEXT_MAX} characters` }
        : { value: text };
    case 'date':
      return isDay(text) ? { value: text } : { code: 'ledger_entry.value_not_date', message: 'a day written YYYY-MM-DD' };
    case 'datetime': {
      const m = DATETIME.exec(text);
      return m?.[1] && isDay(m[1])
        ? { value: text }
        : { code: 'ledger_entry.value_not_datetime', message: 'a time written YYYY-MM-DDTHH:mm' };
    }
    case 'number': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) && Math.abs(n) < 1e12
        ? { value: n }
        : { code: 'ledger_entry.value_not_number', message: 'a number' };
    }
    case 'select':
      return f.options.includes(text) ? { value: text } : { code: 'ledger_entry.value_not_option', message: 'one of the field’s choices' };
    case 'person':
      return people.has(text) ? { value: text } : { code: 'ledger_entry.value_not_person', message: 'a person of the station' };
    case 'phone':
      return PHONE.test(text) && /\d{3}/.test(text.replace(/\D/g, ''))
        ? { value: text }
        : { code: 'ledger_entry.value_not_phone', message: 'digits, +, - and spaces (3–20)' };
  }
}

/**
 * Checks an entry's values against its kind's fields (A1.4), each refusal on its field `values.<key>` with a stable
 * code: a value for a field the kind does not have, a required field left empty, a value not of the field's type
 * (day, time, number, one of the choices, a person of the station, a phone number) or too long. Returns the values
 * as stored: trimmed, numbers as numbers, every field present (null when empty).
 */
export function checkEntryValues(
  fields: readonly LedgerField[],
  values: Readonly<Record<string, unknown>>,
  people: ReadonlySet<string>,
): { values: LedgerValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const keys = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(values))
    if (!keys.has(key)) errors.push(err(key, 'ledger_entry.value_unknown', 'the kind has no such field'));
  const out: LedgerValues = {};
  for (const f of fields) {
    const raw = values[f.key];
    if (emptyValue(raw)) {
      if (f.required) errors.push(err(f.key, 'ledger_entry.value_required', `${f.label} is required`));
      out[f.key] = null;
      continue;
    }
    const r = checkValue(f, raw, people);
    if ('code' in r) errors.push(err(f.key, r.code, r.message));
    else out[f.key] = r.value;
  }
  return { values: out, errors };
}

/** A value as a person reads it: a person by name, a time with a space, a number as written. */
export function valueText(f: LedgerField, v: LedgerValue | undefined, personName: (id: string) => string | undefined): string {
  if (v === null || v === undefined) return '';
  if (f.type === 'person') return personName(String(v)) ?? String(v);
  if (f.type === 'datetime') return String(v).replace('T', ' ');
  return String(v);
}

/**
 * An entry's values under the names its ledger gives them, as read (a person by name), for its history: the keys are
 * the ledger's own (a station names its ledgers' fields), which no catalogue of the history's field names holds.
 */
export function labelledValues(
  fields: readonly LedgerField[],
  values: LedgerValues,
  personName: (id: string) => string | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const text = valueText(f, values[f.key], personName);
    if (text) out[f.label] = text;
  }
  return out;
}

/** What the list's text search looks in: the searchable fields' values as read, lower case, one per line. */
export function searchTextOf(fields: readonly LedgerField[], values: LedgerValues, personName: (id: string) => string | undefined): string {
  return fields
    .filter((f) => f.searchable)
    .map((f) => valueText(f, values[f.key], personName))
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** The list's search as asked: text over the searchable fields, the days of the work, the writer, voided ones or not. */
export interface EntrySearchInput {
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  writtenBy?: string | undefined;
  includeVoided: boolean;
}

/** The search as the query runs it: text lower case (none when blank). */
export interface EntryFilter {
  text: string | undefined;
  from: string | undefined;
  to: string | undefined;
  writtenBy: string | undefined;
  includeVoided: boolean;
}

/** The search normalised, or the refusal of a range whose end is before its start (`ledger_entry.range_reversed` on `to`). */
export function entryFilter(q: EntrySearchInput): { filter: EntryFilter; errors: FieldError[] } {
  const text = q.q?.trim().toLowerCase() || undefined;
  const errors: FieldError[] =
    q.from && q.to && q.to < q.from ? [{ field: 'to', code: 'ledger_entry.range_reversed', message: 'the end is before the start' }] : [];
  return { filter: { text, from: q.from, to: q.to, writtenBy: q.writtenBy, includeVoided: q.includeVoided }, errors };
}

/** Whether an entry is one the filter selects (the list's SQL asks the same). */
export function matchesFilter(e: { searchText: string; occurredOn: string; writtenBy: string; voided: boolean }, f: EntryFilter): boolean {
  if (f.text && !e.searchText.includes(f.text)) return false;
  if (f.from && e.occurredOn < f.from) return false;
  if (f.to && e.occurredOn > f.to) return false;
  if (f.writtenBy && e.writtenBy !== f.writtenBy) return false;
  return f.includeVoided || !e.voided;
}
