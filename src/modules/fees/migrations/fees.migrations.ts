import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';
import { businessDate } from '../../../platform/time.js';
import { feesListOrder } from './fees-list-order.migration.js';

type Table = CreateTableBuilder<string, string>;
const text = (t: Table, ...names: string[]) => names.reduce((b, n) => b.addColumn(n, 'text', (c) => c.notNull()), t);
const nullableText = (t: Table, ...names: string[]) => names.reduce((b, n) => b.addColumn(n, 'text'), t);
const int = (t: Table, ...names: string[]) => names.reduce((b, n) => b.addColumn(n, 'integer', (c) => c.notNull()), t);
/** Fen and thousandths of m²: bigint on both engines (a bill run's totals pass 2^31 fen). */
const big = (t: Table, ...names: string[]) => names.reduce((b, n) => b.addColumn(n, 'bigint', (c) => c.notNull()), t);

export const feesMigrations: MigrationSet = () => ({
  '2026120370_fees_standards_bills': {
    async up(db: Kysely<unknown>) {
      await int(text(db.schema.createTable('fee_items'), 'tenant_id', 'id', 'code', 'name'), 'active', 'version')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('fee_items_pk', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('fee_items_code').on('fee_items').columns(['tenant_id', 'code']).unique().execute();

      let standards = text(
        db.schema.createTable('fee_standards'),
        'tenant_id',
        'id',
        'office_id',
        'estate_id',
        'item_id',
        'basis',
        'effective_month',
        'note',
        'state',
        'created_by',
        'created_at',
        'updated_at',
      );
      standards = nullableText(
        standards,
        'submitted_by',
        'submitted_by_name',
        'submitted_at',
        'reviewed_by',
        'reviewed_by_name',
        'reviewed_at',
        'approved_by',
        'approved_by_name',
        'approved_at',
        'returned_by',
        'returned_by_name',
        'returned_at',
        'return_reason',
      );
      await int(standards, 'version')
        .addPrimaryKeyConstraint('fee_standards_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('fee_standards_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .addForeignKeyConstraint('fee_standards_item_fk', ['tenant_id', 'item_id'], 'fee_items', ['tenant_id', 'id'])
        .execute();
      // the standard in force for an estate, item and month: the latest approved effective month at or before it
      await db.schema
        .createIndex('fee_standards_in_force')
        .on('fee_standards')
        .columns(['tenant_id', 'estate_id', 'item_id', 'state', 'effective_month'])
        .execute();

      await big(text(db.schema.createTable('fee_standard_rates'), 'tenant_id', 'standard_id', 'use', 'occupancy'), 'rate_fen')
        .addPrimaryKeyConstraint('fee_standard_rates_pk', ['tenant_id', 'standard_id', 'use', 'occupancy'])
        .addForeignKeyConstraint('fee_standard_rates_standard_fk', ['tenant_id', 'standard_id'], 'fee_standards', ['tenant_id', 'id'])
        .execute();

      let runs = text(
        db.schema.createTable('fee_bill_runs'),
        'tenant_id',
        'id',
        'office_id',
        'estate_id',
        'period',
        'state',
        'started_by_name',
        'started_at',
      );
      runs = nullableText(runs, 'cursor', 'error', 'started_by', 'finished_at');
      await int(runs, 'unit_total', 'unit_done', 'bills_created', 'units_skipped', 'version')
        .addPrimaryKeyConstraint('fee_bill_runs_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('fee_bill_runs_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .execute();
      // one run per estate and month: starting it again goes on with the same run
      await db.schema
        .createIndex('fee_bill_runs_period')
        .on('fee_bill_runs')
        .columns(['tenant_id', 'estate_id', 'period'])
        .unique()
        .execute();

      let bills = text(
        db.schema.createTable('fee_bills'),
        'tenant_id',
        'id',
        'office_id',
        'estate_id',
        'building_id',
        'unit_id',
        'item_id',
        'standard_id',
        'period',
        'basis',
        'payer_name',
        'state',
        'created_at',
      );
      bills = nullableText(bills, 'run_id', 'bank_batch_id', 'payment_id', 'paid_at');
      bills = big(bills, 'rate_fen', 'area_milli', 'amount_fen', 'adjustment_fen');
      await int(bills, 'days_billed', 'days_in_period', 'version')
        .addPrimaryKeyConstraint('fee_bills_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('fee_bills_unit_fk', ['tenant_id', 'unit_id'], 'estate_units', ['tenant_id', 'id'])
        .addForeignKeyConstraint('fee_bills_standard_fk', ['tenant_id', 'standard_id'], 'fee_standards', ['tenant_id', 'id'])
        .execute();
      // the run's idempotence: one bill per unit, item and month, whoever makes it (a run, or the desk in advance)
      await db.schema
        .createIndex('fee_bills_unit_item_period')
        .on('fee_bills')
        .columns(['tenant_id', 'unit_id', 'item_id', 'period'])
        .unique()
        .execute();
      await db.schema.createIndex('fee_bills_estate_period').on('fee_bills').columns(['tenant_id', 'estate_id', 'period']).execute();
      await db.schema.createIndex('fee_bills_office_period').on('fee_bills').columns(['tenant_id', 'office_id', 'period']).execute();
      await db.schema.createIndex('fee_bills_unit_state').on('fee_bills').columns(['tenant_id', 'unit_id', 'state']).execute();
      await db.schema.createIndex('fee_bills_payment').on('fee_bills').columns(['tenant_id', 'payment_id']).execute();

      let adjustments = text(
        db.schema.createTable('fee_adjustments'),
        'tenant_id',
        'id',
        'bill_id',
        'office_id',
        'reason',
        'state',
        'requested_by',
        'requested_by_name',
        'requested_at',
      );
      adjustments = nullableText(adjustments, 'decided_by', 'decided_by_name', 'decided_at', 'decision_note');
      await int(big(adjustments, 'amount_fen'), 'version')
        .addPrimaryKeyConstraint('fee_adjustments_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('fee_adjustments_bill_fk', ['tenant_id', 'bill_id'], 'fee_bills', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('fee_adjustments_bill').on('fee_adjustments').columns(['tenant_id', 'bill_id']).execute();
      await db.schema
        .createIndex('fee_adjustments_office_state')
        .on('fee_adjustments')
        .columns(['tenant_id', 'office_id', 'state'])
        .execute();

      let payments = text(
        db.schema.createTable('fee_payments'),
        'tenant_id',
        'id',
        'office_id',
        'estate_id',
        'unit_id',
        'payer',
        'method',
        'cashier_name',
        'paid_at',
      );
      payments = nullableText(payments, 'receipt_id', 'bank_batch_id', 'cashier_id');
      await big(payments, 'amount_fen')
        .addPrimaryKeyConstraint('fee_payments_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('fee_payments_unit_fk', ['tenant_id', 'unit_id'], 'estate_units', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('fee_payments_office_paid').on('fee_payments').columns(['tenant_id', 'office_id', 'paid_at']).execute();
      await db.schema.createIndex('fee_payments_unit').on('fee_payments').columns(['tenant_id', 'unit_id']).execute();
    },
  },
  '2026120371_fees_bank_collection': {
    async up(db: Kysely<unknown>) {
      let mandates = text(
        db.schema.createTable('bank_mandates'),
        'tenant_id',
        'id',
        'office_id',
        'estate_id',
        'unit_id',
        'mandate_no',
        'bank_name',
        'account_holder',
        'account_no_masked',
        'signed_date',
        'state',
        'created_at',
        'updated_at',
      );
      mandates = nullableText(mandates, 'cancelled_at');
      await int(mandates, 'version')
        .addPrimaryKeyConstraint('bank_mandates_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('bank_mandates_unit_fk', ['tenant_id', 'unit_id'], 'estate_units', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('bank_mandates_no').on('bank_mandates').columns(['tenant_id', 'mandate_no']).unique().execute();
      await db.schema.createIndex('bank_mandates_unit').on('bank_mandates').columns(['tenant_id', 'unit_id', 'state']).execute();

      let batches = text(
        db.schema.createTable('bank_batches'),
        'tenant_id',
        'id',
        'office_id',
        'estate_id',
        'number',
        'period',
        'state',
        'exported_by',
        'exported_by_name',
        'exported_at',
      );
      batches = nullableText(batches, 'returned_at', 'return_file_hash');
      batches = big(batches, 'total_fen', 'paid_fen');
      await int(batches, 'line_count', 'paid_count', 'failed_count', 'version')
        .addPrimaryKeyConstraint('bank_batches_pk', ['tenant_id', 'id'])
        .addForeignKeyConstraint('bank_batches_estate_fk', ['tenant_id', 'estate_id'], 'estates', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('bank_batches_number').on('bank_batches').columns(['tenant_id', 'number']).unique().execute();
      await db.schema.createIndex('bank_batches_office_state').on('bank_batches').columns(['tenant_id', 'office_id', 'state']).execute();

      let lines = text(db.schema.createTable('bank_batch_lines'), 'tenant_id', 'batch_id', 'bill_id', 'unit_id', 'mandate_id', 'state');
      lines = nullableText(lines, 'fail_reason', 'payment_id');
      await big(int(lines, 'line_no'), 'amount_fen')
        .addPrimaryKeyConstraint('bank_batch_lines_pk', ['tenant_id', 'batch_id', 'line_no'])
        .addForeignKeyConstraint('bank_batch_lines_batch_fk', ['tenant_id', 'batch_id'], 'bank_batches', ['tenant_id', 'id'])
        .addForeignKeyConstraint('bank_batch_lines_bill_fk', ['tenant_id', 'bill_id'], 'fee_bills', ['tenant_id', 'id'])
        .execute();
      await db.schema.createIndex('bank_batch_lines_bill').on('bank_batch_lines').columns(['tenant_id', 'bill_id']).execute();
    },
  },
  // The collection rate read from a running total instead of every bill: a bill keeps the business month it was
  // paid in (the tenant's zone), and fee_bill_totals sums what is due and how many bills per building, month
  // billed and month paid ('' while open), moved by every write of a bill (bill-totals.repo.ts).
  '2026120372_fees_bill_totals': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('fee_bills').addColumn('paid_period', 'text').execute();
      await big(
        text(db.schema.createTable('fee_bill_totals'), 'tenant_id', 'office_id', 'estate_id', 'building_id', 'period', 'paid_period'),
        'due_fen',
        'bills',
      )
        .addPrimaryKeyConstraint('fee_bill_totals_pk', ['tenant_id', 'building_id', 'period', 'paid_period'])
        .execute();
      await db.schema.createIndex('fee_bill_totals_period').on('fee_bill_totals').columns(['tenant_id', 'period']).execute();
      await backfillBillTotals(db as Kysely<BackfillDb>);
    },
  },
  ...feesListOrder,
});

interface BackfillDb {
  tenants: { id: string; time_zone: string };
  fee_bills: { tenant_id: string; id: string; paid_at: string | null; paid_period: string | null };
}

/** Bills paid before the column existed get their month in their tenant's zone, then the totals are summed. */
async function backfillBillTotals(db: Kysely<BackfillDb>) {
  for (const t of await db.selectFrom('tenants').select(['id', 'time_zone']).execute()) {
    const paid = await db
      .selectFrom('fee_bills')
      .select(['id', 'paid_at'])
      .where('tenant_id', '=', t.id)
      .where('paid_at', 'is not', null)
      .execute();
    for (const b of paid)
      await db
        .updateTable('fee_bills')
        .set({ paid_period: businessDate(b.paid_at!, t.time_zone).slice(0, 7) })
        .where('tenant_id', '=', t.id)
        .where('id', '=', b.id)
        .execute();
  }
  await sql`insert into fee_bill_totals (tenant_id, office_id, estate_id, building_id, period, paid_period, due_fen, bills)
    select tenant_id, office_id, estate_id, building_id, period, coalesce(paid_period, ''), sum(amount_fen + adjustment_fen), count(*)
    from fee_bills group by tenant_id, office_id, estate_id, building_id, period, paid_period`.execute(db);
}
