import type { OrgKind } from './org.types.js';

/** Tree level of each kind; a child always sits at a deeper level than its parent. */
const LEVEL: Record<OrgKind, number> = { hq: 0, company: 1, centre: 1, office: 2, station: 2, department: 3 };

export type TreeRefusal = 'org.kind_not_allowed_here' | 'org.move_into_subtree' | 'org.root_cannot_move' | 'org.parent_inactive';

/** May a node of `child` kind sit under a node of `parent` kind? HQ is only ever a root. */
export function canParent(parent: OrgKind, child: OrgKind): boolean {
  return child !== 'hq' && LEVEL[child] > LEVEL[parent];
}

export function childPath(parentPath: string, id: string): string {
  return `${parentPath}${id}/`;
}

/** The ids of a node's path, root first (`/a/b/c/` → a, b, c): its ancestors and itself, in depth order. */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export function isInSubtree(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}

export interface MoveFacts {
  node: { kind: OrgKind; path: string; parentId: string | null };
  newParent: { kind: OrgKind; path: string; active: boolean };
}

/** Decides a move from loaded facts; returns the refusal, or null when the move is allowed. */
export function refuseMove({ node, newParent }: MoveFacts): TreeRefusal | null {
  if (node.parentId === null) return 'org.root_cannot_move';
  if (isInSubtree(newParent.path, node.path)) return 'org.move_into_subtree';
  if (!newParent.active) return 'org.parent_inactive';
  if (!canParent(newParent.kind, node.kind)) return 'org.kind_not_allowed_here';
  return null;
}
