import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { listItems } from './catalog.repo.js';
import { approvePriceList, createPriceList, publishedPrices, publishPriceList, setLines, submitPriceList } from './price-list.service.js';
import { createItem } from './service-item.service.js';

export const DEMO_ITEMS: {
  code: string;
  name: string;
  nameEn: string;
  category: 'housekeeping' | 'paid_service';
  unit: 'job' | 'm2' | 'hour' | 'piece';
  priceA: number;
  priceB: number;
  note?: string;
  /** Garden works: the supervisor collects after acceptance (A7.4.7). */
  supervisorCollects?: boolean;
}[] = [
  { code: 'carpet-cleaning', name: '地毯清洗', nameEn: 'Carpet cleaning', category: 'housekeeping', unit: 'm2', priceA: 800, priceB: 900 },
  { code: 'floor-waxing', name: '地板打蜡', nameEn: 'Floor waxing', category: 'housekeeping', unit: 'm2', priceA: 1200, priceB: 1200 },
  {
    code: 'indoor-cleaning',
    name: '室内保洁',
    nameEn: 'Indoor cleaning',
    category: 'housekeeping',
    unit: 'hour',
    priceA: 4000,
    priceB: 4500,
    note: '每次不少于2小时',
  },
  { code: 'glass-cleaning', name: '玻璃清洗', nameEn: 'Window cleaning', category: 'housekeeping', unit: 'm2', priceA: 600, priceB: 600 },
  {
    code: 'range-hood',
    name: '油烟机清洗',
    nameEn: 'Range hood cleaning',
    category: 'housekeeping',
    unit: 'job',
    priceA: 12000,
    priceB: 12000,
  },
  {
    code: 'greening-upkeep',
    name: '庭院绿化养护',
    nameEn: 'Garden upkeep',
    category: 'housekeeping',
    unit: 'job',
    priceA: 15000,
    priceB: 16000,
    supervisorCollects: true,
  },
  {
    code: 'water-delivery',
    name: '桶装水配送',
    nameEn: 'Bottled water delivery',
    category: 'housekeeping',
    unit: 'piece',
    priceA: 1800,
    priceB: 1800,
  },
  {
    code: 'plumbing-repair',
    name: '水管维修',
    nameEn: 'Plumbing repair',
    category: 'paid_service',
    unit: 'job',
    priceA: 5000,
    priceB: 5000,
    note: '材料费另计',
  },
  {
    code: 'electrical-repair',
    name: '电路维修',
    nameEn: 'Electrical repair',
    category: 'paid_service',
    unit: 'job',
    priceA: 5000,
    priceB: 5000,
    note: '材料费另计',
  },
  {
    code: 'lock-change',
    name: '更换锁芯',
    nameEn: 'Lock cylinder change',
    category: 'paid_service',
    unit: 'job',
    priceA: 8000,
    priceB: 8000,
  },
  {
    code: 'pipe-dredging',
    name: '管道疏通',
    nameEn: 'Drain unblocking',
    category: 'paid_service',
    unit: 'job',
    priceA: 10000,
    priceB: 12000,
  },
  {
    code: 'tap-replace',
    name: '更换水龙头',
    nameEn: 'Tap replacement',
    category: 'paid_service',
    unit: 'piece',
    priceA: 3000,
    priceB: 3000,
    note: '材料费另计',
  },
  { code: 'light-install', name: '灯具安装', nameEn: 'Light fitting', category: 'paid_service', unit: 'piece', priceA: 2000, priceB: 2500 },
];

/** Each office's first price list is posted in the demo, prepared by its supervisor and approved by its head. */
export const DEMO_PRICE_LISTS = [
  { office: 'office-a', preparer: 'liuyang', head: 'wangfang', price: 'priceA' as const },
  { office: 'office-b', preparer: 'admin', head: 'zhaolei', price: 'priceB' as const },
];

/** The demo's service items, and each demo office's price list prepared, approved and published by its people. */
export async function seedCatalogue(ctx: UseCase): Promise<number> {
  let created = 0;
  const existing = new Set((await listItems(ctx.db, ctx.actor.tenantId, {})).map((i) => i.code));
  for (const item of DEMO_ITEMS) {
    if (existing.has(item.code)) continue;
    await createItem(ctx, {
      code: item.code,
      name: item.name,
      nameEn: item.nameEn,
      category: item.category,
      unit: item.unit,
      supervisorCollects: item.supervisorCollects,
    });
    created++;
  }
  const items = await listItems(ctx.db, ctx.actor.tenantId, {});
  for (const plan of DEMO_PRICE_LISTS) {
    const officeId = (await findOrgByCode(ctx.db, ctx.actor.tenantId, plan.office))!.id;
    if (await publishedPrices(ctx, officeId)) continue;
    const preparer = await actAs(ctx, plan.preparer);
    const head = await actAs(ctx, plan.head);
    const draft = await createPriceList(preparer, { officeId });
    const lines = DEMO_ITEMS.map((d) => ({
      itemId: items.find((i) => i.code === d.code)!.id,
      priceFen: d[plan.price],
      note: d.note ?? null,
    }));
    await setLines(preparer, draft.id, { lines });
    await submitPriceList(preparer, draft.id);
    await approvePriceList(head, draft.id);
    await publishPriceList(head, draft.id);
    created++;
  }
  return created;
}
