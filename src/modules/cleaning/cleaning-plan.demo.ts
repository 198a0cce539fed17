import { inTransaction, type UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import type { CleaningArea, InspectionLevel, PlanFrequency } from './cleaning.types.js';
import { createPlan } from './cleaning-plan.service.js';
import * as standards from './cleaning-standard.repo.js';
import { editStandard } from './cleaning-standard.service.js';

const PLANS: { level: InspectionLevel; frequency: PlanFrequency; inspector: string; areas: CleaningArea[] }[] = [
  { level: 'self', frequency: 'daily', inspector: 'sunxy', areas: ['roads', 'bins', 'entrances'] },
  { level: 'supervisor', frequency: 'weekly', inspector: 'liuyang', areas: ['ground', 'roads', 'garage', 'bins'] },
  {
    level: 'manager',
    frequency: 'monthly',
    inspector: 'wangfang',
    areas: ['ground', 'signs', 'flower_beds', 'roads', 'lights', 'entrances', 'garage', 'pillars', 'bins'],
  },
];

/**
 * Demo (A6.1–A6.3): the group's library from 篇六; at 翠竹园, as 环境部's 刘洋, the three checks of 三查 — 孙秀英's
 * daily self-check, his own weekly check, 王芳's monthly spot check, 孙秀英 responsible — which give the estate its own
 * library and plan the current periods; and one of its checks reworded to version 2. Skipped once the tenant has plans.
 */
export async function seedCleaningPlans(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('cleaning_plans').select('id').where('tenant_id', '=', t).limit(1).executeTakeFirst()) return 0;
  await inTransaction(ctx, (tx) => standards.ensureGroupLibrary(tx));
  const estate = await ctx.db.selectFrom('estates').select('id').where('tenant_id', '=', t).where('name', '=', '翠竹园').executeTakeFirst();
  if (!estate) return 0;
  const userId = async (username: string) => (await findUserByUsername(ctx.db, t, username))!.user.id;
  const liuyang = await actAs(ctx, 'liuyang');
  const cleanerId = await userId('sunxy');
  let made = 0;
  for (const p of PLANS) {
    await createPlan(liuyang, {
      estateId: estate.id,
      level: p.level,
      frequency: p.frequency,
      inspectorId: await userId(p.inspector),
      cleanerId,
      areas: p.areas,
    });
    made++;
  }
  const signs = (await standards.liveStandards(ctx.db, t, estate.id, 'signs')).find((s) => s.checkKey === 'signs.clean');
  if (signs) {
    await editStandard(liuyang, signs.id, {
      object: signs.object,
      criterion: '干净、无尘灰、无污渍，每日擦拭一次',
      method: signs.method,
      thresholdMax: signs.thresholdMax,
      thresholdUnit: signs.thresholdUnit,
      note: '标识牌改为每日擦拭一次，写明频次便于检查',
    });
    made++;
  }
  return made;
}
