import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { listItems } from '../catalog/catalog.repo.js';
import {
  approvePriceList,
  createPriceList,
  publishedPrices,
  publishPriceList,
  setLines,
  submitPriceList,
} from '../catalog/price-list.service.js';
import { createItem } from '../catalog/service-item.service.js';
import { findOrgByCode } from '../orgs/org.repo.js';

/** The home-infusion fees (A5.7), in fen: the same at the centre and its station. */
export const DEMO_INFUSION_FEES = [
  {
    code: 'infusion-iv-home',
    name: '静脉输液（出诊）',
    nameEn: 'IV infusion at home',
    unit: 'job' as const,
    priceFen: 1500,
    note: '每组，药费另计',
  },
  { code: 'infusion-callout', name: '出诊费', nameEn: 'Home visit fee', unit: 'job' as const, priceFen: 3000, note: null },
  { code: 'infusion-dressing', name: '换药', nameEn: 'Dressing change', unit: 'job' as const, priceFen: 1000, note: null },
];

const SITES = ['chc', 'chc-s1'];

/**
 * Demo (A5.7): the infusion fee items, and a price list of them at the centre and at its station, prepared,
 * approved and published through the catalogue's use cases, so a visit is quoted from a posted list.
 */
export async function seedInfusionFees(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const admin = await actAs(ctx, 'admin');
  let created = 0;
  const existing = new Set((await listItems(ctx.db, t, {})).map((i) => i.code));
  for (const fee of DEMO_INFUSION_FEES) {
    if (existing.has(fee.code)) continue;
    await createItem(admin, { code: fee.code, name: fee.name, nameEn: fee.nameEn, category: 'infusion', unit: fee.unit });
    created++;
  }
  const items = await listItems(ctx.db, t, { category: 'infusion' });
  for (const code of SITES) {
    const site = await findOrgByCode(ctx.db, t, code);
    if (!site || (await publishedPrices(ctx, site.id))) continue;
    const draft = await createPriceList(admin, { officeId: site.id, title: '出诊输液收费标准' });
    const lines = DEMO_INFUSION_FEES.map((f) => ({ itemId: items.find((i) => i.code === f.code)!.id, priceFen: f.priceFen, note: f.note }));
    await setLines(admin, draft.id, { lines });
    await submitPriceList(admin, draft.id);
    await approvePriceList(admin, draft.id);
    await publishPriceList(admin, draft.id);
    created++;
  }
  return created;
}
