import { type Access, allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { OrgKind } from '../../platform/db/schema.js';
import { DUTY_LOG, DUTY_READ, DUTY_ROSTER } from './duty.permissions.js';

/** 404 outside the caller's nodes, 403 inside without duty.read, for a record of the node at `orgPath`. */
export const authorizeRead = (access: Access, orgPath: string, what: string) => authorize(access, DUTY_READ, orgPath, what);

/** A1.5 is the community workstation's rule: a duty roster is kept by a station (社会服务管理工作站). */
export const keepsRoster = (kind: OrgKind) => kind === 'station';

/** What the caller may do on the duty records of the node at `orgPath` — the web shows only these buttons. */
export const dutyAbilities = (access: Access, orgPath: string) => ({
  roster: allowsAt(access, DUTY_ROSTER, orgPath),
  log: allowsAt(access, DUTY_LOG, orgPath),
});
