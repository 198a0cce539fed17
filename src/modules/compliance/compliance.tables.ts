/** A message in a user's notification area: a new breach of a clause, with a link to the record. */
export interface NotificationTable {
  tenant_id: string;
  id: string;
  user_id: string;
  monitor_id: string;
  clause_id: string;
  entity_type: string;
  entity_id: string;
  entity_label: string;
  /** i18n key of the web's `compliance` namespace and its values (JSON). */
  text_key: string;
  text_values_json: string;
  link: string;
  created_at: string;
  read_at: string | null;
}

/** A breach the scan has seen, so it notifies once; `cleared_at` is set when it disappears (it notifies again if it comes back). */
export interface SeenBreachTable {
  tenant_id: string;
  monitor_id: string;
  entity_id: string;
  office_id: string;
  first_seen_at: string;
  last_seen_at: string;
  cleared_at: string | null;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    notifications: NotificationTable;
    seen_breaches: SeenBreachTable;
  }
}
