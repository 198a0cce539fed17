import { visibleScope } from '../../platform/authz/access.js';
import { authorize, authorizeVisible } from '../../platform/authz/guard.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { ORG_MANAGE } from './org.permissions.js';
import { orgAbilities } from './org.policy.js';
import * as repo from './org.repo.js';
import { canParent, childPath, refuseMove } from './org.rules.js';
import type { OrgKind, OrgNode } from './org.types.js';

export { pathIds } from './org.rules.js';

export const presentOrg = (ctx: UseCase, node: OrgNode) => ({ abilities: orgAbilities(ctx.actor.access, node), ...node });

/** Loads a node the caller can see, or answers 404 as if it did not exist. */
export async function loadVisibleOrg(ctx: UseCase, id: string): Promise<OrgNode> {
  const node = await repo.findOrg(ctx.db, ctx.actor.tenantId, id);
  if (!node) throw notFound('org');
  authorizeVisible(ctx.actor.access, node.path, 'org');
  return node;
}

/** The tenant's root node (HQ): where tenant-wide permissions (roles, catalogue) are granted. */
export async function rootOrg(ctx: UseCase): Promise<OrgNode | undefined> {
  return repo.findRoot(ctx.db, ctx.actor.tenantId);
}

/** The tenant itself (its creation, demo clock moves), for its history: its own users who see its root node. */
export async function readTenant(ctx: UseCase, id: string): Promise<OrgNode> {
  const root = await rootOrg(ctx);
  if (id !== ctx.actor.tenantId || !root) throw notFound('tenant');
  authorizeVisible(ctx.actor.access, root.path, 'tenant');
  return root;
}

/** A node by id without a visibility check: for public pages and rules that place records. */
export async function orgById(ctx: UseCase, id: string): Promise<OrgNode | undefined> {
  return repo.findOrg(ctx.db, ctx.actor.tenantId, id);
}

/** The nodes from the root down to the node at `path` (for inheritance), root first. */
/** The names of the tenant's nodes among `ids` (other ids are left out). */
export async function orgNames(ctx: UseCase, ids: readonly string[]): Promise<Map<string, string>> {
  return repo.nodeNames(ctx.db, ctx.actor.tenantId, ids);
}

export async function ancestorsOf(ctx: UseCase, path: string): Promise<OrgNode[]> {
  return repo.findAncestors(ctx.db, ctx.actor.tenantId, path);
}

/** Every node the caller can see (for pages that offer a choice of offices). */
export async function visibleOrgs(ctx: UseCase): Promise<OrgNode[]> {
  return (await repo.listOrgs(ctx.db, ctx.actor.tenantId, { scope: visibleScope(ctx.actor.access), page: 1, pageSize: 10_000 })).items;
}

/**
 * The active nodes of the subtree at `path`, the node included, in tree order, without a visibility check: for rules
 * that place records beyond the caller's own nodes (the departments of a company a customer's feedback may go to).
 */
export async function activeOrgsWithin(ctx: UseCase, path: string): Promise<OrgNode[]> {
  return (await repo.listOrgs(ctx.db, ctx.actor.tenantId, { scope: [path], active: true, page: 1, pageSize: 10_000 })).items;
}

/**
 * For each of `paths` (the nodes of a caller's grants), the kinds of the active nodes on its path and under it: whether
 * the unit a role is held in is, or holds, or sits in an office (without a visibility check; it tells kinds, not nodes).
 */
export async function kindsAround(ctx: UseCase, paths: readonly string[]): Promise<Map<string, Set<string>>> {
  const nodes = await repo.nodeKindsAround(ctx.db, ctx.actor.tenantId, paths);
  return new Map(
    paths.map((p) => [p, new Set(nodes.filter((n) => p.startsWith(n.path) || n.path.startsWith(p)).map((n) => n.kind))] as const),
  );
}

/** The path of a node, for rules that place records (not for showing the node: no visibility check). */
export async function orgPathOf(ctx: UseCase, id: string): Promise<string> {
  const node = await repo.findOrg(ctx.db, ctx.actor.tenantId, id);
  if (!node) throw notFound('org');
  return node.path;
}

/** One node with the caller's abilities on it. */
export async function getOrg(ctx: UseCase, id: string) {
  return presentOrg(ctx, await loadVisibleOrg(ctx, id));
}

/** Nodes the caller can see (every node under each of their grants). */
export async function listOrgs(ctx: UseCase, filter: Omit<repo.OrgFilter, 'scope'>) {
  const { items, total } = await repo.listOrgs(ctx.db, ctx.actor.tenantId, { ...filter, scope: visibleScope(ctx.actor.access) });
  return { items: items.map((n) => presentOrg(ctx, n)), total, page: filter.page, pageSize: filter.pageSize };
}

/** The root node and the rest of the path down to `id`, for breadcrumbs and inheritance. */
export async function orgAncestors(ctx: UseCase, node: OrgNode): Promise<OrgNode[]> {
  return repo.findAncestors(ctx.db, ctx.actor.tenantId, node.path);
}

async function saveChecked(tx: Tx, next: OrgNode, before: OrgNode, action: string, reason?: string): Promise<OrgNode> {
  // a code already used answers org.code_taken (modules/unique-rules.ts)
  if (!(await repo.updateOrg(tx.db, next, before.version))) {
    throw new DomainError('conflict', 'record.version_conflict', 'the node was changed by someone else; reload');
  }
  await tx.audit({ action, entity: 'org', entityId: next.id, before, after: reason ? { ...next, reason } : next });
  return next;
}

