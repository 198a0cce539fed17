/**
 * The direct-debit batches (托收批次) themselves: the batch row, its numbering, the estate it is made for, finding
 * and listing batches with their office and estate, the totals written back from a return file, and the count of
 * batches still awaiting their return for the to-dos.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { pathWithin } from '../../platform/db/scope.js';
import { containsText } from '../../platform/db/search.js';
import { fetchPage, parseSort } from '../../platform/http/list.js';
import type { BankBatchState } from './fee.types.js';
import type { BankBatchTable } from './fees.tables.js';

type Db = Kysely<Database>;

export interface BankBatch {
  tenantId: string;
  id: string;
  officeId: string;
  estateId: string;
  number: string;
  period: string;
  state: BankBatchState;
  lineCount: number;
  totalFen: number;
  paidCount: number;
  paidFen: number;
  failedCount: number;
  exportedBy: string;
  exportedByName: string;
  exportedAt: string;
  returnedAt: string | null;
  returnFileHash: string | null;
  version: number;
}

const toBatch = (r: Selectable<BankBatchTable>): BankBatch => ({
  tenantId: r.tenant_id,
  id: r.id,
  officeId: r.office_id,
  estateId: r.estate_id,
  number: r.number,
  period: r.period,
  state: r.state,
  lineCount: Number(r.line_count),
  totalFen: Number(r.total_fen),
  paidCount: Number(r.paid_count),
  paidFen: Number(r.paid_fen),
  failedCount: Number(r.failed_count),
  exportedBy: r.exported_by,
  exportedByName: r.exported_by_name,
  exportedAt: r.exported_at,
  returnedAt: r.returned_at,
  returnFileHash: r.return_file_hash,
  version: Number(r.version),
});

/** An estate with its office, for a new batch. */
export async function estatePlace(db: Db, tenantId: string, estateId: string) {
  return db
    .selectFrom('estates as e')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.office_id'))
    .select(['e.id', 'e.office_id', 'e.name', 'o.path as office_path'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.id', '=', estateId)
    .executeTakeFirst();
}

/** How many batches of the tenant have numbers starting with `prefix` (the next one is that plus one). */
export async function countNumbered(db: Db, tenantId: string, prefix: string): Promise<number> {
  const r = await db
    .selectFrom('bank_batches')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('number', 'like', `${prefix}%`)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function insertBatch(db: Db, b: BankBatch): Promise<void> {
  await db
    .insertInto('bank_batches')
    .values({
      tenant_id: b.tenantId,
      id: b.id,
      office_id: b.officeId,
      estate_id: b.estateId,
      number: b.number,
      period: b.period,
      state: b.state,
      line_count: b.lineCount,
      total_fen: b.totalFen,
      paid_count: b.paidCount,
      paid_fen: b.paidFen,
      failed_count: b.failedCount,
      exported_by: b.exportedBy,
      exported_by_name: b.exportedByName,
      exported_at: b.exportedAt,
      returned_at: b.returnedAt,
      return_file_hash: b.returnFileHash,
      version: b.version,
    })
    .execute();
}

const withPlace = (db: Db) =>
  db
    .selectFrom('bank_batches as k')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'k.tenant_id').onRef('o.id', '=', 'k.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'k.tenant_id').onRef('e.id', '=', 'k.estate_id'))
    .selectAll('k')
    .select(['o.path as office_path', 'e.name as estate_name']);

export type PlacedBatch = { batch: BankBatch; officePath: string; estateName: string };
const toPlaced = (r: Selectable<BankBatchTable> & { office_path: string; estate_name: string }): PlacedBatch => ({
  batch: toBatch(r),
  officePath: r.office_path,
  estateName: r.estate_name,
});

export async function findBatch(db: Db, tenantId: string, id: string) {
  const r = await withPlace(db).where('k.tenant_id', '=', tenantId).where('k.id', '=', id).executeTakeFirst();
  return r && toPlaced(r);
}

/** The batch of the tenant with that number (a return file names its batch by number). */
export async function batchIdByNumber(db: Db, tenantId: string, number: string) {
  const r = await db
    .selectFrom('bank_batches')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('number', '=', number)
    .executeTakeFirst();
  return r?.id ?? null;
}

export interface BatchFilter {
  estateId?: string | undefined;
  state?: BankBatchState | undefined;
  period?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  page: number;
  pageSize: number;
}

const SORTS = { exportedAt: 'k.exported_at', period: 'k.period', number: 'k.number' } as const;

export async function listBatches(db: Db, tenantId: string, f: BatchFilter & { scope: readonly string[] }) {
  let q = withPlace(db).where('k.tenant_id', '=', tenantId).where(pathWithin('o.path', f.scope));
  if (f.estateId) q = q.where('k.estate_id', '=', f.estateId);
  if (f.state) q = q.where('k.state', '=', f.state);
  if (f.period) q = q.where('k.period', '=', f.period);
  if (f.q) q = q.where(containsText(['k.number', 'e.name'], f.q));
  const { field, direction } = parseSort(f.sort, '-exportedAt');
  const col = SORTS[field as keyof typeof SORTS] ?? SORTS.exportedAt;
  const { rows, total } = await fetchPage(q.orderBy(col, direction).orderBy('k.id'), f.page, f.pageSize);
  return { items: rows.map(toPlaced), total };
}

/** Writes the batch's totals and state at the version read; false when someone changed it meanwhile. */
export async function updateBatch(db: Db, b: BankBatch, readVersion: number): Promise<boolean> {
  const res = await db
    .updateTable('bank_batches')
    .set({
      state: b.state,
      paid_count: b.paidCount,
      paid_fen: b.paidFen,
      failed_count: b.failedCount,
      returned_at: b.returnedAt,
      return_file_hash: b.returnFileHash,
      version: b.version,
    })
    .where('tenant_id', '=', b.tenantId)
    .where('id', '=', b.id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Batches awaiting their return file in the scope, and how many of them were exported before `overdueBefore`. */
export async function awaitingReturn(db: Db, tenantId: string, scope: readonly string[], overdueBefore: string) {
  const r = await db
    .selectFrom('bank_batches as k')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'k.tenant_id').onRef('o.id', '=', 'k.office_id'))
    .select((eb) => [
      eb.fn.countAll().as('n'),
      eb.fn.sum(eb.case().when('k.exported_at', '<', overdueBefore).then(1).else(0).end()).as('late'),
      eb.fn.sum('k.total_fen').as('fen'),
    ])
    .where('k.tenant_id', '=', tenantId)
    .where('k.state', '=', 'exported')
    .where(pathWithin('o.path', scope))
    .executeTakeFirst();
  return { count: Number(r?.n ?? 0), late: Number(r?.late ?? 0), fen: Number(r?.fen ?? 0) };
}
