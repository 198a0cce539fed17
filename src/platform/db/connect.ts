import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  type RawNode,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  SqliteQueryCompiler,
} from 'kysely';
import pg from 'pg';
import { type Checkpointer, type CheckpointerOptions, startCheckpointer } from './checkpointer.js';
import type { Engine } from './dialect.js';
import { type GroupCommit, groupCommit, type WalFsync, walFileFsync } from './group-commit.js';
import { withNamedStatements } from './pg-named.js';
import type { Database } from './schema.js';
import { subtreeRange } from './scope.js';
import { type RowStatement, withRowsFromArrays } from './sqlite-rows.js';

// int8 (counts, sums of fen) as JS numbers: every amount stays far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export interface DbHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** SQLite file path, when the engine is SQLite. */
  file?: string;
  /** SQLite's group commit: how many fsyncs of the WAL ran (benches, tests). */
  groupCommit?: GroupCommit;
  /** SQLite's checkpoint worker, when it has one (tests). */
  checkpointer?: Checkpointer;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** Explicit SQLite file (tests); defaults to `<dataDir>/guanjia.db`. */
  sqliteFile?: string;
  /** How SQLite's WAL is made durable; an fsync of `<file>-wal` unless a test puts its own disk in. */
  walFsync?: WalFsync;
  /** SQLite checkpoints in a worker thread (the server) rather than on the committing connection (tools, tests). */
  checkpointInWorker?: boolean;
  /** When the worker checkpoints, and how long without a commit before it ends (tests). */
  checkpoints?: CheckpointerOptions;
}

/** Where the SQLite database of a data folder lives. */
export const sqliteFileOf = (dataDir: string) => path.join(dataDir, 'guanjia.db');

export function openSqlite(file: string): SQLite.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  // A commit does not wait for the disk on the event loop: its caller waits for the group commit's fsync
  // of the WAL instead (group-commit.ts), so nobody is told of a commit before it is durable.
  raw.pragma('synchronous = NORMAL');
  // after a checkpoint lets the WAL start over, a WAL grown by a burst of writes is cut back to 64 MB
  raw.pragma('journal_size_limit = 67108864');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // Lets `path LIKE 'prefix%'` use the path index (ids hold no letters that differ by case anyway).
  raw.pragma('case_sensitive_like = ON');
  return raw;
}

const BEGIN_IMMEDIATE = 'begin immediate';

/**
 * Kysely prepares every query anew; preparing is a large share of a small query's cost on SQLite.
 * Statements are reusable, so keep the most recent ones by their SQL text.
 */
function withStatementCache(raw: SQLite.Database, max = 1000) {
  const cache = new Map<string, RowStatement>();
  return {
    close: () => raw.close(),
    /** A statement that may write was prepared (to run) since the connection was taken: its commit needs an fsync. */
    wrote: false,
    prepare(sql: string): RowStatement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = withRowsFromArrays(raw.prepare(sql));
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      // a SELECT, COMMIT and ROLLBACK are read-only; BEGIN IMMEDIATE is not, but takes the write lock and writes nothing
      if (!statement.readonly && sql !== BEGIN_IMMEDIATE) this.wrote = true;
      return statement;
    },
  };
}

type CachedDatabase = ReturnType<typeof withStatementCache>;

/**
 * Transactions start with BEGIN IMMEDIATE: a transaction that reads and then writes takes the write
 * lock up front, so another process's commit in between makes it wait (busy timeout) instead of
 * failing with SQLITE_BUSY when it tries to upgrade.
 *
 * The connection is given back first, then the caller waits for the group commit when it wrote: a
 * transaction's `execute` (or a lone write) resolves only once its commit is durable, while others use
 * the connection.
 */
class DurableSqliteDriver extends SqliteDriver {
  constructor(
    settings: SqliteDialectConfig,
    private readonly database: CachedDatabase,
    private readonly commits: GroupCommit,
  ) {
    super(settings);
  }
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(BEGIN_IMMEDIATE));
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await super.rollbackTransaction(connection);
    this.database.wrote = false;
  }
  override async releaseConnection(): Promise<void> {
    const wrote = this.database.wrote;
    this.database.wrote = false;
    await super.releaseConnection();
    if (wrote) await this.commits.durable();
  }
}

/** SQLite's compiler, writing a subtree's `LIKE` as the range it matches (`subtreeRange`). */
class SqliteCompiler extends SqliteQueryCompiler {
  protected override visitRaw(node: RawNode): void {
    const range = subtreeRange(node);
    if (!range) {
      super.visitRaw(node);
      return;
    }
    this.append('(');
    this.visitNode(range.column);
    this.append(' >= ');
    this.appendValue(range.from);
    this.append(' and ');
    this.visitNode(range.column);
    this.append(' < ');
    this.appendValue(range.to);
    this.append(')');
  }
}

class DurableSqliteDialect extends SqliteDialect {
  constructor(
    private readonly settings: SqliteDialectConfig,
    private readonly database: CachedDatabase,
    private readonly commits: GroupCommit,
  ) {
    super(settings);
  }
  override createDriver() {
    return new DurableSqliteDriver(this.settings, this.database, this.commits);
  }
  override createQueryCompiler() {
    return new SqliteCompiler();
  }
}

export function connect(options: ConnectOptions): DbHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server closes (restart, failover) is dropped from the pool and replaced on
    // the next query; without a listener pg would turn it into an uncaught error and stop the process.
    pool.on('error', (e) => process.emitWarning(`PostgreSQL closed an idle connection: ${e.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const file = options.sqliteFile ?? sqliteFileOf(options.dataDir ?? 'data');
  const raw = openSqlite(file);
  const database = withStatementCache(raw);
  const fsyncWal = walFileFsync(file);
  const checkpointer = options.checkpointInWorker ? startCheckpointer(raw, file, options.checkpoints) : null;
  const fsync = options.walFsync ?? fsyncWal;
  // every fsync follows a commit: the checkpoint worker runs while there are some
  const commits = groupCommit(
    checkpointer
      ? () => {
          checkpointer.committed();
          return fsync();
        }
      : fsync,
  );
  const db = new Kysely<Database>({ dialect: new DurableSqliteDialect({ database }, database, commits) });
  return {
    db,
    engine: 'sqlite',
    file,
    groupCommit: commits,
    ...(checkpointer ? { checkpointer } : {}),
    close: async () => {
      await checkpointer?.stop();
      await commits.close();
      await db.destroy();
      await fsyncWal.close();
    },
  };
}
