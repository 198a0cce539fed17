import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { periodOf } from './cleaning.rules.js';
import type { CleaningArea } from './cleaning.types.js';
import type { Plan } from './cleaning-plan.repo.js';

interface Planner {
  db: Kysely<Database>;
  actor: { tenantId: string };
  now: string;
}

/** Today in the tenant's zone: the business date whose period is planned. */
export async function todayOf(p: Planner): Promise<string> {
  return businessDate(new Date(p.now), await tenantZone(p));
}

/**
 * A6.3: one planned inspection per area of an active plan for the period (of its frequency) that holds `today`,
 * its inspector and cleaner from the plan. Idempotent: the unique index `cleaning_inspections_period` turns a second
 * planning of the same area and period into nothing. Returns how many inspections it made.
 */
export async function planInspections(p: Planner, plan: Plan, today: string, areas: readonly CleaningArea[] = plan.areas): Promise<number> {
  if (!plan.active || areas.length === 0) return 0;
  const period = periodOf(plan.frequency, today);
  let made = 0;
  for (const area of areas) {
    const r = await p.db
      .insertInto('cleaning_inspections')
      .values({
        tenant_id: p.actor.tenantId,
        id: newId(),
        plan_id: plan.id,
        estate_id: plan.estateId,
        office_id: plan.officeId,
        level: plan.level,
        area,
        period_start: period.start,
        period_end: period.end,
        inspector_id: plan.inspectorId,
        cleaner_id: plan.cleanerId,
        state: 'planned',
        done_at: null,
        done_date: null,
        done_by: null,
        passed_count: 0,
        failed_count: 0,
        created_at: p.now,
        version: 1,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'plan_id', 'area', 'period_start']).where('plan_id', 'is not', null).doNothing())
      .executeTakeFirst();
    made += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return made;
}
