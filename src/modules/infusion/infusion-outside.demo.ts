import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { recordFirstDose, signGpCheck } from './infusion-outside.service.js';

const DAY = 86_400_000;

/**
 * Demo (A5.5): 张德明 brought 注射用头孢呋辛钠 from 深圳市人民医院; 许护士 recorded its first dose there three days ago and
 * 何医生 signed the GP's check, so it waits for the pharmacist. Skipped once the tenant has an outside drug.
 */
export async function seedInfusionOutsideDrugs(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('infusion_outside_drugs').select('id').where('tenant_id', '=', t).limit(1).executeTakeFirst()) return 0;
  const patient = await ctx.db
    .selectFrom('infusion_patients')
    .select('id')
    .where('tenant_id', '=', t)
    .where('name', '=', '张德明')
    .executeTakeFirst();
  const drug = await ctx.db
    .selectFrom('infusion_drugs')
    .select('id')
    .where('tenant_id', '=', t)
    .where('name', '=', '注射用头孢呋辛钠')
    .executeTakeFirst();
  if (!patient || !drug) return 0;
  const threeDaysAgo = businessDate(new Date(ctx.clock.now().getTime() - 3 * DAY), await tenantZone(ctx));
  const o = await recordFirstDose(await actAs(ctx, 'xuhs'), {
    patientId: patient.id,
    drugId: drug.id,
    hospital: '深圳市人民医院',
    prescriptionNo: 'SZRM-20261201-0356',
    firstDoseOn: threeDaysAgo,
    note: '首剂后观察 30 分钟无不良反应',
  });
  await signGpCheck(await actAs(ctx, 'heys'), o.id, {
    version: o.version,
    outpatientRecordNo: 'MZ-2026-008812',
    note: '外院处方与病情相符，剂量用法无误',
  });
  return 1;
}
