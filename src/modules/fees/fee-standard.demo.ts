import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { addMonths, businessDateIn } from '../../platform/months.js';
import { tenantZone } from '../../platform/tenancy.js';
import { actAs } from '../../seed/act-as.js';
import { listEstates } from '../estates/estate.service.js';
import type { FeeBasis, StandardRate } from './fee.types.js';
import { createFeeItem } from './fee-item.service.js';
import { monthOf } from './fee-standard.rules.js';
import { approveStandard, createStandard, reviewStandard, submitStandard } from './fee-standard.service.js';

const DAY = 24 * 3600_000;

interface Plan {
  estate: string;
  head: string;
  item: 'property' | 'waste';
  basis: FeeBasis;
  rates: StandardRate[];
  note: string;
}

const PLANS: Plan[] = [
  {
    estate: '翠竹园',
    head: 'wangfang',
    item: 'property',
    basis: 'per_area',
    rates: [
      { use: '*', occupancy: '*', rateFen: 180 },
      { use: '*', occupancy: 'vacant', rateFen: 126 },
      { use: 'commercial', occupancy: '*', rateFen: 350 },
    ],
    note: '住宅1.80元/㎡·月，空置房按七折，商铺3.50元/㎡·月',
  },
  {
    estate: '翠竹园',
    head: 'wangfang',
    item: 'waste',
    basis: 'per_unit',
    rates: [{ use: '*', occupancy: '*', rateFen: 800 }],
    note: '每户每月8元',
  },
  {
    estate: '金色家园',
    head: 'zhaolei',
    item: 'property',
    basis: 'per_area',
    rates: [
      { use: '*', occupancy: '*', rateFen: 220 },
      { use: '*', occupancy: 'vacant', rateFen: 154 },
      { use: 'commercial', occupancy: '*', rateFen: 420 },
    ],
    note: '住宅2.20元/㎡·月，空置房按七折，商铺4.20元/㎡·月',
  },
  {
    estate: '金色家园',
    head: 'zhaolei',
    item: 'waste',
    basis: 'per_unit',
    rates: [{ use: '*', occupancy: '*', rateFen: 1000 }],
    note: '每户每月10元',
  },
];

/**
 * The fee items and the standards the demo's six months of bills use: approved for 翠竹园 and 金色家园 from six
 * months ago (submitted, reviewed and approved in the month before, by the real office heads, 李业务 and 张建国),
 * plus two on their way: a new 翠竹园 物业管理费 awaiting HQ review and a 金色家园 垃圾清运费 awaiting the GM.
 * Does nothing when the tenant has fee items already.
 */
export async function seedFeeStandards(ctx: UseCase): Promise<number> {
  // seeded already (a second `seed --demo`): nothing changes
  if (await ctx.db.selectFrom('fee_items').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).executeTakeFirst()) return 0;
  const hq = await actAs(ctx, 'liyw');
  const gm = await actAs(ctx, 'zhangjg');
  const items = {
    property: await createFeeItem(hq, { code: 'property', name: '物业管理费' }),
    waste: await createFeeItem(hq, { code: 'waste', name: '垃圾清运费' }),
  };
  const current = monthOf(businessDateIn(ctx.clock.now(), await tenantZone(ctx)));
  const effective = addMonths(current, -6);
  const estates = new Map<string, string>();
  const estateId = async (head: UseCase, name: string) => {
    if (!estates.has(name)) {
      const found = (await listEstates(head, { q: name, page: 1, pageSize: 5 })).items.find((e) => e.name === name);
      if (!found) throw new Error(`the demo has no estate ${name}`);
      estates.set(name, found.id);
    }
    return estates.get(name)!;
  };
  // the approvals happen in the month before the standards take effect: a clock set back, recorded as moved
  const clock = new AdjustableClock(ctx.clock);
  clock.set(new Date(`${addMonths(effective, -1)}-10T02:00:00Z`));
  const at = (u: UseCase) => ({ ...u, clock });
  let made = 2;
  for (const p of PLANS) {
    const head = at(await actAs(ctx, p.head));
    const draft = await createStandard(head, {
      estateId: await estateId(head, p.estate),
      itemId: items[p.item].id,
      basis: p.basis,
      effectiveMonth: effective,
      rates: p.rates,
      note: p.note,
    });
    await submitStandard(head, draft.id);
    clock.advance(DAY);
    await reviewStandard(at(hq), draft.id);
    clock.advance(DAY);
    await approveStandard(at(gm), draft.id);
    clock.advance(DAY);
    made++;
  }
  // the pipeline today: a raise at 翠竹园 submitted to HQ, and 金色家园's waste fee passed by HQ to the GM
  const next = addMonths(current, 1);
  const wangfang = await actAs(ctx, 'wangfang');
  const raise = await createStandard(wangfang, {
    estateId: await estateId(wangfang, '翠竹园'),
    itemId: items.property.id,
    basis: 'per_area',
    effectiveMonth: next,
    rates: [
      { use: '*', occupancy: '*', rateFen: 195 },
      { use: '*', occupancy: 'vacant', rateFen: 137 },
      { use: 'commercial', occupancy: '*', rateFen: 380 },
    ],
    note: '经业主大会表决，住宅调整为1.95元/㎡·月',
  });
  await submitStandard(wangfang, raise.id);
  const zhaolei = await actAs(ctx, 'zhaolei');
  const waste = await createStandard(zhaolei, {
    estateId: await estateId(zhaolei, '金色家园'),
    itemId: items.waste.id,
    basis: 'per_unit',
    effectiveMonth: next,
    rates: [{ use: '*', occupancy: '*', rateFen: 1200 }],
    note: '清运单位合同续签，每户每月12元',
  });
  await submitStandard(zhaolei, waste.id);
  await reviewStandard(hq, waste.id);
  return made + 2;
}
