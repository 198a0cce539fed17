import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** Which engine the integration suite runs on: SQLite by default, PostgreSQL under `npm run test:pg`. */
export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.GUANJIA_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  databaseUrl: string | undefined;
  dataDir: string;
  drop(): Promise<void>;
}

/** Waits until nobody is connected to a database: a closed pool's connections end asynchronously. */
export async function waitForNoConnections(name: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    for (let i = 0; i < 50; i++) {
      const open = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (open.rows[0].n === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await c.end();
  }
}

/** What a fresh database starts as: empty, or a copy of the run's seeded template (test/support/seeded-template.ts). */
export interface Template {
  dataDir: string;
  database: string | null;
}

/**
 * A fresh database for one test file: a temp SQLite file, or a new PostgreSQL database; empty, or a copy of the
 * template (its data folder copied, its PostgreSQL database cloned with `create database … template`).
 */
export async function freshDatabase(from?: Template): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-test-'));
  if (from) fs.cpSync(from.dataDir, dataDir, { recursive: true, filter: (src) => !src.endsWith('.lock') });
  if (TEST_ENGINE === 'sqlite') {
    return { databaseUrl: undefined, dataDir, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `guanjia_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await createDatabase(admin, name, from?.database ?? null);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir,
    drop: async () => {
      // The app's pool has just been ended, but its connections close asynchronously. Forcing the drop
      // while one is still open makes the server kill it, and pg reports that as an unhandled error.
      await waitForNoConnections(name);
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a database, from a template when given; two files cloning it at the same instant may collide: retried. */
async function createDatabase(admin: pg.Client, name: string, template: string | null) {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
      return;
    } catch (e) {
      if (!template || attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}
