import type { UseCase } from '../../platform/context.js';
import { addToTally, type CallbackTally, emptyTally, monthsEnding, satisfactionRate } from './callback.rules.js';
import { callbackScope } from './callback.scope.js';
import { defaultMonth } from './callback.service.js';
import type { CallbackState, Satisfaction } from './callback.types.js';
import * as repo from './callback-stats.repo.js';

const withRate = (t: CallbackTally) => ({ ratePermille: satisfactionRate(t), ...t });

function fold(rows: { state: CallbackState; reached: boolean | null; satisfaction: Satisfaction | null; n: number }[], t = emptyTally()) {
  for (const r of rows) for (let i = 0; i < r.n; i++) addToTally(t, r);
  return t;
}

/**
 * The satisfaction rate (满意率 = 满意 ÷ reached callbacks) of a subtree: the chosen month, the 12 months
 * ending with it (for the trend), per staff member who did the sampled orders of the month, and per service item.
 */
export async function satisfaction(ctx: UseCase, f: { orgId?: string | undefined; month?: string | undefined }) {
  const scope = await callbackScope(ctx, f.orgId);
  const month = f.month ?? (await defaultMonth(ctx));
  const months = monthsEnding(month, 12);
  const [byMonth, byStaff, byItem] = await Promise.all([
    repo.outcomesByMonth(ctx.db, ctx.actor.tenantId, scope, months),
    repo.outcomesByStaff(ctx.db, ctx.actor.tenantId, scope, month),
    repo.outcomesByItem(ctx.db, ctx.actor.tenantId, scope, month),
  ]);
  const trend = months.map((m) => ({ month: m, ...withRate(fold(byMonth.filter((r) => r.month === m))) }));
  const staffIds = [...new Set(byStaff.map((r) => r.user_id))];
  const staff = staffIds
    .map((id) => {
      const rows = byStaff.filter((r) => r.user_id === id);
      return { userId: id, displayName: rows[0]!.display_name, ...withRate(fold(rows)) };
    })
    .sort((a, b) => b.total - a.total || a.displayName.localeCompare(b.displayName, 'zh-CN'));
  // 统计服务项目质量满意率: a callback counts for every service item on its order
  const items = [...new Set(byItem.map((r) => r.item_id))]
    .map((id) => {
      const rows = byItem.filter((r) => r.item_id === id);
      return { itemId: id, itemName: String(rows[0]!.item_name ?? ''), ...withRate(fold(rows)) };
    })
    .sort((a, b) => b.total - a.total || a.itemName.localeCompare(b.itemName, 'zh-CN'));
  return { month, current: trend[trend.length - 1]!, trend, staff, items };
}

/** The satisfaction rate of each of `months` over the given subtrees (the home page's key figure). */
export async function rateByMonth(ctx: UseCase, scope: readonly string[], months: readonly string[]) {
  const byMonth = await repo.outcomesByMonth(ctx.db, ctx.actor.tenantId, scope, months);
  return months.map((m) => ({ month: m, value: satisfactionRate(fold(byMonth.filter((r) => r.month === m))) }));
}
