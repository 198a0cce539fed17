import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/**
 * PostgreSQL parses and plans a query's text at every run unless the statement is named: then each connection
 * parses it once and later runs only bind it to its values (issue 13). The queries worth it are the `prepared` ones,
 * which a request runs every time; their SQL texts are registered here as they are compiled, each given a name of
 * its own, and the pool's connections send those by name. Everything else runs unnamed, as before.
 */
const names = new Map<string, string>();

/** Registers a prepared query's SQL text: from now on, connections run it as a named statement. */
export function nameStatement(sql: string): void {
  if (!names.has(sql)) names.set(sql, `guanjia_${names.size + 1}`);
}

/** The pool Kysely is given: the same connections, running the registered statements by name. */
export function withNamedStatements(pool: pg.Pool): PostgresPool {
  // Kysely knows a connection by its client object: one wrapper per client, for as long as the client lives
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let wrapper = wrappers.get(client);
    if (!wrapper) {
      wrapper = {
        // biome-ignore lint/suspicious/noExplicitAny: both of pg's overloads (text and values, or a cursor) pass through
        query: ((text: any, values?: readonly unknown[]) => {
          const name = typeof text === 'string' ? names.get(text) : undefined;
          return name ? client.query({ name, text, values: values as unknown[] }) : client.query(text, values as unknown[]);
          // biome-ignore lint/suspicious/noExplicitAny: see above
        }) as any,
        release: (destroy?: boolean) => client.release(destroy),
      };
      wrappers.set(client, wrapper);
    }
    return wrapper;
  };
  return {
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
  };
}
