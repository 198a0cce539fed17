import type { Generated } from 'kysely';
import type { JobRunTable, JobTable } from '../jobs/job.tables.js';

/**
 * Table types of the whole database. Every business table leads with `tenant_id`.
 * Instants are ISO-8601 UTC text; flags are 0/1 integers; JSON is text — the same on both engines.
 */
export interface TenantTable {
  id: string;
  code: string;
  name: string;
  time_zone: string;
  created_at: string;
}

export type OrgKind = 'hq' | 'company' | 'centre' | 'office' | 'station' | 'department';

export interface OrgNodeTable {
  tenant_id: string;
  id: string;
  parent_id: string | null;
  kind: OrgKind;
  name: string;
  code: string | null;
  /** Materialised path of ids, `/root/child/…/self/`: a subtree is one prefix match. */
  path: string;
  depth: number;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  tenant_id: string;
  id: string;
  username: string;
  display_name: string;
  phone: string | null;
  /** 执业证号: a physician's licence number, printed on the orders they write (A5.2). */
  licence_no: string | null;
  org_id: string;
  password_hash: string;
  must_change_password: number;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RoleTable {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  builtin: number;
  created_at: string;
  updated_at: string;
}

export interface RolePermissionTable {
  tenant_id: string;
  role_id: string;
  permission: string;
}

export interface GrantTable {
  tenant_id: string;
  id: string;
  user_id: string;
  role_id: string;
  org_id: string;
  created_at: string;
  revoked_at: string | null;
}

export interface SessionTable {
  tenant_id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface ApiTokenTable {
  tenant_id: string;
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  permissions: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditEventTable {
  tenant_id: string;
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  /** Wall time of the write; null on events from before 2026120140. */
  recorded_at: string | null;
  /** 1 when written under a moved (demo) clock; null on events from before 2026120140. */
  clock_moved: number | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  tenant_id: string;
  seq: number;
  hash: string;
}

export interface CounterTable {
  tenant_id: string;
  name: string;
  value: number;
}

export interface RegulationParamTable {
  tenant_id: string;
  org_id: string;
  key: string;
  /** JSON text of the value; null means "inherit again" (an override that was reset). */
  value_json: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface IdempotencyKeyTable {
  tenant_id: string;
  /** Whose key it is: `user:<id>`, `token:<id>` (an API token's keys are its own) or `system`. */
  caller: string;
  /** Which write it was sent to (`order.pay`); the same key on another route is another key. */
  route: string;
  key: string;
  /** sha256 of the canonical JSON of the request (path parameters and body); a reuse must match it. */
  request_hash: string;
  /** The record the write made or changed; null only inside the transaction that claims the key. */
  record_id: string | null;
  created_at: string;
}

/** The whole database; each module's tables are declared in its own `*.tables.ts`. */
export interface Database {
  tenants: TenantTable;
  org_nodes: OrgNodeTable;
  users: UserTable;
  roles: RoleTable;
  role_permissions: RolePermissionTable;
  grants: GrantTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_events: AuditEventTable;
  audit_heads: AuditHeadTable;
  counters: CounterTable;
  regulation_params: RegulationParamTable;
  idempotency_keys: IdempotencyKeyTable;
  jobs: JobTable;
  job_runs: JobRunTable;
}

export type { Generated };
