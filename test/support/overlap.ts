import pg from 'pg';
import type { TestEnv } from './harness.js';

/**
 * Sends requests so that their transactions overlap, every time. On PostgreSQL the tenant's audit head is held
 * meanwhile: each request is sent once those before it wait on a lock (the audit head, taken at the first audited
 * write, or a row another holds), and all are let go once the last waits too, so every one is inside its transaction
 * before any commits. SQLite admits one writer at a time: there each is answered before the next is sent.
 * Answers come in the order the requests were sent.
 */
export async function overlapping<T extends unknown[]>(t: TestEnv, sends: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (t.runtime.deps.engine !== 'postgres') {
    const answers: unknown[] = [];
    for (const send of sends) answers.push(await send());
    return answers as T;
  }
  const holder = new pg.Client({ connectionString: t.database.databaseUrl });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query('select seq from audit_heads for update');
    const sent: Promise<unknown>[] = [];
    for (const send of sends) {
      sent.push(send());
      for (let i = 0; ; i++) {
        // statistics views are read once per transaction unless the snapshot is dropped
        await holder.query('select pg_stat_clear_snapshot()');
        const waiting = await holder.query(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if (waiting.rows[0].n >= sent.length) break;
        if (i > 200) throw new Error(`only ${waiting.rows[0].n} of ${sent.length} requests reached the database`);
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    await holder.query('commit');
    return (await Promise.all(sent)) as T;
  } finally {
    await holder.end();
  }
}
