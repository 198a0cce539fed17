import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { actAs } from '../../seed/act-as.js';
import { demoSignature } from '../../seed/demo.signature.js';
import { listItems } from '../catalog/catalog.repo.js';
import { createOrder } from '../orders/order.service.js';
import * as steps from '../orders/order-steps.service.js';
import * as work from '../orders/order-work-steps.service.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { localMonth, monthRange, previousMonth } from './callback.rules.js';
import { openFollowUp, recordCallback } from './callback.service.js';
import type { Satisfaction } from './callback.types.js';
import { drawCallbacks } from './callback-draw.service.js';

const HOUR = 3_600_000;

/** The demo's callback outcomes for the five months before seeding, oldest first: s 满意, b 基本满意, d 不满意, n 未接通. */
const PAST_OUTCOMES: ('s' | 'b' | 'd' | 'n')[][] = [
  ['s', 'b', 'd'],
  ['s', 'd', 'n', 'b'],
  ['s', 's', 'b'],
  ['s', 's', 'd', 's'],
  ['s', 's', 's', 'b', 's'],
];

/** The last of the past months with a dissatisfied callback: its follow-up is opened (a complaint of channel callback). */
const LAST_UNHAPPY_MONTH = PAST_OUTCOMES.map((o) => o.includes('d')).lastIndexOf(true);

const CUSTOMERS = [
  ['周桂兰', '翠竹园4栋0601', 'indoor-cleaning', 2],
  ['孙立新', '翠竹园6栋1103', 'glass-cleaning', 18],
  ['马秀梅', '翠竹园2栋0902', 'range-hood', 1],
  ['郑海涛', '翠竹园8栋0401', 'carpet-cleaning', 15],
  ['何丽娟', '翠竹园3栋0203', 'floor-waxing', 30],
] as const;

/** One housekeeping order at office A taken by the supervisor and done and signed for by the cleaner, each step an hour on. */
async function acceptedOrder(ctx: UseCase, clock: AdjustableClock, i: number, stepMs = 2 * HOUR) {
  const clerk = { ...(await actAs(ctx, 'liuyang')), clock };
  const cleaner = { ...(await actAs(ctx, 'sunxy')), clock };
  const [customer, address, item, quantity] = CUSTOMERS[i % CUSTOMERS.length]!;
  const items = await listItems(ctx.db, ctx.actor.tenantId, {});
  let o = await createOrder(clerk, {
    type: 'housekeeping',
    officeId: (await findOrgByCode(ctx.db, ctx.actor.tenantId, 'office-a'))!.id,
    channel: 'phone',
    customerName: customer,
    customerPhone: `1391234${String(1000 + i).slice(-4)}`,
    address,
    description: '业主电话预约',
    lines: [{ itemId: items.find((x) => x.code === item)!.id, quantity }],
  });
  o = await steps.quoteOrder(clerk, o.id, { version: o.version });
  const appointment = new Date(clock.now().getTime() + stepMs).toISOString();
  o = await steps.confirmOrder(clerk, o.id, { version: o.version, priceAccepted: true, staffCount: 1, appointmentStart: appointment });
  o = await steps.assignOrder(clerk, o.id, { version: o.version, staff: [cleaner.actor.userId!] });
  clock.advance(stepMs);
  for (const step of [steps.departOrder, steps.arriveOrder, work.startOrder]) o = await step(cleaner, o.id, o.version);
  clock.advance(stepMs);
  o = await work.finishOrder(cleaner, o.id, o.version);
  await work.acceptOrder(cleaner, o.id, { version: o.version, signerName: customer, signature: demoSignature(i) });
}

const SATISFACTION: Record<'s' | 'b' | 'd', Satisfaction> = { s: 'satisfied', b: 'basically_satisfied', d: 'dissatisfied' };

/**
 * Demo callbacks (A7.4.10): five more accepted orders at office A this month (so the month-end draw has more
 * than five to choose from), and for each of the five months before, accepted orders, their draw on the 1st
 * and zhoumin's recorded callbacks, so the satisfaction trend has a history; the latest dissatisfied one opens a
 * follow-up (the feedback demo walks its complaint to closed). All of it goes through the same
 * use cases (audited), with the clock set to those days. Skipped when the tenant already has a draw.
 */
export async function seedCallbacks(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('callback_draws').select('id').where('tenant_id', '=', t).limit(1).executeTakeFirst()) return 0;
  const zone = await tenantZone(ctx);
  const thisMonth = localMonth(ctx.clock.now().toISOString(), zone);
  const months = [thisMonth];
  while (months.length <= PAST_OUTCOMES.length) months.unshift(previousMonth(months[0]!));
  let created = 0;
  for (const [k, outcomes] of PAST_OUTCOMES.entries()) {
    const month = months[k]!;
    const clock = new AdjustableClock();
    clock.set(new Date(Date.parse(monthRange(month, zone).from) + (9 * 24 + 9) * HOUR)); // the 10th, 09:00
    for (let i = 0; i < outcomes.length; i++) {
      await acceptedOrder(ctx, clock, k * 5 + i);
      clock.advance(24 * HOUR);
      created++;
    }
    const next = Date.parse(monthRange(month, zone).to);
    // the 1st of the next month at 01:00 (the job's time), then the 3rd at 09:00 — never later than now
    const notAfterNow = (ms: number) => new Date(Math.min(ms, ctx.clock.now().getTime() - HOUR));
    clock.set(notAfterNow(next + HOUR));
    await drawCallbacks({ ...ctx, clock }, month);
    clock.set(notAfterNow(next + (2 * 24 + 1) * HOUR));
    const supervisor = { ...(await actAs(ctx, 'zhoumin')), clock };
    const sampled = await ctx.db
      .selectFrom('callbacks')
      .select(['order_id', 'version'])
      .where('tenant_id', '=', t)
      .where('month', '=', month)
      .orderBy('order_id')
      .execute();
    for (const [i, c] of sampled.entries()) {
      const o = outcomes[i % outcomes.length]!;
      const recorded = await recordCallback(supervisor, c.order_id, {
        version: Number(c.version),
        reached: o !== 'n',
        satisfaction: o === 'n' ? null : SATISFACTION[o],
        comments: o === 'd' ? '业主反映保洁不够细致，边角有灰' : o === 'n' ? '电话无人接听' : '业主对服务表示认可',
        followUp: o === 'd' ? '已转环境主管，安排回访复查' : null,
      });
      // the latest month's dissatisfied owner: a follow-up, which the feedback module takes as a complaint
      if (o === 'd' && k === LAST_UNHAPPY_MONTH) {
        clock.advance(HOUR / 4);
        await openFollowUp(supervisor, recorded.id, { description: '业主反映保洁边角有灰，安排环境主管上门复查' });
      }
      clock.advance(HOUR / 4);
    }
  }
  const clock = new AdjustableClock(ctx.clock);
  for (let i = 0; i < 5; i++) {
    await acceptedOrder(ctx, clock, 100 + i, 0);
    created++;
  }
  return created;
}
