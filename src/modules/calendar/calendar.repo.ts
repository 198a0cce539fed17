import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { SpecialDay } from './calendar.types.js';

type Db = Kysely<Database>;

/** The special days from `from` to `to` (dates, both included), by date. */
export async function daysBetween(db: Db, tenantId: string, from: string, to: string): Promise<SpecialDay[]> {
  return db
    .selectFrom('calendar_days')
    .select(['day', 'kind', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day')
    .execute();
}

export async function findDay(db: Db, tenantId: string, day: string): Promise<SpecialDay | undefined> {
  return db
    .selectFrom('calendar_days')
    .select(['day', 'kind', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('day', '=', day)
    .executeTakeFirst();
}

export async function countBetween(db: Db, tenantId: string, from: string, to: string): Promise<number> {
  const row = await db
    .selectFrom('calendar_days')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function upsertDay(db: Db, tenantId: string, d: SpecialDay, by: string | null, at: string): Promise<void> {
  await db
    .insertInto('calendar_days')
    .values({ tenant_id: tenantId, day: d.day, kind: d.kind, name: d.name, created_by: by, created_at: at })
    .onConflict((oc) => oc.columns(['tenant_id', 'day']).doUpdateSet({ kind: d.kind, name: d.name, created_by: by, created_at: at }))
    .execute();
}

export async function deleteDay(db: Db, tenantId: string, day: string): Promise<void> {
  await db.deleteFrom('calendar_days').where('tenant_id', '=', tenantId).where('day', '=', day).execute();
}

/** Replaces the special days of `from`..`to` with `days` (the caller's transaction keeps it whole). */
export async function replaceBetween(
  db: Db,
  tenantId: string,
  from: string,
  to: string,
  days: readonly SpecialDay[],
  by: string | null,
  at: string,
): Promise<void> {
  await db.deleteFrom('calendar_days').where('tenant_id', '=', tenantId).where('day', '>=', from).where('day', '<=', to).execute();
  if (days.length === 0) return;
  await db
    .insertInto('calendar_days')
    .values(days.map((d) => ({ tenant_id: tenantId, day: d.day, kind: d.kind, name: d.name, created_by: by, created_at: at })))
    .execute();
}
