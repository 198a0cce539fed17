import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { confirmHandover, confirmRemittance, createRemittance, offerHandover } from '../money/custody.service.js';
import { issueBook, registerBook, requestBook } from '../money/receipt-book.service.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { collectStay, listDueStays, waiveStay } from './parking-collection.service.js';

/** The security department's receipt books (series TC, 停车): one for the guard, one for the security supervisor. */
const PARKING_SERIES = 'TC';

/**
 * The guard's book holds what the demo collects and a hundred or more to spare (a two-week demo at a busy gate
 * writes several hundred receipts), rounded to whole hundreds; the supervisor's hundred follows it.
 */
function parkingBooks(collections: number) {
  const guardLast = Math.max(200, Math.ceil((collections + 100) / 100) * 100);
  return [
    { username: 'zhaogang', firstNo: 1, lastNo: guardLast },
    { username: 'lijun', firstNo: guardLast + 1, lastNo: guardLast + 100 },
  ];
}

/** Why 李军 let two charges off: what a supervisor at a gate hears. */
const WAIVERS = ['业主亲属临时探访，经物业服务中心确认免收', '道闸抬杆故障滞留超时，经核实免收'];

const MINUTE = 60_000;

/**
 * The gate's collection as at 翠竹园 on a normal day: finance has issued 赵刚 (guard) and 李军 (security supervisor)
 * receipt books at 翠竹园保安部 (requested by the office head, who holds receipts.request); 赵刚 has collected the
 * charged stays of past days, 李军 has waived two with reasons; the cash of the days before yesterday went 赵刚 →
 * 李军 → 陈静 (cashier), who remitted it to finance the same morning; yesterday's and today's is still with 赵刚. Without due stays (no gate demo) it only issues
 * the books.
 */
export async function seedParkingCollection(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const already = await ctx.db
    .selectFrom('receipt_books')
    .select('id')
    .where('tenant_id', '=', t)
    .where('series', '=', PARKING_SERIES)
    .limit(1)
    .execute();
  if (already.length) return 0;
  const tz = await tenantZone(ctx);
  const clock = new AdjustableClock(ctx.clock);
  const as = async (username: string) => ({ ...(await actAs(ctx, username)), clock });
  const realNow = ctx.clock.now().getTime();
  const today = businessDate(new Date(realNow), tz);

  const guard = await as('zhaogang');
  const supervisor = await as('lijun');
  const listed: Awaited<ReturnType<typeof listDueStays>>['items'] = [];
  for (let page = 1; ; page++) {
    const p = await listDueStays(guard, { page, pageSize: 100 });
    listed.push(...p.items);
    if (listed.length >= p.total || !p.items.length) break;
  }
  const due = listed
    .filter((s) => s.exitedAt && s.chargeFen !== null && businessDate(s.exitedAt, tz) < today)
    .sort((a, b) => (a.exitedAt! < b.exitedAt! ? -1 : 1));

  // the books are issued before the first collection (a week back when there is none)
  const first = due[0]?.exitedAt ? Date.parse(due[0].exitedAt) - 60 * MINUTE : realNow - 7 * 86_400_000;
  clock.set(new Date(first));
  const custodian = await as('zhengkj');
  const finance = (await findOrgByCode(ctx.db, t, 'pm-finance'))!;
  const security = (await findOrgByCode(ctx.db, t, 'office-a-sec'))!;
  const office = (await findOrgByCode(ctx.db, t, 'office-a'))!;
  const head = await as('wangfang');
  const books = parkingBooks(due.length);
  for (const b of books) {
    const book = await registerBook(custodian, { orgId: finance.id, series: PARKING_SERIES, firstNo: b.firstNo, lastNo: b.lastNo });
    const holderId = (await findUserByUsername(ctx.db, t, b.username))!.user.id;
    const request = await requestBook(head, { orgId: security.id, cashierId: holderId, reason: '保安部道闸收取临时停车费领用收据' });
    await issueBook(custodian, request.id, book.id);
  }
  if (!due.length) return books.length;

  const waived = due.length >= 4 ? new Set([due[1]!.id, due[due.length - 2]!.id]) : new Set<string>();
  const yesterday = businessDate(new Date(Date.parse(startOfBusinessDay(today, tz)) - 1), tz);
  const cashByDay = new Map<string, { ids: string[]; fen: number; last: number }>();
  let w = 0;
  for (const s of due) {
    const exit = Date.parse(s.exitedAt!);
    if (waived.has(s.id)) {
      clock.set(new Date(exit + 8 * MINUTE));
      await waiveStay(supervisor, s.id, { reason: WAIVERS[w++ % WAIVERS.length]!, version: s.version });
      continue;
    }
    clock.set(new Date(exit + 2 * MINUTE));
    const done = await collectStay(guard, s.id, { method: 'cash', amountFen: s.chargeFen!, version: s.version });
    const day = businessDate(s.exitedAt!, tz);
    const held = cashByDay.get(day) ?? { ids: [], fen: 0, last: 0 };
    held.ids.push(done.collection!.id);
    held.fen += s.chargeFen!;
    held.last = clock.now().getTime();
    cashByDay.set(day, held);
  }

  // each earlier day's cash: to the supervisor that evening, on to the cashier the next morning
  const supervisorId = supervisor.actor.userId!;
  const cashierId = (await findUserByUsername(ctx.db, t, 'chenjing'))!.user.id;
  const cashier = await as('chenjing');
  for (const [day, held] of [...cashByDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (day >= yesterday) continue;
    const evening = Math.max(Date.parse(startOfBusinessDay(day, tz)) + 22 * 60 * MINUTE, held.last + 5 * MINUTE);
    clock.set(new Date(evening));
    const toSupervisor = await offerHandover(guard, { toUserId: supervisorId, paymentIds: held.ids, note: `${day} 道闸临时停车费` });
    clock.set(new Date(evening + 5 * MINUTE));
    await confirmHandover(supervisor, toSupervisor.id);
    const morning = Math.min(Math.max(Date.parse(startOfBusinessDay(day, tz)) + 33 * 60 * MINUTE, evening + 10 * MINUTE), realNow);
    clock.set(new Date(morning));
    const toCashier = await offerHandover(supervisor, { toUserId: cashierId, paymentIds: held.ids, note: `${day} 道闸临时停车费` });
    clock.set(new Date(Math.min(morning + 10 * MINUTE, realNow)));
    await confirmHandover(cashier, toCashier.id);
    // the cashier remits the day's gate cash to finance that morning, and finance counts it
    clock.set(new Date(Math.min(morning + 30 * MINUTE, realNow)));
    const remittance = await createRemittance(cashier, {
      officeId: office.id,
      paymentIds: held.ids,
      totalFen: held.fen,
      periodFrom: day,
      periodTo: day,
    });
    clock.set(new Date(Math.min(morning + 90 * MINUTE, realNow)));
    await confirmRemittance(custodian, remittance.id, held.fen);
  }
  return books.length + due.length;
}
