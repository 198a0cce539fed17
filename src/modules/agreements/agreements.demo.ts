import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { demoSignature } from '../../seed/demo.signature.js';
import { listItems } from '../catalog/catalog.repo.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { addDays } from './agreement.rules.js';
import { activateAgreement, createAgreement, signAgreement } from './agreement.service.js';

/**
 * One agreement in force at 翠竹园: indoor cleaning every Tuesday and Friday morning for half a year, signed by
 * the owner and the environment supervisor, its next two weeks of visits planned as orders.
 */
export async function seedAgreements(ctx: UseCase): Promise<number> {
  const existing = await ctx.db.selectFrom('agreements').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).execute();
  if (existing.length) return 0;
  const clerk = await actAs(ctx, 'liuyang');
  const officeId = (await findOrgByCode(ctx.db, ctx.actor.tenantId, 'office-a'))!.id;
  const item = (await listItems(ctx.db, ctx.actor.tenantId, {})).find((i) => i.code === 'indoor-cleaning')!;
  const today = businessDate(ctx.clock.now(), await tenantZone(ctx));
  let a = await createAgreement(clerk, {
    officeId,
    ownerName: '林雅琴',
    ownerPhone: '13911112222',
    address: '翠竹园7栋0802',
    staffCount: 1,
    items: [{ itemId: item.id, quantity: 2 }],
    schedule: { weekdays: [2, 5], monthDays: [], windowStart: '09:00', windowEnd: '11:00' },
    startDate: today,
    endDate: addDays(today, 181),
    paymentTerms: 'monthly',
    notes: '家中有老人，请保持安静；每次重点清洁厨房与卫生间。',
  });
  a = await signAgreement(clerk, a.id, {
    version: a.version,
    ownerSignerName: '林雅琴',
    ownerSignature: demoSignature(7),
    officeSignature: demoSignature(8),
  });
  await activateAgreement(clerk, a.id, a.version);
  return 1;
}
