import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { type Plan, planRow, toPlan } from './project.repo.js';
import type { SwAgreementTable, SwAttachmentTable, SwNeedsSurveyTable } from './socialwork.tables.js';
import type { AttachmentOwner } from './socialwork.types.js';

type Db = Kysely<Database>;

/** The needs surveys of a project (A3.3), with who recorded them, oldest first. */
export async function listSurveys(db: Db, tenantId: string, projectId: string) {
  return db
    .selectFrom('sw_needs_surveys as s')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.recorded_by'))
    .selectAll('s')
    .select('u.display_name as recorded_by_name')
    .where('s.tenant_id', '=', tenantId)
    .where('s.project_id', '=', projectId)
    .orderBy('s.surveyed_from')
    .orderBy('s.id')
    .execute();
}
export type SurveyRow = Awaited<ReturnType<typeof listSurveys>>[number];

export async function findSurvey(db: Db, tenantId: string, id: string) {
  return db.selectFrom('sw_needs_surveys').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertSurvey(db: Db, row: SwNeedsSurveyTable) {
  await db.insertInto('sw_needs_surveys').values(row).execute();
}

export async function updateSurvey(db: Db, row: SwNeedsSurveyTable) {
  const { tenant_id, id, project_id: _p, ...fields } = row;
  await db.updateTable('sw_needs_surveys').set(fields).where('tenant_id', '=', tenant_id).where('id', '=', id).execute();
}

export async function countSurveys(db: Db, tenantId: string, projectId: string): Promise<number> {
  const r = await db
    .selectFrom('sw_needs_surveys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findPlan(db: Db, tenantId: string, id: string): Promise<Plan | undefined> {
  const r = await db.selectFrom('sw_plans').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r ? toPlan(r) : undefined;
}

/** Saves a plan version if it is still at `version`; false when someone changed it meanwhile. */
export async function updatePlan(db: Db, tenantId: string, p: Plan, version: number): Promise<boolean> {
  const { tenant_id: _t, id: _i, project_id: _p, version_no: _n, created_at: _c, ...fields } = planRow(tenantId, p);
  const r = await db
    .updateTable('sw_plans')
    .set(fields)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', p.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The funding and cooperation agreements of a project, by date signed. */
export async function listAgreements(db: Db, tenantId: string, projectId: string) {
  return db
    .selectFrom('sw_agreements as a')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.recorded_by'))
    .selectAll('a')
    .select('u.display_name as recorded_by_name')
    .where('a.tenant_id', '=', tenantId)
    .where('a.project_id', '=', projectId)
    .orderBy('a.signed_on')
    .orderBy('a.id')
    .execute();
}
export type AgreementRow = Awaited<ReturnType<typeof listAgreements>>[number];

export async function findAgreement(db: Db, tenantId: string, id: string) {
  return db.selectFrom('sw_agreements').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertAgreement(db: Db, row: SwAgreementTable) {
  await db.insertInto('sw_agreements').values(row).execute();
}

/** The files kept with records of a project of the given owner kinds, oldest first. */
export async function listAttachments(db: Db, tenantId: string, projectId: string, kinds: AttachmentOwner[]) {
  return db
    .selectFrom('sw_attachments')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('project_id', '=', projectId)
    .where('owner_kind', 'in', kinds)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function findAttachment(db: Db, tenantId: string, id: string) {
  return db.selectFrom('sw_attachments').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertAttachment(db: Db, row: SwAttachmentTable) {
  await db.insertInto('sw_attachments').values(row).execute();
}
