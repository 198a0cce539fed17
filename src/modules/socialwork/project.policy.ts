import { type Access, allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { OrgKind } from '../../platform/db/schema.js';
import { SW_APPROVE, SW_ASSESS, SW_ETHICS, SW_EXECUTE, SW_READ, SW_SUPERVISE } from './socialwork.permissions.js';

/** 404 outside the caller's nodes, 403 inside without socialwork.read, for a record of the node at `orgPath`. */
export const authorizeRead = (access: Access, orgPath: string, what: string) => authorize(access, SW_READ, orgPath, what);

/** A3: projects are run by a social-work centre or one of its stations. */
export const mayRunProjects = (kind: OrgKind) => kind === 'centre' || kind === 'station';

/** What the caller may do on a project of the node at `orgPath` — the web shows only these buttons. */
export const projectAbilities = (access: Access, orgPath: string) => ({
  execute: allowsAt(access, SW_EXECUTE, orgPath),
  approve: allowsAt(access, SW_APPROVE, orgPath),
  supervise: allowsAt(access, SW_SUPERVISE, orgPath),
  assess: allowsAt(access, SW_ASSESS, orgPath),
  ethics: allowsAt(access, SW_ETHICS, orgPath),
});
