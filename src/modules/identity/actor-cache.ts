import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/context.js';
import type { Database } from '../../platform/db/schema.js';

/** A resolved session or API token: its actor and the facts a request still checks against the clock. */
export interface CachedCaller {
  readonly actor: Actor;
  /** When the secret stops holding (null: a token that never expires); compared with now on every request. */
  expiresAt: string | null;
  /** A session's last sliding of its expiry, a token's last recorded use: throttles those writes. */
  lastSeenAt: string | null;
  /** A session's start, which bounds how far its expiry may slide. */
  readonly createdAt: string;
}

interface Entry {
  tenantId: string;
  version: number;
  caller: CachedCaller;
}

/**
 * Resolved callers by secret hash, each tagged with the tenant's authorisation version it was loaded
 * at. An entry counts only while the database still holds that version, so a change committed by any
 * process or connection (triggers bump the version) is seen at the next request. Bounded: the least
 * recently used entry goes first, and a tenant's stale entries go as soon as a newer version is seen.
 */
export class ActorCache {
  private readonly entries = new Map<string, Entry>();
  private readonly versions = new Map<string, number>();

  constructor(private readonly max = 10_000) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string, tenantId: string, version: number): CachedCaller | undefined {
    this.observe(tenantId, version);
    const entry = this.entries.get(key);
    if (!entry || entry.tenantId !== tenantId) return undefined;
    if (entry.version !== version) {
      if (entry.version < version) this.entries.delete(key);
      return undefined;
    }
    // re-inserted so the Map's order stays least recently used first
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.caller;
  }

  /** Keeps `caller`, unless a newer version was seen meanwhile (then what was loaded may be stale). */
  set(key: string, tenantId: string, version: number, caller: CachedCaller): void {
    this.observe(tenantId, version);
    if (this.versions.get(tenantId) !== version) return;
    this.entries.delete(key);
    this.entries.set(key, { tenantId, version, caller: freezeActor(caller) });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  private observe(tenantId: string, version: number): void {
    const known = this.versions.get(tenantId);
    // Versions only grow; a smaller one is a read that started before a newer one was seen.
    if (known !== undefined && version <= known) return;
    this.versions.set(tenantId, version);
    if (known === undefined) return;
    for (const [key, entry] of this.entries) if (entry.tenantId === tenantId) this.entries.delete(key);
  }
}

/** One actor object serves many requests: freezing it makes any attempt to change it fail loudly. */
function freezeActor(caller: CachedCaller): CachedCaller {
  const { access } = caller.actor;
  for (const grant of access.grants) Object.freeze(Object.freeze(grant).permissions);
  Object.freeze(access.grants);
  Object.freeze(access);
  Object.freeze(caller.actor);
  return caller;
}

// One cache per database handle: an app (and each test's app) has its own, and it goes with the handle.
const caches = new WeakMap<Kysely<Database>, ActorCache>();

export function actorCacheOf(db: Kysely<Database>): ActorCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ActorCache();
    caches.set(db, cache);
  }
  return cache;
}
