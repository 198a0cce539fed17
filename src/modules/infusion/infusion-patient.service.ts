import type { z } from 'zod';
import { allowsAt, scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { DomainError, fieldError, forbidden, notFound } from '../../platform/http/errors.js';
import type { Page } from '../../platform/http/list.js';
import { newId } from '../../platform/ids.js';
import type { RecordRef } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { INFUSION_PATIENTS, INFUSION_READ } from './infusion.permissions.js';
import { ageOn, ineligibleReasons } from './infusion.rules.js';
import { authorizeRead, patientAbilities } from './infusion-patient.policy.js';
import * as repo from './infusion-patient.repo.js';
import type * as s from './infusion-patient.schemas.js';
import * as teams from './infusion-team.repo.js';
import { visitReadiness } from './infusion-visit.service.js';

type PatientOut = z.infer<typeof s.patientSchema>;
type PatientDetail = z.infer<typeof s.patientDetailSchema>;
type PatientFields = z.infer<typeof s.patientCreateBody>;

const stale = () => new DomainError('conflict', 'record.version_conflict', 'the patient was changed by someone else; reload');
const blankToNull = (v: string | null) => (v?.trim() ? v.trim() : null);

/** Today in the tenant's zone: the day ages are counted to. */
const todayOf = async (ctx: UseCase, now: string) => businessDate(new Date(now), await tenantZone(ctx));

function present(ctx: UseCase, l: repo.LoadedPatient, today: string): PatientOut {
  const { createdBy: _b, eligibilityCheckedBy: _c, ...p } = l.patient;
  return {
    ...p,
    orgName: l.orgName,
    teamName: l.teamName,
    age: ageOn(p.birthDate, today),
    eligibilityCheckedByName: l.checkedByName,
    abilities: patientAbilities(ctx.actor.access, l.orgPath),
  };
}

/** A patient the caller may read (404 outside their nodes, 403 inside without infusion.read), or may change. */
export async function loadPatient(ctx: UseCase, id: string, permission = INFUSION_READ): Promise<repo.LoadedPatient> {
  const found = await repo.findPatient(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound('infusion_patient');
  authorizeRead(ctx.actor.access, found.orgPath, 'infusion_patient');
  if (permission !== INFUSION_READ && !allowsAt(ctx.actor.access, permission, found.orgPath)) throw forbidden(permission);
  return found;
}

/**
 * The team a patient is registered on: one the caller may register patients for, active, covering the area
 * (`infusion.area_not_covered` on `area`); the birth date is not after today.
 */
async function checkFields(tx: Tx, f: PatientFields, today: string): Promise<teams.LoadedTeam> {
  const team = await teams.findTeam(tx.db, tx.actor.tenantId, f.teamId);
  if (!team || !scopeOf(tx.actor.access, INFUSION_READ).some((p) => team.orgPath.startsWith(p)))
    throw fieldError('not_found', 'infusion_team.not_found', 'teamId', 'no such team in your centres and stations');
  if (!allowsAt(tx.actor.access, INFUSION_PATIENTS, team.orgPath)) throw forbidden(INFUSION_PATIENTS);
  if (!team.team.active) throw fieldError('unprocessable', 'infusion.team_inactive', 'teamId', 'the team has been stopped');
  if (!team.team.areas.includes(f.area))
    throw fieldError('unprocessable', 'infusion.area_not_covered', 'area', `the team does not cover ${f.area}`);
  if (f.birthDate > today) throw fieldError('unprocessable', 'infusion.birth_date_future', 'birthDate', 'the birth date is after today');
  return team;
}

/**
 * A5.1: the patient's facts as saved and the verdict judged on them today, with the `infusionElderlyAge` in force
 * at the team's centre or station, signed by the one saving.
 */
async function judged(tx: Tx, f: PatientFields, team: teams.LoadedTeam, today: string) {
  const facts = {
    teamId: team.team.id,
    orgId: team.team.orgId,
    area: f.area,
    name: f.name,
    sex: f.sex,
    birthDate: f.birthDate,
    address: f.address,
    phone: blankToNull(f.phone),
    familyName: blankToNull(f.familyName),
    familyRelation: blankToNull(f.familyRelation),
    familyPhone: blankToNull(f.familyPhone),
    mobility: f.mobility,
    frail: f.frail,
    paperworkComplete: f.paperworkComplete,
    allergies: blankToNull(f.allergies),
    contraindications: blankToNull(f.contraindications),
  };
  const elderlyAge = await paramAt(tx, team.orgPath, 'infusionElderlyAge');
  const reasons = ineligibleReasons(facts, today, elderlyAge);
  return {
    ...facts,
    eligible: reasons.length === 0,
    ineligibleReasons: reasons,
    eligibilityCheckedAt: tx.now,
    eligibilityCheckedBy: tx.actor.userId,
  };
}

/** The patients of the caller's centres and stations (infusion.read there), active ones unless asked. */
export async function listPatients(ctx: UseCase, q: z.infer<typeof s.patientListQuery>): Promise<Page<PatientOut>> {
  const scope = scopeOf(ctx.actor.access, INFUSION_READ);
  if (!scope.length) throw forbidden(INFUSION_READ);
  const orgPath = q.orgId ? (await loadVisibleOrg(ctx, q.orgId)).path : undefined;
  const { items, total } = await repo.listPatients(ctx.db, ctx.actor.tenantId, { ...q, scope, orgPath });
  const today = await todayOf(ctx, ctx.clock.now().toISOString());
  return { items: items.map((l) => present(ctx, l, today)), total, page: q.page, pageSize: q.pageSize };
}

/** One patient, with what would stop a visit today (judged as the intake gate judges it). Also the history reader of `infusion_patient`. */
export async function getPatient(ctx: UseCase, id: string): Promise<PatientDetail> {
  const loaded = await loadPatient(ctx, id);
  const today = await todayOf(ctx, ctx.clock.now().toISOString());
  const { patient: p } = loaded;
  const { blockers } = await visitReadiness(
    ctx,
    {
      id: p.id,
      orgPath: loaded.orgPath,
      active: p.active,
      eligibility: {
        birthDate: p.birthDate,
        frail: p.frail,
        mobility: p.mobility,
        paperworkComplete: p.paperworkComplete,
        contraindications: p.contraindications,
      },
    },
    today,
  );
  return { ...present(ctx, loaded, today), visitBlockers: blockers };
}

/**
 * The patients named on other modules' pages (a home visit's patient, `recordRefs` of the manifest): the name for
 * whoever reads the page that names them, the link to the patient's page only where the caller reads the patient.
 */
export async function patientRefs(ctx: UseCase, ids: readonly string[]): Promise<Map<string, RecordRef>> {
  const rows = await repo.namesOf(ctx.db, ctx.actor.tenantId, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        label: r.name,
        // a known allergy beside the name, wherever the patient is named: the nurse's task, the visit's form (A5.6)
        ...(r.allergies?.trim() ? { contents: [r.allergies.trim()] } : {}),
        path: allowsAt(ctx.actor.access, INFUSION_READ, r.orgPath) ? `/infusion/patients/${r.id}` : null,
      },
    ]),
  );
}

