import { type Access, allowsAt } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { OrgKind } from '../../platform/db/schema.js';
import { INFUSION_PATIENTS, INFUSION_READ, INFUSION_TEAMS } from './infusion.permissions.js';

/** 404 outside the caller's nodes, 403 inside without infusion.read, for a team or patient of the node at `orgPath`. */
export const authorizeRead = (access: Access, orgPath: string, what: string) => authorize(access, INFUSION_READ, orgPath, what);

/** A team's abilities: its setup is changed by infusion.teams at its centre or station. */
export const teamAbilities = (access: Access, orgPath: string) => ({ edit: allowsAt(access, INFUSION_TEAMS, orgPath) });

/** A patient's abilities: registered and edited by infusion.patients at the patient's centre or station. */
export const patientAbilities = (access: Access, orgPath: string) => ({ edit: allowsAt(access, INFUSION_PATIENTS, orgPath) });

/** A5.8: home infusion is run by a centre or one of its stations; only there is a team set up. */
export const mayHoldTeam = (kind: OrgKind) => kind === 'centre' || kind === 'station';

/**
 * A team's areas as saved: each trimmed, the empty dropped, each once (the first spelling kept); the areas named
 * twice are returned so the caller is told rather than silently corrected.
 */
export function normaliseAreas(areas: readonly string[]): { areas: string[]; repeated: string[] } {
  const out: string[] = [];
  const repeated: string[] = [];
  for (const raw of areas) {
    const a = raw.trim();
    if (!a) continue;
    if (out.includes(a)) {
      if (!repeated.includes(a)) repeated.push(a);
    } else out.push(a);
  }
  return { areas: out, repeated };
}
