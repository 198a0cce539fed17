import type { Kysely } from 'kysely';
import type { CleaningArea, InspectionLevel, PlanFrequency, RectificationState } from '../../src/modules/cleaning/cleaning.types.js';
import { ensureEstateLibrary, liveStandards } from '../../src/modules/cleaning/cleaning-standard.repo.js';
import { inTransaction, type UseCase } from '../../src/platform/context.js';
import type { Database } from '../../src/platform/db/schema.js';
import { newId } from '../../src/platform/ids.js';

/**
 * Cleaning fixtures written straight into the tables (the services are built in parallel): an estate's library
 * from the seed, plans, inspections with their results, and rectification rounds, consistent with each other.
 */
export class CleaningFixtures {
  private readonly db: Kysely<Database>;
  constructor(private readonly system: UseCase) {
    this.db = system.db;
  }
  private get tenantId() {
    return this.system.actor.tenantId;
  }

  /** The estate's office and its live checks of one area, in order (the library copied from the seed if new). */
  async checks(estateId: string, area: CleaningArea) {
    await inTransaction(this.system, (tx) => ensureEstateLibrary(tx, estateId));
    return liveStandards(this.db, this.tenantId, estateId, area);
  }

  async officeOf(estateId: string): Promise<string> {
    const e = await this.db.selectFrom('estates').select('office_id').where('id', '=', estateId).executeTakeFirstOrThrow();
    return e.office_id;
  }

  async plan(p: {
    estateId: string;
    level: InspectionLevel;
    frequency: PlanFrequency;
    inspectorId: string;
    cleanerId: string;
    areas: CleaningArea[];
    createdAt: string;
    active?: boolean;
  }): Promise<string> {
    const id = newId();
    await this.db
      .insertInto('cleaning_plans')
      .values({
        tenant_id: this.tenantId,
        id,
        estate_id: p.estateId,
        office_id: await this.officeOf(p.estateId),
        level: p.level,
        frequency: p.frequency,
        inspector_id: p.inspectorId,
        cleaner_id: p.cleanerId,
        areas: JSON.stringify(p.areas),
        active: p.active === false ? 0 : 1,
        created_at: p.createdAt,
        created_by: null,
        updated_at: p.createdAt,
        version: 1,
      })
      .execute();
    return id;
  }

  /**
   * An inspection of one area; with `results` (pass or fail of the area's checks in order) it is done on `doneDate`
   * at `doneAt`, otherwise still planned. Returns its id and its results' ids with their standards.
   */
  async inspection(i: {
    planId?: string | null;
    estateId: string;
    level: InspectionLevel;
    area: CleaningArea;
    period: { start: string; end: string };
    inspectorId: string;
    cleanerId: string;
    results?: boolean[];
    doneDate?: string;
    doneAt?: string;
  }) {
    const id = newId();
    const checks = await this.checks(i.estateId, i.area);
    const results = (i.results ?? []).map((passed, n) => {
      const check = checks[n];
      if (!check) throw new Error(`no check ${n} in ${i.area}`);
      return { id: newId(), standardId: check.id, passed };
    });
    const done = i.results !== undefined;
    await this.db
      .insertInto('cleaning_inspections')
      .values({
        tenant_id: this.tenantId,
        id,
        plan_id: i.planId ?? null,
        estate_id: i.estateId,
        office_id: await this.officeOf(i.estateId),
        level: i.level,
        area: i.area,
        period_start: i.period.start,
        period_end: i.period.end,
        inspector_id: i.inspectorId,
        cleaner_id: i.cleanerId,
        state: done ? 'done' : 'planned',
        done_at: done ? (i.doneAt ?? `${i.doneDate}T02:00:00.000Z`) : null,
        done_date: done ? (i.doneDate ?? null) : null,
        done_by: done ? i.inspectorId : null,
        passed_count: results.filter((r) => r.passed).length,
        failed_count: results.filter((r) => !r.passed).length,
        created_at: `${i.period.start}T00:00:00.000Z`,
        version: 1,
      })
      .execute();
    if (results.length)
      await this.db
        .insertInto('cleaning_results')
        .values(
          results.map((r, n) => ({
            tenant_id: this.tenantId,
            id: r.id,
            inspection_id: id,
            standard_id: r.standardId,
            passed: r.passed ? 1 : 0,
            value: null,
            note: r.passed ? null : '发现问题',
            photos: '[]',
            sort: n,
          })),
        )
        .execute();
    return { id, results, level: i.level, area: i.area, estateId: i.estateId, inspectorId: i.inspectorId, cleanerId: i.cleanerId };
  }

  /** A rectification round of an inspection's failed result (the first failure unless `result` says). */
  async rectification(
    inspection: Awaited<ReturnType<CleaningFixtures['inspection']>>,
    r: { createdAt: string; dueAt: string; state: RectificationState; doneAt?: string | null },
  ): Promise<string> {
    const result = inspection.results.find((x) => !x.passed);
    if (!result) throw new Error('no failed result to rectify');
    const id = newId();
    await this.db
      .insertInto('cleaning_rectifications')
      .values({
        tenant_id: this.tenantId,
        id,
        inspection_id: inspection.id,
        result_id: result.id,
        standard_id: result.standardId,
        estate_id: inspection.estateId,
        office_id: await this.officeOf(inspection.estateId),
        area: inspection.area,
        level: inspection.level,
        cleaner_id: inspection.cleanerId,
        inspector_id: inspection.inspectorId,
        round: 1,
        state: r.state,
        created_at: r.createdAt,
        due_at: r.dueAt,
        done_at: r.doneAt ?? null,
        done_note: r.doneAt ? '已整改' : null,
        done_photo: null,
        rechecked_at: null,
        rechecked_by: null,
        recheck_note: null,
        recheck_photo: null,
        previous_id: null,
        next_id: null,
        version: 1,
      })
      .execute();
    return id;
  }
}
