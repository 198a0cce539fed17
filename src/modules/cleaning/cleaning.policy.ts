import { type Access, allowsAt, relationCounts } from '../../platform/authz/access.js';
import { CLEANING_RECTIFY, INSPECT_PERMISSION } from './cleaning.permissions.js';
import type { InspectionLevel, InspectionState, RectificationState } from './cleaning.types.js';

/**
 * Who records an inspection's results: its inspector (holding the level's inspect permission), or for a
 * supervisor's or manager's check anyone holding that level's permission at the estate's office; a self-check
 * only by the cleaner it was planned for.
 */
export function mayRecord(
  access: Access,
  userId: string | null,
  i: { state: InspectionState; level: InspectionLevel; inspectorId: string },
  officePath: string,
): boolean {
  if (i.state !== 'planned') return false;
  const permission = INSPECT_PERMISSION[i.level];
  if (userId !== null && i.inspectorId === userId && relationCounts(access, [permission])) return true;
  return i.level !== 'self' && allowsAt(access, permission, officePath);
}

/** Who re-checks a round: its inspector, or anyone holding the level's inspect permission at the office. */
export function mayRecheck(access: Access, userId: string | null, r: { level: InspectionLevel; inspectorId: string }, officePath: string) {
  const permission = INSPECT_PERMISSION[r.level];
  if (userId !== null && r.inspectorId === userId && relationCounts(access, [permission])) return true;
  return allowsAt(access, permission, officePath);
}

/** Who fixes a round: the cleaner it was given to, holding cleaning.rectify. */
export const mayFix = (access: Access, userId: string | null, r: { cleanerId: string }) =>
  userId !== null && r.cleanerId === userId && relationCounts(access, [CLEANING_RECTIFY]);

export function rectificationAbilities(
  access: Access,
  userId: string | null,
  r: { state: RectificationState; level: InspectionLevel; inspectorId: string; cleanerId: string },
  officePath: string,
) {
  return {
    fix: r.state === 'open' && mayFix(access, userId, r),
    recheck: r.state === 'done' && mayRecheck(access, userId, r, officePath),
  };
}
