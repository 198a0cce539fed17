import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, TEST_ENGINE, type TestDatabase } from '../support/database.js';

/** The CLI takes a password from a file (never from the command line). */
const PASSWORD_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-pw-')), 'password');
fs.writeFileSync(PASSWORD_FILE, 'long-enough\n', { mode: 0o600 });

const run = promisify(execFile);
let database: TestDatabase;
const servers: ChildProcess[] = [];
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  for (const s of servers) if (s.exitCode === null) s.kill('SIGKILL');
  await database.drop();
});

const env = () => ({ ...process.env, GUANJIA_DATA_DIR: database.dataDir, DATABASE_URL: database.databaseUrl ?? '' });

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/guanjia.js', ...args], { env: env() });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

/** A real server on the test's data folder, up once it says so; no job worker, so it writes nothing by itself. */
async function startServer(): Promise<ChildProcess> {
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const server = spawn(process.execPath, ['bin/guanjia.js', 'serve'], {
    env: { ...env(), PORT: port, GUANJIA_JOB_POLL_MS: '0', GUANJIA_WEB: 'dev', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.push(server);
  let out = '';
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes('is running at')) resolve();
    });
    server.stderr?.on('data', (d) => {
      out += String(d);
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return server;
}

const blobsDir = () => path.join(database.dataDir, 'blobs');
function blobFiles(): string[] {
  if (!fs.existsSync(blobsDir())) return [];
  return fs
    .readdirSync(blobsDir(), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
}
const userExists = async (username: string) =>
  !(await cli('user', 'reset-password', '--username', username, '--password-file', PASSWORD_FILE)).out.includes(`no user ${username}`);

describe('backup and restore', () => {
  // a dozen CLI processes and a server, one of them seeding the demo: well over the default 30 s on a busy machine
  it.runIf(TEST_ENGINE === 'sqlite')(
    'one archive holds the database and the signatures and photos, and puts both back',
    { timeout: 300_000 },
    async () => {
      expect((await cli('seed', '--demo')).out).toContain('demo data seeded');
      const signatures = blobFiles();
      expect(signatures.length).toBeGreaterThan(0);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-backup-')), 'copy.tar.gz');
      const written = await cli('backup', file);
      expect(written.out).toContain(`backup written to ${file}: the database and ${signatures.length} signatures and photos`);
      const names: string[] = [];
      await tar.list({ file, onReadEntry: (e) => names.push(e.path) });
      expect(names).toEqual(expect.arrayContaining(['manifest.json', 'guanjia.db']));
      expect(
        names
          .filter((n) => /^blobs\/.+\/.+/.test(n))
          .map((n) => path.basename(n))
          .sort(),
      ).toEqual(signatures);

      // after the backup: a new user, and the disk's signatures lost
      expect((await cli('user', 'create', '--username', 'after_backup', '--password-file', PASSWORD_FILE, '--role', 'cashier')).code).toBe(
        0,
      );
      fs.rmSync(blobsDir(), { recursive: true });
      const restored = await cli('restore', file);
      expect(restored.out).toContain(`database and ${signatures.length} signatures and photos restored`);
      expect(blobFiles()).toEqual(signatures);
      expect(await userExists('after_backup')).toBe(false);
      expect((await cli('audit', 'verify')).out).toMatch(/demo: \d+ events, chain intact/);
      expect((await cli('seed', '--demo')).out).toContain('nothing changed');
    },
  );

  it.runIf(TEST_ENGINE === 'sqlite')(
    'refuses to restore while a server uses the database, and restores once it is gone, even killed',
    { timeout: 300_000 },
    async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-backup-')), 'before.tar.gz');
      expect((await cli('backup', file)).code).toBe(0);
      expect((await cli('user', 'create', '--username', 'while_serving', '--password-file', PASSWORD_FILE, '--role', 'cashier')).code).toBe(
        0,
      );
      const server = await startServer();
      const refused = await cli('restore', file);
      expect(refused.code).toBe(2);
      expect(refused.out).toContain('is in use by a running server');
      expect(await userExists('while_serving')).toBe(true);
      // a server that dies without cleaning up (kill -9) leaves no stale lock behind
      server.kill('SIGKILL');
      await new Promise((r) => server.once('exit', r));
      expect((await cli('restore', file)).code).toBe(0);
      expect(await userExists('while_serving')).toBe(false);
    },
  );

  it.runIf(TEST_ENGINE === 'sqlite')(
    'refuses an archive that lacks a file its database names, a cut-off one, or one with strange entries, and changes nothing',
    { timeout: 300_000 },
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-backup-'));
      const good = path.join(dir, 'good.tar.gz');
      expect((await cli('backup', good)).code).toBe(0);
      expect((await cli('user', 'create', '--username', 'kept_user', '--password-file', PASSWORD_FILE, '--role', 'cashier')).code).toBe(0);
      const before = blobFiles();

      // the same archive with one signature left out (and the manifest's count to match)
      const unpacked = path.join(dir, 'unpacked');
      fs.mkdirSync(unpacked);
      await tar.extract({ file: good, cwd: unpacked });
      const [tenant] = fs.readdirSync(path.join(unpacked, 'blobs'));
      const [lost] = fs.readdirSync(path.join(unpacked, 'blobs', tenant!));
      fs.rmSync(path.join(unpacked, 'blobs', tenant!, lost!));
      const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'));
      fs.writeFileSync(path.join(unpacked, 'manifest.json'), JSON.stringify({ ...manifest, blobs: manifest.blobs - 1 }));
      const incomplete = path.join(dir, 'incomplete.tar.gz');
      await tar.create({ gzip: true, cwd: unpacked, file: incomplete }, ['manifest.json', 'guanjia.db', 'blobs']);
      const lacking = await cli('restore', incomplete);
      expect(lacking.code).toBe(2);
      expect(lacking.out).toContain(`lacks the file ${tenant}/${lost}`);

      const cut = path.join(dir, 'cut.tar.gz');
      fs.writeFileSync(cut, fs.readFileSync(good).subarray(0, 4000));
      const cutOff = await cli('restore', cut);
      expect(cutOff.code).toBe(2);
      expect(cutOff.out).toContain('not a readable backup archive');

      fs.writeFileSync(path.join(unpacked, 'evil.sh'), 'echo hi');
      const strange = path.join(dir, 'strange.tar.gz');
      await tar.create({ gzip: true, cwd: unpacked, file: strange }, ['manifest.json', 'guanjia.db', 'evil.sh']);
      expect((await cli('restore', strange)).out).toContain('holds entries a Guanjia backup never has: evil.sh');

      expect(await userExists('kept_user')).toBe(true);
      expect(blobFiles()).toEqual(before);
      expect(fs.readdirSync(database.dataDir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
    },
  );

  it.runIf(TEST_ENGINE === 'postgres')('points PostgreSQL users to pg_dump, and to the blobs folder beside it', async () => {
    const res = await cli('backup', path.join(os.tmpdir(), 'never.tar.gz'));
    expect(res.code).toBe(2);
    expect(res.out).toContain('pg_dump');
    expect(res.out).toContain('blobs');
  });

  it('says in its help that the archive holds the signatures and photos', { timeout: 120_000 }, async () => {
    expect((await cli('backup', '--help')).out).toContain('signatures and photos');
    expect((await cli('restore', '--help')).out).toMatch(/Refused while a server uses the database/);
  });
});
