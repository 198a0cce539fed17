import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, nextBusinessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { demoSignature } from '../../seed/demo.signature.js';
import { confirmHandover, offerHandover } from '../money/custody.service.js';
import { createOrder } from '../orders/order.service.js';
import * as steps from '../orders/order-steps.service.js';
import * as work from '../orders/order-work-steps.service.js';
import { recordVerbalApproval } from '../orders/verbal-approval.service.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { setParam } from '../params/params.service.js';
import { createRequest, dispatchVisit } from './install.service.js';
import { createVehicle } from './vehicle.service.js';

const HOUR = 3_600_000;
const CHECKLIST = { checkOrder: true, checkTools: true, checkParts: true, checkDocuments: true };

type Ctx = UseCase;
interface Call {
  customer: string;
  phone: string;
  address: string;
  plate: string;
  model: string;
  terminal: string;
  fault: string;
  warranty: boolean;
}

/** The register's vehicles and their terminals as the demo register seeded them (gps.demo.ts). */
const SHUNDA = { customer: '顺达物流有限公司', phone: '0755-86001234', address: '深圳市宝安区福永物流园A区' };
const CALLS = {
  holiday: {
    ...SHUNDA,
    plate: '粤B3K721',
    model: 'GT06',
    terminal: '862410040012301',
    fault: '平台显示终端离线，车辆无定位',
    warranty: false,
  },
  swap: { ...SHUNDA, plate: '粤B5M286', model: 'GT06', terminal: '862410040012302', fault: '终端进水，指示灯不亮', warranty: false },
  new: {
    customer: '安运出租车公司',
    phone: '0755-83005678',
    address: '深圳市福田区车公庙停车场',
    plate: '粤BD10521',
    model: 'GT06',
    terminal: '862410040020118',
    fault: '定位漂移，轨迹跳点',
    warranty: true,
  },
  onSite: {
    customer: '王先生',
    phone: '13902218888',
    address: '深圳市南山区科技园停车场',
    plate: '粤B9Q8E7',
    model: 'GT06',
    terminal: '862410040031045',
    fault: 'SOS按键失灵',
    warranty: true,
  },
} satisfies Record<string, Call>;

/** A repair call taken by the manager, approved and given to the technician (A4.4.2–3). */
async function dispatched(manager: Ctx, tech: Ctx, gpsId: string, c: Call) {
  let o = await createOrder(manager, {
    type: 'gps_repair',
    officeId: gpsId,
    channel: 'phone',
    customerName: c.customer,
    customerPhone: c.phone,
    address: c.address,
    lines: [],
    details: { plate: c.plate, productModel: c.model, terminalSerial: c.terminal, fault: c.fault, warranty: c.warranty },
  });
  o = await steps.approveOrder(manager, o.id, o.version);
  return steps.assignOrder(manager, o.id, { version: o.version, staff: [tech.actor.userId!] });
}

/**
 * The GPS department's orders on a normal day (篇四): a repair called in on the working day before the latest public
 * holiday and reached after it (the service-time report counts the holiday out), paid for its parts; a terminal and
 * SIM card swapped on a repair, paid in cash and handed to finance's cashier; a call just taken; a job on site with a
 * verbal approval the manager has still to confirm; an installation request with its first visit dispatched.
 */
