import { type Kysely, type SqlBool, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';
import { cleaningInspectionsPeriodEnd } from './cleaning-inspections-period-end.migration.js';
import { cleaningRecheckValue } from './cleaning-recheck-value.migration.js';

export const cleaningMigrations: MigrationSet = () => ({
  '2026120440_cleaning_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cleaning_standards')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text')
        .addColumn('check_key', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('area', 'text', (c) => c.notNull())
        .addColumn('object', 'text', (c) => c.notNull())
        .addColumn('criterion', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('threshold_max', 'integer')
        .addColumn('threshold_unit', 'text')
        .addColumn('sort', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('retired_at', 'text')
        .addColumn('retired_by', 'text')
        .addColumn('note', 'text')
        .addPrimaryKeyConstraint('cleaning_standards_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('cleaning_standards_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .execute();
      // one version of a check per library (the group's: estate_id null), and one live version of it
      await db.schema
        .createIndex('cleaning_standards_version')
        .on('cleaning_standards')
        .columns(['tenant_id', 'estate_id', 'check_key', 'version'])
        .unique()
        .execute();
      await db.schema
        .createIndex('cleaning_standards_live')
        .on('cleaning_standards')
        .columns(['tenant_id', 'estate_id', 'check_key'])
        .unique()
        .where(sql<SqlBool>`retired_at is null`)
        .execute();
      // the group's library (estate_id null, which a unique index counts as distinct): one live version per check
      await db.schema
        .createIndex('cleaning_standards_group_live')
        .on('cleaning_standards')
        .columns(['tenant_id', 'check_key'])
        .unique()
        .where(sql<SqlBool>`estate_id is null and retired_at is null`)
        .execute();

      await db.schema
        .createTable('cleaning_plans')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('frequency', 'text', (c) => c.notNull())
        .addColumn('inspector_id', 'text', (c) => c.notNull())
        .addColumn('cleaner_id', 'text', (c) => c.notNull())
        .addColumn('areas', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('cleaning_plans_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('cleaning_plans_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .addForeignKeyConstraint('cleaning_plans_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('cleaning_plans_estate').on('cleaning_plans').columns(['tenant_id', 'estate_id', 'active']).execute();

      await db.schema
        .createTable('cleaning_inspections')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('plan_id', 'text')
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('area', 'text', (c) => c.notNull())
        .addColumn('period_start', 'text', (c) => c.notNull())
        .addColumn('period_end', 'text', (c) => c.notNull())
        .addColumn('inspector_id', 'text', (c) => c.notNull())
        .addColumn('cleaner_id', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('done_at', 'text')
        .addColumn('done_date', 'text')
        .addColumn('done_by', 'text')
        .addColumn('passed_count', 'integer', (c) => c.notNull())
        .addColumn('failed_count', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('cleaning_inspections_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('cleaning_inspections_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .addForeignKeyConstraint('cleaning_inspections_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      // a plan's area is planned once per period, whoever plans it (the job or the plan's creation)
      await db.schema
        .createIndex('cleaning_inspections_period')
        .on('cleaning_inspections')
        .columns(['tenant_id', 'plan_id', 'area', 'period_start'])
        .unique()
        .where(sql<SqlBool>`plan_id is not null`)
        .execute();
      await db.schema
        .createIndex('cleaning_inspections_inspector')
        .on('cleaning_inspections')
        .columns(['tenant_id', 'inspector_id', 'state', 'period_end'])
        .execute();
      await db.schema
        .createIndex('cleaning_inspections_office')
        .on('cleaning_inspections')
        .columns(['tenant_id', 'office_id', 'state', 'period_end'])
        .execute();
      await db.schema
        .createIndex('cleaning_inspections_area')
        .on('cleaning_inspections')
        .columns(['tenant_id', 'estate_id', 'area', 'done_date'])
        .execute();

      await db.schema
        .createTable('cleaning_results')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('inspection_id', 'text', (c) => c.notNull())
        .addColumn('standard_id', 'text', (c) => c.notNull())
        .addColumn('passed', 'integer', (c) => c.notNull())
        .addColumn('value', 'integer')
        .addColumn('note', 'text')
        .addColumn('photos', 'text', (c) => c.notNull())
        .addColumn('sort', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('cleaning_results_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('cleaning_results_inspection_fk', ['tenant_id', 'inspection_id'], 'cleaning_inspections', [
          'tenant_id',
          'id',
        ])
        .addForeignKeyConstraint('cleaning_results_standard_fk', ['tenant_id', 'standard_id'], 'cleaning_standards', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('cleaning_results_inspection')
        .on('cleaning_results')
        .columns(['tenant_id', 'inspection_id', 'standard_id'])
        .unique()
        .execute();

      await db.schema
        .createTable('cleaning_rectifications')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('inspection_id', 'text', (c) => c.notNull())
        .addColumn('result_id', 'text', (c) => c.notNull())
        .addColumn('standard_id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('area', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('cleaner_id', 'text', (c) => c.notNull())
        .addColumn('inspector_id', 'text', (c) => c.notNull())
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('done_at', 'text')
        .addColumn('done_note', 'text')
        .addColumn('done_photo', 'text')
        .addColumn('rechecked_at', 'text')
        .addColumn('rechecked_by', 'text')
        .addColumn('recheck_note', 'text')
        .addColumn('recheck_photo', 'text')
        .addColumn('previous_id', 'text')
        .addColumn('next_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('cleaning_rectifications_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('cleaning_rectifications_result_fk', ['tenant_id', 'result_id'], 'cleaning_results', ['tenant_id', 'id'])
        .addForeignKeyConstraint('cleaning_rectifications_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      // one round per number of a result's rectification
      await db.schema
        .createIndex('cleaning_rectifications_round')
        .on('cleaning_rectifications')
        .columns(['tenant_id', 'result_id', 'round'])
        .unique()
        .execute();
      await db.schema
        .createIndex('cleaning_rectifications_cleaner')
        .on('cleaning_rectifications')
        .columns(['tenant_id', 'cleaner_id', 'state', 'due_at'])
        .execute();
      await db.schema
        .createIndex('cleaning_rectifications_office')
        .on('cleaning_rectifications')
        .columns(['tenant_id', 'office_id', 'state', 'due_at'])
        .execute();
    },
  },
  ...cleaningInspectionsPeriodEnd,
  ...cleaningRecheckValue,
});
