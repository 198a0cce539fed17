import { createHash } from 'node:crypto';

/** One audit event as it is hashed. Field order is fixed: it is part of the chain's definition. */
export interface ChainedEvent {
  tenantId: string;
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
  requestId: string | null;
  /** The wall time the event was written; null only on events written before it was kept. */
  recordedAt: string | null;
  /** Written under a moved clock (demo mode), so `at` is simulated; null only on those older events. */
  clockMoved: boolean | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * hash(n) = sha256(hash(n-1) ‖ event n): editing any stored event breaks every later link. The real
 * time and the moved-clock mark are hashed too; events from before they were kept (both null) hash as
 * they always did, and clearing them on a newer event changes its hash.
 *
 * What is hashed is the JSON array `[prevHash, tenantId, seq, id, at, …]`. It is written here as
 * `["<prevHash>",<front>,<seq>,<back>`, so that PostgreSQL can hash an event whose previous hash and seq it
 * takes from the head in the same statement (`appendAuditEvent`): `front` and `back` hold everything else.
 */
export function eventHash(prevHash: string, e: ChainedEvent): string {
  const { front, back } = hashedParts(e);
  return createHash('sha256')
    .update(`[${JSON.stringify(prevHash)},${front},${e.seq},${back}`)
    .digest('hex');
}

/** The hashed array's text on either side of the seq, without the previous hash (hex: its JSON is itself in quotes). */
export function hashedParts(e: Omit<ChainedEvent, 'seq'>): { front: string; back: string } {
  const rest = [e.id, e.at, e.actorId, e.actorName, e.action, e.entity, e.entityId, e.beforeJson, e.afterJson, e.requestId];
  const back = JSON.stringify(e.recordedAt === null && e.clockMoved === null ? rest : [...rest, e.recordedAt, e.clockMoved]);
  return { front: JSON.stringify(e.tenantId), back: back.slice(1) };
}

export type ChainBreak = { seq: number; id: string; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' };

/** Walks events in seq order and returns the first broken link, or null when intact. */
export class ChainVerifier {
  private prevHash = GENESIS_HASH;
  private prevSeq = 0;
  count = 0;

  /** Feeds one stored event (with its stored hashes); returns the break it finds, if any. */
  next(e: ChainedEvent & { prevHash: string; hash: string }): ChainBreak | null {
    if (e.seq !== this.prevSeq + 1) return { seq: e.seq, id: e.id, reason: 'seq_gap' };
    if (e.prevHash !== this.prevHash) return { seq: e.seq, id: e.id, reason: 'prev_hash_mismatch' };
    if (eventHash(e.prevHash, e) !== e.hash) return { seq: e.seq, id: e.id, reason: 'hash_mismatch' };
    this.prevHash = e.hash;
    this.prevSeq = e.seq;
    this.count += 1;
    return null;
  }

  get lastSeq(): number {
    return this.prevSeq;
  }
  get lastHash(): string {
    return this.prevHash;
  }
}
