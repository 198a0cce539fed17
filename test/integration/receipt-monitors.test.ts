import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booksNotReturnedMonitor, receiptGapsMonitor } from '../../src/modules/money/money.monitors.js';
import { returnOverdue, skippedInUse } from '../../src/modules/money/receipt-book.rules.js';
import type { BookState } from '../../src/modules/money/receipt-book.types.js';
import { paramAt } from '../../src/modules/params/params.service.js';
import { fixedClock } from '../../src/platform/clock.js';
import { systemContext } from '../support/agreements.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const DAY = 86_400_000;

describe('A2.4.3: the receipt-book monitors’ SQL agrees with the rules of receipt-book.rules.ts', () => {
  it('counts and lists exactly the books the rules name: stubs not returned in time, numbers skipped in a book in use', async () => {
    const ctx = await systemContext(t);
    const db = t.runtime.deps.db;
    const tenantId = ctx.actor.tenantId;
    const officeA = await t.org('office-a');
    const path = (await db.selectFrom('org_nodes').select('path').where('id', '=', officeA).executeTakeFirstOrThrow()).path;
    const days = await paramAt(ctx, path, 'receiptReturnDays');
    const now = new Date('2026-10-12T00:00:00.000Z');
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
    // books around the return deadline to the millisecond, and books with and without skipped numbers, in each state
    const cases: { state: BookState; usedUp: number | null; next: number; stubs: number[] }[] = [
      { state: 'used_up', usedUp: -days * DAY - 1, next: 6, stubs: [1, 2, 3, 4, 5] },
      { state: 'used_up', usedUp: -days * DAY, next: 6, stubs: [1, 2, 3, 4, 5] },
      { state: 'used_up', usedUp: -days * DAY + 1, next: 6, stubs: [1, 2, 3, 4, 5] },
      { state: 'used_up', usedUp: -30 * DAY, next: 6, stubs: [1, 2, 4, 5] },
      { state: 'settled', usedUp: -30 * DAY, next: 6, stubs: [1, 2, 3] },
      { state: 'issued', usedUp: null, next: 4, stubs: [1, 2, 3] },
      { state: 'issued', usedUp: null, next: 4, stubs: [1, 3] },
      { state: 'issued', usedUp: null, next: 1, stubs: [] },
      { state: 'issued', usedUp: null, next: 5, stubs: [2, 3, 4] },
      { state: 'in_stock', usedUp: null, next: 1, stubs: [] },
    ];
    for (const [i, c] of cases.entries()) {
      const id = crypto.randomUUID();
      const series = `ZT${i}`;
      await db
        .insertInto('receipt_books')
        .values({
          tenant_id: tenantId,
          id,
          series,
          first_no: 1,
          last_no: 5,
          next_no: c.next,
          state: c.state,
          holder_org_id: officeA,
          cashier_id: null,
          request_id: null,
          registered_at: at(-60 * DAY),
          issued_at: c.state === 'in_stock' ? null : at(-50 * DAY),
          used_up_at: c.usedUp === null ? null : at(c.usedUp),
          settled_at: c.state === 'settled' ? at(-1 * DAY) : null,
          settled_by: c.state === 'settled' ? '郑会计' : null,
          version: 1,
        })
        .execute();
      for (const n of c.stubs)
        await db
          .insertInto('receipts')
          .values({
            tenant_id: tenantId,
            id: crypto.randomUUID(),
            book_id: id,
            seq_no: n,
            number: `${series}-${n}`,
            office_id: officeA,
            payer: '测试业主',
            items_json: '[]',
            amount_fen: 100,
            method: 'cash',
            cashier_id: crypto.randomUUID(),
            cashier_name: '陈静',
            issued_at: at(-40 * DAY + n),
            order_id: null,
            payment_id: null,
            voided_at: null,
            void_reason: null,
            voided_by: null,
            reprints: 0,
          })
          .execute();
    }
    // every book of office A's subtree (the demo's too) as the rules see it
    const books = await db
      .selectFrom('receipt_books as b')
      .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'b.tenant_id').onRef('n.id', '=', 'b.holder_org_id'))
      .select(['b.id', 'b.state', 'b.first_no', 'b.next_no', 'b.used_up_at', 'n.path'])
      .where('b.tenant_id', '=', tenantId)
      .where('n.path', 'like', `${path}%`)
      .execute();
    const stubs = await db.selectFrom('receipts').select(['book_id', 'seq_no']).where('tenant_id', '=', tenantId).execute();
    const stubsOf = (id: string) =>
      stubs
        .filter((s) => s.book_id === id)
        .map((s) => Number(s.seq_no))
        .sort((a, b) => a - b);
    // the monitors judge at exactly the instant the rules do (the test clock would tick on between them)
    const at0 = { ...ctx, clock: fixedClock(now.toISOString()) };
    const overdue: string[] = [];
    const skipped: string[] = [];
    for (const b of books) {
      if (returnOverdue({ state: b.state, usedUpAt: b.used_up_at }, now, await paramAt(ctx, b.path, 'receiptReturnDays')))
        overdue.push(b.id);
      if (skippedInUse({ state: b.state, firstNo: Number(b.first_no), nextNo: Number(b.next_no) }, stubsOf(b.id)).length)
        skipped.push(b.id);
    }
    // the cases themselves tell the boundaries apart: a millisecond past the days is late, on them is not
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(skipped.length).toBeGreaterThanOrEqual(3);
    const scope = { nodeId: officeA, path };
    for (const [monitor, expected] of [
      [booksNotReturnedMonitor, overdue],
      [receiptGapsMonitor, skipped],
    ] as const) {
      expect(await monitor.count(at0, scope), monitor.id).toBe(expected.length);
      const listed = await monitor.list(at0, scope, { offset: 0, limit: 1000 });
      expect(listed.map((b) => b.entity.id).sort(), monitor.id).toEqual([...expected].sort());
    }
    // and the list names the numbers the rule finds missing
    const gapsListed = await receiptGapsMonitor.list(at0, scope, { offset: 0, limit: 1000 });
    const issuedWithGap = books.find((b) => b.state === 'issued' && Number(b.next_no) === 4 && stubsOf(b.id).join() === '1,3')!;
    expect(gapsListed.find((g) => g.entity.id === issuedWithGap.id)?.what.values).toMatchObject({ missing: '2', count: 1 });
  });
});
