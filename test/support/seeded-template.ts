import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { AdjustableClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { openRuntime } from '../../src/runtime.js';
import { seedDemo } from '../../src/seed/demo.js';
import { ADMIN_URL, TEST_ENGINE, waitForNoConnections } from './database.js';
import { DEMO_PASSWORD } from './demo-password.js';

/** The demo tenant seeded once for the run: a data folder (SQLite file and blobs) and, on PostgreSQL, a database. */
export interface SeededTemplate {
  dataDir: string;
  /** The PostgreSQL database new test databases are created from (`create database … template …`). */
  database: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    seededTemplate: SeededTemplate;
  }
}

/**
 * Seeds the demo once per run instead of once per test file (the full demo with the fee module's six months took
 * ~4 s on SQLite and ~15 s on PostgreSQL a file): every seeded test env starts from a copy of this one.
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-template-'));
  const database = TEST_ENGINE === 'postgres' ? `guanjia_tpl_${process.pid}` : null;
  let url: string | undefined;
  if (database) {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const u = new URL(ADMIN_URL);
    u.pathname = `/${database}`;
    url = u.toString();
  }
  const runtime = await openRuntime(loadConfig({ GUANJIA_DATA_DIR: dataDir, DATABASE_URL: url }), { clock: new AdjustableClock() });
  await seedDemo(runtime.deps, { password: DEMO_PASSWORD });
  await runtime.close();
  if (database) await waitForNoConnections(database);
  project.provide('seededTemplate', { dataDir, database });
  return async () => {
    if (database) {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${database} with (force)`);
      await c.end();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
