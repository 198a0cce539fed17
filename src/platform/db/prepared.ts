import { type Compilable, type CompiledQuery, createQueryId, type DialectAdapter, type Kysely, type QueryResult } from 'kysely';
import { nameStatement } from './pg-named.js';
import type { Database } from './schema.js';

/**
 * A query a request runs every time, built and compiled by Kysely once per database handle instead of at every call
 * (issue 13: building and compiling a small statement costs about as much CPU as SQLite executing it). The builder is
 * given placeholders for its arguments; Kysely turns each into a parameter of the compiled SQL, and each call puts
 * its values in their places.
 *
 * The query's shape must not depend on the values: a placeholder stands for one value compared, set or inserted,
 * never for a list (`in`), a column name or a clause added only when a value is present. Compiling refuses an
 * argument that became more than one parameter or was written into the SQL text; a call refuses an argument left
 * out (`undefined`, which Kysely would have dropped from an insert or update).
 */
export type Prepared<A, R> = (db: Kysely<Database>, args: A) => Promise<QueryResult<R>>;

class Placeholder {
  constructor(readonly name: string) {}
}

interface Compiled {
  sql: string;
  query: CompiledQuery['query'];
  /** Each parameter: a constant of the query, or the name of the argument whose value it is. */
  parameters: { constant: unknown; arg: string | null }[];
}

/**
 * Prepares a query. `build` receives the arguments as placeholders typed as their values, so Kysely's typed
 * builder accepts them; it runs once per handle (the SQL differs between SQLite and PostgreSQL).
 */
export function prepared<A extends object, R>(build: (db: Kysely<Database>, args: A) => Compilable<R>): Prepared<A, R> {
  const byAdapter = new WeakMap<DialectAdapter, Compiled>();
  const placeholders = new Proxy({} as A, {
    get: (_, name) => (typeof name === 'string' ? new Placeholder(name) : undefined),
  });
  const compile = (db: Kysely<Database>): Compiled => {
    const query = build(db, placeholders).compile();
    const parameters = query.parameters.map((p) =>
      p instanceof Placeholder ? { constant: null, arg: p.name } : { constant: p, arg: null },
    );
    const args = parameters.flatMap((p) => (p.arg === null ? [] : [p.arg]));
    if (new Set(args).size !== args.length || query.sql.includes('[object Object]'))
      throw new Error(`a prepared query uses each argument once, as one value: ${query.sql}`);
    // on PostgreSQL it runs as a named statement: each connection parses and plans it once
    nameStatement(query.sql);
    return { sql: query.sql, query: query.query, parameters };
  };
  return async (db, args) => {
    const adapter = db.getExecutor().adapter;
    let compiled = byAdapter.get(adapter);
    if (!compiled) {
      compiled = compile(db);
      byAdapter.set(adapter, compiled);
    }
    const parameters = compiled.parameters.map((p) => {
      if (p.arg === null) return p.constant;
      const value = (args as Record<string, unknown>)[p.arg];
      if (value === undefined) throw new Error(`a prepared query was not given ${p.arg}: ${compiled.sql}`);
      return value;
    });
    return db.executeQuery<R>({ sql: compiled.sql, query: compiled.query, parameters, queryId: createQueryId() });
  };
}
