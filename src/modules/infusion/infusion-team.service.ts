import type { z } from 'zod';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { INFUSION_READ, INFUSION_TEAMS } from './infusion.permissions.js';
import { authorizeRead, mayHoldTeam, normaliseAreas, teamAbilities } from './infusion-patient.policy.js';
import * as repo from './infusion-team.repo.js';
import type * as s from './infusion-team.schemas.js';

type TeamOut = z.infer<typeof s.teamSchema>;
type TeamFields = Pick<z.infer<typeof s.teamCreateBody>, 'name' | 'areas' | 'memberIds'>;

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the team was changed by someone else; reload');

function present(ctx: UseCase, l: repo.LoadedTeam): TeamOut {
  const { createdBy: _b, ...team } = l.team;
  return { ...team, orgName: l.orgName, members: l.members, abilities: teamAbilities(ctx.actor.access, l.orgPath) };
}

/** A team the caller may read (404 outside their nodes, 403 inside without infusion.read), or may change. */
export async function loadTeam(ctx: UseCase, id: string, permission = INFUSION_READ): Promise<repo.LoadedTeam> {
  const found = await repo.findTeam(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('infusion_team');
  authorizeRead(ctx.actor.access, found.orgPath, 'infusion_team');
  if (permission !== INFUSION_READ && !allowsAt(ctx.actor.access, permission, found.orgPath)) throw forbidden(permission);
  return found;
}

/** A5.1: the areas are named each once; the nurses are active people of the team's centre or station. */
async function checkFields(ctx: UseCase, orgPath: string, f: TeamFields): Promise<{ areas: string[]; memberIds: string[] }> {
  const { areas, repeated } = normaliseAreas(f.areas);
  if (repeated.length) throw fieldError('unprocessable', 'infusion.area_repeated', 'areas', `the area ${repeated[0]} is named twice`);
  if (!areas.length) throw fieldError('unprocessable', 'validation.required', 'areas', 'name at least one area');
  const memberIds = [...new Set(f.memberIds)];
  const inside = await repo.membersWithin(ctx.db, ctx.actor.tenantId, memberIds, orgPath);
  if (inside.length !== memberIds.length)
    throw fieldError(
      'unprocessable',
      'infusion.member_outside',
      'memberIds',
      'a nurse of the team is inactive or works outside the team’s centre or station',
    );
  return { areas, memberIds };
}

/** The teams of the caller's centres and stations (infusion.read there). */
export async function listTeams(ctx: UseCase, q: z.infer<typeof s.teamListQuery>): Promise<z.infer<typeof s.teamList>> {
  const scope = scopeOf(ctx.actor.access, INFUSION_READ);
  if (!scope.length) throw forbidden(INFUSION_READ);
  const orgPath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const items = await repo.listTeams(ctx.db, ctx.actor.tenantId, scope, orgPath);
  return { items: items.map((l) => present(ctx, l)) };
}

/** Also the history reader of `infusion_team`. */
export async function getTeam(ctx: UseCase, id: string): Promise<TeamOut> {
  return present(ctx, await loadTeam(ctx, id));
}

/** Sets up a team of a centre or station (A5.8) with the areas it covers and its nurses. */
export async function createTeam(ctx: UseCase, body: z.infer<typeof s.teamCreateBody>): Promise<TeamOut> {
  const org = await loadVisibleOrg(ctx, body.orgId).catch(() => {
    throw fieldError('not_found', 'org.not_found', 'orgId', 'no such centre or station in your nodes');
  });
  if (!allowsAt(ctx.actor.access, INFUSION_TEAMS, org.path)) throw forbidden(INFUSION_TEAMS);
  if (!mayHoldTeam(org.kind))
    throw fieldError('unprocessable', 'infusion.org_not_centre', 'orgId', 'a team belongs to a centre or a station');
  const f = await checkFields(ctx, org.path, body);
  const id = await inTransaction(ctx, async (tx) => {
    const team: repo.Team = {
      id: newId(),
      orgId: org.id,
      name: body.name,
      areas: f.areas,
      active: true,
      createdAt: tx.now,
      createdBy: tx.actor.userId,
      updatedAt: tx.now,
      version: 1,
    };
    await repo.insertTeam(tx.db, tx.actor.tenantId, team);
    await repo.setMembers(tx.db, tx.actor.tenantId, team.id, f.memberIds, tx.now);
    await tx.audit({
      action: 'infusion_team.create',
      entity: 'infusion_team',
      entityId: team.id,
      after: { ...team, memberIds: f.memberIds },
    });
    return team.id;
  });
  return getTeam(ctx, id);
}

/**
 * Changes a team: an area an active patient lives in stays (`infusion.area_in_use`), and a team with active
 * patients is not stopped (`infusion.team_in_use`): their area must be covered by someone.
 */
export async function editTeam(ctx: UseCase, id: string, body: z.infer<typeof s.teamEditBody>): Promise<TeamOut> {
  const loaded = await loadTeam(ctx, id, INFUSION_TEAMS);
  const before = loaded.team;
  if (body.version !== before.version) throw stale();
  const f = await checkFields(ctx, loaded.orgPath, body);
  await inTransaction(ctx, async (tx) => {
    const removed = before.areas.filter((a) => !f.areas.includes(a));
    const used = await repo.areasInUse(tx.db, tx.actor.tenantId, id, removed);
    if (used.length)
      throw fieldError('unprocessable', 'infusion.area_in_use', 'areas', `a patient of the team lives in ${used.join('、')}`);
    if (before.active && !body.active && (await repo.activePatientCount(tx.db, tx.actor.tenantId, id)) > 0)
      throw fieldError('unprocessable', 'infusion.team_in_use', 'active', 'the team still has active patients');
    const after: repo.Team = {
      ...before,
      name: body.name,
      areas: f.areas,
      active: body.active,
      updatedAt: tx.now,
      version: before.version + 1,
    };
    if (!(await repo.updateTeam(tx.db, tx.actor.tenantId, after, before.version))) throw stale();
    await repo.setMembers(tx.db, tx.actor.tenantId, id, f.memberIds, tx.now);
    await tx.audit({
      action: 'infusion_team.edit',
      entity: 'infusion_team',
      entityId: id,
      before: { ...before, memberIds: loaded.members.map((m) => m.id) },
      after: { ...after, memberIds: f.memberIds },
    });
  });
  return getTeam(ctx, id);
}
