import { type Kysely, type Migration, sql } from 'kysely';

/**
 * How an order is charged (A7.4.3, A7.4.8): on its own (`per_order`), or on its agreement's monthly statement
 * (`monthly`) — then it is neither paid nor invoiced alone. Visits of monthly agreements not yet accepted move
 * to the statement; those already accepted keep being charged as they were.
 */
export const ordersBilling: Record<string, Migration> = {
  '2026120170_orders_billing': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('orders')
        .addColumn('billing', 'text', (c) => c.notNull().defaultTo('per_order'))
        .execute();
      await sql`update orders set billing = 'monthly'
        where agreement_id is not null and accepted_at is null and state <> 'cancelled'
          and exists (select 1 from agreements a where a.tenant_id = orders.tenant_id and a.id = orders.agreement_id and a.payment_terms = 'monthly')`.execute(
        db,
      );
    },
  },
};
