import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { confirmRemittance, createRemittance } from '../money/custody.service.js';
import type { PaymentMethod } from '../money/payment-methods.js';
import { issueBook, registerBook, requestBook, settleBook } from '../money/receipt-book.service.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { daysInPeriod, nextPeriod } from './bill.rules.js';
import { dueFen } from './desk.rules.js';
import { previewAdvance } from './desk.service.js';
import { payFees } from './fee-payment.service.js';

/** Who works each office's desk and who asks finance for their receipt book. */
const DESKS = [
  { office: 'office-a', cashier: 'chenjing', head: 'wangfang' },
  { office: 'office-b', cashier: 'huangli', head: 'zhaolei' },
];

/** The series of the desk's books (物业): numbered on from one desk to the next, none skipped. */
export const DESK_SERIES = 'WY';

/** Share (in %) of the units that pay a month's bill, oldest month first: recent months owe more. */
const PAY_SHARE = [92, 90, 88, 84, 76, 55];

interface UnitPlan {
  unitId: string;
  index: number;
}

/** How unit `i` pays the bill of month `k` (0 = the oldest of the six): not at all, or this way, catching up. */
export function demoPlan(i: number, k: number, months: number): { pays: boolean; method: PaymentMethod; advance: number } {
  const last = k === months - 1;
  const arrears = i % 40 === 7; // a few owners stop paying after two months: 4+ months in arrears
  // half the owners pay a quarter at a time, a fifth every two months, the rest monthly (most of them); the
  // quarters and pairs end with the month before last, so last month is the only one they all still owe
  const rhythm = i % 10 < 5 ? 3 : i % 10 < 7 ? 2 : 1;
  const share = PAY_SHARE[PAY_SHARE.length - months + k] ?? 80;
  // a few monthly payers pay three months ahead with last month's bill, at the desk within that month
  const ahead = last && i % 60 === 8;
  const pays =
    ahead ||
    (arrears
      ? k < 2
      : rhythm > 1
        ? (months - 1 - k) % rhythm === 1 && (i * 37 + k * 11) % 100 < share + 5
        : (i * 37 + k * 11) % 100 < share);
  const m = (i * 13 + k * 7) % 20;
  const method: PaymentMethod = m < 3 ? 'wechat' : m === 3 ? 'alipay' : 'cash';
  return { pays, method, advance: ahead ? 3 : 0 };
}

/** One payment the demo will take: whose, when, which bills and how. */
interface Planned {
  unitId: string;
  plan: ReturnType<typeof demoPlan>;
  when: Date;
  bills: OpenBill[];
}

type OpenBill = { id: string; unit_id: string; period: string; amount_fen: number | string; adjustment_fen: number | string };

/**
 * The payments of one desk, month by month, known before any is taken (so finance can issue a book of exactly
 * that many numbers): for each bill month, the units that pay it — about one in four within the month, after the
 * billing day, the others in the month after — catching up what they owe, in the order they come to the desk;
 * none after `realNow`. A unit that already paid everything by the time of a later visit does not come.
 */
function planDesk(
  units: UnitPlan[],
  periods: string[],
  bills: OpenBill[],
  at: (date: string, hour: number) => Date,
  realNow: number,
): { month: string; payments: Planned[] }[] {
  const open = new Map<string, OpenBill[]>();
  for (const b of bills) open.set(b.unit_id, [...(open.get(b.unit_id) ?? []), b]);
  const visits = periods.flatMap((period, k) =>
    units.flatMap((u) => {
      const plan = demoPlan(u.index, k, periods.length);
      if (!plan.pays) return [];
      const inMonth = plan.advance > 0 || (u.index * 3 + k) % 4 === 0;
      const month = inMonth ? period : nextPeriod(period);
      const day = inMonth ? 8 + ((u.index * 5 + k) % 18) : 1 + ((u.index * 7 + k * 3) % 25);
      const when = at(`${month}-${String(day).padStart(2, '0')}`, 9 + (u.index % 8));
      return when.getTime() <= realNow ? [{ u, plan, period, month, when }] : []; // not yet: still owed
    }),
  );
  visits.sort((a, b) => a.when.getTime() - b.when.getTime() || a.u.index - b.u.index);
  const byMonth = new Map<string, Planned[]>();
  for (const v of visits) {
    const owed = open.get(v.u.unitId) ?? [];
    const taking = owed.filter((b) => b.period <= v.period);
    if (!taking.length) continue;
    open.set(
      v.u.unitId,
      owed.filter((b) => b.period > v.period),
    );
    byMonth.set(v.month, [...(byMonth.get(v.month) ?? []), { unitId: v.u.unitId, plan: v.plan, when: v.when, bills: taking }]);
  }
  return [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, payments]) => ({ month, payments }));
}

