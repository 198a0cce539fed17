import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../db/migrator.js';

export const jobsMigrations: MigrationSet = () => ({
  '2026112750_platform_jobs': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('jobs')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('payload_json', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('recurring_cron', 'text')
        .addColumn('skipped_occurrences', 'integer', (c) => c.notNull())
        .addColumn('last_run_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('last_worker', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('jobs_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('jobs_tenant_fk', ['tenant_id'], 'tenants', ['id'])
        .execute();
      await db.schema.createIndex('jobs_key').on('jobs').columns(['tenant_id', 'key']).unique().execute();
      // the workers' scan crosses tenants: due pending jobs, oldest first
      await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'due_at']).execute();
      await db.schema.createIndex('jobs_kind').on('jobs').columns(['tenant_id', 'kind', 'state']).execute();

      await db.schema
        .createTable('job_runs')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('job_id', 'text', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('worker_id', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('summary', 'text')
        .addColumn('error_message', 'text')
        .addColumn('error_stack', 'text')
        .addPrimaryKeyConstraint('job_runs_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('job_runs_job_fk', ['tenant_id', 'job_id'], 'jobs', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('job_runs_job').on('job_runs').columns(['tenant_id', 'job_id', 'started_at']).execute();
    },
  },
});
