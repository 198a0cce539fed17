import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../../support/demo-password.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the real server as a user would (`guanjia serve --demo`) on a fresh SQLite file in its own
 * folder and a free port; it builds the web app first when the build is stale. Resolves once it listens.
 */
export async function startServer(options: { timeoutMs?: number } = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-e2e-'));
  // A build of the web app of its own, never web/dist: nobody rebuilding web/dist meanwhile can pull the files from
  // under a running test. scripts/test-e2e.mjs builds one for all lanes; run alone, the server builds it at start.
  const webDist = process.env.GUANJIA_E2E_WEB_DIST || path.join(dataDir, 'web-dist');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['bin/guanjia.js', 'serve', '--demo'], {
    cwd: root,
    env: {
      ...process.env,
      GUANJIA_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      GUANJIA_LOGIN_MAX_PER_MINUTE: '10000',
      GUANJIA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000',
      // the browser tests sign in with a password they know (npm start would pick a random one)
      GUANJIA_DEMO_PASSWORD: DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      GUANJIA_WEB: '',
      GUANJIA_WEB_DIST: webDist,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), options.timeoutMs ?? 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
