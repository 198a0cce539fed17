import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/**
 * Checkpoints of the server's SQLite WAL in a worker thread (issue 13). SQLite checkpoints on the connection
 * that commits when the WAL passes 1,000 pages: copying them into the database file and fsyncing both, on
 * the event loop, in the middle of somebody's request. A worker with its own connection runs a passive checkpoint
 * (it never blocks a writer) every `intervalMs`, so the connection's own threshold is seldom reached.
 */
export interface Checkpointer {
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

export function startCheckpointer(raw: SQLite.Database, file: string, intervalMs = 500): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(PROGRAM, { eval: true, workerData: { file, driver, intervalMs } });
  worker.unref();
  raw.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  let running = true;
  // without its worker the WAL would only grow: the connection checkpoints for itself again
  const fallBack = (why: string) => {
    if (!running) return;
    running = false;
    if (raw.open) raw.pragma('wal_autocheckpoint = 1000');
    process.emitWarning(`SQLite checkpoints are back on the event loop: ${why}`);
  };
  worker.on('error', (e) => fallBack(e.message));
  worker.on('exit', (code) => fallBack(`the checkpoint worker exited (${code})`));
  worker.on('message', (m: { error?: string }) => {
    if (m.error) process.emitWarning(`SQLite checkpoint failed: ${m.error}`);
  });
  return {
    async stop() {
      if (!running) return;
      running = false;
      const stopped = new Promise<void>((resolve) => {
        worker.on('message', (m: { stopped?: boolean }) => m.stopped && resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    },
  };
}
