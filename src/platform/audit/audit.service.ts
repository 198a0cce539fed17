import { type Kysely, sql } from 'kysely';
import { prepared } from '../db/prepared.js';
import type { Database } from '../db/schema.js';
import { newId } from '../ids.js';
import { type ChainBreak, type ChainedEvent, ChainVerifier, eventHash, GENESIS_HASH } from './audit.chain.js';

/** Who acted, for the audit log: a user, or `system` for seeds and jobs. */
export interface AuditActor {
  id: string | null;
  name: string;
}

export interface AuditContext {
  tenantId: string;
  actor: AuditActor;
  requestId: string | null;
  /** The application's time (simulated on a demo server whose clock was moved). */
  at: string;
  /** The wall time, kept beside `at` so a moved clock never hides when an event really happened. */
  recordedAt: string;
  clockMoved: boolean;
}

export interface AuditChange {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Starts a tenant's chain; called in the transaction that creates the tenant. */
export async function startAuditChain(db: Kysely<Database>, tenantId: string): Promise<void> {
  await db.insertInto('audit_heads').values({ tenant_id: tenantId, seq: 0, hash: GENESIS_HASH }).execute();
}

/**
 * Appends one event to the tenant's chain. Must run inside the transaction of the change it records.
 * The head row's update takes a row lock on PostgreSQL, so a tenant's events are written one at a time
 * and their sequence has no gaps; a trigger sets the head's hash to the inserted event's.
 */
export async function recordAudit(db: Kysely<Database>, ctx: AuditContext, change: AuditChange): Promise<void> {
  const [head] = (await takeNextSeq(db, { tenantId: ctx.tenantId })).rows;
  if (!head) throw new Error(`no audit chain for tenant ${ctx.tenantId}`);
  const event = {
    tenantId: ctx.tenantId,
    seq: Number(head.seq),
    id: newId(),
    at: ctx.at,
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    action: change.action,
    entity: change.entity,
    entityId: change.entityId,
    beforeJson: change.before === undefined ? null : JSON.stringify(change.before),
    afterJson: change.after === undefined ? null : JSON.stringify(change.after),
    requestId: ctx.requestId,
    recordedAt: ctx.recordedAt,
    clockMoved: ctx.clockMoved,
  };
  await insertEvent(db, { prevHash: head.hash, hash: eventHash(head.hash, event), ...event, clockMoved: event.clockMoved ? 1 : 0 });
  // the head's hash is set to this event's by the trigger audit_head_follows (platform migration 2026120590)
}

/** The head's update locks it on PostgreSQL until commit: the tenant's events are written one at a time. */
const takeNextSeq = prepared((db, a: { tenantId: string }) =>
  db.updateTable('audit_heads').set({ seq: sql`seq + 1` }).where('tenant_id', '=', a.tenantId).returning(['seq', 'hash']),
);

const insertEvent = prepared((db, e: Omit<ChainedEvent, 'clockMoved'> & { clockMoved: number; prevHash: string; hash: string }) =>
  db.insertInto('audit_events').values({
    tenant_id: e.tenantId,
    seq: e.seq,
    id: e.id,
    at: e.at,
    actor_id: e.actorId,
    actor_name: e.actorName,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId,
    before_json: e.beforeJson,
    after_json: e.afterJson,
    request_id: e.requestId,
    recorded_at: e.recordedAt,
    clock_moved: e.clockMoved,
    prev_hash: e.prevHash,
    hash: e.hash,
  }),
);

export interface HistoryEvent {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  /** The wall time the event was written; null on events from before it was kept. */
  recordedAt: string | null;
  /** `at` is a demo server's simulated time; `recordedAt` is when it really happened. */
  clockMoved: boolean;
}

/** Stored 0/1 (null before the column existed) → the chain's value. */
const movedOf = (v: number | null): boolean | null => (v === null ? null : Number(v) === 1);

export async function listHistory(db: Kysely<Database>, tenantId: string, entity: string, entityId: string): Promise<HistoryEvent[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
    requestId: r.request_id,
    recordedAt: r.recorded_at,
    clockMoved: movedOf(r.clock_moved) === true,
  }));
}

export interface ChainReport {
  tenantCode: string;
  events: number;
  broken: ChainBreak | null;
  /** The head disagrees with the last event: events were cut off the end. */
  headMismatch: boolean;
}

/** Recomputes every tenant's chain in batches, reporting the first broken link of each. */
export async function verifyAuditChains(db: Kysely<Database>): Promise<ChainReport[]> {
  const tenants = await db.selectFrom('tenants').select(['id', 'code']).orderBy('code').execute();
  const reports: ChainReport[] = [];
  for (const tenant of tenants) {
    const verifier = new ChainVerifier();
    let broken: ChainBreak | null = null;
    let after = 0;
    for (;;) {
      const batch = await db
        .selectFrom('audit_events')
        .selectAll()
        .where('tenant_id', '=', tenant.id)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(2000)
        .execute();
      for (const r of batch) {
        broken = verifier.next({
          tenantId: r.tenant_id,
          seq: Number(r.seq),
          id: r.id,
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          beforeJson: r.before_json,
          afterJson: r.after_json,
          requestId: r.request_id,
          recordedAt: r.recorded_at,
          clockMoved: movedOf(r.clock_moved),
          prevHash: r.prev_hash,
          hash: r.hash,
        });
        if (broken) break;
      }
      if (broken || batch.length === 0) break;
      after = Number(batch[batch.length - 1]!.seq);
    }
    const head = await db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', tenant.id).executeTakeFirst();
    const headMismatch = !broken && (!head || Number(head.seq) !== verifier.lastSeq || head.hash !== verifier.lastHash);
    reports.push({ tenantCode: tenant.code, events: verifier.count, broken, headMismatch });
  }
  return reports;
}
