import type { Kysely, Migration } from 'kysely';

/** A7.4.2: fewer staff than confirmed with the owner go only with the reason agreed with them, kept on the order. */
export const ordersStaffShortReason: Record<string, Migration> = {
  '2026120180_orders_staff_short_reason': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('orders').addColumn('staff_short_reason', 'text').execute();
    },
  },
};
