import type { Kysely } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import './identity.tables.js';

/**
 * The tenant's authorisation version (0 before its first change): the one statement a request on a
 * cached session runs to sign in. Read it BEFORE loading an actor, so what is loaded is never older
 * than the version it is cached under.
 */
export async function readAuthzVersion(db: Kysely<Database>, tenantId: string): Promise<number> {
  const [row] = (await versionOf(db, { tenantId })).rows;
  return row ? Number(row.version) : 0;
}

const versionOf = prepared((db, a: { tenantId: string }) =>
  db.selectFrom('authz_versions').select('version').where('tenant_id', '=', a.tenantId),
);
