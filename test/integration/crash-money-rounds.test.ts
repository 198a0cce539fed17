import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../../src/platform/audit/audit.service.js';
import { connect } from '../../src/platform/db/connect.js';
import { withinOneBusinessDay } from '../support/business-day.js';
import { killVictim, must, signIn, startVictim } from '../support/crash-http.js';
import { TEST_ENGINE } from '../support/database.js';

/**
 * Crash rounds of the money (issue 22 item 3): the API server is started, 陈静 takes fees at the desk from two
 * windows, remits her cash to finance as it comes in, and 王芳 runs this month's bills of 翠竹园; the server is killed
 * with SIGKILL at a moment of the round's choosing, then started again on the same database. Afterwards: every
 * payment and remittance a client was answered 201 for is stored as told; receipt numbers run without a gap in every
 * book; each remittance's total is the sum of its payments; a remittance sent again with its Idempotency-Key after the
 * crash is made once; the bill run finishes with one bill per unit and item; the day's reconciliation lists no
 * difference it did not list before; SQLite's integrity check and the audit chain hold. GUANJIA_CRASH_ROUNDS rounds.
 */
const ROUNDS = Number(process.env.GUANJIA_CRASH_ROUNDS ?? 3);
const DESKS = 2;

interface Paid {
  id: string;
  receiptNumber: string;
  amountFen: number;
}
interface Remitted {
  id: string;
  totalFen: number;
  paymentIds: string[];
}
interface Remittance {
  key: string;
  body: { officeId: string; paymentIds: string[]; totalFen: number; periodFrom: string; periodTo: string };
}

