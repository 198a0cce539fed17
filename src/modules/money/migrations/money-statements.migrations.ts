import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

/**
 * Monthly statements of agreements paid monthly, and invoices that carry their own lateness facts (A7.4.8):
 * the basis the deadline runs from and, once delivered, how long after it the invoice reached the owner.
 */
export const moneyStatementMigrations: MigrationSet = (engine) => ({
  '2026120171_money_statements': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('statements')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('agreement_id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('customer_name', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('period_start', 'text', (c) => c.notNull())
        .addColumn('period_end', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('visit_count', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('payment_id', 'text')
        .addColumn('paid_at', 'text')
        .addColumn('paid_method', 'text')
        .addColumn('paid_by_name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('statements_pk', ['tenant_id', 'id'])
        .execute();
      // one statement per agreement and month; the monitor counts by office and month end
      await db.schema
        .createIndex('statements_agreement_month')
        .on('statements')
        .columns(['tenant_id', 'agreement_id', 'month'])
        .unique()
        .execute();
      await db.schema.createIndex('statements_office_end').on('statements').columns(['tenant_id', 'office_id', 'period_end']).execute();
      await db.schema
        .createTable('statement_orders')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
        .addColumn('statement_id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('accepted_at', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('statement_orders_pk', ['tenant_id', 'order_id'])
        .execute();
      await db.schema.createIndex('statement_orders_statement').on('statement_orders').columns(['tenant_id', 'statement_id']).execute();
      // the per-order invoice count leaves these orders out by office and acceptance time
      await db.schema
        .createIndex('statement_orders_office_accepted')
        .on('statement_orders')
        .columns(['tenant_id', 'office_id', 'accepted_at'])
        .execute();
    },
  },
  '2026120172_money_invoice_lateness': {
    async up(db: Kysely<unknown>) {
      if (engine === 'sqlite') {
        // SQLite cannot drop a NOT NULL: the table is rebuilt with the same rows
        await db.schema
          .createTable('invoices_next')
          .addColumn('tenant_id', 'text', (c) => c.notNull())
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('order_id', 'text')
          .addColumn('statement_id', 'text')
          .addColumn('office_id', 'text', (c) => c.notNull())
          .addColumn('number', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('invoice_date', 'text', (c) => c.notNull())
          .addColumn('amount_fen', 'bigint', (c) => c.notNull())
          .addColumn('issued_by', 'text', (c) => c.notNull())
          .addColumn('issued_at', 'text', (c) => c.notNull())
          .addColumn('delivered_at', 'text')
          .addColumn('delivered_by', 'text')
          .addColumn('delivery_note', 'text')
          .addColumn('basis_at', 'text', (c) => c.notNull())
          .addColumn('delivery_delay_ms', 'bigint')
          .addPrimaryKeyConstraint('invoices_next_pk', ['tenant_id', 'id'])
          .execute();
        await sql`insert into invoices_next (tenant_id, id, order_id, statement_id, office_id, number, kind, invoice_date, amount_fen,
            issued_by, issued_at, delivered_at, delivered_by, delivery_note, basis_at, delivery_delay_ms)
          select i.tenant_id, i.id, i.order_id, null, i.office_id, i.number, i.kind, i.invoice_date, i.amount_fen,
            i.issued_by, i.issued_at, i.delivered_at, i.delivered_by, i.delivery_note, coalesce(o.accepted_at, i.issued_at), null
          from invoices i left join orders o on o.tenant_id = i.tenant_id and o.id = i.order_id`.execute(db);
        await db.schema.dropTable('invoices').execute();
        await db.schema.alterTable('invoices_next').renameTo('invoices').execute();
        await db.schema.createIndex('invoices_order').on('invoices').columns(['tenant_id', 'order_id']).unique().execute();
        await db.schema.createIndex('invoices_number').on('invoices').columns(['tenant_id', 'number']).unique().execute();
        await db.schema
          .createIndex('invoices_office_delivered')
          .on('invoices')
          .columns(['tenant_id', 'office_id', 'delivered_at'])
          .execute();
      } else {
        await sql`alter table invoices alter column order_id drop not null`.execute(db);
        await db.schema.alterTable('invoices').addColumn('statement_id', 'text').execute();
        await db.schema.alterTable('invoices').addColumn('basis_at', 'text').execute();
        await db.schema.alterTable('invoices').addColumn('delivery_delay_ms', 'bigint').execute();
        await sql`update invoices set basis_at = coalesce((select o.accepted_at from orders o where o.tenant_id = invoices.tenant_id and o.id = invoices.order_id), issued_at)`.execute(
          db,
        );
        await sql`alter table invoices alter column basis_at set not null`.execute(db);
      }
      // the delay of invoices delivered before this migration, computed here so both engines agree to the millisecond
      const delivered = await sql<{ tenant_id: string; id: string; basis_at: string; delivered_at: string }>`
        select tenant_id, id, basis_at, delivered_at from invoices where delivered_at is not null`.execute(db);
      for (const r of delivered.rows)
        await sql`update invoices set delivery_delay_ms = ${Date.parse(r.delivered_at) - Date.parse(r.basis_at)}
          where tenant_id = ${r.tenant_id} and id = ${r.id}`.execute(db);
      await db.schema.createIndex('invoices_statement').on('invoices').columns(['tenant_id', 'statement_id']).unique().execute();
      await db.schema
        .createIndex('invoices_office_basis')
        .on('invoices')
        .columns(['tenant_id', 'office_id', 'basis_at', 'delivered_at'])
        .execute();
    },
  },
});
