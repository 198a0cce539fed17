import { type Access, allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { OrgKind } from '../../platform/db/schema.js';
import { TRAINING_MANAGE, TRAINING_READ } from './training.permissions.js';
import type { PlanState } from './training.types.js';

/** 404 outside the caller's nodes, 403 inside without training.read, for a record of the node at `orgPath`. */
export const authorizeRead = (access: Access, orgPath: string, what: string) => authorize(access, TRAINING_READ, orgPath, what);

/** 404 outside, 403 inside without training.manage. */
export const authorizeManage = (access: Access, orgPath: string, what: string) => authorize(access, TRAINING_MANAGE, orgPath, what);

/** A1.1 is the community workstation's: training is kept by a station or the centre above it. */
export const keepsTraining = (kind: OrgKind) => kind === 'station' || kind === 'centre';

/** What the caller may do with a plan — the web shows only these buttons. */
export const planAbilities = (access: Access, orgPath: string, state: PlanState) => {
  const manage = allowsAt(access, TRAINING_MANAGE, orgPath);
  return { edit: manage && state === 'draft', putInForce: manage && state === 'draft' };
};

/** What the caller may do with a session or an outside course. */
export const recordAbilities = (access: Access, orgPath: string) => ({ edit: allowsAt(access, TRAINING_MANAGE, orgPath) });
