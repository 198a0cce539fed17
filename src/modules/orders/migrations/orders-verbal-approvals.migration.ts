import type { Kysely, Migration } from 'kysely';

/** A4.7: a verbal approval a technician got on site when parts were short, and the manager's confirmation of it afterwards. */
export const ordersVerbalApprovals: Record<string, Migration> = {
  '2026120420_orders_verbal_approvals': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('order_verbal_approvals')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('approver_name', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_by_name', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('confirmed_by_name', 'text')
        .addColumn('confirmed_at', 'text')
        .addPrimaryKeyConstraint('order_verbal_approvals_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('order_verbal_approvals_order_fk', ['tenant_id', 'order_id'], 'orders', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('order_verbal_approvals_order')
        .on('order_verbal_approvals')
        .columns(['tenant_id', 'order_id', 'recorded_at'])
        .execute();
    },
  },
};
