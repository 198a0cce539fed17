/** A ledger kind (台帐种类, A1.4): tenant-wide at the root (the built-in ones) or a station's own. */
export interface LedgerKindTable {
  tenant_id: string;
  id: string;
  /** The node the kind belongs to: the root for the built-in kinds, a station for its own. */
  org_id: string;
  /** Stable code, unique among the kinds a station can use (`mediation`). */
  code: string;
  name: string;
  /** A built-in kind of the regulation (seeded), not a station's own. */
  builtin: number;
  /** The fields of the current version, as JSON (`LedgerField[]`). */
  fields: string;
  sort_order: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
  /** The kind's version: each change of name or fields is a new one, kept in `ledger_kind_versions`. */
  version: number;
}

/** Every version of a kind's fields: the entries written with it keep showing them. */
export interface LedgerKindVersionTable {
  tenant_id: string;
  kind_id: string;
  version: number;
  name: string;
  fields: string;
  created_at: string;
  created_by: string | null;
}

/** One entry of a ledger: who wrote it and when (有据可查); never deleted, only voided with a reason. */
export interface LedgerEntryTable {
  tenant_id: string;
  id: string;
  kind_id: string;
  /** The kind's version the entry was written with (its fields). */
  kind_version: number;
  /** The station whose ledger it is. */
  org_id: string;
  /** The day the recorded work took place. */
  occurred_on: string;
  /** The values by field key, as JSON. */
  field_values: string;
  /** The searchable values in lower case, for the list's text search. */
  search_text: string;
  written_by: string;
  written_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
  version: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    ledger_kinds: LedgerKindTable;
    ledger_kind_versions: LedgerKindVersionTable;
    ledger_entries: LedgerEntryTable;
  }
}
