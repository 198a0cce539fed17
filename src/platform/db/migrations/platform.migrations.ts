import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../migrator.js';

/** Tables every module shares: tenants, the audit chain, human-number counters. */
export const platformMigrations: MigrationSet = (engine) => ({
  '2026112701_platform_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('tenants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit_heads')
        .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit_events')
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('before_json', 'text')
        .addColumn('after_json', 'text')
        .addColumn('request_id', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('audit_events_pk', ['tenant_id', 'seq'])
        .execute();
      await db.schema.createIndex('audit_events_entity').on('audit_events').columns(['tenant_id', 'entity', 'entity_id', 'seq']).execute();

      await db.schema
        .createTable('counters')
        .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('value', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('counters_pk', ['tenant_id', 'name'])
        .execute();
    },
  },
  '2026112708_platform_idempotency': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('body_json', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['tenant_id', 'key'])
        .execute();
    },
  },
  // Keys become the caller's own per route, and keep a hash of the request and the id of the record
  // written instead of a copy of the answer (which held owners' names, phones and addresses). Keys
  // taken before cannot be given a caller: they are dropped. A retry of such a request meets the
  // record's own guard (the order's version, a payment already remitted), never a second write.
  '2026120110_platform_idempotency_caller': {
    async up(db: Kysely<unknown>) {
      await db.schema.dropTable('idempotency_keys').execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('caller', 'text', (c) => c.notNull())
        .addColumn('route', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['tenant_id', 'caller', 'route', 'key'])
        .execute();
    },
  },
  // A demo server's clock can be moved; events keep the wall time beside it. Older events stay null
  // and keep the hash they were written with.
  '2026120140_platform_audit_real_time': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('audit_events').addColumn('recorded_at', 'text').execute();
      await db.schema.alterTable('audit_events').addColumn('clock_moved', 'integer').execute();
    },
  },
  // The head's hash follows the event just appended, in the database: an audited write costs two statements (take
  // the next seq, insert the event) instead of three. The head's seq is still taken first, which serialises a
  // tenant's events as before.
  '2026120590_platform_audit_head_trigger': {
    async up(db: Kysely<unknown>) {
      if (engine === 'postgres') {
        await sql`create function audit_head_follows() returns trigger language plpgsql as $$
          begin
            update audit_heads set hash = new.hash where tenant_id = new.tenant_id;
            return null;
          end $$`.execute(db);
        await sql`create trigger audit_head_follows after insert on audit_events
          for each row execute function audit_head_follows()`.execute(db);
      } else {
        await sql`create trigger audit_head_follows after insert on audit_events for each row
          begin
            update audit_heads set hash = new.hash where tenant_id = new.tenant_id;
          end`.execute(db);
      }
    },
  },
});