/**
 * The desk's six months (A2.3, A2.4.1.1): as each office's cashier, with the clock in each bill's month (after the
 * billing day) or the month after, most owners pay (mostly cash, some WeChat or Alipay), catching up what they owed; a few stop paying (the
 * arrears list), a couple pay three months ahead. Before the first payment finance registers and issues the
 * cashier a WY book of exactly as many numbers as the desk will write, so it ends used up; its stubs come back
 * and finance settles it. Each month's cash, this month's too, is remitted to finance, who confirms it: the
 * demo leaves no fee cash in anyone's hands and the cashier's other books untouched.
 * Nothing happens when there are no bills.
 */
export async function seedDeskPayments(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const done = await ctx.db.selectFrom('fee_payments').select('id').where('tenant_id', '=', t).limit(1).execute();
  if (done.length) return 0;
  const tz = await tenantZone(ctx);
  const realNow = ctx.clock.now().getTime();
  const at = (date: string, hour: number) => new Date(Date.parse(startOfBusinessDay(date, tz)) + hour * 3_600_000);
  const notAfterNow = (d: Date) => new Date(Math.min(d.getTime(), realNow));
  let made = 0;
  let nextNo = 1;
  for (const desk of DESKS) {
    const office = await findOrgByCode(ctx.db, t, desk.office);
    if (!office) continue;
    const bills = await ctx.db
      .selectFrom('fee_bills')
      .select(['id', 'unit_id', 'period', 'amount_fen', 'adjustment_fen'])
      .where('tenant_id', '=', t)
      .where('office_id', '=', office.id)
      .where('state', '=', 'open')
      .where('bank_batch_id', 'is', null)
      .execute();
    if (!bills.length) continue;
    const periods = [...new Set(bills.map((b) => b.period))].sort().slice(-PAY_SHARE.length);
    const units: UnitPlan[] = (
      await ctx.db
        .selectFrom('estate_units as u')
        .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
        .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'u.tenant_id').onRef('e.id', '=', 'u.estate_id'))
        .select('u.id')
        .where('u.tenant_id', '=', t)
        .where('e.office_id', '=', office.id)
        .orderBy('e.name')
        .orderBy('b.name')
        .orderBy('u.entrance')
        .orderBy('u.room')
        .execute()
    ).map((u, index) => ({ unitId: u.id, index }));
    const months = planDesk(units, periods, bills, at, realNow);
    const count = months.reduce((n, m) => n + m.payments.length, 0);
    if (!count) continue;

    const clock = new AdjustableClock(ctx.clock);
    const as = async (username: string) => ({ ...(await actAs(ctx, username)), clock });
    // finance issues the cashier a book for the desk before the first payment, numbered for what the desk will write
    clock.set(at(`${months[0]!.month}-01`, 8));
    const custodian = await as('zhengkj');
    const finance = (await findOrgByCode(ctx.db, t, 'pm-finance'))!;
    const book = await registerBook(custodian, { orgId: finance.id, series: DESK_SERIES, firstNo: nextNo, lastNo: nextNo + count - 1 });
    nextNo += count;
    const cashierId = (await findUserByUsername(ctx.db, t, desk.cashier))!.user.id;
    const request = await requestBook(await as(desk.head), { orgId: office.id, cashierId, reason: '前台收取物业费领用收据' });
    await issueBook(custodian, request.id, book.id);
    const cashier = await as(desk.cashier);

    let settleAt = clock.now();
    for (const { month, payments } of months) {
      const cash: { id: string; amountFen: number }[] = [];
      for (const { unitId, plan, when, bills: taking } of payments) {
        clock.set(when);
        // months ahead only where an approved standard is in force for them
        const ahead = plan.advance
          ? await previewAdvance(cashier, unitId, plan.advance).then(
              (a) => a.totalFen,
              () => null,
            )
          : 0;
        const amountFen = taking.reduce(
          (s, b) => s + dueFen({ amountFen: Number(b.amount_fen), adjustmentFen: Number(b.adjustment_fen) }),
          ahead ?? 0,
        );
        const paid = await payFees(cashier, {
          unitId,
          billIds: taking.map((b) => b.id),
          advanceMonths: ahead === null ? 0 : plan.advance,
          method: plan.method,
          amountFen,
        });
        if (plan.method === 'cash') cash.push({ id: paid.id, amountFen: paid.amountFen });
        made++;
        settleAt = when;
      }
      // the month's cash goes to finance at its end (A2.4.2.4); this month's as it stands now, so none stays in hand
      if (!cash.length) continue;
      const last = `${month}-${String(daysInPeriod(month)).padStart(2, '0')}`;
      clock.set(notAfterNow(at(last, 17)));
      const totalFen = cash.reduce((s, c) => s + c.amountFen, 0);
      const remittance = await createRemittance(cashier, {
        officeId: office.id,
        paymentIds: cash.map((c) => c.id),
        totalFen,
        periodFrom: `${month}-01`,
        periodTo: businessDate(clock.now(), tz),
      });
      clock.set(notAfterNow(at(last, 18)));
      await confirmRemittance(custodian, remittance.id, totalFen);
      settleAt = clock.now();
    }
    // the last receipt used the book up: the cashier hands its stubs back and finance settles (核销) it
    clock.set(settleAt);
    await settleBook(custodian, book.id);
  }
  return made;
}
