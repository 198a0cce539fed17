import { describe, expect, it } from 'vitest';
import type { Access } from '../../platform/authz/access.js';
import { CLEANING_INSPECT_MANAGER, CLEANING_INSPECT_SELF, CLEANING_INSPECT_SUPERVISOR, CLEANING_RECTIFY } from './cleaning.permissions.js';
import { mayRecheck, rectificationAbilities } from './cleaning.policy.js';

const OFFICE = '/r/a/';
const at = (orgPath: string, roleCode: string, permissions: string[]): Access => ({
  grants: [{ orgId: 'x', orgPath, roleCode, permissions }],
  tokenPermissions: null,
});
// the cleaner at the office's 环境部, the environment supervisor and the office head at the office
const cleaner = at(`${OFFICE}env/`, 'cleaner', [CLEANING_INSPECT_SELF, CLEANING_RECTIFY]);
const supervisor = at(OFFICE, 'environment_supervisor', [CLEANING_INSPECT_SUPERVISOR]);
const head = at(OFFICE, 'office_head', [CLEANING_INSPECT_MANAGER]);
const round = (level: 'self' | 'supervisor' | 'manager', inspectorId: string) => ({ level, inspectorId, cleanerId: 'sun' });

describe('who re-checks a rectification (A6.3 三查)', () => {
  it('a self-check’s: the supervisor of the estate, not the cleaner who found and fixed it', () => {
    expect(mayRecheck(cleaner, 'sun', round('self', 'sun'), OFFICE)).toBe(false);
    expect(mayRecheck(supervisor, 'liu', round('self', 'sun'), OFFICE)).toBe(true);
    // a supervisor of another office is not
    expect(mayRecheck(supervisor, 'liu', round('self', 'sun'), '/r/b/')).toBe(false);
    // nor another cleaner who self-checks at the same department
    expect(mayRecheck(cleaner, 'zhou', round('self', 'sun'), OFFICE)).toBe(false);
    expect(rectificationAbilities(supervisor, 'liu', { ...round('self', 'sun'), state: 'done' }, OFFICE)).toEqual({
      fix: false,
      recheck: true,
    });
    expect(rectificationAbilities(cleaner, 'sun', { ...round('self', 'sun'), state: 'done' }, OFFICE)).toEqual({
      fix: false,
      recheck: false,
    });
  });

  it('a supervisor’s or manager’s: the one whose check found it, or that level at the office; never the cleaner', () => {
    expect(mayRecheck(supervisor, 'liu', round('supervisor', 'liu'), OFFICE)).toBe(true);
    expect(mayRecheck(head, 'wang', round('manager', 'wang'), OFFICE)).toBe(true);
    expect(mayRecheck(supervisor, 'liu', round('manager', 'wang'), OFFICE)).toBe(false);
    const cleanerAlsoSupervising = at(OFFICE, 'environment_supervisor', [CLEANING_INSPECT_SUPERVISOR, CLEANING_RECTIFY]);
    expect(mayRecheck(cleanerAlsoSupervising, 'sun', round('supervisor', 'liu'), OFFICE)).toBe(false);
  });
});
