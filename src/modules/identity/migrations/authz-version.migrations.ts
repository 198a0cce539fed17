import { type Kysely, sql } from 'kysely';
import type { Engine } from '../../../platform/db/dialect.js';
import type { MigrationSet } from '../../../platform/db/migrator.js';

type Event = 'insert' | 'update' | 'delete';

/**
 * The tables an actor is read from, and which of their writes can change the answer. Inserting a
 * session or an API token changes nothing cached: the cache is keyed by the secret's hash and never
 * remembers a miss. Sliding a session's idle expiry forward (`last_seen_at`, a later `expires_at`)
 * and stamping a token's `last_used_at` change nothing either, and they happen on ordinary requests,
 * so those updates leave the version alone; any other column change bumps it.
 */
function watched(engine: Engine): { table: string; events: Event[]; when?: string }[] {
  const differs = engine === 'postgres' ? 'is distinct from' : 'is not';
  const changed = (cols: string[]) => cols.map((c) => `new.${c} ${differs} old.${c}`).join(' or ');
  return [
    { table: 'users', events: ['insert', 'update', 'delete'] },
    { table: 'roles', events: ['insert', 'update', 'delete'] },
    { table: 'role_permissions', events: ['insert', 'update', 'delete'] },
    { table: 'grants', events: ['insert', 'update', 'delete'] },
    { table: 'org_nodes', events: ['insert', 'update', 'delete'] },
    { table: 'sessions', events: ['delete'] },
    {
      table: 'sessions',
      events: ['update'],
      when: `${changed(['tenant_id', 'token_hash', 'user_id', 'created_at', 'revoked_at'])} or new.expires_at < old.expires_at`,
    },
    { table: 'api_tokens', events: ['delete'] },
    {
      table: 'api_tokens',
      events: ['update'],
      when: changed(['tenant_id', 'id', 'user_id', 'token_hash', 'permissions', 'expires_at', 'revoked_at']),
    },
  ];
}

const row = (event: Event) => (event === 'delete' ? 'old' : 'new');

async function createSqliteTriggers(db: Kysely<unknown>): Promise<void> {
  for (const { table, events, when } of watched('sqlite')) {
    for (const event of events) {
      const name = `authz_bump_${table}_${event}`;
      await sql
        .raw(
          `create trigger ${name} after ${event} on ${table} for each row${when ? ` when ${when}` : ''} begin
             insert into authz_versions (tenant_id, version) values (${row(event)}.tenant_id, 1)
             on conflict (tenant_id) do update set version = version + 1;
           end`,
        )
        .execute(db);
    }
  }
}

async function createPostgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create function authz_bump() returns trigger language plpgsql as $$
       declare t text;
       begin
         if tg_op = 'DELETE' then t := old.tenant_id; else t := new.tenant_id; end if;
         insert into authz_versions (tenant_id, version) values (t, 1)
         on conflict (tenant_id) do update set version = authz_versions.version + 1;
         return null;
       end $$`,
    )
    .execute(db);
  for (const { table, events, when } of watched('postgres')) {
    for (const event of events) {
      const name = `authz_bump_${table}_${event}`;
      await sql
        .raw(`create trigger ${name} after ${event} on ${table} for each row${when ? ` when (${when})` : ''} execute function authz_bump()`)
        .execute(db);
    }
  }
}

export const authzVersionMigrations: MigrationSet = (engine) => ({
  '2026120591_identity_authz_version': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('authz_versions')
        .addColumn('tenant_id', 'text', (c) => c.notNull().primaryKey())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .execute();
      if (engine === 'postgres') await createPostgresTriggers(db);
      else await createSqliteTriggers(db);
    },
  },
});
