import type { CreateTableBuilder, Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';
import { agreementsUnit } from './agreements-unit.migration.js';

export const agreementsMigrations: MigrationSet = (engine) => ({
  '2026112822_agreements_init': {
    async up(db: Kysely<unknown>) {
      let t = db.schema.createTable('agreements') as CreateTableBuilder<'agreements', string>;
      const text = [
        'tenant_id',
        'id',
        'number',
        'office_id',
        'state',
        'owner_name',
        'owner_phone',
        'address',
        'weekdays',
        'month_days',
        'window_start',
        'window_end',
        'start_date',
        'end_date',
        'payment_terms',
        'created_at',
        'updated_at',
      ];
      const nullableText = [
        'notes',
        'price_approved_at',
        'price_approved_by',
        'owner_signer_name',
        'owner_signature_blob_id',
        'office_signer_name',
        'office_signature_blob_id',
        'signed_at',
        'activated_at',
        'ended_at',
        'terminated_at',
        'close_reason',
        'created_by',
      ];
      for (const c of text) t = t.addColumn(c, 'text', (col) => col.notNull());
      for (const c of nullableText) t = t.addColumn(c, 'text');
      await t
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('staff_count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('agreements_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('agreements_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('agreements_number').on('agreements').columns(['tenant_id', 'number']).unique().execute();
      await db.schema.createIndex('agreements_office_state').on('agreements').columns(['tenant_id', 'office_id', 'state']).execute();
      // the daily planner walks the active agreements of a tenant
      await db.schema.createIndex('agreements_state').on('agreements').columns(['tenant_id', 'state']).execute();

      await db.schema
        .createTable('agreement_items')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('agreement_id', 'text', (c) => c.notNull())
        .addColumn('line_no', 'integer', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('item_name', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
        .addColumn('unit_price_fen', 'bigint', (c) => c.notNull())
        .addColumn('list_price_fen', 'bigint')
        .addPrimaryKeyConstraint('agreement_items_pk', ['tenant_id', 'agreement_id', 'line_no'])
        .addForeignKeyConstraint('agreement_items_agreement_fk', ['tenant_id', 'agreement_id'], 'agreements', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('agreement_visits')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('agreement_id', 'text', (c) => c.notNull())
        .addColumn('planned_date', 'text', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('window_end', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text')
        .addColumn('order_number', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('moved_from', 'text')
        .addColumn('moved_to', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('agreement_visits_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('agreement_visits_agreement_fk', ['tenant_id', 'agreement_id'], 'agreements', ['tenant_id', 'id'])
        .addForeignKeyConstraint('agreement_visits_order_fk', ['tenant_id', 'order_id'], 'orders', ['tenant_id', 'id'])
        .execute();
      // one visit per occurrence: the planner can run any number of times (and twice at once) without doubling
      await db.schema
        .createIndex('agreement_visits_occurrence')
        .on('agreement_visits')
        .columns(['tenant_id', 'agreement_id', 'planned_date'])
        .unique()
        .execute();
      await db.schema.createIndex('agreement_visits_order').on('agreement_visits').columns(['tenant_id', 'order_id']).execute();
    },
  },
  // A7.4.9 monitor: visits whose day has passed, by state (missed, planned, moved) and window
  '2026120150_agreements_visit_monitor': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('agreement_visits_state_window')
        .on('agreement_visits')
        .columns(['tenant_id', 'state', 'window_start'])
        .execute();
    },
  },
  ...agreementsUnit(engine),
});
