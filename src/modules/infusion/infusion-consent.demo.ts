import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { demoSignature } from '../../seed/demo.signature.js';
import { takeConsent } from './infusion-consent.service.js';

/** The demo's signed consents: 张德明's son 张伟 and 王秀兰's daughter 李红, each taken by 许护士 at the bedside. */
const CONSENTS = [
  { patient: '张德明', signer: '张伟', relation: '儿子', seed: 11 },
  { patient: '王秀兰', signer: '李红', relation: '女儿', seed: 12 },
] as const;

/** Demo (A5.4): the consents above, through the service as 许护士. Skipped once the tenant has a consent. */
export async function seedInfusionConsents(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('infusion_consents').select('id').where('tenant_id', '=', t).limit(1).executeTakeFirst()) return 0;
  const nurse = await actAs(ctx, 'xuhs');
  let made = 0;
  for (const c of CONSENTS) {
    const patient = await ctx.db
      .selectFrom('infusion_patients')
      .select('id')
      .where('tenant_id', '=', t)
      .where('name', '=', c.patient)
      .executeTakeFirst();
    if (!patient) continue;
    await takeConsent(nurse, patient.id, { signerName: c.signer, signerRelation: c.relation, signature: demoSignature(c.seed) });
    made++;
  }
  return made;
}
