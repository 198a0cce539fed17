import { type CreateTableBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';
import { parkingStaysLatest } from './parking-stays-latest.migration.js';

type Table = CreateTableBuilder<string, string>;

/** The columns every step of an approval records (who, their name then, when), as the property-fee standards do. */
const steps = (t: Table) =>
  ['submitted', 'reviewed', 'approved', 'returned'].reduce(
    (b, s) => b.addColumn(`${s}_by`, 'text').addColumn(`${s}_by_name`, 'text').addColumn(`${s}_at`, 'text'),
    t,
  );

/** Parking standards, monthly passes, gate records and collections (A2.4.1.2, items 2–5 of the issue). */
export const parkingFeesMigrations: MigrationSet = () => ({
  '2026120381_parking_fees': {
    async up(db: Kysely<unknown>) {
      await steps(
        db.schema
          .createTable('parking_standards')
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('office_id', 'text', (c) => c.notNull())
          .addColumn('estate_id', 'text', (c) => c.notNull())
          .addColumn('car_park_id', 'text', (c) => c.notNull())
          .addColumn('effective_month', 'text', (c) => c.notNull())
          .addColumn('free_minutes', 'integer', (c) => c.notNull())
          .addColumn('unit_minutes', 'integer', (c) => c.notNull())
          .addColumn('unit_fen', 'bigint', (c) => c.notNull())
          .addColumn('night_from', 'text')
          .addColumn('night_to', 'text')
          .addColumn('night_unit_fen', 'bigint')
          .addColumn('daily_cap_fen', 'bigint')
          .addColumn('stay_cap_fen', 'bigint')
          .addColumn('note', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull()),
      )
        .addColumn('return_reason', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('parking_standards_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_standards_car_park_fk', ['tenant_id', 'car_park_id'], 'car_parks', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('parking_standards_car_park')
        .on('parking_standards')
        .columns(['tenant_id', 'car_park_id', 'state', 'effective_month'])
        .execute();
      await db.schema
        .createIndex('parking_standards_office')
        .on('parking_standards')
        .columns(['tenant_id', 'office_id', 'state'])
        .execute();

      await db.schema
        .createTable('parking_pass_prices')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('standard_id', 'text', (c) => c.notNull())
        .addColumn('ownership', 'text', (c) => c.notNull())
        .addColumn('monthly_fen', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('parking_pass_prices_pk', ['tenant_id', 'standard_id', 'ownership'])
        .addForeignKeyConstraint('parking_pass_prices_standard_fk', ['tenant_id', 'standard_id'], 'parking_standards', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('parking_passes')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('car_park_id', 'text', (c) => c.notNull())
        .addColumn('vehicle_id', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('space_id', 'text')
        .addColumn('zone', 'text', (c) => c.notNull())
        .addColumn('ownership', 'text', (c) => c.notNull())
        .addColumn('from_month', 'text', (c) => c.notNull())
        .addColumn('to_month', 'text', (c) => c.notNull())
        .addColumn('monthly_fen', 'bigint', (c) => c.notNull())
        .addColumn('standard_id', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('cancelled_at', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('parking_passes_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_passes_car_park_fk', ['tenant_id', 'car_park_id'], 'car_parks', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_passes_vehicle_fk', ['tenant_id', 'vehicle_id'], 'vehicles', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_passes_unit_fk', ['tenant_id', 'unit_id'], 'estate_units', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_passes_space_fk', ['tenant_id', 'space_id'], 'parking_spaces', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_passes_standard_fk', ['tenant_id', 'standard_id'], 'parking_standards', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('parking_passes_vehicle').on('parking_passes').columns(['tenant_id', 'vehicle_id', 'state']).execute();
      await db.schema.createIndex('parking_passes_car_park').on('parking_passes').columns(['tenant_id', 'car_park_id', 'state']).execute();

      await db.schema
        .createTable('parking_pass_months')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('pass_id', 'text', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('bill_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('parking_pass_months_pk', ['tenant_id', 'pass_id', 'period'])
        .addForeignKeyConstraint('parking_pass_months_pass_fk', ['tenant_id', 'pass_id'], 'parking_passes', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_pass_months_bill_fk', ['tenant_id', 'bill_id'], 'fee_bills', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('parking_pass_months_bill').on('parking_pass_months').columns(['tenant_id', 'bill_id']).execute();

      await db.schema
        .createTable('parking_gate_mappings')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('car_park_id', 'text', (c) => c.notNull())
        .addColumn('plate_column', 'text', (c) => c.notNull())
        .addColumn('entered_column', 'text', (c) => c.notNull())
        .addColumn('exited_column', 'text', (c) => c.notNull())
        .addColumn('record_column', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('parking_gate_mappings_pk', ['tenant_id', 'car_park_id'])
        .addForeignKeyConstraint('parking_gate_mappings_car_park_fk', ['tenant_id', 'car_park_id'], 'car_parks', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('parking_gate_imports')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('car_park_id', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('file_sha256', 'text', (c) => c.notNull())
        .addColumn('rows', 'integer', (c) => c.notNull())
        .addColumn('added', 'integer', (c) => c.notNull())
        .addColumn('completed', 'integer', (c) => c.notNull())
        .addColumn('unchanged', 'integer', (c) => c.notNull())
        .addColumn('unmatched', 'integer', (c) => c.notNull())
        .addColumn('imported_by', 'text', (c) => c.notNull())
        .addColumn('imported_by_name', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('parking_gate_imports_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_gate_imports_car_park_fk', ['tenant_id', 'car_park_id'], 'car_parks', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('parking_gate_imports_car_park')
        .on('parking_gate_imports')
        .columns(['tenant_id', 'car_park_id', 'imported_at'])
        .execute();

      await db.schema
        .createTable('parking_stays')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('car_park_id', 'text', (c) => c.notNull())
        .addColumn('plate', 'text', (c) => c.notNull())
        .addColumn('entered_at', 'text')
        .addColumn('exited_at', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('record_key', 'text', (c) => c.notNull())
        .addColumn('import_id', 'text')
        .addColumn('vehicle_id', 'text')
        .addColumn('pass_id', 'text')
        .addColumn('standard_id', 'text')
        .addColumn('charge_fen', 'bigint')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('collection_id', 'text')
        .addColumn('waive_reason', 'text')
        .addColumn('waived_by', 'text')
        .addColumn('waived_by_name', 'text')
        .addColumn('waived_at', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_by_name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('parking_stays_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_stays_car_park_fk', ['tenant_id', 'car_park_id'], 'car_parks', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_stays_standard_fk', ['tenant_id', 'standard_id'], 'parking_standards', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_stays_pass_fk', ['tenant_id', 'pass_id'], 'parking_passes', ['tenant_id', 'id'])
        .execute();
      // a re-import of the same export changes nothing: its rows are known by their key within the car park
      await db.schema
        .createIndex('parking_stays_record_key')
        .on('parking_stays')
        .columns(['tenant_id', 'car_park_id', 'record_key'])
        .unique()
        .execute();
      await db.schema
        .createIndex('parking_stays_entered')
        .on('parking_stays')
        .columns(['tenant_id', 'car_park_id', 'entered_at'])
        .execute();
      await db.schema.createIndex('parking_stays_exited').on('parking_stays').columns(['tenant_id', 'car_park_id', 'exited_at']).execute();
      // the guard's gate view finds the car inside by its plate
      await db.schema
        .createIndex('parking_stays_parked')
        .on('parking_stays')
        .columns(['tenant_id', 'car_park_id', 'plate'])
        .where(sql<SqlBool>`state = 'parked'`)
        .execute();
      await db.schema.createIndex('parking_stays_office_state').on('parking_stays').columns(['tenant_id', 'office_id', 'state']).execute();

      await db.schema
        .createTable('parking_collections')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('car_park_id', 'text', (c) => c.notNull())
        .addColumn('stay_id', 'text', (c) => c.notNull())
        .addColumn('payer', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('receipt_id', 'text')
        .addColumn('collector_id', 'text', (c) => c.notNull())
        .addColumn('collector_name', 'text', (c) => c.notNull())
        .addColumn('collected_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('parking_collections_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_collections_stay_fk', ['tenant_id', 'stay_id'], 'parking_stays', ['tenant_id', 'id'])
        .execute();
      // one collection per stay, whoever presses the button first
      await db.schema
        .createIndex('parking_collections_stay')
        .on('parking_collections')
        .columns(['tenant_id', 'stay_id'])
        .unique()
        .execute();
      await db.schema
        .createIndex('parking_collections_office_at')
        .on('parking_collections')
        .columns(['tenant_id', 'office_id', 'collected_at'])
        .execute();
    },
  },
  ...parkingStaysLatest,
});
