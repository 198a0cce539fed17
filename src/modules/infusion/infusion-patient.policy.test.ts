import { describe, expect, it } from 'vitest';
import type { Access } from '../../platform/authz/access.js';
import { INFUSION_PATIENTS, INFUSION_READ, INFUSION_TEAMS } from './infusion.permissions.js';
import { mayHoldTeam, normaliseAreas, patientAbilities, teamAbilities } from './infusion-patient.policy.js';

const CENTRE = '/hq/chc/';
const STATION = '/hq/chc/s1/';
const grant = (orgPath: string, permissions: string[]): Access => ({
  grants: [{ orgId: orgPath, orgPath, roleCode: 'r', permissions }],
  tokenPermissions: null,
});

describe('teams and patients: who may do what (A5.1, A5.8)', () => {
  it('trims the areas, drops the empty and names the ones given twice', () => {
    expect(normaliseAreas([' 翠竹园 ', '翠竹街道', ''])).toEqual({ areas: ['翠竹园', '翠竹街道'], repeated: [] });
    expect(normaliseAreas(['翠竹园', '翠竹园 ', '安居街道', '翠竹园'])).toEqual({ areas: ['翠竹园', '安居街道'], repeated: ['翠竹园'] });
  });

  it('sets up teams only at a centre or a station', () => {
    expect(mayHoldTeam('centre')).toBe(true);
    expect(mayHoldTeam('station')).toBe(true);
    expect(mayHoldTeam('office')).toBe(false);
    expect(mayHoldTeam('hq')).toBe(false);
  });

  it('lets the centre’s head change the station’s teams, and a station nurse edit only her station’s patients', () => {
    const head = grant(CENTRE, [INFUSION_READ, INFUSION_TEAMS]);
    expect(teamAbilities(head, STATION)).toEqual({ edit: true });
    expect(patientAbilities(head, STATION)).toEqual({ edit: false });
    const nurse = grant(STATION, [INFUSION_READ, INFUSION_PATIENTS]);
    expect(patientAbilities(nurse, STATION)).toEqual({ edit: true });
    expect(patientAbilities(nurse, CENTRE)).toEqual({ edit: false });
    expect(teamAbilities(nurse, STATION)).toEqual({ edit: false });
  });
});
