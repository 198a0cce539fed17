import type { z } from 'zod';
import { scopeOf } from '../../platform/authz/access.js';
import { authorize } from '../../platform/authz/guard.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { addMonths, lastMonths, monthBounds } from '../../platform/months.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { loadVisibleOrg } from '../orgs/org.service.js';
import { CLEANING_READ } from './cleaning.permissions.js';
import { passRate } from './cleaning.rules.js';
import { INSPECTION_LEVELS } from './cleaning.types.js';
import * as repo from './cleaning-score.repo.js';
import { inspectionSummary, rectificationSummary, scoreTables } from './cleaning-score.rules.js';
import type * as s from './cleaning-score.schemas.js';

type Scores = z.infer<typeof s.scoreSchema>;

/** The subtrees the scores cover: the chosen node (checked) or every node where the caller reads cleaning. */
async function readScope(ctx: UseCase, orgId: string | undefined): Promise<readonly string[]> {
  if (orgId) {
    const node = await loadVisibleOrg(ctx, orgId);
    authorize(ctx.actor.access, CLEANING_READ, node.path, 'org');
    return [node.path];
  }
  const scope = scopeOf(ctx.actor.access, CLEANING_READ);
  if (!scope.length) throw new DomainError('forbidden', 'auth.forbidden', `missing permission ${CLEANING_READ}`);
  return scope;
}

/** The business dates [first of the month, first of the next). */
const monthDates = (month: string) => ({ from: `${month}-01`, to: `${addMonths(month, 1)}-01` });

/**
 * A month's cleaning scores (A6.3) where the caller reads cleaning: pass rates per estate area, cleaner and level,
 * the checks failed most, the rectifications opened and how they were fixed, the planned inspections done and
 * missed, and six months' pass rate per level.
 */
export async function monthScores(ctx: UseCase, q: z.infer<typeof s.scoreQuery>): Promise<Scores> {
  const scope = await readScope(ctx, q.orgId);
  const zone = await tenantZone(ctx);
  const now = ctx.clock.now().toISOString();
  const today = businessDate(now, zone);
  const month = q.month ?? today.slice(0, 7);
  const where = { tenantId: ctx.actor.tenantId, scope, estateId: q.estateId };
  const dates = monthDates(month);
  const [facts, rectifications, planned, monthly] = await Promise.all([
    repo.resultFacts(ctx.db, where, dates),
    repo.rectificationFacts(ctx.db, where, monthBounds(month, zone)),
    repo.plannedInspections(ctx.db, where, dates),
    repo.monthlyCounts(ctx.db, where, { from: monthDates(addMonths(month, -5)).from, to: dates.to }),
  ]);
  const trend = lastMonths(month, 6).flatMap((m) =>
    INSPECTION_LEVELS.map((level) => {
      const c = monthly.find((r) => r.month === m && r.level === level);
      const checks = c?.checks ?? 0;
      const passed = c?.passed ?? 0;
      return { month: m, level, checks, passed, rate: passRate(passed, checks) };
    }),
  );
  return {
    month,
    ...scoreTables(facts),
    rectifications: rectificationSummary(rectifications, now),
    inspections: inspectionSummary(planned, today),
    trend,
  };
}
