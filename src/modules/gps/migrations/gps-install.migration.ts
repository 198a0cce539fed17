import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/** A4.4.1: installation requests (安装需求单) with their vehicles, each dispatched on a visit and fitted on it. */
export const gpsInstallMigrations: MigrationSet = () => ({
  '2026120421_gps_install_requests': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('gps_install_requests')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('customer_id', 'text', (c) => c.notNull())
        .addColumn('contact_name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('requirements', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('gps_install_requests_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('gps_install_requests_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .addForeignKeyConstraint('gps_install_requests_customer_fk', ['tenant_id', 'customer_id'], 'gps_customers', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('gps_install_requests_number')
        .on('gps_install_requests')
        .columns(['tenant_id', 'number'])
        .unique()
        .execute();
      await db.schema
        .createTable('gps_install_vehicles')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('request_id', 'text', (c) => c.notNull())
        .addColumn('vehicle_id', 'text', (c) => c.notNull())
        .addColumn('line_no', 'integer', (c) => c.notNull())
        .addColumn('order_id', 'text')
        .addColumn('terminal_serial', 'text')
        .addColumn('sim_number', 'text')
        .addColumn('fitted_at', 'text')
        .addColumn('fitted_by_name', 'text')
        .addPrimaryKeyConstraint('gps_install_vehicles_pk', ['tenant_id', 'request_id', 'vehicle_id'])
        .addForeignKeyConstraint('gps_install_vehicles_request_fk', ['tenant_id', 'request_id'], 'gps_install_requests', [
          'tenant_id',
          'id',
        ])
        .addForeignKeyConstraint('gps_install_vehicles_vehicle_fk', ['tenant_id', 'vehicle_id'], 'gps_vehicles', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('gps_install_vehicles_order').on('gps_install_vehicles').columns(['tenant_id', 'order_id']).execute();
    },
  },
});
