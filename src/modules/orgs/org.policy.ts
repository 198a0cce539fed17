import { type Access, allowsAt } from '../../platform/authz/access.js';
import { ORG_MANAGE } from './org.permissions.js';
import type { OrgNode } from './org.types.js';

/** The buttons a caller gets on a node; the web shows exactly these. */
export function orgAbilities(access: Access, node: OrgNode) {
  const manage = allowsAt(access, ORG_MANAGE, node.path);
  const isRoot = node.parentId === null;
  return {
    createChild: manage && node.active && node.kind !== 'department',
    rename: manage,
    move: manage && !isRoot,
    deactivate: manage && !isRoot && node.active,
    activate: manage && !node.active,
  };
}

export type OrgAbilities = ReturnType<typeof orgAbilities>;
