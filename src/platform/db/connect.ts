import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import pg from 'pg';
import type { Engine } from './dialect.js';
import type { Database } from './schema.js';

// int8 (counts, sums of fen) as JS numbers: every amount stays far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export interface DbHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** SQLite file path, when the engine is SQLite. */
  file?: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** Explicit SQLite file (tests); defaults to `<dataDir>/guanjia.db`. */
  sqliteFile?: string;
}

/** Where the SQLite database of a data folder lives. */
export const sqliteFileOf = (dataDir: string) => path.join(dataDir, 'guanjia.db');

export function openSqlite(file: string): SQLite.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // Lets `path LIKE 'prefix%'` use the path index (ids hold no letters that differ by case anyway).
  raw.pragma('case_sensitive_like = ON');
  return raw;
}

/**
 * Kysely prepares every query anew; preparing is a large share of a small query's cost on SQLite.
 * Statements are reusable, so keep the most recent ones by their SQL text.
 */
function withStatementCache(raw: SQLite.Database, max = 1000) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => raw.close(),
    prepare(sql: string): SQLite.Statement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = raw.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * Transactions start with BEGIN IMMEDIATE: a transaction that reads and then writes takes the write
 * lock up front, so another process's commit in between makes it wait (busy timeout) instead of
 * failing with SQLITE_BUSY when it tries to upgrade.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: SqliteDialectConfig) {
    super(settings);
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.settings);
  }
}

export function connect(options: ConnectOptions): DbHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server closes (restart, failover) is dropped from the pool and replaced on
    // the next query; without a listener pg would turn it into an uncaught error and stop the process.
    pool.on('error', (e) => process.emitWarning(`PostgreSQL closed an idle connection: ${e.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const file = options.sqliteFile ?? sqliteFileOf(options.dataDir ?? 'data');
  const raw = openSqlite(file);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(raw) }) });
  return { db, engine: 'sqlite', file, close: () => db.destroy() };
}
