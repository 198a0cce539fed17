import type { Kysely, Migration } from 'kysely';

/** Orders made by a special-service agreement name it (A7.4.9): each visit's order traces back to its agreement. */
export const ordersAgreementLink: Record<string, Migration> = {
  '2026112821_orders_agreement_link': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('orders').addColumn('agreement_id', 'text').execute();
      await db.schema.createIndex('orders_agreement').on('orders').columns(['tenant_id', 'agreement_id']).execute();
    },
  },
};
