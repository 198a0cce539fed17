import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { InfusionConsentTable } from './infusion.tables.js';

type Db = Kysely<Database>;

/** What the consent needs of a patient: the scope path of their centre or station and what the form prints. */
export async function findConsentPatient(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('infusion_patients as p')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'p.tenant_id').onRef('n.id', '=', 'p.org_id'))
    .select(['p.id', 'p.org_id', 'p.name', 'p.sex', 'p.birth_date', 'p.address', 'p.allergies', 'n.path as org_path', 'n.name as org_name'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type ConsentPatient = NonNullable<Awaited<ReturnType<typeof findConsentPatient>>>;

function consentQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('infusion_consents as c')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'c.tenant_id').onRef('n.id', '=', 'c.org_id'))
    .innerJoin('users as ur', (j) => j.onRef('ur.tenant_id', '=', 'c.tenant_id').onRef('ur.id', '=', 'c.recorded_by'))
    .leftJoin('users as uw', (j) => j.onRef('uw.tenant_id', '=', 'c.tenant_id').onRef('uw.id', '=', 'c.withdrawn_by'))
    .selectAll('c')
    .select(['n.path as org_path', 'ur.display_name as recorded_by_name', 'uw.display_name as withdrawn_by_name'])
    .where('c.tenant_id', '=', tenantId);
}
export type ConsentRow = Awaited<ReturnType<ReturnType<typeof consentQuery>['executeTakeFirstOrThrow']>>;

export async function findConsent(db: Db, tenantId: string, id: string): Promise<ConsentRow | undefined> {
  return consentQuery(db, tenantId).where('c.id', '=', id).executeTakeFirst();
}

/** Every consent of a patient, newest first. */
export async function consentsOf(db: Db, tenantId: string, patientId: string): Promise<ConsentRow[]> {
  return consentQuery(db, tenantId).where('c.patient_id', '=', patientId).orderBy('c.signed_at', 'desc').orderBy('c.id', 'desc').execute();
}

export async function insertConsent(db: Db, row: InfusionConsentTable): Promise<void> {
  await db.insertInto('infusion_consents').values(row).execute();
}

/** Withdraws a consent still in force; false when someone withdrew it meanwhile. */
export async function withdrawConsent(
  db: Db,
  tenantId: string,
  id: string,
  set: { withdrawn_at: string; withdrawn_by: string | null; withdrawn_reason: string },
): Promise<boolean> {
  const r = await db
    .updateTable('infusion_consents')
    .set(set)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Whether the patient has a signed consent not withdrawn (A5.4): no home visit without one. */
export async function hasValidConsent(db: Db, tenantId: string, patientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('infusion_consents')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('patient_id', '=', patientId)
    .where('withdrawn_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
