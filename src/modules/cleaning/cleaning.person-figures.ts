import type { UseCase } from '../../platform/context.js';
import type { PersonFigure, PersonFigureQuery } from '../../platform/modules.js';
import { passRate } from './cleaning.rules.js';
import { checksOfCleaners } from './cleaning-score.repo.js';

/**
 * Each cleaner's figures of a period (A1.6, from A6.2–A6.3): the checks judged at inspections of their areas done in
 * the period, and the share passed (per mille). A person who is no inspected area's cleaner is left out.
 */
export async function cleaningPersonFigures(ctx: UseCase, q: PersonFigureQuery): Promise<Map<string, PersonFigure[]>> {
  const rows = await checksOfCleaners(ctx.db, ctx.actor.tenantId, q.userIds, q.from, q.to);
  return new Map(
    rows.map((r) => [
      r.cleanerId,
      [
        { key: 'cleaning.checks', unit: 'count', value: r.total },
        { key: 'cleaning.passRate', unit: 'permille', value: passRate(r.passed, r.total), better: 'higher' },
      ],
    ]),
  );
}
