import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';
import { moneyReceiptsIssued } from './money-receipts-issued.migration.js';
import { moneyRemittancesCreated } from './money-remittances-created.migration.js';

export const moneyMigrations: MigrationSet = () => ({
  '2026112707_money_receipts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('receipt_books')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('series', 'text', (c) => c.notNull())
        .addColumn('first_no', 'bigint', (c) => c.notNull())
        .addColumn('last_no', 'bigint', (c) => c.notNull())
        .addColumn('next_no', 'bigint', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('holder_org_id', 'text', (c) => c.notNull())
        .addColumn('cashier_id', 'text')
        .addColumn('request_id', 'text')
        .addColumn('registered_at', 'text', (c) => c.notNull())
        .addColumn('issued_at', 'text')
        .addColumn('used_up_at', 'text')
        .addColumn('settled_at', 'text')
        .addColumn('settled_by', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('receipt_books_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('receipt_books_holder_fk', ['tenant_id', 'holder_org_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();
      await db.schema
        .createIndex('receipt_books_series')
        .on('receipt_books')
        .columns(['tenant_id', 'series', 'first_no'])
        .unique()
        .execute();
      await db.schema.createIndex('receipt_books_cashier').on('receipt_books').columns(['tenant_id', 'cashier_id', 'state']).execute();

      await db.schema
        .createTable('book_requests')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('org_id', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('requested_by_name', 'text', (c) => c.notNull())
        .addColumn('cashier_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('book_id', 'text')
        .addColumn('decline_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addPrimaryKeyConstraint('book_requests_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('book_requests_org_fk', ['tenant_id', 'org_id'], 'org_nodes', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('receipts')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('book_id', 'text', (c) => c.notNull())
        .addColumn('seq_no', 'bigint', (c) => c.notNull())
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('payer', 'text', (c) => c.notNull())
        .addColumn('items_json', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('cashier_id', 'text', (c) => c.notNull())
        .addColumn('cashier_name', 'text', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text')
        .addColumn('payment_id', 'text')
        .addColumn('voided_at', 'text')
        .addColumn('void_reason', 'text')
        .addColumn('voided_by', 'text')
        .addColumn('reprints', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('receipts_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('receipts_book_fk', ['tenant_id', 'book_id'], 'receipt_books', ['tenant_id', 'id'])
        .execute();
      // a number is used once per book, and a payment has one live receipt (a voided one may be replaced)
      await db.schema.createIndex('receipts_book_seq').on('receipts').columns(['tenant_id', 'book_id', 'seq_no']).unique().execute();
      await db.schema
        .createIndex('receipts_payment')
        .on('receipts')
        .columns(['tenant_id', 'payment_id'])
        .unique()
        .where(sql.ref('voided_at'), 'is', null)
        .execute();
      await db.schema.createIndex('receipts_office_issued').on('receipts').columns(['tenant_id', 'office_id', 'issued_at']).execute();
    },
  },
  '2026112709_money_custody': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cash_holdings')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('payment_id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text')
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('payer', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('holder_id', 'text', (c) => c.notNull())
        .addColumn('holder_name', 'text', (c) => c.notNull())
        .addColumn('since', 'text', (c) => c.notNull())
        .addColumn('receipt_id', 'text')
        .addColumn('remittance_id', 'text')
        .addColumn('settled_at', 'text')
        .addPrimaryKeyConstraint('cash_holdings_pk', ['tenant_id', 'payment_id'])
        .execute();
      await db.schema.createIndex('cash_holdings_holder').on('cash_holdings').columns(['tenant_id', 'holder_id', 'settled_at']).execute();
      await db.schema.createIndex('cash_holdings_office').on('cash_holdings').columns(['tenant_id', 'office_id', 'settled_at']).execute();

      await db.schema
        .createTable('handovers')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('from_id', 'text', (c) => c.notNull())
        .addColumn('from_name', 'text', (c) => c.notNull())
        .addColumn('to_id', 'text', (c) => c.notNull())
        .addColumn('to_name', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('payment_ids_json', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('offered_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addPrimaryKeyConstraint('handovers_pk', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('remittances')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('cashier_id', 'text', (c) => c.notNull())
        .addColumn('cashier_name', 'text', (c) => c.notNull())
        .addColumn('period_from', 'text', (c) => c.notNull())
        .addColumn('period_to', 'text', (c) => c.notNull())
        .addColumn('total_fen', 'bigint', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('confirmed_by', 'text')
        .addColumn('confirmed_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('remittances_pk', ['tenant_id', 'id'])
        .execute();

      await db.schema
        .createTable('remittance_payments')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('remittance_id', 'text', (c) => c.notNull())
        .addColumn('payment_id', 'text', (c) => c.notNull())
        // a payment is handed to finance once
        .addPrimaryKeyConstraint('remittance_payments_pk', ['tenant_id', 'payment_id'])
        .execute();
    },
  },
  '2026112710_money_invoices': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('invoices')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text', (c) => c.notNull())
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
        .addPrimaryKeyConstraint('invoices_pk', ['tenant_id', 'id'])
        .execute();
      // one invoice per order, and an invoice number once per tenant
      await db.schema.createIndex('invoices_order').on('invoices').columns(['tenant_id', 'order_id']).unique().execute();
      await db.schema.createIndex('invoices_number').on('invoices').columns(['tenant_id', 'number']).unique().execute();
    },
  },
  '2026112711_money_receipts_by_order': {
    async up(db: Kysely<unknown>) {
      // an order's page lists its receipts (the one in force and any voided before it)
      await db.schema.createIndex('receipts_order').on('receipts').columns(['tenant_id', 'order_id']).execute();
    },
  },
  ...moneyReceiptsIssued,
  ...moneyRemittancesCreated,
});
