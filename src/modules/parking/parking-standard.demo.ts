import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { addMonths } from '../../platform/months.js';
import { tenantMonth } from '../../platform/tenancy.js';
import { actAs } from '../../seed/act-as.js';
import { listEstates } from '../estates/estate.service.js';
import { listCarParks } from './car-park.service.js';
import type { TemporaryRate } from './parking-charge.rules.js';
import { approveParkingStandard, createParkingStandard, reviewParkingStandard, submitParkingStandard } from './parking-standard.service.js';
import type { PassPrice } from './parking-standard.types.js';

const DAY = 24 * 3600_000;

interface Plan {
  estate: string;
  carPark: string;
  head: string;
  rate: TemporaryRate;
  passPrices: PassPrice[];
  note: string;
}

const APPROVED: Plan[] = [
  {
    estate: '翠竹园',
    carPark: 'P1',
    head: 'wangfang',
    rate: {
      freeMinutes: 15,
      unitMinutes: 60,
      unitFen: 500,
      night: { from: '22:00', to: '07:00', unitFen: 100 },
      dailyCapFen: 3000,
      stayCapFen: null,
    },
    passPrices: [
      { ownership: 'rented', monthlyFen: 30000 },
      { ownership: 'public', monthlyFen: 25000 },
    ],
    note: '地面临时停车15分钟内免费，每小时5元（不足1小时按1小时计），夜间22:00–07:00每小时1元，每日封顶30元；租赁车位月卡300元，公共区域月卡250元',
  },
  {
    estate: '翠竹园',
    carPark: 'B1',
    head: 'wangfang',
    rate: { freeMinutes: 30, unitMinutes: 60, unitFen: 600, night: null, dailyCapFen: 4000, stayCapFen: 20000 },
    passPrices: [
      { ownership: 'owned', monthlyFen: 8000 },
      { ownership: 'rented', monthlyFen: 40000 },
    ],
    note: '地下车库30分钟内免费，每小时6元，每日封顶40元，单次停放最高200元；产权车位管理费80元/月，租赁车位月卡400元',
  },
];

/** 金色家园's car park: a first standard, submitted by the office and waiting for HQ business on the workbench. */
const PENDING: Plan = {
  estate: '金色家园',
  carPark: 'B1',
  head: 'zhaolei',
  rate: {
    freeMinutes: 30,
    unitMinutes: 30,
    unitFen: 300,
    night: { from: '23:00', to: '07:00', unitFen: 100 },
    dailyCapFen: 3500,
    stayCapFen: null,
  },
  passPrices: [
    { ownership: 'owned', monthlyFen: 10000 },
    { ownership: 'rented', monthlyFen: 35000 },
    { ownership: 'public', monthlyFen: 28000 },
  ],
  note: '地下车库开始收费：30分钟内免费，每半小时3元，夜间23:00–07:00每半小时1元，每日封顶35元',
};

async function carParkId(as: UseCase, estateName: string, code: string): Promise<string> {
  const estate = (await listEstates(as, { q: estateName, page: 1, pageSize: 5 })).items.find((e) => e.name === estateName);
  if (!estate) throw new Error(`the demo has no estate ${estateName}`);
  const park = (await listCarParks(as, { estateId: estate.id, page: 1, pageSize: 50 })).items.find((c) => c.code === code);
  if (!park) throw new Error(`the demo has no car park ${code} at ${estateName}`);
  return park.id;
}

/**
 * Parking standards of the demo: 翠竹园's two car parks charge by approved standards from four months ago (drafted
 * by 王芳, reviewed by 李业务 and approved by 张建国 in the month before, on a clock set back and recorded as moved);
 * 金色家园's car park has its first standard submitted and awaiting HQ review, so it has none in force yet and its
 * stays cannot be charged. Does nothing when the tenant has parking standards already.
 */
export async function seedParkingStandards(ctx: UseCase): Promise<number> {
  if (await ctx.db.selectFrom('parking_standards').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).executeTakeFirst())
    return 0;
  const current = await tenantMonth(ctx, ctx.clock.now());
  const effective = addMonths(current, -4);
  const clock = new AdjustableClock(ctx.clock);
  clock.set(new Date(`${addMonths(effective, -1)}-12T02:00:00Z`));
  const at = (u: UseCase) => ({ ...u, clock });
  const hq = at(await actAs(ctx, 'liyw'));
  const gm = at(await actAs(ctx, 'zhangjg'));
  let made = 0;
  for (const p of APPROVED) {
    const head = at(await actAs(ctx, p.head));
    const draft = await createParkingStandard(head, {
      carParkId: await carParkId(head, p.estate, p.carPark),
      effectiveMonth: effective,
      rate: p.rate,
      passPrices: p.passPrices,
      note: p.note,
    });
    await submitParkingStandard(head, draft.id);
    clock.advance(DAY);
    await reviewParkingStandard(hq, draft.id);
    clock.advance(DAY);
    await approveParkingStandard(gm, draft.id);
    clock.advance(DAY);
    made++;
  }
  const head = await actAs(ctx, PENDING.head);
  const pending = await createParkingStandard(head, {
    carParkId: await carParkId(head, PENDING.estate, PENDING.carPark),
    effectiveMonth: addMonths(current, 1),
    rate: PENDING.rate,
    passPrices: PENDING.passPrices,
    note: PENDING.note,
  });
  await submitParkingStandard(head, pending.id);
  return made + 1;
}
