import type { Kysely } from 'kysely';
import { type AuditChange, appendAuditEvent, auditEvent, type PendingEvent } from './audit/audit.service.js';
import type { Access } from './authz/access.js';
import type { BlobStore } from './blobs.js';
import { type Clock, readTime } from './clock.js';
import type { Config } from './config.js';
import type { Engine } from './db/dialect.js';
import type { Database } from './db/schema.js';
import { explainUniqueViolation, type UniqueRules } from './db/unique-rules.js';
import type { ModuleRegistry } from './modules.js';

/** Who is acting: a signed-in user, a user's API token, or the system itself. */
export interface Actor {
  tenantId: string;
  userId: string | null;
  username: string;
  displayName: string;
  access: Access;
  via: 'session' | 'token' | 'system';
  /** The API token acting, when `via` is `token` (idempotency keys are the token's own). */
  tokenId?: string;
  /** The user must set a new password (after an administrator reset) before anything else. */
  mustChangePassword?: boolean;
}

/** What every use case is handed; nothing is reached through globals. */
export interface AppDeps {
  db: Kysely<Database>;
  engine: Engine;
  clock: Clock;
  config: Config;
  blobs: BlobStore;
  /** What each business-rule unique index answers when a write runs into it (the modules' table). */
  uniqueRules: UniqueRules;
  /** What every module declares (permissions, job kinds, monitors, history readers…), gathered at start. */
  modules: ModuleRegistry;
}

export interface UseCase extends AppDeps {
  actor: Actor;
  requestId: string | null;
}

/**
 * A use case inside its one transaction: `audit` records a change for the chain, which is written at the end of
 * that same transaction, just before it commits.
 */
export interface Tx extends UseCase {
  now: string;
  audit(change: AuditChange): Promise<void>;
}

export function systemActor(tenantId: string): Actor {
  return {
    tenantId,
    userId: null,
    username: 'system',
    displayName: '系统',
    access: { grants: [], tokenPermissions: null, system: true },
    via: 'system',
  };
}

const isTx = (ctx: UseCase): ctx is Tx => 'audit' in ctx && ctx.db.isTransaction;

/**
 * Runs `fn` in one transaction; the change and its audit events commit or roll back together. Called
 * inside a transaction already (a use case composed into another), it joins that transaction. A write
 * refused by a unique index that guards a business rule fails with that rule's refusal (`uniqueRules`),
 * the same on both engines, wherever the use case was called from.
 */
export async function inTransaction<T>(ctx: UseCase, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (isTx(ctx)) return fn(ctx);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const { now, recordedAt, clockMoved } = readTime(ctx.clock);
      const auditCtx = {
        tenantId: ctx.actor.tenantId,
        actor: { id: ctx.actor.userId, name: ctx.actor.displayName },
        requestId: ctx.requestId,
        at: now,
        recordedAt,
        clockMoved,
      };
      const events: PendingEvent[] = [];
      // `now` and `audit` before the spread (a use case outside a transaction has neither; added after a spread, V8
      // adds each name the slow way), `db` after it to replace the caller's
      const result = await fn({ now, audit: async (change) => void events.push(auditEvent(auditCtx, change)), ...ctx, db: trx });
      // the tenant's chain last, just before the commit: on PostgreSQL its head's row lock, which every audited write
      // of the tenant waits for, is then held for the commit alone and not while the use case runs its other statements
      for (const event of events) await appendAuditEvent(trx, event);
      return result;
    });
  } catch (e) {
    throw await explainUniqueViolation(ctx, e);
  }
}
