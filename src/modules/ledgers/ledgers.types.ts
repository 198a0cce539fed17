/** The types a ledger field may have: the entry form, the validator and the export read them. */
export const FIELD_TYPES = ['text', 'longtext', 'date', 'datetime', 'number', 'select', 'person', 'phone'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** One field of a ledger kind (a column of the ledger). */
export interface LedgerField {
  /** Stable key of the value in an entry (`parties`). */
  key: string;
  /** What the form and the list call it (当事人). */
  label: string;
  type: FieldType;
  /** An entry is refused without it. */
  required: boolean;
  /** Shown as a column of the list. */
  listed: boolean;
  /** Its value is found by the list's text search. */
  searchable: boolean;
  /** The choices of a `select` field; empty for the others. */
  options: string[];
}

/** A value of an entry: text (also dates, times, phones, choices, a person's user id) or a number; null when left empty. */
export type LedgerValue = string | number | null;
export type LedgerValues = Record<string, LedgerValue>;

/** The most fields a kind may have, and the longest texts. */
export const MAX_FIELDS = 30;
export const MAX_OPTIONS = 30;
export const TEXT_MAX = 200;
export const LONGTEXT_MAX = 4000;
