import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared } from '../../src/platform/db/prepared.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

/** Prepared queries (issue 13) on the suite's engine: compiled once, run with each call's values. */
describe('prepared queries', () => {
  let env: TestEnv;
  let tenantId: string;
  beforeAll(async () => {
    env = await startTestEnv();
    tenantId = (await env.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => env.close());

  const counter = prepared((db, a: { tenantId: string; name: string }) =>
    db.selectFrom('counters').select(['name', 'value']).where('tenant_id', '=', a.tenantId).where('name', '=', a.name),
  );
  const create = prepared((db, a: { tenantId: string; name: string; value: number }) =>
    db.insertInto('counters').values({ tenant_id: a.tenantId, name: a.name, value: a.value }),
  );
  const bump = prepared((db, a: { tenantId: string; name: string }) =>
    db
      .updateTable('counters')
      .set({ value: sql`value + 1` })
      .where('tenant_id', '=', a.tenantId)
      .where('name', '=', a.name)
      .returning('value'),
  );

  it('answers each call with its own values through the one compiled statement', async () => {
    const db = env.runtime.deps.db;
    await create(db, { tenantId, name: 'prepared-a', value: 5 });
    await create(db, { tenantId, name: 'prepared-b', value: 70 });
    expect((await counter(db, { tenantId, name: 'prepared-a' })).rows).toEqual([{ name: 'prepared-a', value: 5 }]);
    expect((await counter(db, { tenantId, name: 'prepared-b' })).rows).toEqual([{ name: 'prepared-b', value: 70 }]);
    expect((await counter(db, { tenantId, name: 'prepared-none' })).rows).toEqual([]);
    const bumped = await bump(db, { tenantId, name: 'prepared-b' });
    expect(bumped.rows.map((r) => Number(r.value))).toEqual([71]);
    expect(Number((await bump(db, { tenantId: 'another tenant', name: 'prepared-b' })).rows.length)).toBe(0);
  });

  it('runs inside a transaction, and its rollback takes the change back', async () => {
    const db = env.runtime.deps.db;
    await create(db, { tenantId, name: 'prepared-tx', value: 1 });
    await expect(
      db.transaction().execute(async (tx) => {
        await bump(tx, { tenantId, name: 'prepared-tx' });
        expect((await counter(tx, { tenantId, name: 'prepared-tx' })).rows[0]?.value).toBe(2);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect((await counter(db, { tenantId, name: 'prepared-tx' })).rows[0]?.value).toBe(1);
  });

  it('refuses an argument left out, and a query naming one argument twice', async () => {
    const db = env.runtime.deps.db;
    await expect(counter(db, { tenantId } as never)).rejects.toThrow(/not given name/);
    const twice = prepared((d, a: { name: string }) =>
      d.selectFrom('counters').select('value').where('name', '=', a.name).where('tenant_id', '=', a.name),
    );
    await expect(twice(db, { name: 'x' })).rejects.toThrow(/each argument once/);
  });

  it.runIf(process.env.GUANJIA_TEST_ENGINE === 'postgres')(
    'is parsed once per PostgreSQL connection, as a named statement, and answers later calls from it',
    async () => {
      const db = env.runtime.deps.db;
      await create(db, { tenantId, name: 'prepared-named', value: 3 });
      // one transaction is one connection: the statement it prepared is in that session's list
      const named = await db.transaction().execute(async (tx) => {
        await counter(tx, { tenantId, name: 'prepared-named' });
        const again = await counter(tx, { tenantId, name: 'prepared-named' });
        const list = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(tx);
        return { again: again.rows, statements: list.rows.map((r) => r.statement) };
      });
      expect(named.again).toEqual([{ name: 'prepared-named', value: 3 }]);
      expect(named.statements.some((s) => s.includes('from "counters"') && s.includes('"name" = $2'))).toBe(true);
      // a query not prepared stays unnamed
      expect(named.statements.some((s) => s.includes('pg_prepared_statements'))).toBe(false);
    },
  );
});
