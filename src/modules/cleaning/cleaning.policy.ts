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

/**
 * The level whose inspect permission re-checks a round (A6.3 三查): a rectification of the cleaner's own self-check
 * goes up to the supervisor's check, since the one who fixed it does not pass her own work; a supervisor's or a
 * manager's stays with that level.
 */
export const RECHECK_LEVEL: Record<InspectionLevel, InspectionLevel> = { self: 'supervisor', supervisor: 'supervisor', manager: 'manager' };

/**
 * Who re-checks a round: never the cleaner who fixed it; the supervisor or manager whose check found the failure, or
 * anyone holding the re-check level's inspect permission at the estate's office (for a self-check, the supervisor's).
 */
export function mayRecheck(
  access: Access,
  userId: string | null,
  r: { level: InspectionLevel; inspectorId: string; cleanerId: string },
  officePath: string,
) {
  if (userId !== null && r.cleanerId === userId) return false;
  const permission = INSPECT_PERMISSION[RECHECK_LEVEL[r.level]];
  if (r.level !== 'self' && userId !== null && r.inspectorId === userId && relationCounts(access, [permission])) return true;
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
