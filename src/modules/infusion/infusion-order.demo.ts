import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { createOrder } from './infusion-order.service.js';

/** 何医生's licence number (执业证号): the demo's physician writes the orders. */
export const DEMO_LICENCE_NO = '110440300012345';

/**
 * The demo's physician orders, written by 何医生 through the use case: 王秀兰's saline with cefuroxime for five
 * visits, and 刘桂芳's 丹参注射液 (a TCM injection, excluded by A5.3) overridden with a reason the head has not
 * reviewed yet. Skipped once the tenant has an order.
 */
export async function seedInfusionOrders(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('infusion_physician_orders').select('id').where('tenant_id', '=', t).limit(1).executeTakeFirst()) return 0;
  const physician = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('tenant_id', '=', t)
    .where('username', '=', 'heys')
    .executeTakeFirst();
  if (!physician) return 0;
  await ctx.db
    .updateTable('users')
    .set({ licence_no: DEMO_LICENCE_NO })
    .where('tenant_id', '=', t)
    .where('id', '=', physician.id)
    .execute();
  const patient = async (name: string) =>
    (await ctx.db.selectFrom('infusion_patients').select('id').where('tenant_id', '=', t).where('name', '=', name).executeTakeFirst())?.id;
  const drugs = await ctx.db.selectFrom('infusion_drugs').select(['id', 'name']).where('tenant_id', '=', t).execute();
  const drug = (name: string) => drugs.find((d) => d.name === name)?.id;
  const wang = await patient('王秀兰');
  const liu = await patient('刘桂芳');
  const saline = drug('0.9%氯化钠注射液');
  const cefuroxime = drug('注射用头孢呋辛钠');
  const danshen = drug('丹参注射液');
  if (!wang || !liu || !saline || !cefuroxime || !danshen) return 0;
  const asPhysician: UseCase = {
    ...ctx,
    actor: { ...ctx.actor, userId: physician.id, username: 'heys', displayName: physician.display_name },
  };
  const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
  const plus = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  await createOrder(asPhysician, {
    patientId: wang,
    medicalRecordNo: 'MZ2026120401',
    origin: 'centre',
    lines: [
      { drugId: saline, dose: '250 ml', route: 'iv_drip', frequency: 'qd' },
      { drugId: cefuroxime, dose: '0.75 g', route: 'iv_drip', frequency: 'qd' },
    ],
    visitsPlanned: 5,
    startsOn: today,
    endsOn: plus(4),
  });
  await createOrder(asPhysician, {
    patientId: liu,
    medicalRecordNo: 'MZ2026120402',
    origin: 'centre',
    lines: [{ drugId: danshen, dose: '20 ml', route: 'iv_drip', frequency: 'qd' }],
    visitsPlanned: 7,
    startsOn: today,
    endsOn: plus(6),
    override: { reason: '患者长期使用无不良反应，家属要求居家治疗' },
  });
  return 3;
}