/** Registers a patient on a team, with the eligibility judged at once (A5.1). */
export async function createPatient(ctx: UseCase, body: PatientFields): Promise<PatientDetail> {
  const id = await inTransaction(ctx, async (tx) => {
    const today = await todayOf(tx, tx.now);
    const team = await checkFields(tx, body, today);
    const patient: repo.Patient = {
      id: newId(),
      ...(await judged(tx, body, team, today)),
      active: true,
      createdAt: tx.now,
      createdBy: tx.actor.userId,
      updatedAt: tx.now,
      version: 1,
    };
    await repo.insertPatient(tx.db, tx.actor.tenantId, patient);
    await tx.audit({ action: 'infusion_patient.create', entity: 'infusion_patient', entityId: patient.id, after: patient });
    return patient.id;
  });
  return getPatient(ctx, id);
}

/** Changes a patient (or stops serving them); the eligibility is judged again on today's facts and parameter. */
export async function editPatient(ctx: UseCase, id: string, body: z.infer<typeof s.patientEditBody>): Promise<PatientDetail> {
  const loaded = await loadPatient(ctx, id, INFUSION_PATIENTS);
  const before = loaded.patient;
  if (body.version !== before.version) throw stale();
  await inTransaction(ctx, async (tx) => {
    const today = await todayOf(tx, tx.now);
    const team = await checkFields(tx, body, today);
    const after: repo.Patient = {
      ...before,
      ...(await judged(tx, body, team, today)),
      active: body.active,
      updatedAt: tx.now,
      version: before.version + 1,
    };
    if (!(await repo.updatePatient(tx.db, tx.actor.tenantId, after, before.version))) throw stale();
    await tx.audit({ action: 'infusion_patient.edit', entity: 'infusion_patient', entityId: id, before, after });
  });
  return getPatient(ctx, id);
}
