import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, TEST_ENGINE, type TestDatabase } from '../support/database.js';

const run = promisify(execFile);
let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.drop());

async function cli(...args: string[]) {
  const env = { ...process.env, GUANJIA_DATA_DIR: database.dataDir, DATABASE_URL: database.databaseUrl ?? '' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/guanjia.js', ...args], { env });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe('backup and restore', () => {
  // seven CLI processes, one of them seeding the demo: well over the default 30 s on a busy machine
  it.runIf(TEST_ENGINE === 'sqlite')('copies the SQLite database online and puts it back', { timeout: 120_000 }, async () => {
    expect((await cli('seed', '--demo')).out).toContain('demo data seeded');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-backup-')), 'copy.db');
    expect((await cli('backup', file)).out).toContain(`backup written to ${file}`);
    const password = path.join(path.dirname(file), 'password');
    fs.writeFileSync(password, 'long-enough\n', { mode: 0o600 });
    expect((await cli('user', 'create', '--username', 'after_backup', '--password-file', password, '--role', 'cashier')).code).toBe(0);
    expect((await cli('restore', file)).out).toContain('database restored');
    const gone = await cli('user', 'reset-password', '--username', 'after_backup', '--password-file', password);
    expect(gone.out).toContain('no user after_backup');
    expect((await cli('audit', 'verify')).out).toMatch(/demo: \d+ events, chain intact/);
    expect((await cli('seed', '--demo')).out).toContain('nothing changed');
  });

  it.runIf(TEST_ENGINE === 'postgres')('points PostgreSQL users to pg_dump', async () => {
    const res = await cli('backup', path.join(os.tmpdir(), 'never.db'));
    expect(res.code).toBe(2);
    expect(res.out).toContain('pg_dump');
  });
});
