import type { Kysely } from 'kysely';
import type { AppDeps } from '../context.js';
import type { Database } from '../db/schema.js';
import { DomainError } from '../http/errors.js';
import { newId } from '../ids.js';
import { insertJobOrIgnore, pendingKinds, tenantZoneOf } from './job.repo.js';
import type { JobKind } from './job.types.js';
import { cronOf, DEFAULT_MAX_ATTEMPTS, nextOccurrence, occurrenceKey } from './schedule.rules.js';

/** What scheduling needs of a transaction: a use case's `Tx` or a job run fits. */
export interface ScheduleTx {
  db: Kysely<Database>;
  actor: { tenantId: string };
  now: string;
}

export interface NewJob {
  kind: string;
  /** Unique per tenant; scheduling a key that exists changes nothing (the first one stands). */
  key: string;
  /** When it may run; ISO UTC text or a Date. */
  dueAt: string | Date;
  payload?: Record<string, unknown>;
  maxAttempts?: number;
}

/**
 * Schedules a one-off job in the caller's transaction, so it exists exactly when the caller's change
 * commits. Idempotent by key: answers the job holding the key and whether this call created it.
 */
export async function scheduleJob(tx: ScheduleTx, job: NewJob): Promise<{ id: string; created: boolean }> {
  const due = job.dueAt instanceof Date ? job.dueAt : new Date(job.dueAt);
  if (Number.isNaN(due.getTime())) throw new DomainError('invalid', 'job.due_invalid', `not an instant: ${String(job.dueAt)}`);
  if (!job.key || job.key.length > 200) throw new DomainError('invalid', 'job.key_invalid', 'a job key has 1 to 200 characters');
  return insertJobOrIgnore(tx.db, {
    tenant_id: tx.actor.tenantId,
    id: newId(),
    kind: job.kind,
    key: job.key,
    payload_json: JSON.stringify(job.payload ?? {}),
    due_at: due.toISOString(),
    state: 'pending',
    attempts: 0,
    max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    recurring_cron: null,
    skipped_occurrences: 0,
    last_run_at: null,
    last_error: null,
    last_worker: null,
    created_at: tx.now,
    updated_at: tx.now,
  });
}

/** Schedules one occurrence of a recurring kind (its key names the local time, so it is scheduled once). */
export async function scheduleOccurrence(
  tx: ScheduleTx,
  kind: JobKind,
  cron: string,
  at: Date,
  zone: string,
  skipped: number,
): Promise<{ id: string; created: boolean }> {
  return insertJobOrIgnore(tx.db, {
    tenant_id: tx.actor.tenantId,
    id: newId(),
    kind: kind.kind,
    key: occurrenceKey(kind.kind, at, zone),
    payload_json: '{}',
    due_at: at.toISOString(),
    state: 'pending',
    attempts: 0,
    max_attempts: kind.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    recurring_cron: cron,
    skipped_occurrences: skipped,
    last_run_at: null,
    last_error: null,
    last_worker: null,
    created_at: tx.now,
    updated_at: tx.now,
  });
}

/**
 * Gives every tenant the next occurrence of each recurring kind that has none waiting (new tenants, new
 * kinds, a first start). Safe to call from several servers at once: occurrence keys are unique.
 */
export async function ensureRecurringJobs(deps: AppDeps, kinds: readonly JobKind[]): Promise<number> {
  const recurring = kinds.filter((k) => k.recurring);
  // a bad pattern is a programming error: refuse to start rather than never run the job
  for (const k of recurring) cronOf(k.recurring!.cron, 'UTC');
  if (recurring.length === 0) return 0;
  let created = 0;
  const tenants = await deps.db.selectFrom('tenants').select('id').execute();
  for (const t of tenants) {
    await deps.db.transaction().execute(async (trx) => {
      const now = deps.clock.now();
      const tx = { db: trx, actor: { tenantId: t.id }, now: now.toISOString() };
      const waiting = await pendingKinds(trx, t.id);
      const zone = await tenantZoneOf(trx, t.id);
      for (const k of recurring) {
        if (waiting.has(k.kind)) continue;
        const cron = k.recurring!.cron;
        const r = await scheduleOccurrence(tx, k, cron, nextOccurrence(cron, zone, now), zone, 0);
        if (r.created) created++;
      }
    });
  }
  return created;
}
