import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../e2e/support/server.js';
import { freshDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.drop());

/** `guanjia serve --demo` as `npm start` runs it (API only), until it says how to sign in. */
async function start(env: Record<string, string> = {}) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['bin/guanjia.js', 'serve', '--demo'], {
    env: {
      ...process.env,
      GUANJIA_DATA_DIR: database.dataDir,
      DATABASE_URL: database.databaseUrl ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      GUANJIA_WEB: 'dev',
      GUANJIA_JOB_POLL_MS: '0',
      GUANJIA_DEMO_PASSWORD: '',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('Sign in with username "admin"')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited (${code}):\n${out}\n${err}`));
    });
  });
  await new Promise((r) => setTimeout(r, 200)); // the warning follows the banner
  const login = async (username: string, password: string) =>
    (
      await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-guanjia-csrf': '1' },
        body: JSON.stringify({ username, password }),
      })
    ).status;
  const stop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { out, err: () => err, login, stop };
}

describe('npm start on a fresh data folder', () => {
  it('gives the demo users a random password, shows it once and keeps it in a file only its owner reads', {
    timeout: 180_000,
  }, async () => {
    const first = await start();
    const file = path.join(database.dataDir, 'demo-password.txt');
    let password: string;
    try {
      const shown = /Sign in with username "admin" and password "([^"]+)"/.exec(first.out);
      expect(shown).not.toBeNull();
      password = shown![1]!;
      expect(password).not.toBe('guanjia2026');
      expect(password.length).toBeGreaterThanOrEqual(16);
      expect(fs.readFileSync(file, 'utf8').trim()).toBe(password);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(await first.login('wangfang', password)).toBe(200);
      expect(await first.login('wangfang', 'guanjia2026')).toBe(401);
      expect(first.err()).not.toContain('WARNING');
    } finally {
      await first.stop();
    }

    // started again, on another address: it says where the password is, never prints it, and warns
    const again = await start({ HOST: '0.0.0.0' });
    try {
      expect(again.out).toContain(`Sign in with username "admin" and the demo password kept in ${file}`);
      expect(again.out).not.toContain(password);
      expect(fs.readFileSync(file, 'utf8').trim()).toBe(password);
      expect(again.err()).toContain('WARNING: the demo organisation is served on 0.0.0.0');
    } finally {
      await again.stop();
    }
  });
});
