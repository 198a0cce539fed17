import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/**
 * Checkpoints of the server's SQLite WAL in a worker thread (issue 13). SQLite checkpoints on the connection
 * that commits when the WAL passes 1,000 pages: copying them into the database file and fsyncing both, on
 * the event loop, in the middle of somebody's request. A worker with its own connection runs a passive checkpoint
 * (it never blocks a writer) every `intervalMs`, so the connection's own threshold is seldom reached.
 *
 * The worker runs only while there are writes: it starts at the first commit and, once nothing has been committed
 * for `idleMs`, checkpoints one last time and ends. A server idle through the night holds no thread and no
 * isolate for it (about 6 MB of resident memory).
 */
export interface Checkpointer {
  /** Something was committed: the worker runs (again) until `idleMs` pass without another commit. */
  committed(): void;
  /** Whether a worker runs now (for tests). */
  readonly running: boolean;
  stop(): Promise<void>;
}

// The worker's whole program, CommonJS evaluated as is: no file to find from the sources, the tests or the build.
const PROGRAM = `
const { workerData, parentPort } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file, { timeout: 5000 });
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    parentPort.postMessage({ error: String((e && e.message) || e) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage({ stopped: true });
});
`;

/**
 * A checkpoint beside a stream of writes rarely catches up with the WAL's last frame, and the WAL starts over
 * from its beginning only when it has: under a long run of writes (the demo's seeding, a bill run) it would grow
 * without end. So the connection still checkpoints for itself, but only past this many pages (16 MB).
 */
const BACKSTOP_PAGES = 4000;

export interface CheckpointerOptions {
  intervalMs?: number;
  idleMs?: number;
}

export function startCheckpointer(raw: SQLite.Database, file: string, options: CheckpointerOptions = {}): Checkpointer {
  const { intervalMs = 500, idleMs = 20_000 } = options;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  raw.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  let worker: Worker | null = null;
  let ending: Promise<void> = Promise.resolve();
  let failed = false;
  let closed = false;
  let lastCommit = 0;
  let idleTimer: NodeJS.Timeout | null = null;

  // without its worker the WAL would only grow: the connection checkpoints for itself again, for good
  const fallBack = (why: string) => {
    if (failed || closed) return;
    failed = true;
    worker = null;
    if (idleTimer) clearInterval(idleTimer);
    if (raw.open) raw.pragma('wal_autocheckpoint = 1000');
    process.emitWarning(`SQLite checkpoints are back on the event loop: ${why}`);
  };

  /** Asks the running worker for a last checkpoint and waits for it to end. */
  const end = (): Promise<void> => {
    const w = worker;
    if (!w) return ending;
    worker = null;
    if (idleTimer) clearInterval(idleTimer);
    idleTimer = null;
    const ended = new Promise<void>((resolve) => {
      w.on('message', (m: { stopped?: boolean }) => m.stopped && resolve());
      w.once('exit', () => resolve());
    }).then(() => w.terminate().then(() => undefined));
    // kept for `stop`, which waits for every worker that was asked to end to be gone: one that ended when idle may
    // still be finishing its last checkpoint while a commit has started the next
    const before = ending;
    ending = Promise.all([before, ended]).then(() => undefined);
    w.postMessage('stop');
    return ending;
  };

  const begin = () => {
    const w = new Worker(PROGRAM, { eval: true, workerData: { file, driver, intervalMs } });
    w.unref();
    w.on('error', (e) => fallBack(e.message));
    // an exit this side did not ask for (the worker crashed)
    w.on('exit', (code) => worker === w && fallBack(`the checkpoint worker exited (${code})`));
    w.on('message', (m: { error?: string }) => {
      if (m.error) process.emitWarning(`SQLite checkpoint failed: ${m.error}`);
    });
    worker = w;
    idleTimer = setInterval(() => Date.now() - lastCommit >= idleMs && void end(), Math.max(intervalMs, idleMs / 4));
    idleTimer.unref();
  };

  return {
    committed() {
      lastCommit = Date.now();
      if (!worker && !failed && !closed) begin();
    },
    get running() {
      return worker !== null;
    },
    async stop() {
      if (closed) return;
      closed = true;
      await end();
    },
  };
}
