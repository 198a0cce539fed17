import type { CreateTableBuilder, Kysely } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';
import { ordersAgreementLink } from './orders-agreement.migration.js';
import { ordersAgreementChannel } from './orders-agreement-channel.migration.js';
import { ordersBilling } from './orders-billing.migration.js';
import { ordersDetails } from './orders-details.migration.js';
import { ordersOfficeStateIndex } from './orders-office-state.migration.js';
import { ordersRequested } from './orders-requested.migration.js';
import { ordersStaffShortReason } from './orders-staff-short.migration.js';
import { ordersUnit } from './orders-unit.migration.js';
import { ordersVerbalApprovals } from './orders-verbal-approvals.migration.js';

export const ordersMigrations: MigrationSet = (engine) => ({
  '2026112706_orders_init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('blobs')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('blobs_pk', ['tenant_id', 'id'])
        .execute();

      // columns added in loops: the builder's column-name type is widened to string
      let orders = db.schema.createTable('orders') as CreateTableBuilder<'orders', string>;
      const text = ['number', 'type', 'office_id', 'state', 'channel', 'customer_name', 'requested_at', 'created_at', 'updated_at'];
      const nullableText = [
        'customer_phone',
        'address',
        'description',
        'appointment_start',
        'appointment_end',
        'price_list_id',
        'price_accepted_at',
        'approved_at',
        'approved_by',
        'quoted_at',
        'confirmed_at',
        'assigned_at',
        'departed_at',
        'arrived_at',
        'started_at',
        'completed_at',
        'accepted_at',
        'paid_at',
        'closed_at',
        'cancelled_at',
        'cancel_reason',
        'created_by',
      ];
      orders = orders.addColumn('tenant_id', 'text', (c) => c.notNull()).addColumn('id', 'text', (c) => c.notNull());
      for (const c of text) orders = orders.addColumn(c, 'text', (col) => col.notNull());
      for (const c of nullableText) orders = orders.addColumn(c, 'text');
      await orders
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('staff_count', 'integer')
        .addColumn('service_fee_fen', 'bigint', (c) => c.notNull())
        .addColumn('material_fee_fen', 'bigint', (c) => c.notNull())
        .addColumn('total_fen', 'bigint', (c) => c.notNull())
        .addColumn('round', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('orders_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('orders_office_fk', ['tenant_id', 'office_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('orders_number').on('orders').columns(['tenant_id', 'number']).unique().execute();
      await db.schema.createIndex('orders_office_state').on('orders').columns(['tenant_id', 'office_id', 'state']).execute();
      await db.schema.createIndex('orders_office_requested').on('orders').columns(['tenant_id', 'office_id', 'requested_at']).execute();

      await db.schema
        .createTable('order_lines')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('line_no', 'integer', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('item_name', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('unit_price_fen', 'bigint')
        .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint')
        .addPrimaryKeyConstraint('order_lines_pk', ['tenant_id', 'order_id', 'line_no'])
        .addForeignKeyConstraint('order_lines_order_fk', ['tenant_id', 'order_id'], 'orders', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('order_materials')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('line_no', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('unit_label', 'text', (c) => c.notNull())
        .addColumn('unit_price_fen', 'bigint', (c) => c.notNull())
        .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('order_materials_pk', ['tenant_id', 'order_id', 'line_no'])
        .addForeignKeyConstraint('order_materials_order_fk', ['tenant_id', 'order_id'], 'orders', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('order_assignees')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addColumn('released_at', 'text')
        .addPrimaryKeyConstraint('order_assignees_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('order_assignees_order_fk', ['tenant_id', 'order_id'], 'orders', ['tenant_id', 'id'])
        .addForeignKeyConstraint('order_assignees_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('order_assignees_order').on('order_assignees').columns(['tenant_id', 'order_id']).execute();
      await db.schema.createIndex('order_assignees_user').on('order_assignees').columns(['tenant_id', 'user_id', 'released_at']).execute();

      await db.schema
        .createTable('order_rounds')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('round_no', 'integer', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .addColumn('outcome', 'text')
        .addColumn('reason', 'text')
        .addColumn('signer_name', 'text')
        .addColumn('signature_blob_id', 'text')
        .addColumn('decided_at', 'text')
        .addPrimaryKeyConstraint('order_rounds_pk', ['tenant_id', 'order_id', 'round_no'])
        .addForeignKeyConstraint('order_rounds_order_fk', ['tenant_id', 'order_id'], 'orders', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('order_payments')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('collected_by', 'text', (c) => c.notNull())
        .addColumn('collected_by_name', 'text', (c) => c.notNull())
        .addColumn('collected_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('order_payments_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('order_payments_order_fk', ['tenant_id', 'order_id'], 'orders', ['tenant_id', 'id'])
        .execute();
      // one payment per order: a double click or a second tab cannot pay twice
      await db.schema.createIndex('order_payments_order').on('order_payments').columns(['tenant_id', 'order_id']).unique().execute();

      await db.schema
        .createTable('order_photos')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('blob_id', 'text', (c) => c.notNull())
        .addColumn('added_by', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('order_photos_pk', ['tenant_id', 'order_id', 'blob_id'])
        .addForeignKeyConstraint('order_photos_order_fk', ['tenant_id', 'order_id'], 'orders', ['tenant_id', 'id'])
        .execute();
    },
  },
  ...ordersAgreementLink,
  ...ordersStaffShortReason,
  ...ordersBilling,
  ...ordersDetails,
  ...ordersUnit(engine),
  ...ordersVerbalApprovals,
  ...ordersRequested,
  ...ordersOfficeStateIndex,
  ...ordersAgreementChannel,
});
