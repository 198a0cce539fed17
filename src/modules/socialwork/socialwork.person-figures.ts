import type { UseCase } from '../../platform/context.js';
import type { PersonFigure, PersonFigureQuery } from '../../platform/modules.js';
import { businessDate, periodBound } from '../../platform/time.js';
import { paramAt } from '../params/params.service.js';
import { executorFacts } from './control.repo.js';
import { briefLate, opinionAnsweredLate, opinionOverdue } from './control.rules.js';
import { today } from './control.service.js';

/**
 * Each executor's figures of a period (A1.6, from A3.4–A3.5): activities held, briefs written late or still missing
 * past the deadline, and supervision opinions answered late or left unanswered past theirs. Deadlines are read at
 * each project's node. A person with no activity held and no opinion raised in the period is left out.
 */
export async function socialworkPersonFigures(ctx: UseCase, q: PersonFigureQuery): Promise<Map<string, PersonFigure[]>> {
  const { date: todayDate, zone } = await today(ctx);
  const now = ctx.clock.now().toISOString();
  const facts = await executorFacts(ctx.db, ctx.actor.tenantId, q.userIds, {
    from: q.from,
    to: q.to,
    fromAt: periodBound(q.from, zone, 'from'),
    toAt: periodBound(q.to, zone, 'to'),
  });
  const days = new Map<string, Promise<[number, number]>>();
  const daysAt = (path: string) => {
    let d = days.get(path);
    if (!d) {
      d = Promise.all([paramAt(ctx, path, 'briefDeadlineDays'), paramAt(ctx, path, 'opinionAnswerDays')]);
      days.set(path, d);
    }
    return d;
  };
  const tally = new Map<string, { held: number; briefsLate: number; opinionsLate: number }>();
  const of = (id: string) => {
    let t = tally.get(id);
    if (!t) {
      t = { held: 0, briefsLate: 0, opinionsLate: 0 };
      tally.set(id, t);
    }
    return t;
  };
  for (const a of facts.activities) {
    const [briefDays] = await daysAt(a.path);
    const t = of(a.executor_id);
    t.held++;
    if (briefLate(a.held_on!, a.brief_at ? businessDate(a.brief_at, zone) : null, briefDays, todayDate)) t.briefsLate++;
  }
  for (const o of facts.opinions) {
    const [, opinionDays] = await daysAt(o.path);
    const times = { raisedAt: o.raised_at, answeredAt: o.answered_at };
    if (opinionAnsweredLate(times, opinionDays) || opinionOverdue(times, opinionDays, now)) of(o.executor_id).opinionsLate++;
  }
  const out = new Map<string, PersonFigure[]>();
  for (const [userId, t] of tally)
    out.set(userId, [
      { key: 'socialwork.activitiesHeld', unit: 'count', value: t.held, better: 'higher' },
      { key: 'socialwork.briefsLate', unit: 'count', value: t.briefsLate, better: 'lower' },
      { key: 'socialwork.opinionsLate', unit: 'count', value: t.opinionsLate, better: 'lower' },
    ]);
  return out;
}
