import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { InfusionPhysicianOrderTable } from './infusion.tables.js';
import type { DrugOrigin, OrderDrugLine, PhysicianOrderState } from './infusion.types.js';

type Db = Kysely<Database>;

export interface Order {
  id: string;
  number: string;
  orgId: string;
  patientId: string;
  physicianId: string;
  physicianLicenceNo: string;
  medicalRecordNo: string;
  origin: DrugOrigin;
  outsideDrugId: string | null;
  lines: OrderDrugLine[];
  visitsPlanned: number;
  visitsDone: number;
  startsOn: string;
  endsOn: string;
  state: PhysicianOrderState;
  overrideCategories: string[] | null;
  overrideReason: string | null;
  overrideReviewedAt: string | null;
  overrideReviewedBy: string | null;
  overrideReviewNote: string | null;
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** An order with the names people read it by. */
export interface OrderRow extends Order {
  patientName: string;
  orgName: string;
  orgPath: string;
  physicianName: string;
  reviewerName: string | null;
}

type Row = Selectable<InfusionPhysicianOrderTable> & {
  patient_name: string;
  org_name: string;
  org_path: string;
  physician_name: string;
  reviewer_name: string | null;
};

const toOrder = (r: Selectable<InfusionPhysicianOrderTable>): Order => ({
  id: r.id,
  number: r.number,
  orgId: r.org_id,
  patientId: r.patient_id,
  physicianId: r.physician_id,
  physicianLicenceNo: r.physician_licence_no,
  medicalRecordNo: r.medical_record_no,
  origin: r.origin,
  outsideDrugId: r.outside_drug_id,
  lines: JSON.parse(r.lines) as OrderDrugLine[],
  visitsPlanned: Number(r.visits_planned),
  visitsDone: Number(r.visits_done),
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  state: r.state,
  overrideCategories: r.override_categories === null ? null : (JSON.parse(r.override_categories) as string[]),
  overrideReason: r.override_reason,
  overrideReviewedAt: r.override_reviewed_at,
  overrideReviewedBy: r.override_reviewed_by,
  overrideReviewNote: r.override_review_note,
  cancelReason: r.cancel_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: Number(r.version),
});

const toRow = (r: Row): OrderRow => ({
  ...toOrder(r),
  patientName: r.patient_name,
  orgName: r.org_name,
  orgPath: r.org_path,
  physicianName: r.physician_name,
  reviewerName: r.reviewer_name,
});

function base(db: Db, tenantId: string) {
  return db
    .selectFrom('infusion_physician_orders as o')
    .innerJoin('infusion_patients as p', (j) => j.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.patient_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'o.tenant_id').onRef('n.id', '=', 'o.org_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'o.tenant_id').onRef('u.id', '=', 'o.physician_id'))
    .leftJoin('users as r', (j) => j.onRef('r.tenant_id', '=', 'o.tenant_id').onRef('r.id', '=', 'o.override_reviewed_by'))
    .selectAll('o')
    .select(['p.name as patient_name', 'n.name as org_name', 'n.path as org_path', 'u.display_name as physician_name'])
    .select('r.display_name as reviewer_name')
    .where('o.tenant_id', '=', tenantId);
}

export async function findOrder(db: Db, tenantId: string, id: string): Promise<OrderRow | undefined> {
  const r = await base(db, tenantId).where('o.id', '=', id).executeTakeFirst();
  return r && toRow(r);
}

export interface OrderFilter {
  scope: readonly string[];
  q?: string | undefined;
  patientId?: string | undefined;
  state?: PhysicianOrderState | undefined;
  overridePending?: boolean | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const SORT = { createdAt: 'o.created_at', startsOn: 'o.starts_on', number: 'o.number' } as const;

export async function listOrders(db: Db, tenantId: string, f: OrderFilter) {
  let q = base(db, tenantId).where(pathWithin('n.path', f.scope));
  if (f.patientId) q = q.where('o.patient_id', '=', f.patientId);
  if (f.state) q = q.where('o.state', '=', f.state);
  if (f.overridePending === true)
    q = q.where('o.override_categories', 'is not', null).where('o.override_reviewed_at', 'is', null).where('o.state', '!=', 'cancelled');
  if (f.overridePending === false)
    q = q.where((eb) => eb.or([eb('o.override_categories', 'is', null), eb('o.override_reviewed_at', 'is not', null)]));
  if (f.q) q = q.where(containsText(['o.number', 'p.name', 'o.medical_record_no', 'o.lines'], f.q));
  const { field, direction } = parseSort(f.sort, '-createdAt');
  q = q.orderBy(SORT[field as keyof typeof SORT] ?? 'o.created_at', direction).orderBy('o.id', direction);
  const { rows, total } = await fetchPage(q, f.page, f.pageSize);
  return { items: rows.map(toRow), total };
}

export async function insertOrder(db: Db, tenantId: string, o: Order): Promise<void> {
  await db
    .insertInto('infusion_physician_orders')
    .values({
      tenant_id: tenantId,
      id: o.id,
      number: o.number,
      org_id: o.orgId,
      patient_id: o.patientId,
      physician_id: o.physicianId,
      physician_licence_no: o.physicianLicenceNo,
      medical_record_no: o.medicalRecordNo,
      origin: o.origin,
      outside_drug_id: o.outsideDrugId,
      lines: JSON.stringify(o.lines),
      visits_planned: o.visitsPlanned,
      visits_done: o.visitsDone,
      starts_on: o.startsOn,
      ends_on: o.endsOn,
      state: o.state,
      override_categories: o.overrideCategories === null ? null : JSON.stringify(o.overrideCategories),
      override_reason: o.overrideReason,
      override_reviewed_at: o.overrideReviewedAt,
      override_reviewed_by: o.overrideReviewedBy,
      override_review_note: o.overrideReviewNote,
      cancel_reason: o.cancelReason,
      created_at: o.createdAt,
      updated_at: o.updatedAt,
      version: o.version,
    })
    .execute();
}

/** Cancels an active order at the version seen. */
export async function cancelOrder(db: Db, tenantId: string, id: string, version: number, reason: string, now: string) {
  const r = await db
    .updateTable('infusion_physician_orders')
    .set({ state: 'cancelled', cancel_reason: reason, updated_at: now, version: version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'active')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records the review of an override once: a second review finds it reviewed and changes nothing. */
export async function reviewOverride(db: Db, tenantId: string, id: string, by: string, note: string, now: string) {
  const r = await db
    .updateTable('infusion_physician_orders')
    .set((eb) => ({
      override_reviewed_at: now,
      override_reviewed_by: by,
      override_review_note: note,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('override_categories', 'is not', null)
    .where('override_reviewed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Overrides not yet reviewed of live orders in the subtrees, made before `before` when given. */
export function pendingOverrides(db: Db, tenantId: string, scope: readonly string[], before?: string) {
  let q = db
    .selectFrom('infusion_physician_orders as o')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'o.tenant_id').onRef('n.id', '=', 'o.org_id'))
    .innerJoin('infusion_patients as p', (j) => j.onRef('p.tenant_id', '=', 'o.tenant_id').onRef('p.id', '=', 'o.patient_id'))
    .where('o.tenant_id', '=', tenantId)
    .where(pathWithin('n.path', scope))
    .where('o.override_categories', 'is not', null)
    .where('o.override_reviewed_at', 'is', null)
    .where('o.state', '!=', 'cancelled');
  if (before !== undefined) q = q.where('o.created_at', '<', before);
  return q;
}

/** The number, drug lines and scope path of the orders with these ids, in one query (other modules' pages name them). */
export async function namesOf(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<{ id: string; number: string; lines: OrderDrugLine[]; orgPath: string }[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('infusion_physician_orders as o')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'o.tenant_id').onRef('n.id', '=', 'o.org_id'))
    .select(['o.id', 'o.number', 'o.lines', 'n.path'])
    .where('o.tenant_id', '=', tenantId)
    .where('o.id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({ id: r.id, number: r.number, lines: JSON.parse(r.lines) as OrderDrugLine[], orgPath: r.path }));
}
