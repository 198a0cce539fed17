import type { Kysely } from 'kysely';
import { inTransaction, type UseCase } from './context.js';
import { isUniqueViolation } from './db/dialect.js';
import type { Database } from './db/schema.js';
import { DomainError } from './http/errors.js';

/**
 * Runs a write once per `Idempotency-Key`: a retry, a double click or a second tab with the same key
 * gets the first answer instead of a second payment. The key is claimed inside the write's own
 * transaction, so a concurrent duplicate waits on the key row, fails to claim it, and reads the answer.
 */
export async function once<T>(ctx: UseCase, key: string | undefined, scope: string, run: (ctx: UseCase) => Promise<T>): Promise<T> {
  if (key === undefined) return run(ctx);
  if (!/^[A-Za-z0-9_.:-]{8,100}$/.test(key)) {
    throw new DomainError('bad_request', 'request.idempotency_key_invalid', 'Idempotency-Key: 8 to 100 letters, digits, _ . : -');
  }
  const stored = await readAnswer(ctx.db, ctx.actor.tenantId, key, scope);
  if (stored !== undefined) return stored as T;
  try {
    return await inTransaction(ctx, async (tx) => {
      await tx.db
        .insertInto('idempotency_keys')
        .values({ tenant_id: tx.actor.tenantId, key, scope, body_json: null, created_at: tx.now })
        .execute();
      const answer = await run(tx);
      await tx.db
        .updateTable('idempotency_keys')
        .set({ body_json: JSON.stringify(answer) })
        .where('tenant_id', '=', tx.actor.tenantId)
        .where('key', '=', key)
        .execute();
      return answer;
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const again = await readAnswer(ctx.db, ctx.actor.tenantId, key, scope);
      if (again !== undefined) return again as T;
    }
    throw e;
  }
}

async function readAnswer(db: Kysely<Database>, tenantId: string, key: string, scope: string): Promise<unknown> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['scope', 'body_json'])
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.scope !== scope)
    throw new DomainError('conflict', 'request.idempotency_key_reused', 'this Idempotency-Key was used for another request');
  return row.body_json === null ? undefined : JSON.parse(row.body_json);
}
