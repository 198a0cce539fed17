import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../e2e/support/server.js';
import { DEMO_PASSWORD } from './demo-password.js';

/** The API server of the crash rounds (test/support/crash-server.ts) on a data folder, ready to be killed. */
export interface Victim {
  child: ChildProcess;
  base: string;
}

/** Starts the server on `dir` (seeding the demo on an empty database) and resolves once it listens. */
export async function startVictim(dir: string): Promise<Victim> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-server.ts', dir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`the server exited early (${code})`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** kill -9, and resolves once the process is gone. */
export async function killVictim(v: Victim): Promise<void> {
  v.child.kill('SIGKILL');
  if (v.child.exitCode === null && v.child.signalCode === null) await new Promise((r) => v.child.once('exit', r));
}

/** A demo user's headers for the API (session cookie and the CSRF header). */
export async function signIn(base: string, username: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-guanjia-csrf': '1' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in ${username}: ${res.status}`);
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('gj_session=')) ?? '').split(';')[0] ?? '';
  return { cookie, 'x-guanjia-csrf': '1', 'content-type': 'application/json' };
}

/** A request whose answer must be 2xx: its JSON body (a setup step of a round, not what is being tested). */
export async function must<T = Record<string, unknown>>(
  base: string,
  headers: Record<string, string>,
  method: string,
  url: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${base}${url}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}
