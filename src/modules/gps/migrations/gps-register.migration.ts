import { type CreateTableBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/** The columns every kept record of the register leads with, and its office. */
const kept = (db: Kysely<unknown>, table: string) =>
  db.schema
    .createTable(table)
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('office_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());

const keyed = <T extends string>(t: CreateTableBuilder<T, string>, table: string) =>
  t
    .addPrimaryKeyConstraint(`${table}_pk`, ['tenant_id', 'id'])
    .addForeignKeyConstraint(`${table}_office_fk`, ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id']);

export const gpsRegisterMigrations: MigrationSet = () => ({
  '2026120410_gps_register': {
    async up(db: Kysely<unknown>) {
      await keyed(
        kept(db, 'gps_customers')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('address', 'text', (c) => c.notNull())
          .addColumn('contact_name', 'text', (c) => c.notNull())
          .addColumn('phone', 'text', (c) => c.notNull())
          .addColumn('note', 'text', (c) => c.notNull())
          .addColumn('active', 'integer', (c) => c.notNull()),
        'gps_customers',
      ).execute();
      // the vehicle import finds a customer by name: one active customer of a name per office
      await db.schema
        .createIndex('gps_customers_name_active')
        .on('gps_customers')
        .columns(['tenant_id', 'office_id', 'name'])
        .unique()
        .where(sql<SqlBool>`active = 1`)
        .execute();

      await keyed(
        kept(db, 'gps_vehicles')
          .addColumn('customer_id', 'text', (c) => c.notNull())
          .addColumn('plate', 'text', (c) => c.notNull())
          .addColumn('model', 'text', (c) => c.notNull())
          .addColumn('driver_name', 'text', (c) => c.notNull())
          .addColumn('driver_phone', 'text', (c) => c.notNull())
          .addColumn('active', 'integer', (c) => c.notNull())
          .addForeignKeyConstraint('gps_vehicles_customer_fk', ['tenant_id', 'customer_id'], 'gps_customers', ['tenant_id', 'id']),
        'gps_vehicles',
      ).execute();
      await db.schema
        .createIndex('gps_vehicles_plate_active')
        .on('gps_vehicles')
        .columns(['tenant_id', 'plate'])
        .unique()
        .where(sql<SqlBool>`active = 1`)
        .execute();
      await db.schema.createIndex('gps_vehicles_customer').on('gps_vehicles').columns(['tenant_id', 'customer_id']).execute();

      await keyed(
        kept(db, 'gps_products')
          .addColumn('model_code', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('warranty_months', 'integer', (c) => c.notNull())
          .addColumn('active', 'integer', (c) => c.notNull()),
        'gps_products',
      ).execute();
      await db.schema.createIndex('gps_products_code').on('gps_products').columns(['tenant_id', 'model_code']).unique().execute();

      await keyed(
        kept(db, 'gps_terminals')
          .addColumn('serial', 'text', (c) => c.notNull())
          .addColumn('product_id', 'text', (c) => c.notNull())
          .addColumn('vehicle_id', 'text')
          .addColumn('sold_on', 'text')
          .addColumn('warranty_end', 'text')
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('note', 'text', (c) => c.notNull())
          .addForeignKeyConstraint('gps_terminals_product_fk', ['tenant_id', 'product_id'], 'gps_products', ['tenant_id', 'id'])
          .addForeignKeyConstraint('gps_terminals_vehicle_fk', ['tenant_id', 'vehicle_id'], 'gps_vehicles', ['tenant_id', 'id']),
        'gps_terminals',
      ).execute();
      await db.schema.createIndex('gps_terminals_serial').on('gps_terminals').columns(['tenant_id', 'serial']).unique().execute();
      await db.schema.createIndex('gps_terminals_vehicle').on('gps_terminals').columns(['tenant_id', 'vehicle_id']).execute();

      await keyed(
        kept(db, 'gps_sims')
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('carrier', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('terminal_id', 'text')
          .addColumn('note', 'text', (c) => c.notNull())
          .addForeignKeyConstraint('gps_sims_terminal_fk', ['tenant_id', 'terminal_id'], 'gps_terminals', ['tenant_id', 'id']),
        'gps_sims',
      ).execute();
      await db.schema.createIndex('gps_sims_number').on('gps_sims').columns(['tenant_id', 'number']).unique().execute();
      // one SIM card in a terminal
      await db.schema
        .createIndex('gps_sims_terminal')
        .on('gps_sims')
        .columns(['tenant_id', 'terminal_id'])
        .unique()
        .where(sql<SqlBool>`terminal_id is not null`)
        .execute();

      await db.schema
        .createTable('gps_device_events')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('device_kind', 'text', (c) => c.notNull())
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('vehicle_id', 'text')
        .addColumn('order_id', 'text')
        .addColumn('order_number', 'text')
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('by_name', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('gps_device_events_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('gps_device_events_vehicle_fk', ['tenant_id', 'vehicle_id'], 'gps_vehicles', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('gps_device_events_device')
        .on('gps_device_events')
        .columns(['tenant_id', 'device_kind', 'device_id', 'at'])
        .execute();
    },
  },
});
