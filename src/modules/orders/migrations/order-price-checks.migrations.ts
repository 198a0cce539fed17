import type { Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/**
 * The A2.4.2.1 monitor verifies each quote once, in the window after it (see order-price-check.service.ts):
 * how far it has verified, and the off-list orders it found before that mark.
 */
export const orderPriceCheckMigrations: MigrationSet = () => ({
  '2026112784_orders_price_checks': {
    async up(db: Kysely<unknown>) {
      // orders quoted in a window, per office
      await db.schema.createIndex('orders_office_quoted').on('orders').columns(['tenant_id', 'office_id', 'quoted_at']).execute();
      await db.schema
        .createTable('price_check_marks')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('checked_through', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('price_check_marks_pk', ['tenant_id'])
        .execute();
      await db.schema
        .createTable('price_check_findings')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('found_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('price_check_findings_pk', ['tenant_id', 'order_id'])
        .execute();
      await db.schema.createIndex('price_check_findings_office').on('price_check_findings').columns(['tenant_id', 'office_id']).execute();
    },
  },
});
