import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { InfusionPatientTable } from './infusion.tables.js';
import type { IneligibleReason, Mobility, Sex } from './infusion.types.js';

type Db = Kysely<Database>;

export interface Patient {
  id: string;
  orgId: string;
  teamId: string;
  area: string;
  name: string;
  sex: Sex;
  birthDate: string;
  address: string;
  phone: string | null;
  familyName: string | null;
  familyRelation: string | null;
  familyPhone: string | null;
  mobility: Mobility;
  frail: boolean;
  paperworkComplete: boolean;
  allergies: string | null;
  contraindications: string | null;
  eligible: boolean;
  ineligibleReasons: IneligibleReason[];
  eligibilityCheckedAt: string;
  eligibilityCheckedBy: string | null;
  active: boolean;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  version: number;
}

/** A patient with the names the pages show and the path its scope is decided at. */
export interface LoadedPatient {
  patient: Patient;
  orgName: string;
  orgPath: string;
  teamName: string;
  checkedByName: string | null;
}

const toPatient = (r: InfusionPatientTable): Patient => ({
  id: r.id,
  orgId: r.org_id,
  teamId: r.team_id,
  area: r.area,
  name: r.name,
  sex: r.sex,
  birthDate: r.birth_date,
  address: r.address,
  phone: r.phone,
  familyName: r.family_name,
  familyRelation: r.family_relation,
  familyPhone: r.family_phone,
  mobility: r.mobility,
  frail: Number(r.frail) === 1,
  paperworkComplete: Number(r.paperwork_complete) === 1,
  allergies: r.allergies,
  contraindications: r.contraindications,
  eligible: Number(r.eligible) === 1,
  ineligibleReasons: JSON.parse(r.ineligible_reasons) as IneligibleReason[],
  eligibilityCheckedAt: r.eligibility_checked_at,
  eligibilityCheckedBy: r.eligibility_checked_by,
  active: Number(r.active) === 1,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

const row = (tenantId: string, p: Patient): InfusionPatientTable => ({
  tenant_id: tenantId,
  id: p.id,
  org_id: p.orgId,
  team_id: p.teamId,
  area: p.area,
  name: p.name,
  sex: p.sex,
  birth_date: p.birthDate,
  address: p.address,
  phone: p.phone,
  family_name: p.familyName,
  family_relation: p.familyRelation,
  family_phone: p.familyPhone,
  mobility: p.mobility,
  frail: p.frail ? 1 : 0,
  paperwork_complete: p.paperworkComplete ? 1 : 0,
  allergies: p.allergies,
  contraindications: p.contraindications,
  eligible: p.eligible ? 1 : 0,
  ineligible_reasons: JSON.stringify(p.ineligibleReasons),
  eligibility_checked_at: p.eligibilityCheckedAt,
  eligibility_checked_by: p.eligibilityCheckedBy,
  active: p.active ? 1 : 0,
  created_at: p.createdAt,
  created_by: p.createdBy,
  updated_at: p.updatedAt,
  version: p.version,
});

const withNames = (db: Db, tenantId: string) =>
  db
    .selectFrom('infusion_patients as p')
    .innerJoin('infusion_teams as t', (j) => j.onRef('t.tenant_id', '=', 'p.tenant_id').onRef('t.id', '=', 'p.team_id'))
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
    .leftJoin('users as c', (j) => j.onRef('c.tenant_id', '=', 'p.tenant_id').onRef('c.id', '=', 'p.eligibility_checked_by'))
    .selectAll('p')
    .select(['t.name as team_name', 'o.name as org_name', 'o.path as org_path', 'c.display_name as checked_by_name'])
    .where('p.tenant_id', '=', tenantId);

type Joined = InfusionPatientTable & { team_name: string; org_name: string; org_path: string; checked_by_name: string | null };
const toLoaded = (r: Joined): LoadedPatient => ({
  patient: toPatient(r),
  orgName: r.org_name,
  orgPath: r.org_path,
  teamName: r.team_name,
  checkedByName: r.checked_by_name,
});

export async function findPatient(db: Db, tenantId: string, id: string): Promise<LoadedPatient | undefined> {
  const r = await withNames(db, tenantId).where('p.id', '=', id).executeTakeFirst();
  return r && toLoaded(r);
}

export interface PatientFilter {
  scope: readonly string[];
  orgPath?: string | undefined;
  teamId?: string | undefined;
  eligible?: boolean | undefined;
  mobility?: Mobility | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const PATIENT_SORT = { name: 'p.name', createdAt: 'p.created_at' } as const;

/** The patients of nodes in `scope`, active ones unless asked otherwise, newest first unless sorted. */
export async function listPatients(db: Db, tenantId: string, f: PatientFilter): Promise<{ items: LoadedPatient[]; total: number }> {
  let q = withNames(db, tenantId).where(pathWithin('o.path', f.scope));
  if (f.orgPath) q = q.where(pathWithin('o.path', [f.orgPath]));
  if (f.teamId) q = q.where('p.team_id', '=', f.teamId);
  if (f.eligible !== undefined) q = q.where('p.eligible', '=', f.eligible ? 1 : 0);
  if (f.mobility) q = q.where('p.mobility', '=', f.mobility);
  q = q.where('p.active', '=', f.active === false ? 0 : 1);
  if (f.q) q = q.where(containsText(['p.name', 'p.phone', 'p.address'], f.q));
  const s = parseSort(f.sort, '-createdAt');
  const { rows, total } = await fetchPage(
    q.orderBy(PATIENT_SORT[s.field as keyof typeof PATIENT_SORT] ?? 'p.created_at', s.direction).orderBy('p.id'),
    f.page,
    f.pageSize,
  );
  return { items: rows.map(toLoaded), total };
}

export async function insertPatient(db: Db, tenantId: string, p: Patient): Promise<void> {
  await db.insertInto('infusion_patients').values(row(tenantId, p)).execute();
}

/** Saves a patient if still at `version`; false when someone changed it meanwhile. */
export async function updatePatient(db: Db, tenantId: string, p: Patient, version: number): Promise<boolean> {
  const { tenant_id: _t, id: _i, created_at: _c, created_by: _b, ...fields } = row(tenantId, p);
  const r = await db
    .updateTable('infusion_patients')
    .set(fields)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', p.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The names and scope paths of the patients with these ids, in one query (other modules' pages name them). */
export async function namesOf(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<{ id: string; name: string; allergies: string | null; orgPath: string }[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('infusion_patients as p')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.org_id'))
    .select(['p.id', 'p.name', 'p.allergies', 'o.path'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, allergies: r.allergies, orgPath: r.path }));
}
