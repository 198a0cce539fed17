import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../../src/platform/audit/audit.service.js';
import { connect } from '../../src/platform/db/connect.js';
import { TEST_ENGINE } from '../support/database.js';

// each child process compiles the app through tsx before it writes: on a busy two-core machine that alone can take 30 s
// SQLite's durability is ours to configure (WAL, synchronous=FULL), so it is the engine tested here.
describe.runIf(TEST_ENGINE === 'sqlite')('a kill -9 in the middle of writing', () => {
  it('leaves the database consistent: every committed change has its audit event, the chain is intact', { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-crash-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-writer.ts', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve());
      child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    });
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const file = path.join(dir, 'guanjia.db');
    const raw = new SQLite(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const orgs = (raw.prepare('select count(*) n from org_nodes').get() as { n: number }).n;
    const events = (raw.prepare("select count(*) n from audit_events where action = 'org.create'").get() as { n: number }).n;
    raw.close();
    expect(orgs).toBeGreaterThan(20);
    expect(events).toBe(orgs);

    const handle = connect({ sqliteFile: file });
    const [report] = await verifyAuditChains(handle.db);
    await handle.close();
    expect(report).toMatchObject({ broken: null, headMismatch: false });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe.runIf(TEST_ENGINE === 'sqlite')('a kill -9 in the middle of remitting', () => {
  it('leaves every remittance whole: its total equals its payments, and no payment is half-remitted', { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-crash-remit-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-remitter.ts', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('remitting') && resolve());
      child.on('exit', (code) => reject(new Error(`remitter exited early (${code})`)));
    });
    await new Promise((r) => setTimeout(r, 400));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const raw = new SQLite(path.join(dir, 'guanjia.db'));
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    const remittances = raw.prepare('select id, total_fen from remittances').all() as { id: string; total_fen: number }[];
    // the demo's remittances hold a month of property-fee cash or a day of the gate's each; the remitter's one payment each
    const fees = new Set(
      (
        raw
          .prepare(
            'select distinct h.remittance_id id from cash_holdings h where h.payment_id in (select id from fee_payments union select id from parking_collections)',
          )
          .all() as { id: string }[]
      ).map((r) => r.id),
    );
    expect(remittances.filter((r) => !fees.has(r.id)).length).toBeGreaterThan(10);
    for (const r of remittances) {
      const linked = raw
        .prepare(
          'select sum(h.amount_fen) s, count(*) n from remittance_payments p join cash_holdings h on h.payment_id = p.payment_id where p.remittance_id = ?',
        )
        .get(r.id) as { s: number; n: number };
      if (fees.has(r.id)) expect(linked.n).toBeGreaterThan(0);
      else expect(linked.n).toBe(1);
      expect(linked.s).toBe(r.total_fen);
    }
    const orphans = raw
      .prepare(
        'select count(*) n from cash_holdings h where h.remittance_id is not null and not exists (select 1 from remittances r where r.id = h.remittance_id)',
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    const unreceipted = raw
      .prepare('select count(*) n from cash_holdings where receipt_id is null and remittance_id is not null')
      .get() as { n: number };
    expect(unreceipted.n).toBe(0);
    raw.close();
    const handle = connect({ sqliteFile: path.join(dir, 'guanjia.db') });
    const reports = await verifyAuditChains(handle.db);
    await handle.close();
    expect(reports.every((r) => r.broken === null && !r.headMismatch)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
