import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

export const estatesMigrations: MigrationSet = () => ({
  '2026120360_estates_register': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('estates')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('estates_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('estates_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      // one estate of a name per office: the import and the pickers find it by name
      await db.schema.createIndex('estates_office_name').on('estates').columns(['tenant_id', 'office_id', 'name']).unique().execute();

      await db.schema
        .createTable('estate_buildings')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('estate_buildings_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('estate_buildings_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('estate_buildings_name')
        .on('estate_buildings')
        .columns(['tenant_id', 'estate_id', 'name'])
        .unique()
        .execute();

      await db.schema
        .createTable('estate_units')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('building_id', 'text', (c) => c.notNull())
        .addColumn('entrance', 'text', (c) => c.notNull())
        .addColumn('floor', 'integer', (c) => c.notNull())
        .addColumn('room', 'text', (c) => c.notNull())
        .addColumn('area_milli', 'bigint', (c) => c.notNull())
        .addColumn('use', 'text', (c) => c.notNull())
        .addColumn('occupancy', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('estate_units_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('estate_units_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .addForeignKeyConstraint('estate_units_building_fk', ['tenant_id', 'building_id'], 'estate_buildings', ['tenant_id', 'id'])
        .execute();
      // a room is there once per building and entrance (the import's duplicate check relies on it too)
      await db.schema
        .createIndex('estate_units_room')
        .on('estate_units')
        .columns(['tenant_id', 'building_id', 'entrance', 'room'])
        .unique()
        .execute();
      await db.schema.createIndex('estate_units_estate').on('estate_units').columns(['tenant_id', 'estate_id', 'building_id']).execute();

      await db.schema
        .createTable('estate_residents')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('estate_id', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('id_number_masked', 'text')
        .addColumn('id_number_hash', 'text')
        .addColumn('move_in_date', 'text')
        .addColumn('move_out_date', 'text')
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('estate_residents_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('estate_residents_unit_fk', ['tenant_id', 'unit_id'], 'estate_units', ['tenant_id', 'id'])
        .addForeignKeyConstraint('estate_residents_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('estate_residents_unit').on('estate_residents').columns(['tenant_id', 'unit_id']).execute();
      // the desk's search by phone, and a person found by the ID number they show
      await db.schema.createIndex('estate_residents_phone').on('estate_residents').columns(['tenant_id', 'phone']).execute();
      await db.schema.createIndex('estate_residents_id_hash').on('estate_residents').columns(['tenant_id', 'id_number_hash']).execute();
    },
  },
});
