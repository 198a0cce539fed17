import type { z } from 'zod';
import { inTransaction, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { authorizePersonal, managedPerson, readableNode, refuseSelf, todayOf } from './assessment.policy.js';
import * as repo from './assessment.repo.js';
import { yearPeriod } from './assessment.rules.js';
import type * as s from './assessment.schemas.js';
import type { RewardPenaltyTable } from './assessment.tables.js';

type Out = z.infer<typeof s.rewardSchema>;

export const presentReward = (r: repo.RewardRow): Out => ({
  id: r.id,
  userId: r.user_id,
  userName: r.user_name,
  kind: r.kind,
  occurredOn: r.occurred_on,
  reason: r.reason,
  measure: r.measure,
  recordedByName: r.recorded_by_name,
  recordedAt: r.recorded_at,
});

/**
 * The rewards and penalties of a node's staff in a year (奖惩记录, A1.6), latest first: all of them to whoever manages
 * there, only the caller's own to a staff member who reads.
 */
export async function listRewards(ctx: UseCase, orgId: string, year: number): Promise<z.infer<typeof s.rewardList>> {
  const { node, mayManage } = await readableNode(ctx, orgId);
  const staff = await repo.staffUnder(ctx.db, ctx.actor.tenantId, node.path);
  const ids = staff.map((p) => p.id).filter((id) => mayManage || id === ctx.actor.userId);
  const { from, to } = yearPeriod(year);
  return { mayManage, items: (await repo.rewardsOf(ctx.db, ctx.actor.tenantId, ids, from, to)).map(presentReward) };
}

/** One reward or penalty; the history reader of `reward_penalty`. */
export async function readReward(ctx: UseCase, id: string): Promise<Out> {
  const r = await repo.findReward(ctx.db, ctx.actor.tenantId, id);
  if (!r) throw notFound('reward_penalty');
  authorizePersonal(ctx, { userId: r.user_id, path: r.path }, 'reward_penalty');
  return presentReward(r);
}

/**
 * Records a reward or penalty of a staff member during the year (A1.6): the day, the reason and the measure, with who
 * recorded it and when. Records are final and never deleted: a mistake is corrected by a further record.
 */
export async function recordReward(ctx: UseCase, body: z.infer<typeof s.rewardBody>): Promise<Out> {
  const person = await managedPerson(ctx, body.userId, 'reward_penalty');
  refuseSelf(ctx, person.id);
  if (body.occurredOn > (await todayOf(ctx)))
    throw fieldError('unprocessable', 'assessment.date_in_future', 'occurredOn', 'the day cannot be still to come');
  const id = await inTransaction(ctx, async (tx) => {
    const row: RewardPenaltyTable = {
      tenant_id: tx.actor.tenantId,
      id: newId(),
      user_id: person.id,
      org_id: person.org_id,
      kind: body.kind,
      occurred_on: body.occurredOn,
      reason: body.reason,
      measure: body.measure,
      recorded_by: tx.actor.userId!,
      recorded_at: tx.now,
    };
    await repo.insertReward(tx.db, row);
    const { tenant_id: _t, ...after } = row;
    await tx.audit({ action: 'reward_penalty.record', entity: 'reward_penalty', entityId: row.id, after });
    return row.id;
  });
  return readReward(ctx, id);
}
