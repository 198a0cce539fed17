import { newId } from '../../src/platform/ids.js';
import type { TestEnv } from './harness.js';

type Prices = Partial<Record<'owned' | 'rented' | 'public', number>>;

/**
 * An approved parking standard of a car park, written straight into the tables (the standards part has its own
 * screens and tests): from `effectiveMonth`, 15 free minutes then 3 元 an hour, with the monthly-pass prices given.
 * Approved now, so of two standards for the same month this one is in force. Never used by the demo or the app.
 */
export async function approvedParkingStandard(t: TestEnv, carParkId: string, effectiveMonth: string, prices: Prices): Promise<string> {
  const db = t.runtime.deps.db;
  const park = await db.selectFrom('car_parks').selectAll().where('id', '=', carParkId).executeTakeFirstOrThrow();
  const now = t.clock.now().toISOString();
  const id = newId();
  const step = { by: null, name: '测试', at: now };
  await db
    .insertInto('parking_standards')
    .values({
      tenant_id: park.tenant_id,
      id,
      office_id: park.office_id,
      estate_id: park.estate_id,
      car_park_id: park.id,
      effective_month: effectiveMonth,
      free_minutes: 15,
      unit_minutes: 60,
      unit_fen: 300,
      night_from: null,
      night_to: null,
      night_unit_fen: null,
      daily_cap_fen: 3000,
      stay_cap_fen: null,
      note: '测试标准',
      state: 'approved',
      submitted_by: step.by,
      submitted_by_name: step.name,
      submitted_at: step.at,
      reviewed_by: step.by,
      reviewed_by_name: step.name,
      reviewed_at: step.at,
      approved_by: step.by,
      approved_by_name: step.name,
      approved_at: step.at,
      returned_by: null,
      returned_by_name: null,
      returned_at: null,
      return_reason: null,
      created_by: '测试',
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const [ownership, monthly] of Object.entries(prices))
    await db
      .insertInto('parking_pass_prices')
      .values({ tenant_id: park.tenant_id, standard_id: id, ownership: ownership as keyof Prices, monthly_fen: monthly })
      .execute();
  return id;
}
