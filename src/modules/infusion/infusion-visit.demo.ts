import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, localDateTime, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { demoSignature } from '../../seed/demo.signature.js';
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
import { createOrder } from '../orders/order.service.js';
import * as steps from '../orders/order-steps.service.js';
import * as work from '../orders/order-work-steps.service.js';
import { INFUSION_CHECKS } from '../orders/types/infusion-visit.type.js';
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
  return created + (await seedVisit(ctx));
}

/**
 * Demo (A5.6): one visit to 王秀兰 on her physician order, taken at 翠竹站 by the centre's head, checked, given,
 * recorded, signed for by her daughter, paid in cash to the centre's cashier with a receipt from his book, then
 * closed by the head; and her next visit, arranged and assigned to 许护士, for the nurse to work on her phone.
 * Skipped once the tenant has a visit.
 */
async function seedVisit(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('orders').select('id').where('tenant_id', '=', t).where('type', '=', 'infusion_visit').executeTakeFirst())
    return 0;
  const wang = await ctx.db
    .selectFrom('infusion_patients')
    .selectAll()
    .where('tenant_id', '=', t)
    .where('name', '=', '王秀兰')
    .executeTakeFirst();
  const order = wang
    ? await ctx.db
        .selectFrom('infusion_physician_orders')
        .select('id')
        .where('tenant_id', '=', t)
        .where('patient_id', '=', wang.id)
        .where('state', '=', 'active')
        .executeTakeFirst()
    : undefined;
  const station = await findOrgByCode(ctx.db, t, 'chc-s1');
  if (!wang || !order || !station) return 0;
  const head = await actAs(ctx, 'luzr');
  const nurse = await actAs(ctx, 'xuhs');
  const cashier = await actAs(ctx, 'wusf');
  const items = await listItems(ctx.db, t, { category: 'infusion' });
  const item = (code: string) => items.find((i) => i.code === code)!.id;
  /** A visit to her on her order, arranged by the head `hoursAhead` from now and assigned to 许护士. */
  const arrange = async (hoursAhead: number, by = head) => {
    const made = await createOrder(by, {
      type: 'infusion_visit',
      officeId: station.id,
      channel: 'phone',
      customerName: wang.name,
      customerPhone: wang.family_phone ?? wang.phone,
      address: wang.address,
      appointmentStart: new Date(by.clock.now().getTime() + hoursAhead * 3_600_000).toISOString(),
      lines: [
        { itemId: item('infusion-iv-home'), quantity: 1 },
        { itemId: item('infusion-callout'), quantity: 1 },
      ],
      details: { patientId: wang.id, physicianOrderId: order.id },
    });
    return steps.assignOrder(by, made.id, { version: made.version, staff: [nurse.actor.userId!] });
  };
  // the first visit was made earlier today, up to now: its drip lies within it, as the finish requires (A5.6)
  const zone = await tenantZone(ctx);
  const now = head.clock.now().getTime();
  const began = Math.max(now - 100 * 60_000, Date.parse(startOfBusinessDay(businessDate(new Date(now), zone), zone)) + 60_000);
  const earlier = new AdjustableClock(head.clock);
  earlier.set(new Date(Math.min(began, now)));
  const [headThen, nurseThen] = [
    { ...head, clock: earlier },
    { ...nurse, clock: earlier },
  ];
  const hhmm = (ms: number) => localDateTime(new Date(ms).toISOString(), zone).slice(11);
  let o = await arrange(1, headThen);
  o = await steps.departOrder(nurseThen, o.id, o.version);
  o = await steps.arriveOrder(nurseThen, o.id, o.version);
  o = await work.startOrder(nurseThen, o.id, o.version, Object.fromEntries(INFUSION_CHECKS.map((k) => [k, true])));
  o = await work.finishOrder(nurse, o.id, o.version, {
    infusionStart: hhmm(Math.min(began, now) + (now - Math.min(began, now)) * 0.1),
    infusionEnd: hhmm(Math.min(began, now) + (now - Math.min(began, now)) * 0.9),
    observations: '滴速 40 滴/分，穿刺处无红肿渗液，患者无不适',
  });
  o = await work.acceptOrder(nurse, o.id, { version: o.version, signerName: '李红', signature: demoSignature(51) });
  o = await steps.payOrder(cashier, o.id, { version: o.version, amountFen: o.totalFen, method: 'cash' });
  await steps.closeOrder(head, o.id, o.version);
  // her next visit, waiting on the nurse's phone (我的任务): departure, the check, the record and the signature are hers
  await arrange(3);
  return 2;
}
