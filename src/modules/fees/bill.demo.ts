import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { paramAt } from '../params/params.service.js';
import { approveAdjustment, requestAdjustment } from './adjustment.service.js';
import { listBills } from './bill.service.js';
import * as runs from './bill-run.repo.js';
import { currentPeriod, startBillRun } from './bill-run.service.js';

const HOUR = 3_600_000;
const ESTATES = [
  { name: '翠竹园', head: 'wangfang', cashier: 'chenjing' },
  { name: '金色家园', head: 'zhaolei', cashier: 'huangli' },
] as const;

const previous = (period: string): string => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * Demo bills (A2.4.1.1): the runs of the six months before this one for 翠竹园 and 金色家园, each started by the
 * office head on that month's billing day (the clock set there), priced by the standards part's approved
 * standards; the current month is left for the walk-through. One reduction waits for 王芳, one is approved.
 * Does nothing when there is no approved standard, or when the runs exist already.
 */
export async function seedBills(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('fee_bill_runs').select('id').where('tenant_id', '=', t).limit(1).executeTakeFirst()) return 0;
  const zone = await tenantZone(ctx);
  const months = [previous(await currentPeriod(ctx))];
  while (months.length < 6) months.unshift(previous(months[0]!));
  let made = 0;
  for (const plan of ESTATES) {
    const estate = await ctx.db
      .selectFrom('estates')
      .select(['id', 'office_id'])
      .where('tenant_id', '=', t)
      .where('name', '=', plan.name)
      .executeTakeFirst();
    if (!estate) continue;
    const office = await runs.findEstate(ctx.db, t, estate.id);
    const billingDay = await paramAt(ctx, office!.officePath, 'billingDay');
    for (const period of months) {
      const clock = new AdjustableClock();
      clock.set(new Date(Date.parse(startOfBusinessDay(`${period}-${String(billingDay).padStart(2, '0')}`, zone)) + 9 * HOUR));
      const head = { ...(await actAs(ctx, plan.head)), clock };
      try {
        const run = await startBillRun(head, { estateId: estate.id, period }, { drive: 'inline' });
        made += run.billsCreated;
      } catch (e) {
        if (e instanceof DomainError && e.code === 'bill_run.no_standard') continue;
        throw e;
      }
    }
  }
  made += await seedAdjustments(ctx, months.at(-1)!);
  return made;
}

/** At 翠竹园, last month: one reduction approved by 王芳, one waiting for her. */
async function seedAdjustments(ctx: UseCase, period: string): Promise<number> {
  const estate = await ctx.db
    .selectFrom('estates')
    .select('id')
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('name', '=', '翠竹园')
    .executeTakeFirst();
  if (!estate) return 0;
  const cashier = await actAs(ctx, 'chenjing');
  const head = await actAs(ctx, 'wangfang');
  const bills = await listBills(cashier, { estateId: estate.id, period, state: 'open', sort: '-amount', page: 1, pageSize: 2 });
  const [first, second] = bills.items;
  if (!first || !second) return 0;
  const approved = await requestAdjustment(cashier, first.id, {
    amountFen: -Math.min(5000, first.dueFen),
    reason: '楼上漏水维修期间无法入住，经管理处核实减免部分物业费',
  });
  await approveAdjustment(head, approved.adjustments[0]!.id, { version: 1, note: '情况属实，同意减免' });
  await requestAdjustment(cashier, second.id, { amountFen: -Math.min(3000, second.dueFen), reason: '电梯停运两周，业主申请减免' });
  return 2;
}
