import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/context.js';
import { ActorCache, type CachedCaller } from './actor-cache.js';

const caller = (username: string): CachedCaller => ({
  actor: {
    tenantId: 't1',
    userId: username,
    username,
    displayName: username,
    access: { grants: [{ orgId: 'o', orgPath: '/o/', roleCode: 'r', permissions: ['users.read'] }], tokenPermissions: null },
    via: 'session',
  } satisfies Actor,
  expiresAt: '2100-01-01T00:00:00.000Z',
  lastSeenAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('ActorCache', () => {
  it('serves an entry only at the version it was loaded at', () => {
    const cache = new ActorCache();
    cache.set('a', 't1', 3, caller('a'));
    expect(cache.get('a', 't1', 3)?.actor.username).toBe('a');
    expect(cache.get('a', 't1', 4)).toBeUndefined();
    expect(cache.get('a', 't1', 3)).toBeUndefined();
  });

  it('drops a tenant’s entries when a newer version is seen, and keeps other tenants’', () => {
    const cache = new ActorCache();
    cache.set('a', 't1', 1, caller('a'));
    cache.set('b', 't2', 1, caller('b'));
    cache.get('x', 't1', 2);
    expect(cache.size).toBe(1);
    expect(cache.get('b', 't2', 1)?.actor.username).toBe('b');
  });

  it('does not keep what was loaded under a version older than one already seen', () => {
    const cache = new ActorCache();
    cache.get('x', 't1', 5);
    cache.set('a', 't1', 4, caller('a'));
    expect(cache.get('a', 't1', 4)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most its bound, evicting the least recently used', () => {
    const cache = new ActorCache(2);
    cache.set('a', 't1', 1, caller('a'));
    cache.set('b', 't1', 1, caller('b'));
    cache.get('a', 't1', 1);
    cache.set('c', 't1', 1, caller('c'));
    expect(cache.size).toBe(2);
    expect(cache.get('b', 't1', 1)).toBeUndefined();
    expect(cache.get('a', 't1', 1)).toBeDefined();
  });

  it('hands out actors that cannot be changed by the requests sharing them', () => {
    const cache = new ActorCache();
    cache.set('a', 't1', 1, caller('a'));
    const actor = cache.get('a', 't1', 1)!.actor;
    expect(() => {
      (actor.access.grants[0]!.permissions as string[]).push('users.manage');
    }).toThrow();
    expect(() => {
      (actor as { username: string }).username = 'b';
    }).toThrow();
  });
});
