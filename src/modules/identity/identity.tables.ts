/**
 * One row per tenant, bumped by triggers in the same transaction as any change to what a caller's
 * identity resolves to (sessions, users, grants, roles, their permissions, API tokens, org nodes).
 * Every server process compares it with the version its cached actors were loaded at.
 */
export interface AuthzVersionTable {
  tenant_id: string;
  version: number;
}

// The module's tables join the platform's `Database` (declaration merging: the platform imports no module).
declare module '../../platform/db/schema.js' {
  interface Database {
    authz_versions: AuthzVersionTable;
  }
}
