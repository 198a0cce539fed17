import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { TemporaryRate } from '../../src/modules/parking/parking-charge.rules.js';
import type { Database } from '../../src/platform/db/schema.js';

/** 翠竹园 P1's temporary rate: 15 free minutes, ¥5 an hour, ¥1 an hour at night (22:00–07:00), at most ¥30 a day. */
export const P1_RATE: TemporaryRate = {
  freeMinutes: 15,
  unitMinutes: 60,
  unitFen: 500,
  night: { from: '22:00', to: '07:00', unitFen: 100 },
  dailyCapFen: 3000,
  stayCapFen: null,
};
/** 翠竹园 B1's: 30 free minutes, ¥6 an hour, at most ¥40 a day and ¥200 a stay. */
export const B1_RATE: TemporaryRate = { freeMinutes: 30, unitMinutes: 60, unitFen: 600, night: null, dailyCapFen: 4000, stayCapFen: 20000 };

/**
 * An approved parking standard of a car park, inserted directly (the standards part's approval chain is another
 * helper's): what the gate's tests charge by until the standards' demo approves real ones.
 */
export async function approvedStandard(
  db: Kysely<Database>,
  carParkId: string,
  rate: TemporaryRate,
  effectiveMonth = '2026-01',
): Promise<string> {
  const park = await db.selectFrom('car_parks').selectAll().where('id', '=', carParkId).executeTakeFirstOrThrow();
  const id = uuidv7();
  const at = new Date().toISOString();
  await db
    .insertInto('parking_standards')
    .values({
      tenant_id: park.tenant_id,
      id,
      office_id: park.office_id,
      estate_id: park.estate_id,
      car_park_id: carParkId,
      effective_month: effectiveMonth,
      free_minutes: rate.freeMinutes,
      unit_minutes: rate.unitMinutes,
      unit_fen: rate.unitFen,
      night_from: rate.night?.from ?? null,
      night_to: rate.night?.to ?? null,
      night_unit_fen: rate.night?.unitFen ?? null,
      daily_cap_fen: rate.dailyCapFen,
      stay_cap_fen: rate.stayCapFen,
      note: '测试标准',
      state: 'approved',
      submitted_by: null,
      submitted_by_name: null,
      submitted_at: null,
      reviewed_by: null,
      reviewed_by_name: null,
      reviewed_at: null,
      approved_by: null,
      approved_by_name: '测试',
      approved_at: at,
      returned_by: null,
      returned_by_name: null,
      returned_at: null,
      return_reason: null,
      created_by: 'test',
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** An active monthly pass (a zone pass, no space) of a vehicle at a car park, inserted directly. */
export async function activePass(
  db: Kysely<Database>,
  p: { carParkId: string; vehicleId: string; unitId: string; standardId: string; fromMonth: string; toMonth: string },
): Promise<string> {
  const park = await db.selectFrom('car_parks').selectAll().where('id', '=', p.carParkId).executeTakeFirstOrThrow();
  const id = uuidv7();
  const at = new Date().toISOString();
  await db
    .insertInto('parking_passes')
    .values({
      tenant_id: park.tenant_id,
      id,
      office_id: park.office_id,
      estate_id: park.estate_id,
      car_park_id: p.carParkId,
      vehicle_id: p.vehicleId,
      unit_id: p.unitId,
      space_id: null,
      zone: '东区',
      ownership: 'public',
      from_month: p.fromMonth,
      to_month: p.toMonth,
      monthly_fen: 30000,
      standard_id: p.standardId,
      state: 'active',
      cancelled_at: null,
      created_by: 'test',
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}
