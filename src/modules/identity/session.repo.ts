import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

export async function insertSession(db: Db, s: { tenantId: string; tokenHash: string; userId: string; at: string; expiresAt: string }) {
  await db
    .insertInto('sessions')
    .values({
      tenant_id: s.tenantId,
      token_hash: s.tokenHash,
      user_id: s.userId,
      created_at: s.at,
      last_seen_at: s.at,
      expires_at: s.expiresAt,
      revoked_at: null,
    })
    .execute();
}

/** A session with the name and state of its user, in one read (it runs on every request). */
export async function findSession(db: Db, tenantId: string, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.user_id'))
    .selectAll('s')
    .select(['u.username', 'u.display_name', 'u.active', 'u.must_change_password'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Db, tenantId: string, tokenHash: string, at: string, expiresAt: string) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at, expires_at: expiresAt })
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function revokeSession(db: Db, tenantId: string, tokenHash: string, at: string) {
  await db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every session of a user but `keep` (after a password change or an admin reset). */
export async function revokeUserSessions(db: Db, tenantId: string, userId: string, at: string, keep?: string) {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keep) q = q.where('token_hash', '!=', keep);
  await q.execute();
}

export async function insertToken(
  db: Db,
  t: {
    tenantId: string;
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    permissions: string[];
    at: string;
    expiresAt: string | null;
  },
) {
  await db
    .insertInto('api_tokens')
    .values({
      tenant_id: t.tenantId,
      id: t.id,
      user_id: t.userId,
      name: t.name,
      token_hash: t.tokenHash,
      permissions: JSON.stringify(t.permissions),
      created_at: t.at,
      expires_at: t.expiresAt,
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
}

export async function findTokenByHash(db: Db, tenantId: string, tokenHash: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 't.tenant_id').onRef('u.id', '=', 't.user_id'))
    .selectAll('t')
    .select(['u.username', 'u.display_name', 'u.active', 'u.must_change_password'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findToken(db: Db, tenantId: string, id: string) {
  return db.selectFrom('api_tokens').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function listTokens(db: Db, tenantId: string, userId: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function markTokenUsed(db: Db, tenantId: string, id: string, at: string) {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function revokeToken(db: Db, tenantId: string, id: string, at: string) {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function findTenant(db: Db, by: { id: string } | { code: string }) {
  let q = db.selectFrom('tenants').selectAll();
  q = 'id' in by ? q.where('id', '=', by.id) : q.where('code', '=', by.code);
  return q.executeTakeFirst();
}

export async function listTenantIds(db: Db, limit: number) {
  return db.selectFrom('tenants').select(['id', 'code']).orderBy('code').limit(limit).execute();
}

/** Demo mode: moves every live session of the tenant by `deltaMs`, as the demo clock moved. */
export async function shiftLiveSessions(db: Db, tenantId: string, deltaMs: number) {
  const live = await db
    .selectFrom('sessions')
    .select(['token_hash', 'created_at', 'last_seen_at', 'expires_at'])
    .where('tenant_id', '=', tenantId)
    .where('revoked_at', 'is', null)
    .execute();
  const move = (iso: string) => new Date(new Date(iso).getTime() + deltaMs).toISOString();
  for (const s of live) {
    await db
      .updateTable('sessions')
      .set({ created_at: move(s.created_at), last_seen_at: move(s.last_seen_at), expires_at: move(s.expires_at) })
      .where('tenant_id', '=', tenantId)
      .where('token_hash', '=', s.token_hash)
      .execute();
  }
}
