import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../src/modules/index.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';
import { overlapping } from '../support/overlap.js';

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
    const answers = await overlapping(
      t,
      [cashier, cleaner, cashier, cleaner, cashier, cleaner].map((who) => () => pay(who)),
    );
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
    const answers = await overlapping(
      t,
      ['race-remit-1', 'race-remit-2', 'race-remit-3'].map(
        (key) => () => cashier.request('POST', '/api/remittances', body, { 'idempotency-key': key }),
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
