import { type Access, allowsAt, relationCounts } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import { MEETINGS_MANAGE, MEETINGS_READ } from './meetings.permissions.js';

/** 404 outside the caller's nodes, 403 inside without meetings.read, for a record of the station at `orgPath`. */
export const authorizeRead = (access: Access, orgPath: string, what: string) => authorize(access, MEETINGS_READ, orgPath, what);

/** Schedules, cancels and records the minutes of the station's meetings. */
export const mayManage = (access: Access, orgPath: string) => allowsAt(access, MEETINGS_MANAGE, orgPath);

/** The caller owns the action item (and holds meetings.read somewhere, so an API token without it does not). */
export const ownsAction = (access: Access, ownerId: string, userId: string | null) =>
  userId !== null && ownerId === userId && relationCounts(access, [MEETINGS_READ]);

/** The owner of an action item, or whoever manages the station's meetings. */
export const mayMarkDone = (access: Access, a: { ownerId: string; orgPath: string }, userId: string | null) =>
  ownsAction(access, a.ownerId, userId) || mayManage(access, a.orgPath);
