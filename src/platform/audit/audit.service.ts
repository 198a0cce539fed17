import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../db/dialect.js';
import { prepared } from '../db/prepared.js';
import type { Database } from '../db/schema.js';
import { newId } from '../ids.js';
import { type ChainBreak, type ChainedEvent, ChainVerifier, eventHash, GENESIS_HASH, hashedParts } from './audit.chain.js';

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

/** An event made from a change, its JSON taken at once (a change's objects may be edited after it is recorded). */
export type PendingEvent = Omit<ChainedEvent, 'seq'>;

export function auditEvent(ctx: AuditContext, change: AuditChange): PendingEvent {
  return {
    tenantId: ctx.tenantId,
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
}

/** Appends one event to the tenant's chain. Must run inside the transaction of the change it records. */
export async function recordAudit(db: Kysely<Database>, ctx: AuditContext, change: AuditChange): Promise<void> {
  await appendAuditEvent(db, auditEvent(ctx, change));
}

/**
 * Appends an event to its tenant's chain, in the transaction `db`. The head row's update takes a row lock on
 * PostgreSQL, so a tenant's events are written one at a time and their sequence has no gaps; a trigger sets the
 * head's hash to the inserted event's (`audit_head_follows`, platform migration 2026120590).
 */
export async function appendAuditEvent(db: Kysely<Database>, event: PendingEvent): Promise<void> {
  const stored = { ...event, clockMoved: event.clockMoved ? 1 : 0 };
  if (isPostgres(db)) {
    // one round trip: the head's lock is held from this statement to the commit, not across a trip back to this
    // process and a turn of its event loop, while the tenant's other writers wait for it
    const { front, back } = hashedParts(event);
    const appended = await appendEvent(db, { ...stored, hashFront: front, hashBack: back });
    if (Number(appended.numAffectedRows) !== 1) throw new Error(`no audit chain for tenant ${event.tenantId}`);
    return;
  }
  const [head] = (await takeNextSeq(db, { tenantId: event.tenantId })).rows;
  if (!head) throw new Error(`no audit chain for tenant ${event.tenantId}`);
  const seq = Number(head.seq);
  await insertEvent(db, { ...stored, seq, prevHash: head.hash, hash: eventHash(head.hash, { ...event, seq }) });
}

/** The head's update locks it on PostgreSQL until commit: the tenant's events are written one at a time. */
const takeNextSeq = prepared((db, a: { tenantId: string }) =>
  db.updateTable('audit_heads').set({ seq: sql`seq + 1` }).where('tenant_id', '=', a.tenantId).returning(['seq', 'hash']),
);

type StoredEvent = Omit<ChainedEvent, 'seq' | 'clockMoved'> & { clockMoved: number };

const insertEvent = prepared((db, e: StoredEvent & { seq: number; prevHash: string; hash: string }) =>
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

/** A value of the event selected beside the head's columns, typed for PostgreSQL (a bare parameter there is unknown). */
const textValue = <N extends string>(value: string | null, name: N) => sql<string | null>`cast(${value} as text)`.as(name);

/**
 * PostgreSQL: the head's next seq and the event in one statement, the event's hash taken by the database from the
 * head's hash and seq (`eventHash`'s text: `["<prevHash>",<front>,<seq>,<back>`; the head's hash is hex).
 */
const appendEvent = prepared((db, e: StoredEvent & { hashFront: string; hashBack: string }) =>
  db
    .with('head', (qb) =>
      qb.updateTable('audit_heads').set({ seq: sql`seq + 1` }).where('tenant_id', '=', e.tenantId).returning(['tenant_id', 'seq', 'hash']),
    )
    .insertInto('audit_events')
    .columns([
      'tenant_id',
      'seq',
      'id',
      'at',
      'actor_id',
      'actor_name',
      'action',
      'entity',
      'entity_id',
      'before_json',
      'after_json',
      'request_id',
      'recorded_at',
      'clock_moved',
      'prev_hash',
      'hash',
    ])
    .expression((eb) =>
      eb
        .selectFrom('head')
        .select([
          'head.tenant_id',
          'head.seq',
          textValue(e.id, 'id'),
          textValue(e.at, 'at'),
          textValue(e.actorId, 'actor_id'),
          textValue(e.actorName, 'actor_name'),
          textValue(e.action, 'action'),
          textValue(e.entity, 'entity'),
          textValue(e.entityId, 'entity_id'),
          textValue(e.beforeJson, 'before_json'),
          textValue(e.afterJson, 'after_json'),
          textValue(e.requestId, 'request_id'),
          textValue(e.recordedAt, 'recorded_at'),
          sql<number>`cast(${e.clockMoved} as integer)`.as('clock_moved'),
          'head.hash',
          sql<string>`encode(sha256(convert_to('["' || head.hash || '",' || ${e.hashFront} || ',' || head.seq || ',' || ${e.hashBack}, 'UTF8')), 'hex')`.as(
            'hash',
          ),
        ]),
    ),
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
