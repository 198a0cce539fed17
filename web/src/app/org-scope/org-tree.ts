import type { Org, OrgKind } from '../../api/types';

/** A node with its visible children, for trees and the switcher. */
export interface OrgTreeNode {
  org: Org;
  children: OrgTreeNode[];
}

/**
 * Builds the visible forest: a node whose parent the caller cannot see becomes a root (a user granted
 * at two offices sees two trees). Children keep the server's order.
 */
export function buildOrgTree(orgs: readonly Org[]): OrgTreeNode[] {
  const byId = new Map<string, OrgTreeNode>();
  for (const org of orgs) byId.set(org.id, { org, children: [] });
  const roots: OrgTreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.org.parentId ? byId.get(node.org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The ids of a node and everything under it (a node cannot move below itself). */
export function subtreeIds(orgs: readonly Org[], id: string): Set<string> {
  const root = orgs.find((o) => o.id === id);
  if (!root) return new Set();
  return new Set(orgs.filter((o) => o.path.startsWith(root.path)).map((o) => o.id));
}

/** The visible ancestors of a node, root first, itself last. */
export function orgTrail(orgs: readonly Org[], id: string): Org[] {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const trail: Org[] = [];
  for (let org = byId.get(id); org; org = org.parentId ? byId.get(org.parentId) : undefined) trail.unshift(org);
  return trail;
}

/** Tree level of each kind: a child always sits deeper than its parent; HQ is only ever the root. */
export const KIND_LEVEL: Record<OrgKind, number> = { hq: 0, company: 1, centre: 1, office: 2, station: 2, department: 3 };
export const ORG_KINDS = Object.keys(KIND_LEVEL) as OrgKind[];

export const kindsUnder = (parent: OrgKind): OrgKind[] => ORG_KINDS.filter((k) => k !== 'hq' && KIND_LEVEL[k] > KIND_LEVEL[parent]);
