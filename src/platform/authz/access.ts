import { keptPer } from '../kept.js';

/**
 * What a signed-in caller may do where: pure facts and decisions, tested without a database.
 * A role granted at an organisation node holds for that node's whole subtree.
 */
export interface GrantFact {
  orgId: string;
  /** Materialised path of the node the role is granted at (`/root/…/node/`). */
  orgPath: string;
  roleCode: string;
  permissions: readonly string[];
}

export interface Access {
  /** For an API token, already narrowed to the token's permissions (see `tokenAccess`). */
  grants: readonly GrantFact[];
  /** An API token narrows its user's permissions to this set; null for a session. */
  tokenPermissions: ReadonlySet<string> | null;
  /** The system itself (seed, CLI, jobs): everything, everywhere. */
  system?: boolean;
}

export type Decision = 'allow' | 'forbidden' | 'not_found';

/**
 * The access of an API token: every grant narrowed to the permissions chosen for the token, and
 * grants left with none dropped, so code that reads the grants themselves (visibility, "works
 * inside this node") is bounded by the token exactly as `allowsAt` is.
 */
export function tokenAccess(grants: readonly GrantFact[], tokenPermissions: Iterable<string>): Access {
  const chosen = new Set(tokenPermissions);
  const narrowed = grants
    .map((g) => ({ ...g, permissions: g.permissions.filter((p) => chosen.has(p)) }))
    .filter((g) => g.permissions.length > 0);
  return { grants: narrowed, tokenPermissions: chosen };
}

export function within(path: string, prefix: string): boolean {
  return path.startsWith(prefix);
}

/** Keeps only prefixes not already covered by a shorter one. */
export function minimalPrefixes(paths: Iterable<string>): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const p of sorted) if (!kept.some((k) => within(p, k))) kept.push(p);
  return kept.sort();
}

function grantAllows(access: Access, grant: GrantFact, permission: string): boolean {
  if (access.tokenPermissions && !access.tokenPermissions.has(permission)) return false;
  return grant.permissions.includes(permission);
}

const EVERYWHERE: readonly string[] = Object.freeze(['/']);

/**
 * Scopes already worked out, by access and permission. An access is never changed once made (a signed-in caller's is
 * frozen and shared by their requests from the cache), so its scopes are worked out once: a list page asks
 * `allowsAt` for every command of every order on it.
 */
const scopes = keptPer<Access, readonly string[]>();
const remembered = (access: Access, key: string, work: () => string[]) => scopes(access, key, () => Object.freeze(work()));

/** Subtrees (path prefixes) where `permission` holds. */
export function scopeOf(access: Access, permission: string): readonly string[] {
  if (access.system) return EVERYWHERE;
  return remembered(access, permission, () =>
    minimalPrefixes(access.grants.filter((g) => grantAllows(access, g, permission)).map((g) => g.orgPath)),
  );
}

/** Subtrees the caller can see at all: every node under any grant, whatever the role. */
export function visibleScope(access: Access): readonly string[] {
  if (access.system) return EVERYWHERE;
  // no permission is named with a space
  return remembered(access, ' visible', () => minimalPrefixes(access.grants.map((g) => g.orgPath)));
}

/** Subtrees lying in both sets of subtrees: of two nested prefixes, the deeper one. */
export function intersectScopes(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of a) {
    for (const q of b) {
      if (within(p, q)) out.push(p);
      else if (within(q, p)) out.push(q);
    }
  }
  return minimalPrefixes(out);
}

export function allowsAt(access: Access, permission: string, path: string): boolean {
  return scopeOf(access, permission).some((p) => within(path, p));
}

export function hasAnywhere(access: Access, permission: string): boolean {
  return scopeOf(access, permission).length > 0;
}

/**
 * A right that comes from the caller's relation to a record rather than from a grant at its node —
 * the staff on an order, the holder or receiver of collected cash. Such a right still rests on
 * permissions: the relation counts only for a caller who holds one of `permissions` somewhere, and
 * so, for an API token, only when the token was given one of them. Every relation-based path asks
 * this, so a token never does more than its chosen permissions.
 */
export function relationCounts(access: Access, permissions: readonly string[]): boolean {
  return permissions.some((p) => hasAnywhere(access, p));
}

/**
 * The answer for acting on a record at `path`: a record outside every node the caller can see
 * does not exist for them (404); one they can see but may not act on is forbidden (403).
 */
export function decide(access: Access, permission: string, path: string): Decision {
  if (!visibleScope(access).some((p) => within(path, p))) return 'not_found';
  return allowsAt(access, permission, path) ? 'allow' : 'forbidden';
}

/**
 * The caller's access narrowed to the grants held at, inside or above a node of one of `kinds`: where a module's work
 * is done (estates and their fees are an office's), so a permission held in a unit that does no such work opens no page
 * of it (a GPS department's cashier gets no fee desk). `kindsNear` gives, for a grant's node path, the kinds of the
 * nodes on its path and in its subtree. The system keeps everything.
 */
export function accessNear(access: Access, kindsNear: ReadonlyMap<string, ReadonlySet<string>>, kinds: readonly string[]): Access {
  if (access.system) return access;
  return { ...access, grants: access.grants.filter((g) => kinds.some((k) => kindsNear.get(g.orgPath)?.has(k))) };
}

/** Every permission the caller holds somewhere (for menus and token scoping). */
export function permissionsAnywhere(access: Access, catalogue: readonly string[]): string[] {
  return catalogue.filter((p) => hasAnywhere(access, p));
}
