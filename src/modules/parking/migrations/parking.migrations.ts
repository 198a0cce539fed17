import { type Kysely, type SqlBool, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

export const parkingMigrations: MigrationSet = () => ({
  '2026120380_parking_register': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('car_parks')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('car_parks_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('car_parks_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .addForeignKeyConstraint('car_parks_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .execute();
      // a gate system's export and the office name a car park by its code within the estate
      await db.schema.createIndex('car_parks_code').on('car_parks').columns(['tenant_id', 'estate_id', 'code']).unique().execute();

      await db.schema
        .createTable('parking_spaces')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('car_park_id', 'text', (c) => c.notNull())
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('ownership', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text')
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('parking_spaces_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_spaces_car_park_fk', ['tenant_id', 'car_park_id'], 'car_parks', ['tenant_id', 'id'])
        .addForeignKeyConstraint('parking_spaces_unit_fk', ['tenant_id', 'unit_id'], 'estate_units', ['tenant_id', 'id'])
        .execute();
      // a space keeps its painted number when deactivated, so the number stays taken (reactivate it instead)
      await db.schema
        .createIndex('parking_spaces_number')
        .on('parking_spaces')
        .columns(['tenant_id', 'car_park_id', 'number'])
        .unique()
        .execute();
      await db.schema.createIndex('parking_spaces_unit').on('parking_spaces').columns(['tenant_id', 'unit_id']).execute();

      await db.schema
        .createTable('vehicles')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('plate', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text')
        .addColumn('holder_resident_id', 'text')
        .addColumn('holder_name', 'text', (c) => c.notNull())
        .addColumn('holder_phone', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('vehicles_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('vehicles_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .addForeignKeyConstraint('vehicles_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .addForeignKeyConstraint('vehicles_unit_fk', ['tenant_id', 'unit_id'], 'estate_units', ['tenant_id', 'id'])
        .addForeignKeyConstraint('vehicles_holder_fk', ['tenant_id', 'holder_resident_id'], 'estate_residents', ['tenant_id', 'id'])
        .execute();
      // one active vehicle per plate in the tenant (the gate records of later items find the car by it);
      // a deactivated vehicle frees its plate, so the car can be registered again elsewhere
      await db.schema
        .createIndex('vehicles_plate_active')
        .on('vehicles')
        .columns(['tenant_id', 'plate'])
        .unique()
        .where(sql<SqlBool>`active = 1`)
        .execute();
      await db.schema.createIndex('vehicles_estate').on('vehicles').columns(['tenant_id', 'estate_id']).execute();
      await db.schema.createIndex('vehicles_unit').on('vehicles').columns(['tenant_id', 'unit_id']).execute();
    },
  },
});
