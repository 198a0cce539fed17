import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import { type Actor, inTransaction, type UseCase } from './context.js';
import { isUniqueViolation } from './db/dialect.js';
import { DomainError, fieldError } from './http/errors.js';

/** One write that a retry must not repeat, and how to answer that retry. */
export interface IdempotentWrite<T> {
  /** Names the write (`order.pay`): a key is the caller's own within one route. */
  route: string;
  /** Everything that says what was asked (path parameters and body); a key sent again must ask the same. */
  request: unknown;
  run(ctx: UseCase): Promise<T>;
  /** The record the write made or changed; the key keeps its id, not a copy of the answer. */
  recordId(answer: T): string;
  /**
   * Answers a retry: reads that record as it is now, authorising the caller as the write does, so a
   * caller who lost the right since gets the refusal, not the record.
   */
  replay(ctx: UseCase, recordId: string): Promise<T>;
}

export interface Outcome<T> {
  answer: T;
  /** True when the answer is a retry's: nothing was written this time. */
  replayed: boolean;
}

/**
 * Runs a write once per `Idempotency-Key`: a retry, a double click or a second tab with the same key
 * gets the record the first request wrote instead of a second payment. A key belongs to its caller
 * (the user, or the API token) and route; the same key with another request answers 422
 * `idempotency.key_reused`. The key is claimed inside the write's own transaction, so a concurrent
 * duplicate waits on the key row, fails to claim it, and answers as a retry.
 */
export async function once<T>(ctx: UseCase, key: string | undefined, write: IdempotentWrite<T>): Promise<Outcome<T>> {
  if (key === undefined) return { answer: await write.run(ctx), replayed: false };
  if (!/^[A-Za-z0-9_.:-]{8,100}$/.test(key)) {
    throw new DomainError('bad_request', 'request.idempotency_key_invalid', 'Idempotency-Key: 8 to 100 letters, digits, _ . : -');
  }
  const claim = {
    tenant_id: ctx.actor.tenantId,
    caller: callerOf(ctx.actor),
    route: write.route,
    key,
    request_hash: createHash('sha256').update(canonicalJson(write.request)).digest('hex'),
  };
  const earlier = await retried(ctx, claim, write);
  if (earlier) return earlier;
  try {
    const answer = await inTransaction(ctx, async (tx) => {
      await tx.db
        .insertInto('idempotency_keys')
        .values({ ...claim, record_id: null, created_at: tx.now })
        .execute();
      const answer = await write.run(tx);
      await tx.db
        .updateTable('idempotency_keys')
        .set({ record_id: write.recordId(answer) })
        .where('tenant_id', '=', claim.tenant_id)
        .where('caller', '=', claim.caller)
        .where('route', '=', claim.route)
        .where('key', '=', claim.key)
        .execute();
      return answer;
    });
    return { answer, replayed: false };
  } catch (e) {
    // a concurrent request with the same key claimed it first and has committed by now
    if (isUniqueViolation(e)) {
      const again = await retried(ctx, claim, write);
      if (again) return again;
    }
    throw e;
  }
}

/** Keys are the caller's own: an API token's are not its owner's session's, nor another token's. */
function callerOf(actor: Actor): string {
  if (actor.via === 'token') {
    if (!actor.tokenId) throw new Error('a token actor without its token id');
    return `token:${actor.tokenId}`;
  }
  return actor.userId ? `user:${actor.userId}` : 'system';
}

type Claim = { tenant_id: string; caller: string; route: string; key: string; request_hash: string };

/** The answer to a retry of `claim`, or undefined when the key is new. */
async function retried<T>(ctx: UseCase, claim: Claim, write: IdempotentWrite<T>): Promise<Outcome<T> | undefined> {
  const row = await ctx.db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'record_id'])
    .where('tenant_id', '=', claim.tenant_id)
    .where('caller', '=', claim.caller)
    .where('route', '=', claim.route)
    .where('key', '=', claim.key)
    .executeTakeFirst();
  if (!row || row.record_id === null) return undefined;
  if (row.request_hash !== claim.request_hash) {
    throw fieldError(
      'unprocessable',
      'idempotency.key_reused',
      'idempotency-key',
      'this Idempotency-Key was sent with another request; use a new key for a new request',
    );
  }
  return { answer: await write.replay(ctx, row.record_id), replayed: true };
}
