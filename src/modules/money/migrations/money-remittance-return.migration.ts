import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/**
 * Finance returns a remittance (退回, A2.4.2.4) whose count comes up short: the remittance keeps why, what finance
 * counted, who returned it and when. Its payments go back to the cashier and into a new remittance, so a payment may
 * now be linked to several remittances: the link's key takes the remittance, a returned link is marked, and a
 * payment is in at most one remittance that was not returned (`remittance_payments_live`, the last guard against two
 * cashiers' requests remitting the same cash at once).
 */
export const moneyRemittanceReturnMigrations: MigrationSet = (engine) => ({
  '2026120730_money_remittance_return': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('remittances').addColumn('return_reason', 'text').execute();
      await db.schema.alterTable('remittances').addColumn('counted_fen', 'bigint').execute();
      await db.schema.alterTable('remittances').addColumn('returned_by', 'text').execute();
      await db.schema.alterTable('remittances').addColumn('returned_at', 'text').execute();

      if (engine === 'sqlite') {
        // SQLite cannot change a primary key: the table is rebuilt with the same rows
        await db.schema
          .createTable('remittance_payments_next')
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('remittance_id', 'text', (c) => c.notNull())
          .addColumn('payment_id', 'text', (c) => c.notNull())
          .addColumn('returned_at', 'text')
          .addPrimaryKeyConstraint('remittance_payments_next_pk', ['tenant_id', 'remittance_id', 'payment_id'])
          .execute();
        await sql`insert into remittance_payments_next (tenant_id, remittance_id, payment_id, returned_at)
          select tenant_id, remittance_id, payment_id, null from remittance_payments`.execute(db);
        await db.schema.dropTable('remittance_payments').execute();
        await db.schema.alterTable('remittance_payments_next').renameTo('remittance_payments').execute();
      } else {
        await db.schema.alterTable('remittance_payments').addColumn('returned_at', 'text').execute();
        await sql`alter table remittance_payments drop constraint remittance_payments_pk`.execute(db);
        await sql`alter table remittance_payments add constraint remittance_payments_pk primary key (tenant_id, remittance_id, payment_id)`.execute(
          db,
        );
      }
      await db.schema
        .createIndex('remittance_payments_live')
        .on('remittance_payments')
        .columns(['tenant_id', 'payment_id'])
        .unique()
        .where(sql.ref('returned_at'), 'is', null)
        .execute();
    },
  },
});
