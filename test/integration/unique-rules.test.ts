import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../src/modules/index.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

/** Names of every unique index and primary key of the schema, as the migrations named them. */
async function uniqueIndexNames(): Promise<Set<string>> {
  const { db, engine } = t.runtime.deps;
  if (engine === 'postgres') {
    const rows = await sql<{ name: string }>`
      select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
      join pg_namespace n on n.oid = c.relnamespace where i.indisunique and n.nspname = current_schema()`.execute(db);
    return new Set(rows.rows.map((r) => r.name));
  }
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
  const out = new Set<string>();
  for (const table of tables.rows) {
    const indexes = await sql<{ name: string; origin: string }>`
      select name, origin from pragma_index_list(${table.name}) where "unique" = 1`.execute(db);
    for (const i of indexes.rows) out.add(i.origin === 'pk' ? `${table.name}_pk` : i.name);
  }
  return out;
}

/**
 * Sends requests at once. On PostgreSQL the tenant's audit head is held meanwhile, so every request
 * gets as far as its first audited write, or a lock behind another's, before any of them commits: the
 * writers then truly overlap, every time. SQLite admits one writer at a time; there they just queue.
 */
async function allAtOnce<T>(send: () => Promise<T>[]): Promise<T[]> {
  if (t.runtime.deps.engine !== 'postgres') return Promise.all(send());
  const holder = new pg.Client({ connectionString: t.database.databaseUrl });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query('select seq from audit_heads for update');
    const sent = send();
    const answers = Promise.all(sent);
    for (let i = 0; ; i++) {
      // statistics views are read once per transaction unless the snapshot is dropped
      await holder.query('select pg_stat_clear_snapshot()');
      const waiting = await holder.query(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if (waiting.rows[0].n >= sent.length) break;
      if (i > 200) throw new Error(`only ${waiting.rows[0].n} of ${sent.length} requests reached the database`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await holder.query('commit');
    return await answers;
  } finally {
    await holder.end();
  }
}

describe('unique indexes that guard a business rule', () => {
  it('the table names only real unique indexes', async () => {
    const names = await uniqueIndexNames();
    expect(MODULES.uniqueRules.map((r) => r.index).filter((name) => !names.has(name))).toEqual([]);
  });

  it('two cashiers’ payments of one order at the same moment: one is recorded, the others answer 409, never 500', async () => {
    const o = await driveTo(t, 'accepted');
    const cashier = await t.login('chenjing');
    const cleaner = await t.login('sunxy');
    const pay = (who: typeof cashier) => who.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    const answers = await allAtOnce(() => [cashier, cleaner, cashier, cleaner, cashier, cleaner].map(pay));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    for (const lost of answers.filter((a) => a.status === 409)) expect(lost.body.code).toBe('record.version_conflict');
    const payments = await t.runtime.deps.db.selectFrom('order_payments').select('id').where('order_id', '=', o.id).execute();
    expect(payments).toHaveLength(1);
  });

  it('two remittances of the same cash at the same moment: one is made, the other answers 409', async () => {
    const cashier = await t.login('chenjing');
    const o = await driveTo(t, 'accepted');
    const paid = (await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' })).body;
    const body = {
      officeId: await t.org('office-a'),
      paymentIds: [paid.payment.id],
      totalFen: o.totalFen,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
    };
    const answers = await allAtOnce(() =>
      ['race-remit-1', 'race-remit-2', 'race-remit-3'].map((key) =>
        cashier.request('POST', '/api/remittances', body, { 'idempotency-key': key }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    for (const lost of answers.filter((a) => a.status === 409)) {
      expect(lost.body.code).toBe('remittance.payment_already_remitted');
      expect(lost.body.errors).toEqual([expect.objectContaining({ field: 'paymentIds' })]);
    }
  });

  it('a voided receipt is replaced once: replacing it again answers 409 and writes no second receipt', async () => {
    const cashier = await t.login('chenjing');
    const o = await driveTo(t, 'accepted');
    await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    const [receipt] = (await cashier.get(`/api/receipts?orderId=${o.id}`)).body.items as { id: string }[];
    expect((await cashier.post(`/api/receipts/${receipt!.id}/void`, { reason: '金额写错，重开' })).status).toBe(200);
    const first = await cashier.post(`/api/receipts/${receipt!.id}/replace`);
    expect(first.status).toBe(201);
    const again = await cashier.post(`/api/receipts/${receipt!.id}/replace`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('receipt.already_replaced');
    const live = (await cashier.get(`/api/receipts?orderId=${o.id}`)).body.items.filter((r: { voidedAt: string | null }) => !r.voidedAt);
    expect(live.map((r: { id: string }) => r.id)).toEqual([first.body.id]);
  });
});
