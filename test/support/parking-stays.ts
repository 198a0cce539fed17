// Stays as the gate part writes them, inserted directly: the collection tests need due stays without the gate's services.

import type { Kysely } from 'kysely';
import type { StayState } from '../../src/modules/parking/parking.types.js';
import { stayCharge, type TemporaryRate } from '../../src/modules/parking/parking-charge.rules.js';
import type { Database } from '../../src/platform/db/schema.js';
import { newId } from '../../src/platform/ids.js';
import { tenantZone } from '../../src/platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../src/platform/time.js';
import type { Agent, TestEnv } from './harness.js';

/** 5 yuan an hour or part of it after 15 free minutes, at most 30 yuan per 24 hours. */
export const RATE: TemporaryRate = { freeMinutes: 15, unitMinutes: 60, unitFen: 500, night: null, dailyCapFen: 3000, stayCapFen: null };

export interface ParkingFixture {
  tenantId: string;
  officeId: string;
  estateId: string;
  carParkId: string;
  standardId: string;
  timeZone: string;
}

let n = 0;

/** A fresh estate of office A with one car park and an approved standard in force since `fromMonth`, approved long ago. */
export async function parkingFixture(t: TestEnv, head: Agent, fromMonth = '2024-01'): Promise<ParkingFixture> {
  const db = t.runtime.deps.db;
  const officeId = await t.org('office-a');
  const e = (await head.post('/api/estates', { officeId, name: `收费测试园${++n}`, address: '道闸路1号' })).body;
  const c = (await head.post('/api/car-parks', { estateId: e.id, code: 'P1', name: `地面车场${n}`, kind: 'ground' })).body;
  const tenant = await db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
  const at = '2023-12-20T02:00:00.000Z';
  const standardId = await insertApprovedStandard(db, { tenantId: tenant.id, officeId, estateId: e.id, carParkId: c.id, fromMonth, at });
  // the car park was registered before the standard, as the office would have done
  await db.updateTable('car_parks').set({ created_at: at }).where('id', '=', c.id).execute();
  const timeZone = await tenantZone({ db, actor: { tenantId: tenant.id } });
  return { tenantId: tenant.id, officeId, estateId: e.id, carParkId: c.id, standardId, timeZone };
}

/** The UTC instant of a local clock time `HH:MM` on the business day `daysAgo` days before today. */
export function localAt(fx: ParkingFixture, now: Date, daysAgo: number, clock: string): string {
  const today = businessDate(now, fx.timeZone);
  const day = new Date(Date.parse(`${today}T00:00:00Z`) - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return new Date(Date.parse(startOfBusinessDay(day, fx.timeZone)) + (h * 60 + m) * 60_000).toISOString();
}

export interface StayInput {
  plate: string;
  enteredAt: string | null;
  exitedAt: string | null;
  state?: StayState;
  /** The charge written; by default the standard's own (`stayCharge`) for a charged state. */
  chargeFen?: number | null;
  waiveReason?: string;
  waivedByName?: string;
}

/** Inserts one stay of the fixture's car park; a `due` one (the default) is charged by the rule. */
export async function insertStay(t: TestEnv, fx: ParkingFixture, s: StayInput): Promise<{ id: string; chargeFen: number | null }> {
  const state = s.state ?? 'due';
  const charged = state === 'due' || state === 'collected' || state === 'waived';
  const chargeFen =
    s.chargeFen !== undefined
      ? s.chargeFen
      : charged && s.enteredAt && s.exitedAt
        ? stayCharge(RATE, s.enteredAt, s.exitedAt, fx.timeZone).chargeFen
        : null;
  const id = newId();
  const now = new Date().toISOString();
  await t.runtime.deps.db
    .insertInto('parking_stays')
    .values({
      tenant_id: fx.tenantId,
      id,
      office_id: fx.officeId,
      estate_id: fx.estateId,
      car_park_id: fx.carParkId,
      plate: s.plate,
      entered_at: s.enteredAt,
      exited_at: s.exitedAt,
      source: 'gate',
      record_key: `${s.plate}|${s.enteredAt ?? ''}|${s.exitedAt ?? ''}|${id}`,
      import_id: null,
      vehicle_id: null,
      pass_id: null,
      standard_id: charged ? fx.standardId : null,
      charge_fen: chargeFen,
      state,
      collection_id: null,
      waive_reason: s.waiveReason ?? null,
      waived_by: s.waivedByName ? 'test' : null,
      waived_by_name: s.waivedByName ?? null,
      waived_at: s.waivedByName ? now : null,
      recorded_by: 'test',
      recorded_by_name: '测试',
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, chargeFen };
}

/** An approved standard (the RATE) of a car park, written as the standards chain would leave it; returns its id. */
export async function insertApprovedStandard(
  db: Kysely<Database>,
  p: { tenantId: string; officeId: string; estateId: string; carParkId: string; fromMonth: string; at: string },
): Promise<string> {
  const standardId = newId();
  await db
    .insertInto('parking_standards')
    .values({
      tenant_id: p.tenantId,
      id: standardId,
      office_id: p.officeId,
      estate_id: p.estateId,
      car_park_id: p.carParkId,
      effective_month: p.fromMonth,
      free_minutes: RATE.freeMinutes,
      unit_minutes: RATE.unitMinutes,
      unit_fen: RATE.unitFen,
      night_from: null,
      night_to: null,
      night_unit_fen: null,
      daily_cap_fen: RATE.dailyCapFen,
      stay_cap_fen: null,
      note: '',
      state: 'approved',
      submitted_by: null,
      submitted_by_name: null,
      submitted_at: null,
      reviewed_by: null,
      reviewed_by_name: null,
      reviewed_at: null,
      approved_by: null,
      approved_by_name: '张总',
      approved_at: p.at,
      returned_by: null,
      returned_by_name: null,
      returned_at: null,
      return_reason: null,
      created_by: 'test',
      version: 1,
      created_at: p.at,
      updated_at: p.at,
    })
    .execute();
  return standardId;
}
