import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { demoSignature } from '../../seed/demo.signature.js';
import { listItems } from '../catalog/catalog.repo.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { createOrder } from './order.service.js';
import * as steps from './order-steps.service.js';
import * as work from './order-work-steps.service.js';

/** Demo orders at office A, taken by the environment supervisor, in the states an office sees on a normal day (two repairs among them). */
export const DEMO_ORDERS: {
  customer: string;
  phone: string;
  address: string;
  type: 'housekeeping' | 'paid_service' | 'repair';
  item: string;
  quantity: number;
  description: string;
  /** The type's own details at intake (a repair's location and fault). */
  details?: Record<string, string | boolean>;
  until: 'requested' | 'confirmed' | 'assigned' | 'accepted' | 'closed';
}[] = [
  {
    customer: '李建华',
    phone: '13912340001',
    address: '翠竹园3栋1201',
    type: 'housekeeping',
    item: 'indoor-cleaning',
    quantity: 3,
    description: '年底大扫除，重点厨房和卫生间',
    until: 'closed',
  },
  {
    customer: '陈美玲',
    phone: '13912340002',
    address: '翠竹园5栋0802',
    type: 'housekeeping',
    item: 'carpet-cleaning',
    quantity: 24.5,
    description: '客厅地毯清洗',
    until: 'accepted',
  },
  {
    customer: '王国强',
    phone: '13912340003',
    address: '翠竹园1栋0303',
    type: 'paid_service',
    item: 'pipe-dredging',
    quantity: 1,
    description: '厨房下水道堵塞',
    until: 'assigned',
  },
  {
    customer: '赵小红',
    phone: '13912340004',
    address: '翠竹园7栋1502',
    type: 'housekeeping',
    item: 'range-hood',
    quantity: 1,
    description: '油烟机清洗，周六上午',
    until: 'confirmed',
  },
  {
    customer: '刘大爷',
    phone: '13912340005',
    address: '翠竹园2栋0101',
    type: 'housekeeping',
    item: 'water-delivery',
    quantity: 2,
    description: '送两桶水',
    until: 'requested',
  },
  {
    customer: '周文斌',
    phone: '13912340006',
    address: '翠竹园4栋0602',
    type: 'repair',
    item: 'plumbing-repair',
    quantity: 1,
    description: '业主白天上班，晚上七点后在家',
    details: { location: 'bathroom', fault: '卫生间地漏返水，楼下天花板有水渍' },
    until: 'requested',
  },
  {
    customer: '吴秀兰',
    phone: '13912340007',
    address: '翠竹园6栋1103',
    type: 'repair',
    item: 'tap-replace',
    quantity: 1,
    description: '厨房水龙头更换',
    details: { location: 'kitchen', fault: '厨房水龙头关不严，一直滴水' },
    until: 'assigned',
  },
];

/** The demo's orders at 翠竹园, each taken through the real steps as far as its `until` says. */
export async function seedOrders(ctx: UseCase): Promise<number> {
  const existing = await ctx.db.selectFrom('orders').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).execute();
  if (existing.length) return 0;
  const clerk = await actAs(ctx, 'liuyang');
  const cleaner = await actAs(ctx, 'sunxy');
  const cashier = await actAs(ctx, 'chenjing');
  const officeId = (await findOrgByCode(ctx.db, ctx.actor.tenantId, 'office-a'))!.id;
  const items = await listItems(ctx.db, ctx.actor.tenantId, {});
  const cleanerId = cleaner.actor.userId!;
  const order: ['requested', 'confirmed', 'assigned', 'accepted', 'closed'] = ['requested', 'confirmed', 'assigned', 'accepted', 'closed'];
  const reached = (until: string, state: string) => order.indexOf(until as never) >= order.indexOf(state as never);
  let created = 0;
  for (const [i, d] of DEMO_ORDERS.entries()) {
    let o = await createOrder(clerk, {
      type: d.type,
      officeId,
      channel: i % 2 ? 'walk_in' : 'phone',
      customerName: d.customer,
      customerPhone: d.phone,
      address: d.address,
      description: d.description,
      lines: [{ itemId: items.find((x) => x.code === d.item)!.id, quantity: d.quantity }],
      ...(d.details ? { details: d.details } : {}),
    });
    created++;
    if (!reached(d.until, 'confirmed')) continue;
    o = await steps.quoteOrder(clerk, o.id, { version: o.version });
    const appointment = new Date(Date.parse(o.requestedAt) + (i + 1) * 3_600_000).toISOString();
    o = await steps.confirmOrder(clerk, o.id, { version: o.version, priceAccepted: true, staffCount: 1, appointmentStart: appointment });
    if (!reached(d.until, 'assigned')) continue;
    o = await steps.assignOrder(clerk, o.id, { version: o.version, staff: [cleanerId] });
    if (!reached(d.until, 'accepted')) continue;
    for (const step of [steps.departOrder, steps.arriveOrder, work.startOrder, work.finishOrder]) o = await step(cleaner, o.id, o.version);
    o = await work.acceptOrder(cleaner, o.id, { version: o.version, signerName: d.customer, signature: demoSignature(i) });
    if (!reached(d.until, 'closed')) continue;
    o = await steps.payOrder(cleaner, o.id, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    await steps.closeOrder(cashier, o.id, o.version);
  }
  return created;
}
