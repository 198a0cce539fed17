import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { addMonths } from '../../platform/months.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { DESK_SERIES } from '../fees/desk.demo.js';
import { payFees } from '../fees/fee-payment.service.js';
import { findUserByUsername } from '../identity/user.repo.js';
import type { PaymentMethod } from '../money/payment-methods.js';
import { issueBook, registerBook, requestBook, settleBook } from '../money/receipt-book.service.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { issuePass } from './parking-pass.service.js';
import { standardInForce } from './standard-in-force.repo.js';

const ESTATE = '翠竹园';
/** Passes on B1's owned and rented spaces (their units' vehicles), and zone passes in P1 for vehicles of other units. */
const SPACE_PASSES = 10;
const ZONE_PASSES = [
  { zone: '东区', index: 0 },
  { zone: '西区', index: 1 },
  { zone: '东区', index: 2 },
];

type Demo = { carParkId: string; vehicleId: string; unitId: string; spaceId: string | null; zone: string };

/** The vehicles of 翠竹园 with their unit, and the B1 spaces of those units, read as the register has them. */
async function plan(ctx: UseCase, t: string): Promise<Demo[] | null> {
  const parks = await ctx.db
    .selectFrom('car_parks as c')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'c.tenant_id').onRef('e.id', '=', 'c.estate_id'))
    .select(['c.id', 'c.code', 'c.estate_id'])
    .where('c.tenant_id', '=', t)
    .where('e.name', '=', ESTATE)
    .where('c.code', 'in', ['P1', 'B1'])
    .execute();
  const b1 = parks.find((p) => p.code === 'B1');
  const p1 = parks.find((p) => p.code === 'P1');
  if (!b1 || !p1) return null;
  const vehicles = await ctx.db
    .selectFrom('vehicles')
    .select(['id', 'unit_id'])
    .where('tenant_id', '=', t)
    .where('estate_id', '=', b1.estate_id)
    .where('active', '=', 1)
    .where('unit_id', 'is not', null)
    .orderBy('plate')
    .execute();
  const spaces = await ctx.db
    .selectFrom('parking_spaces')
    .select(['id', 'unit_id', 'ownership', 'number'])
    .where('tenant_id', '=', t)
    .where('car_park_id', '=', b1.id)
    .where('active', '=', 1)
    .where('unit_id', 'is not', null)
    .orderBy('number')
    .execute();
  const out: Demo[] = [];
  const units = new Set<string>();
  // owned and rented spaces alternately, one pass per unit (a unit's pass bill is one a month)
  const owned = spaces.filter((s) => s.ownership === 'owned');
  const rented = spaces.filter((s) => s.ownership === 'rented');
  const mixed = owned.flatMap((s, i) => [s, rented[i]]).filter((s) => s !== undefined);
  for (const s of mixed) {
    if (out.length >= SPACE_PASSES) break;
    const v = vehicles.find((x) => x.unit_id === s.unit_id);
    if (!v || units.has(s.unit_id!)) continue;
    units.add(s.unit_id!);
    out.push({ carParkId: b1.id, vehicleId: v.id, unitId: s.unit_id!, spaceId: s.id, zone: '' });
  }
  // zone passes for vehicles of other units (a second car of a house with a space, say), the last on the register
  const others = vehicles.filter((v) => !units.has(v.unit_id!)).reverse();
  for (const z of ZONE_PASSES) {
    const v = others.filter((x) => !units.has(x.unit_id!))[z.index];
    if (!v) continue;
    units.add(v.unit_id!);
    out.push({ carParkId: p1.id, vehicleId: v.id, unitId: v.unit_id!, spaceId: null, zone: z.zone });
  }
  return out;
}

/**
 * Monthly passes at 翠竹园 (A2.4.1.2): ten on B1's owned and rented spaces and three zone passes in P1, issued by the
 * cashier 陈静 two months ago for six months (two months ago to three ahead), each month a 停车月卡费 bill of the unit.
 * The holders paid the months gone by at the desk (WeChat or Alipay, so no cash stays in hand), every third one this
 * month too, with receipts from a WY book finance issued for exactly those payments and settled after the last.
 * Nothing happens when the tenant has passes, or when the car parks have no approved standard then (the standards'
 * demo approves them).
 */
export async function seedPasses(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if ((await ctx.db.selectFrom('parking_passes').select('id').where('tenant_id', '=', t).limit(1).execute()).length) return 0;
  const demos = await plan(ctx, t);
  const office = await findOrgByCode(ctx.db, t, 'office-a');
  const finance = await findOrgByCode(ctx.db, t, 'pm-finance');
  const cashierUser = await findUserByUsername(ctx.db, t, 'chenjing');
  if (!demos?.length || !office || !finance || !cashierUser) return 0;
  const tz = await tenantZone(ctx);
  const realNow = ctx.clock.now();
  const current = businessDate(realNow, tz).slice(0, 7);
  const first = addMonths(current, -2);
  for (const d of new Set(demos.map((x) => x.carParkId))) if (!(await standardInForce(ctx.db, t, d, first))) return 0;

  const at = (month: string, day: number, hour: number) =>
    new Date(
      Math.min(Date.parse(startOfBusinessDay(`${month}-${String(day).padStart(2, '0')}`, tz)) + hour * 3_600_000, realNow.getTime()),
    );
  const clock = new AdjustableClock(ctx.clock);
  const as = async (username: string) => ({ ...(await actAs(ctx, username)), clock });
  const payments = demos.flatMap((d, i) =>
    [first, addMonths(first, 1), ...(i % 3 === 0 ? [current] : [])].map((month, k) => ({
      d,
      i,
      month,
      when: at(month, 5 + ((i * 3 + k) % 12), 9 + (i % 7)),
    })),
  );
  payments.sort((a, b) => a.when.getTime() - b.when.getTime() || a.i - b.i);

  // finance gives the desk a WY book numbered on from the last WY book, just for these payments
  clock.set(at(first, 1, 8));
  const custodian = await as('zhengkj');
  const last = await ctx.db
    .selectFrom('receipt_books')
    .select((eb) => eb.fn.max('last_no').as('n'))
    .where('tenant_id', '=', t)
    .where('series', '=', DESK_SERIES)
    .executeTakeFirst();
  const firstNo = Number(last?.n ?? 0) + 1;
  const book = await registerBook(custodian, { orgId: finance.id, series: DESK_SERIES, firstNo, lastNo: firstNo + payments.length - 1 });
  const request = await requestBook(await as('wangfang'), {
    orgId: office.id,
    cashierId: cashierUser.user.id,
    reason: '月卡费收款领用收据',
  });
  await issueBook(custodian, request.id, book.id);

  clock.set(at(first, 2, 10));
  const cashier = await as('chenjing');
  const issued = [];
  for (const d of demos)
    issued.push(
      await issuePass(cashier, {
        carParkId: d.carParkId,
        vehicleId: d.vehicleId,
        spaceId: d.spaceId,
        zone: d.zone,
        fromMonth: first,
        toMonth: addMonths(current, 3),
      }),
    );
  for (const p of payments) {
    const pass = issued[p.i]!;
    const month = pass.months.find((m) => m.period === p.month)!;
    clock.set(p.when);
    const method: PaymentMethod = p.i % 4 === 1 ? 'alipay' : 'wechat';
    await payFees(cashier, { unitId: pass.unitId, billIds: [month.billId], method, amountFen: month.dueFen, payer: pass.holderName });
  }
  clock.set(new Date(Math.max(...payments.map((p) => p.when.getTime()))));
  await settleBook(custodian, book.id);
  return issued.length;
}