export async function seedGpsOrders(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if ((await ctx.db.selectFrom('orders').select('id').where('tenant_id', '=', t).where('type', 'like', 'gps_%').limit(1).execute()).length)
    return 0;
  const gps = await findOrgByCode(ctx.db, t, 'gps');
  if (!gps) return 0;
  // 篇四 "回到公司后，立即将款交于财务": the technicians hand their cash straight to finance's cashier
  await setParam(await actAs(ctx, 'admin'), gps.id, 'cashRelayViaSupervisor', 0);
  const zone = await tenantZone(ctx);
  const clock = new AdjustableClock(ctx.clock);
  const as = async (username: string) => ({ ...(await actAs(ctx, username)), clock });
  const [manager, tech, cashier] = [await as('qianwei'), await as('fengsf'), await as('songcn')];
  let n = 0;

  // across the latest holiday: called at 16:00 on the working day before it, reached at 10:00 on the first after it
  const around = await holidayAround(ctx, businessDate(ctx.clock.now(), zone));
  if (around) {
    const at = (day: string, hour: number) => new Date(Date.parse(startOfBusinessDay(day, zone)) + hour * HOUR);
    clock.set(at(around.before, 16));
    let o = await dispatched(manager, tech, gps.id, CALLS.holiday);
    o = await steps.departOrder(tech, o.id, o.version, CHECKLIST);
    clock.set(at(around.after, 10));
    o = await steps.arriveOrder(tech, o.id, o.version);
    clock.advance(HOUR / 6);
    o = await work.startOrder(tech, o.id, o.version);
    o = await work.recordMaterials(tech, o.id, {
      version: o.version,
      materials: [{ name: 'GPS天线', unitLabel: '根', unitPriceFen: 6000, quantity: 1 }],
    });
    clock.advance(HOUR + HOUR / 2);
    o = await work.finishOrder(tech, o.id, o.version, { cause: '天线被压断，更换天线后上线正常' });
    o = await work.acceptOrder(tech, o.id, { version: o.version, signerName: '张建军', signature: demoSignature(41) });
    o = await steps.payOrder(tech, o.id, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    await handToFinance(tech, cashier, o.payment!.id);
    await steps.closeOrder(manager, o.id, o.version);
    n += 1;
  }
  clock.set(ctx.clock.now());

  // this morning: a terminal and its SIM card swapped, the parts paid in cash and handed to finance
  clock.advance(-5 * HOUR);
  let o = await dispatched(manager, tech, gps.id, CALLS.swap);
  clock.advance(HOUR / 4);
  o = await steps.departOrder(tech, o.id, o.version, CHECKLIST);
  clock.advance(HOUR);
  o = await work.startOrder(tech, o.id, o.version);
  o = await work.recordMaterials(tech, o.id, {
    version: o.version,
    materials: [
      { name: 'GT06 北斗/GPS 双模终端', unitLabel: '台', unitPriceFen: 32000, quantity: 1 },
      { name: '物联网SIM卡', unitLabel: '张', unitPriceFen: 5000, quantity: 1 },
    ],
  });
  clock.advance(HOUR);
  o = await work.finishOrder(tech, o.id, o.version, {
    cause: '主机进水损坏，更换主机和SIM卡，平台上线正常',
    terminalSwapped: true,
    oldTerminal: CALLS.swap.terminal,
    newTerminal: '862410040040001',
    simSwapped: true,
    oldSim: '1440301260002',
    newSim: '1440301260101',
  });
  o = await work.acceptOrder(tech, o.id, { version: o.version, signerName: '李国强', signature: demoSignature(42) });
  o = await steps.payOrder(tech, o.id, { version: o.version, amountFen: o.totalFen, method: 'cash' });
  await handToFinance(tech, cashier, o.payment!.id);
  n += 1;

  // a call just taken, waiting for the manager's approval; a job on site with a verbal approval to confirm
  clock.advance(HOUR);
  await createOrder(manager, {
    type: 'gps_repair',
    officeId: gps.id,
    channel: 'phone',
    customerName: CALLS.new.customer,
    customerPhone: CALLS.new.phone,
    address: CALLS.new.address,
    lines: [],
    details: {
      plate: CALLS.new.plate,
      productModel: CALLS.new.model,
      terminalSerial: CALLS.new.terminal,
      fault: CALLS.new.fault,
      warranty: CALLS.new.warranty,
    },
  });
  o = await dispatched(manager, tech, gps.id, CALLS.onSite);
  o = await steps.departOrder(tech, o.id, o.version, CHECKLIST);
  clock.advance(HOUR / 2);
  o = await work.startOrder(tech, o.id, o.version);
  await recordVerbalApproval(tech, o.id, { approverName: '钱伟', content: '按键板缺货，同意先拆用备用终端的按键板，回公司后补领' });
  n += 2;

  // an installation request for two new taxis of 安运, its first visit sent for tomorrow morning
  const customer = await ctx.db
    .selectFrom('gps_customers')
    .select('id')
    .where('tenant_id', '=', t)
    .where('name', '=', CALLS.new.customer)
    .executeTakeFirst();
  if (customer) {
    const taxis = [];
    for (const [plate, driverName, driverPhone] of [
      ['粤BD20001', '陈志明', '13902230001'],
      ['粤BD20002', '黄伟', '13902230002'],
    ] as const)
      taxis.push(await createVehicle(manager, { customerId: customer.id, plate, model: '比亚迪e6', driverName, driverPhone }));
    const request = await createRequest(manager, {
      officeId: gps.id,
      customerId: customer.id,
      contactName: '周队长',
      phone: CALLS.new.phone,
      address: CALLS.new.address,
      requirements: '终端装于副驾驶储物箱内，隐蔽走线，接常电',
      vehicleIds: taxis.map((v) => v.id),
    });
    const tomorrow = nextBusinessDate(businessDate(clock.now(), zone));
    await dispatchVisit(manager, request.id, {
      version: request.version,
      vehicleIds: [taxis[0]!.id],
      appointmentStart: new Date(Date.parse(startOfBusinessDay(tomorrow, zone)) + 9 * HOUR).toISOString(),
    });
    n += 1;
  }
  return n;
}

/** The technician hands a payment's cash to finance's cashier, who counts it and confirms (A4.4.9, A7.4.7). */
async function handToFinance(tech: Ctx, cashier: Ctx, paymentId: string) {
  const offer = await offerHandover(tech, { toUserId: cashier.actor.userId!, paymentIds: [paymentId], note: '维修收款，回公司交财务' });
  await confirmHandover(cashier, offer.id);
}

/** The latest public holiday before `today` on the calendar: the working day before it and the first one after it. */
async function holidayAround(ctx: UseCase, today: string): Promise<{ before: string; after: string } | null> {
  const days = await ctx.db
    .selectFrom('calendar_days')
    .select(['day', 'kind'])
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('day', '<', today)
    .orderBy('day', 'desc')
    .limit(60)
    .execute();
  const kind = new Map(days.map((d) => [d.day, d.kind]));
  const last = days.find((d) => d.kind === 'holiday');
  if (!last) return null;
  const step = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
  const working = (day: string) => {
    const k = kind.get(day);
    if (k) return k === 'workday';
    const w = new Date(`${day}T00:00:00Z`).getUTCDay();
    return w !== 0 && w !== 6;
  };
  let first = last.day;
  while (kind.get(step(first, -1)) === 'holiday') first = step(first, -1);
  let before = step(first, -1);
  while (!working(before)) before = step(before, -1);
  let after = step(last.day, 1);
  while (!working(after)) after = step(after, 1);
  return after < today ? { before, after } : null;
}
