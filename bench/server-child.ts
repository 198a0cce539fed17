// The server as a child process, started by the very command `npm start` runs (package.json's `start` script), and
// what the benches read of it from /proc: resident memory and CPU time, of the process and any children it starts.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const a = probe.address();
      probe.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** `npm start`'s command as a program and its arguments; a script with shell syntax runs through `sh -c`. */
export function startCommand(): { program: string; args: string[]; script: string } {
  const pkg = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts.start;
  if (!script) throw new Error('package.json has no start script');
  if (/[|&;<>()$`"'\\]/.test(script)) return { program: 'sh', args: ['-c', script], script };
  const [program = '', ...args] = script.trim().split(/\s+/);
  // the same Node as the bench's, as npm would run the `node` on its PATH
  return { program: program === 'node' ? process.execPath : program, args, script };
}

/** The process and every process below it (Linux /proc), so a server that starts helpers is measured whole. */
function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  for (let todo = [root]; todo.length; ) {
    const pid = todo.pop() as number;
    out.push(pid);
    todo = todo.concat(parents.get(pid) ?? []);
  }
  return out;
}

/** Resident memory of the process tree in MB, or NaN off Linux. */
export function treeRssMb(pid: number): number {
  try {
    let kb = 0;
    for (const p of processTree(pid)) {
      try {
        kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        // gone meanwhile
      }
    }
    return Math.round(kb / 1024);
  } catch {
    return Number.NaN;
  }
}

/** CPU time (user + system) the process tree has used so far, in ms (Linux /proc, ticks of 10 ms), or NaN. */
export function treeCpuMs(pid: number): number {
  try {
    let ticks = 0;
    for (const p of processTree(pid)) {
      try {
        const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime: fields 14 and 15 of stat, 12 and 13 after the name
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // gone meanwhile
      }
    }
    return ticks * 10;
  } catch {
    return Number.NaN;
  }
}

export interface ServerChild {
  base: string;
  child: ChildProcess;
  /** ms from spawning to the first healthy answer of /api/health. */
  startMs: number;
  /** The command line it was started with (`npm start`'s script). */
  command: string;
  stop(): Promise<void>;
}

/** Polls /api/health until it answers 200; throws if the server exits first or takes more than `limitMs`. */
export async function waitForHealth(base: string, child: ChildProcess, limitMs = 120_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.exitCode ?? child.signalCode})`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the server did not answer /api/health within ${limitMs / 1000} s`);
}

/** Starts `npm start`'s command on a free port with `env` (the data folder, the database) and waits until it is healthy. */
export async function startServer(env: Record<string, string>, command = startCommand()): Promise<ServerChild> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(command.program, command.args, {
    env: {
      ...process.env,
      // as `npm start` would: the project's own binaries on the PATH
      PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      GUANJIA_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    // its own process group, so stopping it stops whatever it started (a shell's command, a helper process)
    detached: true,
  });
  const exited = new Promise((r) => child.once('exit', r));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  try {
    await waitForHealth(base, child);
  } catch (e) {
    await stop();
    throw e;
  }
  const startMs = performance.now() - started;
  return {
    base,
    child,
    startMs,
    command: command.script,
    stop,
  };
}

/** Signs in as a demo user (the password `serve --demo` kept in the data folder); returns request headers with the session. */
export async function signIn(base: string, dataDir: string, user: string): Promise<Record<string, string>> {
  const password = fs.readFileSync(path.join(dataDir, 'demo-password.txt'), 'utf8').trim();
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-guanjia-csrf': '1' },
    body: JSON.stringify({ username: user, password }),
  });
  if (!login.ok) throw new Error(`sign-in as ${user}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('gj_session=')) ?? '').split(';')[0] ?? '';
  return { cookie, 'x-guanjia-csrf': '1', 'content-type': 'application/json' };
}
