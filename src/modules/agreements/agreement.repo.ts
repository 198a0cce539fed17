import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { Agreement, AgreementItem, AgreementState, Visit } from './agreement.types.js';
import type { AgreementTable, AgreementVisitTable } from './agreements.tables.js';

type Db = Kysely<Database>;

function toAgreement(r: Selectable<AgreementTable>): Agreement {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    number: r.number,
    officeId: r.office_id,
    state: r.state,
    version: Number(r.version),
    ownerName: r.owner_name,
    ownerPhone: r.owner_phone,
    address: r.address,
    unitId: r.unit_id ?? null,
    staffCount: Number(r.staff_count),
    schedule: {
      weekdays: JSON.parse(r.weekdays) as number[],
      monthDays: JSON.parse(r.month_days) as number[],
      windowStart: r.window_start,
      windowEnd: r.window_end,
    },
    startDate: r.start_date,
    endDate: r.end_date,
    paymentTerms: r.payment_terms,
    notes: r.notes,
    priceApprovedAt: r.price_approved_at,
    priceApprovedBy: r.price_approved_by,
    ownerSignerName: r.owner_signer_name,
    ownerSignatureBlobId: r.owner_signature_blob_id,
    officeSignerName: r.office_signer_name,
    officeSignatureBlobId: r.office_signature_blob_id,
    signedAt: r.signed_at,
    activatedAt: r.activated_at,
    endedAt: r.ended_at,
    terminatedAt: r.terminated_at,
    closeReason: r.close_reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(a: Agreement): AgreementTable {
  return {
    tenant_id: a.tenantId,
    id: a.id,
    number: a.number,
    office_id: a.officeId,
    state: a.state,
    version: a.version,
    owner_name: a.ownerName,
    owner_phone: a.ownerPhone,
    address: a.address,
    unit_id: a.unitId,
    staff_count: a.staffCount,
    weekdays: JSON.stringify(a.schedule.weekdays),
    month_days: JSON.stringify(a.schedule.monthDays),
    window_start: a.schedule.windowStart,
    window_end: a.schedule.windowEnd,
    start_date: a.startDate,
    end_date: a.endDate,
    payment_terms: a.paymentTerms,
    notes: a.notes,
    price_approved_at: a.priceApprovedAt,
    price_approved_by: a.priceApprovedBy,
    owner_signer_name: a.ownerSignerName,
    owner_signature_blob_id: a.ownerSignatureBlobId,
    office_signer_name: a.officeSignerName,
    office_signature_blob_id: a.officeSignatureBlobId,
    signed_at: a.signedAt,
    activated_at: a.activatedAt,
    ended_at: a.endedAt,
    terminated_at: a.terminatedAt,
    close_reason: a.closeReason,
    created_by: a.createdBy,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

export async function insertAgreement(db: Db, a: Agreement) {
  await db.insertInto('agreements').values(toRow(a)).execute();
}

/** Writes the agreement if it is still at `expectedVersion`; false when someone else got there first. */
export async function updateAgreement(db: Db, a: Agreement, expectedVersion: number): Promise<boolean> {
  const { tenant_id, id, number, created_at, ...changes } = toRow(a);
  const res = await db
    .updateTable('agreements')
    .set(changes)
    .where('tenant_id', '=', tenant_id)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** An agreement with the path and name of its office (for scope checks). */
export async function findAgreement(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('agreements as a')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.id', '=', 'a.office_id'))
    .selectAll('a')
    .select(['o.path as office_path', 'o.name as office_name'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.id', '=', id)
    .executeTakeFirst();
  return r && { agreement: toAgreement(r), officePath: r.office_path, officeName: r.office_name };
}

const SORT = { createdAt: 'a.created_at', number: 'a.number', startDate: 'a.start_date', endDate: 'a.end_date' } as const;

export async function listAgreements(
  db: Db,
  tenantId: string,
  f: {
    scope: readonly string[];
    officePath?: string | undefined;
    state?: AgreementState[] | undefined;
    q?: string | undefined;
    sort?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  let q = db
    .selectFrom('agreements as a')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.id', '=', 'a.office_id'))
    .selectAll('a')
    .select(['o.path as office_path', 'o.name as office_name'])
    .where('a.tenant_id', '=', tenantId)
    .where(pathWithin('o.path', f.scope));
  if (f.officePath) q = q.where(pathWithin('o.path', [f.officePath]));
  if (f.state?.length) q = q.where('a.state', 'in', f.state);
  if (f.q) q = q.where(containsText(['a.number', 'a.owner_name', 'a.owner_phone', 'a.address'], f.q));
  const { field, direction } = parseSort(f.sort, '-createdAt');
  q = q.orderBy(SORT[field as keyof typeof SORT] ?? 'a.created_at', direction).orderBy('a.id', direction);
  const { rows, total } = await fetchPage(q, f.page, f.pageSize);
  return { items: rows.map((r) => ({ agreement: toAgreement(r), officePath: r.office_path, officeName: r.office_name })), total };
}

/** Active agreements of a tenant, with their office path (the daily planner's work list). */
export async function listActive(db: Db, tenantId: string) {
  const rows = await db
    .selectFrom('agreements as a')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'a.tenant_id').onRef('o.id', '=', 'a.office_id'))
    .select(['a.id', 'o.path as office_path'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.state', '=', 'active')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ id: r.id, officePath: r.office_path }));
}

export async function listItems(db: Db, tenantId: string, agreementId: string): Promise<AgreementItem[]> {
  const rows = await db
    .selectFrom('agreement_items')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('agreement_id', '=', agreementId)
    .orderBy('line_no')
    .execute();
  return rows.map((r) => ({
    lineNo: Number(r.line_no),
    itemId: r.item_id,
    itemName: r.item_name,
    unit: r.unit,
    category: r.category,
    quantityMilli: Number(r.quantity_milli),
    unitPriceFen: Number(r.unit_price_fen),
    listPriceFen: r.list_price_fen === null ? null : Number(r.list_price_fen),
  }));
}

/** Replaces the items (a draft's items are part of it, audited with it). */
export async function replaceItems(db: Db, tenantId: string, agreementId: string, items: AgreementItem[]) {
  await db.deleteFrom('agreement_items').where('tenant_id', '=', tenantId).where('agreement_id', '=', agreementId).execute();
  if (!items.length) return;
  await db
    .insertInto('agreement_items')
    .values(
      items.map((i) => ({
        tenant_id: tenantId,
        agreement_id: agreementId,
        line_no: i.lineNo,
        item_id: i.itemId,
        item_name: i.itemName,
        unit: i.unit,
        category: i.category,
        quantity_milli: i.quantityMilli,
        unit_price_fen: i.unitPriceFen,
        list_price_fen: i.listPriceFen,
      })),
    )
    .execute();
}

function toVisit(r: Selectable<AgreementVisitTable>): Visit {
  return {
    id: r.id,
    agreementId: r.agreement_id,
    plannedDate: r.planned_date,
    windowStart: r.window_start,
    windowEnd: r.window_end,
    orderId: r.order_id,
    orderNumber: r.order_number,
    state: r.state,
    reason: r.reason,
    movedFrom: r.moved_from,
    movedTo: r.moved_to,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function listVisits(db: Db, tenantId: string, agreementId: string): Promise<Visit[]> {
  const rows = await db
    .selectFrom('agreement_visits')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('agreement_id', '=', agreementId)
    .orderBy('planned_date')
    .execute();
  return rows.map(toVisit);
}

export async function findVisit(db: Db, tenantId: string, agreementId: string, id: string): Promise<Visit | null> {
  const r = await db
    .selectFrom('agreement_visits')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('agreement_id', '=', agreementId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? toVisit(r) : null;
}

/**
 * Claims an occurrence: inserts the visit unless one exists for (agreement, date). False when another
 * planner got there first (on PostgreSQL a concurrent insert waits for the other's commit, then yields).
 */
export async function claimVisit(db: Db, tenantId: string, v: Visit): Promise<boolean> {
  const res = await db
    .insertInto('agreement_visits')
    .values({
      tenant_id: tenantId,
      id: v.id,
      agreement_id: v.agreementId,
      planned_date: v.plannedDate,
      window_start: v.windowStart,
      window_end: v.windowEnd,
      order_id: v.orderId,
      order_number: v.orderNumber,
      state: v.state,
      reason: v.reason,
      moved_from: v.movedFrom,
      moved_to: v.movedTo,
      created_at: v.createdAt,
      updated_at: v.updatedAt,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'agreement_id', 'planned_date']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Names the order made for a visit just claimed. */
export async function setVisitOrder(db: Db, tenantId: string, id: string, order: { id: string; number: string }) {
  await db
    .updateTable('agreement_visits')
    .set({ order_id: order.id, order_number: order.number })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function updateVisit(db: Db, tenantId: string, v: Visit) {
  await db
    .updateTable('agreement_visits')
    .set({
      window_start: v.windowStart,
      window_end: v.windowEnd,
      state: v.state,
      reason: v.reason,
      moved_from: v.movedFrom,
      moved_to: v.movedTo,
      updated_at: v.updatedAt,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', v.id)
    .execute();
}

/** The content type of a stored image (signatures live in the shared blob store). */
export async function blobType(db: Db, tenantId: string, id: string): Promise<string | null> {
  const r = await db.selectFrom('blobs').select('content_type').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r?.content_type ?? null;
}

/** The name of the environment supervisor who arranges an office's visits: the nearest active holder at the office or above. */
export async function visitSupervisorName(db: Db, tenantId: string, officePath: string): Promise<string | null> {
  const row = await db
    .selectFrom('grants as g')
    .innerJoin('roles as r', (j) => j.onRef('r.tenant_id', '=', 'g.tenant_id').onRef('r.id', '=', 'g.role_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'g.tenant_id').onRef('n.id', '=', 'g.org_id'))
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.id', '=', 'g.user_id'))
    .select('u.display_name')
    .where('g.tenant_id', '=', tenantId)
    .where('r.code', '=', 'environment_supervisor')
    .where('g.revoked_at', 'is', null)
    .where('u.active', '=', 1)
    .where(sql<boolean>`${officePath} like n.path || '%'`)
    .orderBy('n.depth', 'desc')
    .orderBy('g.created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.display_name ?? null;
}

/** Visits of the subtrees' agreements planned (or moved) to `date` and not skipped or cancelled. */
export async function countVisitsOn(db: Db, tenantId: string, scope: readonly string[], date: string) {
  if (!scope.length) return 0;
  const r = await db
    .selectFrom('agreement_visits as v')
    .innerJoin('agreements as a', (j) => j.onRef('a.tenant_id', '=', 'v.tenant_id').onRef('a.id', '=', 'v.agreement_id'))
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 'a.tenant_id').onRef('n.id', '=', 'a.office_id'))
    .select((eb) => eb.fn.countAll().as('n'))
    .where('v.tenant_id', '=', tenantId)
    .where('v.planned_date', '=', date)
    .where('v.state', 'in', ['planned', 'moved'])
    .where(pathWithin('n.path', scope))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