/** The payments 陈静 holds in cash, as her cash-in-hand page lists them. */
async function heldBy(base: string, cashier: Record<string, string>) {
  const held = await must<{ holderName: string; payments: { paymentId: string; amountFen: number }[] }[]>(
    base,
    cashier,
    'GET',
    '/api/cash-in-hand',
  );
  return held.find((h) => h.holderName === '陈静')?.payments ?? [];
}

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe.runIf(TEST_ENGINE === 'sqlite')('kill -9 rounds while the desk takes fees, the cash is remitted and bills are run', () => {
  it('loses nothing answered 201, keeps receipts gap-free and remittances whole, and bills each unit once', {
    timeout: 300_000 + 150_000,
  }, async () => {
    // the rounds and the closing reconciliation are one business day's work: begun just before midnight, the report
    // would be of the next day, without the demo's orders
    await withinOneBusinessDay(150_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-crash-money-'));
    const file = path.join(dir, 'guanjia.db');
    const paid: Paid[] = [];
    const remitted: Remitted[] = [];
    /** Remittances whose answer the crash took: sent again, with the same key, in the next round. */
    let unanswered: Remittance[] = [];
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);

    // the first start seeds the demo; its ids are read from the file
    let victim = await startVictim(dir);
    const ids = (() => {
      const raw = new SQLite(file, { readonly: true });
      const one = (q: string, ...p: unknown[]) => (raw.prepare(q).get(...p) as { id: string }).id;
      const r = {
        office: one("select id from org_nodes where name = '翠竹园管理处'"),
        finance: one("select id from org_nodes where name = '物业公司财务部'"),
        estate: one("select id from estates where name = '翠竹园'"),
        cashier: one("select id from users where username = 'chenjing'"),
        units: (
          raw
            .prepare("select distinct unit_id id from fee_bills where office_id = ? and state = 'open' order by unit_id")
            .all(one("select id from org_nodes where name = '翠竹园管理处'")) as { id: string }[]
        ).map((u) => u.id),
      };
      raw.close();
      return r;
    })();
    {
      // a second book of 500 for 陈静 beside her demo book of 50: the desk goes on into it when the first is used up
      const { base } = victim;
      const custodian = await signIn(base, 'zhengkj');
      const head = await signIn(base, 'wangfang');
      const book = await must(base, custodian, 'POST', '/api/receipt-books', { orgId: ids.finance, series: 'CR', firstNo: 1, lastNo: 500 });
      const request = await must(base, head, 'POST', '/api/book-requests', {
        orgId: ids.office,
        cashierId: ids.cashier,
        reason: '崩溃测试',
      });
      await must(base, custodian, 'POST', `/api/book-requests/${request.id}/issue`, { bookId: book.id });
    }
    const baseline = await must(
      victim.base,
      await signIn(victim.base, 'wangfang'),
      'GET',
      `/api/reconciliation?officeId=${ids.office}&from=${today()}&to=${today()}`,
    );
    /** What 陈静 holds before the rounds (the demo's own cash): the day's end remits everything else she holds. */
    const heldBefore = new Set((await heldBy(victim.base, await signIn(victim.base, 'chenjing'))).map((p) => p.paymentId));
    const period = today().slice(0, 7);
    let runId = '';
    /** 王芳 presses 开始出账 for this month, or again after a crash while it is running: it goes on from its last chunk. */
    const pressBillRun = async (base: string, head: Record<string, string>, id: string): Promise<string> => {
      if (id && (await must(base, head, 'GET', `/api/bill-runs/${id}`)).state !== 'running') return id;
      const run = await must(base, head, 'POST', '/api/bill-runs', { estateId: ids.estate, period });
      if (id) expect(run.id).toBe(id);
      return run.id as string;
    };
    const units = [...ids.units];
    /** The remittances the last crash left without an answer are sent again as they were: made once, whatever happened. */
    const sendUnansweredAgain = async (base: string, cashier: Record<string, string>) => {
      for (const r of unanswered) {
        const res = await fetch(`${base}/api/remittances`, {
          method: 'POST',
          headers: { ...cashier, 'idempotency-key': r.key },
          body: JSON.stringify(r.body),
        });
        count(res.status);
        const body = await res.json();
        expect(res.status, JSON.stringify(body)).toBe(201);
        remitted.push({ id: body.id, totalFen: r.body.totalFen, paymentIds: r.body.paymentIds });
      }
      unanswered = [];
    };

    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) victim = await startVictim(dir);
      const { base } = victim;
      const cashier = await signIn(base, 'chenjing');
      const head = await signIn(base, 'wangfang');
      await sendUnansweredAgain(base, cashier);
      runId = await pressBillRun(base, head, runId);

      let stop = false;
      const desk = async () => {
        while (!stop) {
          const unitId = units.shift();
          if (!unitId) return;
          try {
            const card = await (await fetch(`${base}/api/fee-desk/units/${unitId}`, { headers: cashier })).json();
            const bill = card.openBills?.[0] as { id: string; dueFen: number } | undefined;
            if (!bill) continue;
            const res = await fetch(`${base}/api/fee-payments`, {
              method: 'POST',
              headers: cashier,
              body: JSON.stringify({ unitId, billIds: [bill.id], method: 'cash', amountFen: bill.dueFen }),
            });
            count(res.status);
            if (res.status === 201) {
              const body = await res.json();
              paid.push({ id: body.id, receiptNumber: body.receiptNumber, amountFen: body.amountFen });
            }
          } catch {
            return; // the server is gone
          }
        }
      };
      const remitter = async () => {
        while (!stop) {
          await new Promise((r) => setTimeout(r, 40));
          const ours = new Set(paid.map((p) => p.id));
          let remittance: Remittance | null = null;
          try {
            const held = (await (await fetch(`${base}/api/cash-in-hand`, { headers: cashier })).json()) as {
              holderName: string;
              payments: { paymentId: string; amountFen: number }[];
            }[];
            const payments = (held.find((h) => h.holderName === '陈静')?.payments ?? []).filter((p) => ours.has(p.paymentId));
            if (!payments.length) continue;
            remittance = {
              key: randomUUID(),
              body: {
                officeId: ids.office,
                paymentIds: payments.map((p) => p.paymentId),
                totalFen: payments.reduce((s, p) => s + p.amountFen, 0),
                periodFrom: today(),
                periodTo: today(),
              },
            };
            const res = await fetch(`${base}/api/remittances`, {
              method: 'POST',
              headers: { ...cashier, 'idempotency-key': remittance.key },
              body: JSON.stringify(remittance.body),
            });
            count(res.status);
            if (res.status === 201) remitted.push({ id: (await res.json()).id, ...remittance.body });
          } catch {
            if (remittance) unanswered.push(remittance);
            return;
          }
        }
      };
      const clients = [...Array.from({ length: DESKS }, desk), remitter()];
      // each round dies at another moment
      await new Promise((r) => setTimeout(r, 500 + ((round * 377) % 900)));
      await killVictim(victim);
      stop = true;
      await Promise.all(clients);
    }

    // a last start: the run is finished, and the day reconciled
    victim = await startVictim(dir);
    const head = await signIn(victim.base, 'wangfang');
    await pressBillRun(victim.base, head, runId);
    let run = await must(victim.base, head, 'GET', `/api/bill-runs/${runId}`);
    for (let i = 0; i < 100 && run.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      run = await must(victim.base, head, 'GET', `/api/bill-runs/${runId}`);
    }
    expect(run.state).toBe('done');
    // at the end of the day 陈静 remits what she took today and still holds, and finance counts each remittance and
    // confirms it; that includes a payment that committed while its answer died with the server (not in `paid`)
    const cashier = await signIn(victim.base, 'chenjing');
    // a remittance whose answer the last round's crash took is sent again too (it may be stored already)
    await sendUnansweredAgain(victim.base, cashier);
    const left = (await heldBy(victim.base, cashier)).filter((p) => !heldBefore.has(p.paymentId));
    if (left.length) {
      const body = {
        officeId: ids.office,
        paymentIds: left.map((p) => p.paymentId),
        totalFen: left.reduce((s, p) => s + p.amountFen, 0),
        periodFrom: today(),
        periodTo: today(),
      };
      remitted.push({ id: (await must(victim.base, cashier, 'POST', '/api/remittances', body)).id as string, ...body });
    }
    const custodian = await signIn(victim.base, 'zhengkj');
    for (const m of remitted) await must(victim.base, custodian, 'POST', `/api/remittances/${m.id}/confirm`, { receivedFen: m.totalFen });
    const report = await must(victim.base, head, 'GET', `/api/reconciliation?officeId=${ids.office}&from=${today()}&to=${today()}`);
    await killVictim(victim);

    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(paid.length).toBeGreaterThan(ROUNDS * 3);
    expect(remitted.length).toBeGreaterThan(0);
    expect(report.differences).toEqual(baseline.differences);

    const raw = new SQLite(file, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    // every payment answered 201 is stored with the receipt it was told, for the amount it was told
    const receipt = raw.prepare(
      'select r.number, r.amount_fen, r.voided_at from fee_payments p join receipts r on r.id = p.receipt_id where p.id = ?',
    );
    for (const p of paid) expect(receipt.get(p.id), p.id).toEqual({ number: p.receiptNumber, amount_fen: p.amountFen, voided_at: null });
    // each book's numbers used so far are all there, once: no gap, no number twice
    const books = raw.prepare('select id, series, first_no, next_no from receipt_books').all() as {
      id: string;
      series: string;
      first_no: number;
      next_no: number;
    }[];
    const seqs = raw.prepare('select seq_no from receipts where book_id = ? order by seq_no');
    for (const b of books) {
      const used = (seqs.all(b.id) as { seq_no: number }[]).map((r) => r.seq_no);
      expect(used, b.series).toEqual(Array.from({ length: b.next_no - b.first_no }, (_, i) => b.first_no + i));
    }
    // every remittance answered is stored for its total, which is its payments' sum; none holds a payment twice
    const stored = new Map(
      (
        raw
          .prepare(
            'select m.id, m.total_fen, count(h.payment_id) n, coalesce(sum(h.amount_fen), 0) held from remittances m left join cash_holdings h on h.remittance_id = m.id group by m.id, m.total_fen',
          )
          .all() as { id: string; total_fen: number; n: number; held: number }[]
      ).map((m) => [m.id, m]),
    );
    for (const m of stored.values()) expect(m.held, m.id).toBe(m.total_fen);
    for (const r of remitted) expect(stored.get(r.id), r.id).toMatchObject({ total_fen: r.totalFen, n: r.paymentIds.length });
    // the bill run: one bill per unit and item for the month, each counted once by the run (the killed chunks not at all)
    const bills = raw.prepare('select unit_id, item_id from fee_bills where estate_id = ? and period = ?').all(ids.estate, period) as {
      unit_id: string;
      item_id: string;
    }[];
    expect(new Set(bills.map((b) => `${b.unit_id}:${b.item_id}`)).size).toBe(bills.length);
    const created = raw.prepare('select count(*) n from fee_bills where run_id = ?').get(runId) as { n: number };
    expect(Number(run.billsCreated)).toBe(created.n);
    raw.close();
    const handle = connect({ sqliteFile: file });
    const [chain] = await verifyAuditChains(handle.db);
    await handle.close();
    expect(chain).toMatchObject({ broken: null, headMismatch: false });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
