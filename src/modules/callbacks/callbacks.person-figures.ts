import type { UseCase } from '../../platform/context.js';
import type { PersonFigure, PersonFigureQuery } from '../../platform/modules.js';
import { tenantZone } from '../../platform/tenancy.js';
import { periodBound } from '../../platform/time.js';
import { addToTally, type CallbackTally, emptyTally, satisfactionRate } from './callback.rules.js';
import { outcomesOfPeople } from './callback-stats.repo.js';

/**
 * Each person's callbacks of a period (A1.6, from A7.4.10): the callbacks done on orders they worked on, and the
 * share of those reaching the owner answered 满意 (the satisfaction rate, per mille; null when nobody was reached).
 * A person with no callback done on their orders in the period is left out.
 */
export async function callbackPersonFigures(ctx: UseCase, q: PersonFigureQuery): Promise<Map<string, PersonFigure[]>> {
  const zone = await tenantZone(ctx);
  const rows = await outcomesOfPeople(
    ctx.db,
    ctx.actor.tenantId,
    q.userIds,
    periodBound(q.from, zone, 'from'),
    periodBound(q.to, zone, 'to'),
  );
  const tallies = new Map<string, CallbackTally>();
  for (const r of rows) {
    const t = tallies.get(r.user_id) ?? emptyTally();
    for (let i = 0; i < r.n; i++) addToTally(t, r);
    tallies.set(r.user_id, t);
  }
  const out = new Map<string, PersonFigure[]>();
  for (const [userId, t] of tallies)
    out.set(userId, [
      { key: 'callbacks.done', unit: 'count', value: t.total },
      { key: 'callbacks.satisfied', unit: 'permille', value: satisfactionRate(t), better: 'higher' },
    ]);
  return out;
}