export interface CreateOrgInput {
  parentId: string;
  kind: OrgKind;
  name: string;
  code?: string | null | undefined;
}

/** Adds a node under a parent the caller manages. */
export async function createOrg(ctx: UseCase, input: CreateOrgInput) {
  return inTransaction(ctx, async (tx) => {
    const parent = await repo.findOrg(tx.db, tx.actor.tenantId, input.parentId);
    if (!parent) throw fieldError('not_found', 'org.not_found', 'parentId', 'parent not found');
    authorize(tx.actor.access, ORG_MANAGE, parent.path, 'org');
    if (!parent.active) throw fieldError('unprocessable', 'org.parent_inactive', 'parentId', 'the parent is deactivated');
    if (!canParent(parent.kind, input.kind)) {
      throw fieldError('unprocessable', 'org.kind_not_allowed_here', 'kind', `a ${input.kind} cannot sit under a ${parent.kind}`);
    }
    const id = newId();
    const node: OrgNode = {
      id,
      tenantId: tx.actor.tenantId,
      parentId: parent.id,
      kind: input.kind,
      name: input.name,
      code: input.code ?? null,
      path: childPath(parent.path, id),
      depth: parent.depth + 1,
      active: true,
      version: 1,
      createdAt: tx.now,
      updatedAt: tx.now,
    };
    await repo.insertOrg(tx.db, node);
    await tx.audit({ action: 'org.create', entity: 'org', entityId: id, after: node });
    return presentOrg(tx, node);
  });
}

/** Creates a tenant's root (HQ); used when a tenant is set up, by the system. */
export async function createRootOrg(tx: Tx, input: { name: string; code: string }): Promise<OrgNode> {
  const id = newId();
  const node: OrgNode = {
    id,
    tenantId: tx.actor.tenantId,
    parentId: null,
    kind: 'hq',
    name: input.name,
    code: input.code,
    path: `/${id}/`,
    depth: 0,
    active: true,
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  };
  await repo.insertOrg(tx.db, node);
  await tx.audit({ action: 'org.create', entity: 'org', entityId: id, after: node });
  return node;
}

/** Renames a node (and/or changes its code). */
export async function renameOrg(
  ctx: UseCase,
  id: string,
  input: { name?: string | undefined; code?: string | null | undefined; version?: number | undefined },
) {
  return inTransaction(ctx, async (tx) => {
    const node = await loadVisibleOrg(tx, id);
    authorize(tx.actor.access, ORG_MANAGE, node.path, 'org');
    checkVersion(node, input.version);
    const next = {
      ...node,
      name: input.name ?? node.name,
      code: input.code === undefined ? node.code : input.code,
      version: node.version + 1,
      updatedAt: tx.now,
    };
    return presentOrg(tx, await saveChecked(tx, next, node, 'org.rename'));
  });
}

function checkVersion(node: OrgNode, version: number | undefined) {
  if (version !== undefined && version !== node.version) {
    throw new DomainError('conflict', 'record.version_conflict', 'the node was changed by someone else; reload');
  }
}

/** Moves a node and its whole subtree under another parent. */
export async function moveOrg(ctx: UseCase, id: string, input: { parentId: string; version?: number | undefined }) {
  return inTransaction(ctx, async (tx) => {
    const node = await loadVisibleOrg(tx, id);
    authorize(tx.actor.access, ORG_MANAGE, node.path, 'org');
    checkVersion(node, input.version);
    const parent = await repo.findOrg(tx.db, tx.actor.tenantId, input.parentId);
    if (!parent) throw fieldError('not_found', 'org.not_found', 'parentId', 'new parent not found');
    authorize(tx.actor.access, ORG_MANAGE, parent.path, 'org');
    const refusal = refuseMove({ node, newParent: parent });
    if (refusal) throw fieldError('unprocessable', refusal, 'parentId', `cannot move here (${refusal})`);
    const newPath = childPath(parent.path, node.id);
    const next = { ...node, parentId: parent.id, path: newPath, depth: parent.depth + 1, version: node.version + 1, updatedAt: tx.now };
    await saveChecked(tx, next, node, 'org.move');
    await repo.repathSubtree(tx.db, tx.actor.tenantId, node.path, newPath, next.depth - node.depth);
    return presentOrg(tx, next);
  });
}

/** Deactivates (never deletes) a node, or activates it again. */
export async function setOrgActive(ctx: UseCase, id: string, active: boolean, reason: string | undefined) {
  return inTransaction(ctx, async (tx) => {
    const node = await loadVisibleOrg(tx, id);
    authorize(tx.actor.access, ORG_MANAGE, node.path, 'org');
    if (!active) {
      if (node.parentId === null) throw new DomainError('unprocessable', 'org.root_cannot_deactivate', 'the root stays active');
      if ((await repo.countActiveChildren(tx.db, tx.actor.tenantId, id)) > 0) {
        throw new DomainError('unprocessable', 'org.has_active_children', 'deactivate the nodes under it first');
      }
    } else if (node.parentId) {
      const parent = await repo.findOrg(tx.db, tx.actor.tenantId, node.parentId);
      if (parent && !parent.active) throw new DomainError('unprocessable', 'org.parent_inactive', 'activate the parent first');
    }
    if (node.active === active) return presentOrg(tx, node);
    const next = { ...node, active, version: node.version + 1, updatedAt: tx.now };
    await saveChecked(tx, next, node, active ? 'org.activate' : 'org.deactivate', reason);
    return presentOrg(tx, next);
  });
}
