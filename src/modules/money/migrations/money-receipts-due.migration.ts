import { type Kysely, sql } from 'kysely';
import type { MigrationSet } from '../../../platform/db/migrator.js';

interface Unreceipted {
  tenant_id: string;
  payment_id: string;
  order_id: string;
  office_id: string;
  number: string;
  customer_name: string;
  material_fee_fen: number | string | null;
  amount_fen: number | string;
  method: string;
  collected_by: string;
  collected_by_name: string;
  collected_at: string;
}

/**
 * A payment taken in the field waits for its receipt with the order's own lines (`receipts_due`): until now only cash
 * went to a cashier, who wrote it one line 服务费, and a WeChat or transfer payment sat in the worker's cash in hand.
 * The order payments still without a receipt get their row from the order's lines; the holdings of payments that were
 * never cash (an order's, a monthly statement's) leave custody (none of them was remitted: a remittance takes cash only once received).
 */
export const moneyReceiptsDueMigrations: MigrationSet = () => ({
  '2026120740_money_receipts_due': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('receipts_due')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('payment_id', 'text', (c) => c.notNull())
        .addColumn('order_id', 'text')
        .addColumn('office_id', 'text', (c) => c.notNull())
        .addColumn('ref', 'text', (c) => c.notNull())
        .addColumn('payer', 'text', (c) => c.notNull())
        .addColumn('items_json', 'text', (c) => c.notNull())
        .addColumn('amount_fen', 'bigint', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('collected_by', 'text', (c) => c.notNull())
        .addColumn('collected_by_name', 'text', (c) => c.notNull())
        .addColumn('collected_at', 'text', (c) => c.notNull())
        .addColumn('receipt_id', 'text')
        .addPrimaryKeyConstraint('receipts_due_pk', ['tenant_id', 'payment_id'])
        .execute();
      // the cashier's list: those still waiting, oldest first
      await db.schema.createIndex('receipts_due_waiting').on('receipts_due').columns(['tenant_id', 'receipt_id', 'collected_at']).execute();

      const waiting = await sql<Unreceipted>`
        select p.tenant_id, p.id as payment_id, o.id as order_id, o.office_id, o.number, o.customer_name, o.material_fee_fen,
               p.amount_fen, p.method, p.collected_by, p.collected_by_name, p.collected_at
        from order_payments p
        join orders o on o.tenant_id = p.tenant_id and o.id = p.order_id
        where not exists (select 1 from receipts r where r.tenant_id = p.tenant_id and r.payment_id = p.id)`.execute(db);
      for (const p of waiting.rows) {
        const lines = await sql<{ item_name: string; amount_fen: number | string | null }>`
          select item_name, amount_fen from order_lines where tenant_id = ${p.tenant_id} and order_id = ${p.order_id} order by line_no`.execute(
          db,
        );
        const materials = Number(p.material_fee_fen ?? 0);
        const items = [
          ...lines.rows.map((l) => ({ name: l.item_name, amountFen: Number(l.amount_fen ?? 0) })),
          ...(materials ? [{ name: '材料费', amountFen: materials, key: 'materials' }] : []),
        ];
        await sql`insert into receipts_due (tenant_id, payment_id, order_id, office_id, ref, payer, items_json, amount_fen, method,
            collected_by, collected_by_name, collected_at, receipt_id)
          values (${p.tenant_id}, ${p.payment_id}, ${p.order_id}, ${p.office_id}, ${p.number}, ${p.customer_name}, ${JSON.stringify(items)},
            ${Number(p.amount_fen)}, ${p.method}, ${p.collected_by}, ${p.collected_by_name}, ${p.collected_at}, null)`.execute(db);
      }
      await sql`delete from cash_holdings
        where remittance_id is null and settled_at is null
          and exists (select 1 from order_payments p where p.tenant_id = cash_holdings.tenant_id and p.id = cash_holdings.payment_id
                      and p.method <> 'cash')`.execute(db);
      // a monthly statement paid by transfer went into the cashier's hands the same way
      await sql`delete from cash_holdings
        where remittance_id is null and settled_at is null
          and exists (select 1 from statements s where s.tenant_id = cash_holdings.tenant_id and s.payment_id = cash_holdings.payment_id
                      and s.paid_method <> 'cash')`.execute(db);
    },
  },
});
