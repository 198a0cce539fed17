import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Tx } from '../../platform/context.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import type { CleaningStandardTable } from './cleaning.tables.js';
import { CLEANING_AREAS, type CleaningArea } from './cleaning.types.js';
import { CLEANING_LIBRARY } from './cleaning-library.data.js';

type Db = Kysely<Database>;

/** A version of a check as the services and the web see it. */
export interface Standard {
  id: string;
  estateId: string | null;
  checkKey: string;
  version: number;
  area: CleaningArea;
  object: string;
  criterion: string;
  method: CleaningStandardTable['method'];
  thresholdMax: number | null;
  thresholdUnit: CleaningStandardTable['threshold_unit'];
  sort: number;
  createdAt: string;
  createdBy: string | null;
  retiredAt: string | null;
  note: string | null;
}

export const toStandard = (r: CleaningStandardTable): Standard => ({
  id: r.id,
  estateId: r.estate_id,
  checkKey: r.check_key,
  version: r.version,
  area: r.area,
  object: r.object,
  criterion: r.criterion,
  method: r.method,
  thresholdMax: r.threshold_max,
  thresholdUnit: r.threshold_unit,
  sort: r.sort,
  createdAt: r.created_at,
  createdBy: r.created_by,
  retiredAt: r.retired_at,
  note: r.note,
});

const areaOrder = (a: CleaningArea) => CLEANING_AREAS.indexOf(a);
const byAreaAndSort = (a: Standard, b: Standard) => areaOrder(a.area) - areaOrder(b.area) || a.sort - b.sort;

/** The live checks of a library (an estate's, or the group's with `null`), optionally of one area, in order. */
export async function liveStandards(db: Db, tenantId: string, estateId: string | null, area?: CleaningArea): Promise<Standard[]> {
  let q = db.selectFrom('cleaning_standards').selectAll().where('tenant_id', '=', tenantId).where('retired_at', 'is', null);
  q = estateId === null ? q.where('estate_id', 'is', null) : q.where('estate_id', '=', estateId);
  if (area) q = q.where('area', '=', area);
  return (await q.execute()).map(toStandard).sort(byAreaAndSort);
}

export async function findStandard(db: Db, tenantId: string, id: string): Promise<Standard | undefined> {
  const r = await db.selectFrom('cleaning_standards').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return r && toStandard(r);
}

/** Whether the library has any check yet (live or retired). */
export async function hasLibrary(db: Db, tenantId: string, estateId: string | null): Promise<boolean> {
  let q = db.selectFrom('cleaning_standards').select('id').where('tenant_id', '=', tenantId);
  q = estateId === null ? q.where('estate_id', 'is', null) : q.where('estate_id', '=', estateId);
  return (await q.limit(1).executeTakeFirst()) !== undefined;
}

/** Every version of a check in its library, newest first. */
export async function versionsOf(db: Db, tenantId: string, s: Pick<Standard, 'estateId' | 'checkKey'>): Promise<Standard[]> {
  let q = db.selectFrom('cleaning_standards').selectAll().where('tenant_id', '=', tenantId).where('check_key', '=', s.checkKey);
  q = s.estateId === null ? q.where('estate_id', 'is', null) : q.where('estate_id', '=', s.estateId);
  return (await q.orderBy('version', 'desc').execute()).map(toStandard);
}

/** Retires a live version; false when it was retired meanwhile. */
export async function retire(db: Db, tenantId: string, id: string, at: string, by: string | null): Promise<boolean> {
  const r = await db
    .updateTable('cleaning_standards')
    .set({ retired_at: at, retired_by: by })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The next place in an area's order of a library. */
export async function nextSort(db: Db, tenantId: string, estateId: string | null): Promise<number> {
  let q = db
    .selectFrom('cleaning_standards')
    .select((eb) => eb.fn.max('sort').as('m'))
    .where('tenant_id', '=', tenantId);
  q = estateId === null ? q.where('estate_id', 'is', null) : q.where('estate_id', '=', estateId);
  const r = await q.executeTakeFirst();
  return r?.m === null || r?.m === undefined ? 0 : Number(r.m) + 1;
}

/** Writes one version; `seed` leaves a group check another writer seeded at the same moment as it is. */
export async function insertStandard(db: Db, tenantId: string, s: Standard, retiredBy: string | null = null, seed = false): Promise<void> {
  const insert = db.insertInto('cleaning_standards').values({
    tenant_id: tenantId,
    id: s.id,
    estate_id: s.estateId,
    check_key: s.checkKey,
    version: s.version,
    area: s.area,
    object: s.object,
    criterion: s.criterion,
    method: s.method,
    threshold_max: s.thresholdMax,
    threshold_unit: s.thresholdUnit,
    sort: s.sort,
    created_at: s.createdAt,
    created_by: s.createdBy,
    retired_at: s.retiredAt,
    retired_by: retiredBy,
    note: s.note,
  });
  await (seed
    ? insert.onConflict((oc) =>
        oc.columns(['tenant_id', 'check_key']).where(sql<SqlBool>`estate_id is null and retired_at is null`).doNothing(),
      )
    : insert
  ).execute();
}

/**
 * The group's library, written from 篇六 (`CLEANING_LIBRARY`) the first time the tenant needs it; a tenant that
 * has one (edited or not) keeps it. Runs in the caller's transaction.
 */
export async function ensureGroupLibrary(tx: Tx): Promise<void> {
  const tenantId = tx.actor.tenantId;
  if (await hasLibrary(tx.db, tenantId, null)) return;
  let sort = 0;
  for (const c of CLEANING_LIBRARY) {
    await insertStandard(
      tx.db,
      tenantId,
      {
        id: newId(),
        estateId: null,
        checkKey: c.key,
        version: 1,
        area: c.area,
        object: c.object,
        criterion: c.criterion,
        method: c.method,
        thresholdMax: c.thresholdMax ?? null,
        thresholdUnit: c.thresholdUnit ?? null,
        sort: sort++,
        createdAt: tx.now,
        createdBy: null,
        retiredAt: null,
        note: null,
      },
      null,
      true,
    );
  }
}

/**
 * An estate's own library: on first need (its first plan, its first edit) a copy of the group's live checks as
 * version 1 of each; afterwards the estate's own, edited apart from the group's. Returns whether it copied.
 */
export async function ensureEstateLibrary(tx: Tx, estateId: string): Promise<boolean> {
  const tenantId = tx.actor.tenantId;
  if (await hasLibrary(tx.db, tenantId, estateId)) return false;
  await ensureGroupLibrary(tx);
  for (const g of await liveStandards(tx.db, tenantId, null)) {
    await insertStandard(tx.db, tenantId, {
      ...g,
      id: newId(),
      estateId,
      version: 1,
      createdAt: tx.now,
      createdBy: tx.actor.displayName,
      retiredAt: null,
      note: null,
    });
  }
  return true;
}
