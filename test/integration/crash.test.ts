import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../../src/platform/audit/audit.service.js';
import { connect } from '../../src/platform/db/connect.js';
import { TEST_ENGINE } from '../support/database.js';

// SQLite's durability is ours to configure (WAL, synchronous=FULL), so it is the engine tested here.
describe.runIf(TEST_ENGINE === 'sqlite')('a kill -9 in the middle of writing', () => {
  it('leaves the database consistent: every committed change has its audit event, the chain is intact', async () => {
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
