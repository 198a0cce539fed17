import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargeOffStandardMonitor, gateSilentMonitor, offStandardStays } from '../../src/modules/parking/parking.monitors.js';
import { stayCharge } from '../../src/modules/parking/parking-charge.rules.js';
import { systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { insertStay, localAt, type ParkingFixture, parkingFixture, RATE } from '../support/parking-stays.js';

let t: TestEnv;
/** 赵刚, a guard of 翠竹园保安部 (parking.collect at office A) with his own receipt book. */
let guard: Agent;
/** 李军, the security supervisor: receives the guards' cash, waives charges. */
let supervisor: Agent;
/** 陈静, office A's cashier. */
let cashier: Agent;
/** 王芳, office A's head: keeps the register, supervises parking, but does not collect at the gate. */
let head: Agent;
let headB: Agent;
let cleaner: Agent;
let fx: ParkingFixture;
let plate = 0;
const nextPlate = () => `粤B${String(10_000 + ++plate)}`;

beforeAll(async () => {
  t = await startTestEnv();
  guard = await t.login('zhaogang');
  supervisor = await t.login('lijun');
  cashier = await t.login('chenjing');
  head = await t.login('wangfang');
  headB = await t.login('zhaolei');
  cleaner = await t.login('sunxy');
  fx = await parkingFixture(t, head);
});
afterAll(() => t.close());

/** A due stay of two days ago, 08:10–11:25 local: 4 hours, 20 yuan. */
async function dueStay(daysAgo = 2, from = '08:10', to = '11:25') {
  const now = t.clock.now();
  const p = nextPlate();
  const s = await insertStay(t, fx, { plate: p, enteredAt: localAt(fx, now, daysAgo, from), exitedAt: localAt(fx, now, daysAgo, to) });
  return { ...s, plate: p };
}

const collect = (agent: Agent, id: string, body: Record<string, unknown>) => agent.post(`/api/parking/collect/stays/${id}`, body);

describe('collecting a parking charge at the gate', () => {
  it('takes exactly the charge with a receipt from the guard’s book, prints it, and puts the cash in his hands', async () => {
    const s = await dueStay();
    expect(s.chargeFen).toBe(2000);
    const shown = await guard.get(`/api/parking/collect/stays/${s.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      plate: s.plate,
      state: 'due',
      chargeFen: 2000,
      minutes: 195,
      abilities: { collect: true, waive: false },
    });
    expect(shown.body.standard).toMatchObject({ freeMinutes: 15, unitMinutes: 60, unitFen: 500 });

    const mismatch = await collect(guard, s.id, { method: 'cash', amountFen: 1500, version: 1 });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.code).toBe('parking_collection.amount_mismatch');
    expect(mismatch.body.errors[0].field).toBe('amountFen');

    const done = await collect(guard, s.id, { method: 'cash', amountFen: 2000, version: 1 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'collected', abilities: { collect: false, waive: false } });
    expect(done.body.collection).toMatchObject({ payer: s.plate, method: 'cash', amountFen: 2000, collectorName: '赵刚' });
    expect(done.body.collection.receiptNumber).toMatch(/^TC-\d{7}$/);

    // the guard prints what he wrote through the parking route; money's receipts stay closed to him
    const printed = await guard.get(`/api/parking/collections/${done.body.collection.id}/receipt`);
    expect(printed.status).toBe(200);
    expect(printed.body).toContain(done.body.collection.receiptNumber);
    expect(printed.body).toMatch(new RegExp(`临时停车费 ${s.plate} \\d{2}-\\d{2} 08:10–11:25`));
    expect(printed.body).toContain('20.00');
    expect((await guard.get(`/api/receipts/${done.body.collection.receiptId}`)).status).toBe(403);

    const inHand = (await guard.get('/api/cash-in-hand')).body as { payments: { paymentId: string; amountFen: number }[] }[];
    expect(inHand.flatMap((h) => h.payments)).toContainEqual(
      expect.objectContaining({ paymentId: done.body.collection.id, amountFen: 2000 }),
    );

    // the office's reconciliation sees it: its receipt is the collection's, its cash owed to a remittance
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(done.body.collection.collectedAt));
    const head = await t.login('wangfang');
    const report = (await head.get(`/api/reconciliation?officeId=${fx.officeId}&from=${day}&to=${day}`)).body as {
      totals: Record<string, number>;
      differences: { kind: string; ref: string; amountFen: number }[];
    };
    expect(report.differences.filter((d) => d.ref === done.body.collection.receiptNumber)).toEqual([]);
    expect(report.differences).toContainEqual(expect.objectContaining({ kind: 'payment_not_remitted', ref: s.plate, amountFen: 2000 }));
    expect(report.totals.collectedFen).toBeGreaterThanOrEqual(2000);
  });

  it('collects a stay once: the second guard (or a stale screen) gets 409 and no second receipt', async () => {
    const s = await dueStay();
    const first = await collect(guard, s.id, { method: 'wechat', amountFen: s.chargeFen, payer: '王先生', version: 1 });
    expect(first.status).toBe(200);
    expect(first.body.collection.payer).toBe('王先生');
    const again = await collect(supervisor, s.id, { method: 'cash', amountFen: s.chargeFen, version: 1 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('parking_stay.not_due');
    const rows = await t.runtime.deps.db.selectFrom('parking_collections').select('id').where('stay_id', '=', s.id).execute();
    expect(rows).toHaveLength(1);
    // a transfer is not cash: nothing in custody for it
    const held = await t.runtime.deps.db
      .selectFrom('cash_holdings')
      .select('payment_id')
      .where('payment_id', '=', first.body.collection.id)
      .execute();
    expect(held).toHaveLength(0);

    const other = await dueStay();
    const stale = await collect(guard, other.id, { method: 'cash', amountFen: other.chargeFen, version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.version_conflict');
  });

  it('without an open receipt book the collection is refused as receipts are, and nothing is written', async () => {
    const s = await dueStay();
    // 李军's book, used up
    const db = t.runtime.deps.db;
    const lijun = await t.userId('lijun');
    const books = await db.selectFrom('receipt_books').select(['id', 'state']).where('cashier_id', '=', lijun).execute();
    expect(books.some((b) => b.state === 'issued')).toBe(true);
    for (const b of books) await db.updateTable('receipt_books').set({ state: 'used_up' }).where('id', '=', b.id).execute();
    try {
      const refused = await collect(supervisor, s.id, { method: 'cash', amountFen: s.chargeFen, version: 1 });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('receipt.no_open_book');
      expect((await guard.get(`/api/parking/collect/stays/${s.id}`)).body).toMatchObject({ state: 'due', version: 1, collectionId: null });
    } finally {
      for (const b of books) await db.updateTable('receipt_books').set({ state: b.state }).where('id', '=', b.id).execute();
    }
  });
});

describe('the cash of the gate goes guard → security supervisor → cashier', () => {
  it('offers the guard only the supervisor, refuses the cashier directly, and the supervisor hands on to the cashier', async () => {
    const s = await dueStay();
    const done = await collect(guard, s.id, { method: 'cash', amountFen: s.chargeFen, version: 1 });
    const paymentId = done.body.collection.id as string;
    const lijun = await t.userId('lijun');
    const chenjing = await t.userId('chenjing');

    const forGuard = await guard.get(`/api/handovers/receivers?officeId=${fx.officeId}`);
    expect(forGuard.status).toBe(200);
    expect(forGuard.body).toMatchObject({ relay: true, giverRole: 'staff' });
    const guardReceivers = (forGuard.body.items as { id: string; role: string }[]).map((i) => i.id);
    expect(guardReceivers).toContain(lijun);
    expect(guardReceivers).not.toContain(chenjing);
    expect((forGuard.body.items as { role: string }[]).every((i) => i.role === 'supervisor')).toBe(true);

    const direct = await guard.post('/api/handovers', { toUserId: chenjing, paymentIds: [paymentId] });
    expect(direct.status).toBe(422);
    expect(direct.body.code).toBe('handover.relay_broken');

    const toSupervisor = await guard.post('/api/handovers', { toUserId: lijun, paymentIds: [paymentId] });
    // offered and not yet confirmed, the cash is still the guard's, and the supervisor it is coming to sees it so
    const coming = (await supervisor.get('/api/cash-in-hand')).body as { holderName: string; payments: { paymentId: string }[] }[];
    expect(coming.find((h) => h.payments.some((p) => p.paymentId === paymentId))?.holderName).toBe('赵刚');
    expect(toSupervisor.status).toBe(201);
    expect((await supervisor.post(`/api/handovers/${toSupervisor.body.id}/confirm`)).status).toBe(200);

    const forSupervisor = await supervisor.get(`/api/handovers/receivers?officeId=${fx.officeId}`);
    expect(forSupervisor.body.giverRole).toBe('supervisor');
    expect((forSupervisor.body.items as { id: string; role: string }[]).map((i) => i.id)).toContain(chenjing);
    expect((forSupervisor.body.items as { role: string }[]).every((i) => i.role === 'cashier')).toBe(true);

    const toCashier = await supervisor.post('/api/handovers', { toUserId: chenjing, paymentIds: [paymentId] });
    expect(toCashier.status).toBe(201);
    expect((await cashier.post(`/api/handovers/${toCashier.body.id}/confirm`)).status).toBe(200);
    const holder = await t.runtime.deps.db
      .selectFrom('cash_holdings')
      .select('holder_id')
      .where('payment_id', '=', paymentId)
      .executeTakeFirstOrThrow();
    expect(holder.holder_id).toBe(chenjing);
  });
});

describe('waiving a charge', () => {
  it('needs parking.supervise and a reason; the supervisor is recorded as the approver', async () => {
    const s = await dueStay();
    expect((await supervisor.get(`/api/parking/collect/stays/${s.id}`)).body.abilities).toEqual({ collect: true, waive: true });
    const byGuard = await guard.post(`/api/parking/collect/stays/${s.id}/waive`, { reason: '熟人', version: 1 });
    expect(byGuard.status).toBe(403);
    const noReason = await supervisor.post(`/api/parking/collect/stays/${s.id}/waive`, { reason: '  ', version: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('parking_stay.waive_reason_required');
    expect(noReason.body.errors[0].field).toBe('reason');
    const waived = await supervisor.post(`/api/parking/collect/stays/${s.id}/waive`, { reason: '业主访客，服务中心确认', version: 1 });
    expect(waived.status).toBe(200);
    expect(waived.body).toMatchObject({ state: 'waived', waiveReason: '业主访客，服务中心确认', waivedByName: '李军', collection: null });
    const collectAfter = await collect(guard, s.id, { method: 'cash', amountFen: s.chargeFen, version: 2 });
    expect(collectAfter.status).toBe(409);
    const history = await supervisor.get(`/api/history/parking_stay/${s.id}`);
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).toContain('parking_stay.waive');
  });
});

describe('the daily parking report', () => {
  it('counts a day’s stays of a car park: charged, collected, waived with reason and approver, due, pass, free, unmatched, parked', async () => {
    const own = await parkingFixture(t, head);
    const now = t.clock.now();
    const at = (clock: string, daysAgo = 4) => localAt(own, now, daysAgo, clock);
    const stay = (s: Parameters<typeof insertStay>[2]) => insertStay(t, own, s);
    const a = await stay({ plate: '粤B20001', enteredAt: at('07:00'), exitedAt: at('09:30') }); // 3 h: 15 yuan
    const b = await stay({ plate: '粤B20002', enteredAt: at('10:00'), exitedAt: at('10:50') }); // 1 h: 5 yuan
    const c = await stay({ plate: '粤B20003', enteredAt: at('12:00'), exitedAt: at('13:10') }); // 2 h: 10 yuan
    await stay({ plate: '粤B20004', enteredAt: at('14:00'), exitedAt: at('14:10'), state: 'free' });
    await stay({ plate: '粤B20005', enteredAt: at('06:00', 5), exitedAt: at('18:00'), state: 'pass' });
    await stay({ plate: '粤B20006', enteredAt: null, exitedAt: at('19:00'), state: 'unmatched' });
    await stay({ plate: '粤B20007', enteredAt: at('20:00'), exitedAt: null, state: 'parked' });
    await stay({ plate: '粤B20008', enteredAt: at('08:00', 3), exitedAt: at('09:00', 3) }); // the next day: not counted
    expect((await collect(guard, a.id, { method: 'cash', amountFen: 1500, version: 1 })).status).toBe(200);
    expect((await supervisor.post(`/api/parking/collect/stays/${b.id}/waive`, { reason: '救护车送医', version: 1 })).status).toBe(200);

    const date = localDate(own, at('12:00'));
    const r = await head.get(`/api/parking/reports/daily?from=${date}&to=${date}&carParkId=${own.carParkId}`);
    expect(r.status).toBe(200);
    expect(r.body.rows).toHaveLength(1);
    expect(r.body.rows[0]).toMatchObject({
      date,
      stays: 6,
      chargedFen: 3000,
      chargedCount: 3,
      collectedFen: 1500,
      collectedCount: 1,
      waivedFen: 500,
      waivedCount: 1,
      dueFen: c.chargeFen,
      dueCount: 1,
      passCount: 1,
      freeCount: 1,
      noStandardCount: 0,
      unmatchedCount: 1,
      parkedAtClose: 1,
    });
    expect(r.body.rows[0].waived).toEqual([
      expect.objectContaining({ stayId: b.id, plate: '粤B20002', chargeFen: 500, reason: '救护车送医', approver: '李军' }),
    ]);
    // a range: one row per day, the latest first; the total adds them up
    const range = await head.get(
      `/api/parking/reports/daily?from=${localDate(own, at('12:00', 5))}&to=${localDate(own, at('12:00', 3))}&carParkId=${own.carParkId}`,
    );
    expect(range.body.rows.map((x: { date: string }) => x.date)).toEqual([
      localDate(own, at('12:00', 3)),
      date,
      localDate(own, at('12:00', 5)),
    ]);
    // the pass car inside at the close of the first day, the 20:00 car at the close of the next two
    expect(range.body.rows.map((x: { parkedAtClose: number }) => x.parkedAtClose)).toEqual([1, 1, 1]);
    expect(range.body.totals).toMatchObject({ stays: 7, chargedFen: 3500, collectedFen: 1500, waivedFen: 500, dueFen: 1500 });

    const file = await t.app.inject({
      method: 'GET',
      url: `/api/parking/reports/daily/export.xlsx?from=${date}&to=${date}&carParkId=${own.carParkId}`,
      headers: { cookie: `gj_session=${head.cookie}` },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');

    const backwards = await head.get(`/api/parking/reports/daily?from=${date}&to=2020-01-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('parking_report.range_invalid');
    const tooLong = await head.get('/api/parking/reports/daily?from=2026-01-01&to=2026-12-31');
    expect(tooLong.body.code).toBe('parking_report.range_too_long');
  });
});

function localDate(f: ParkingFixture, iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: f.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
}

describe('monitors of A2.4.1.2', () => {
  it('lists a charging car park with no gate record on a day of the last parkingGateCheckDays, not one with records', async () => {
    const own = await parkingFixture(t, head);
    const now = t.clock.now();
    for (const d of [1, 2, 4, 5, 6, 7])
      await insertStay(t, own, { plate: nextPlate(), enteredAt: localAt(own, now, d, '09:00'), exitedAt: localAt(own, now, d, '10:00') });
    const ctx = await systemContext(t);
    const office = await t.runtime.deps.db
      .selectFrom('org_nodes')
      .select(['id', 'path'])
      .where('id', '=', own.officeId)
      .executeTakeFirstOrThrow();
    const scope = { nodeId: office.id, path: office.path };
    const mine = async () =>
      (await gateSilentMonitor.list(ctx, scope, { limit: 1000, offset: 0 }))
        .filter((b) => b.entity.id === own.carParkId)
        .map((b) => b.what.values?.day);
    expect(await mine()).toEqual([localDate(own, localAt(own, now, 3, '12:00'))]);
    // an exit alone counts as a record of the day
    await insertStay(t, own, { plate: nextPlate(), enteredAt: null, exitedAt: localAt(own, now, 3, '11:00'), state: 'unmatched' });
    expect(await mine()).toEqual([]);
    expect(await gateSilentMonitor.count(ctx, scope)).toBe((await gateSilentMonitor.list(ctx, scope, { limit: 10_000, offset: 0 })).length);
    const compliance = await head.get('/api/compliance');
    expect(JSON.stringify(compliance.body)).toContain('parking.gate_silent');
  });

  it('lists a stay charged other than its standard gives, agreeing with stayCharge on this engine', async () => {
    const own = await parkingFixture(t, head);
    const now = t.clock.now();
    const right = await insertStay(t, own, {
      plate: nextPlate(),
      enteredAt: localAt(own, now, 1, '08:00'),
      exitedAt: localAt(own, now, 1, '10:30'),
    });
    const wrong = await insertStay(t, own, {
      plate: nextPlate(),
      enteredAt: localAt(own, now, 1, '08:00'),
      exitedAt: localAt(own, now, 1, '18:30'),
      chargeFen: 4500,
    });
    const ctx = await systemContext(t);
    const office = await t.runtime.deps.db
      .selectFrom('org_nodes')
      .select(['id', 'path'])
      .where('id', '=', own.officeId)
      .executeTakeFirstOrThrow();
    const scope = { nodeId: office.id, path: office.path };
    const listed = (await offStandardStays(ctx, scope)).map((s) => s.id);
    expect(listed).toContain(wrong.id);
    expect(listed).not.toContain(right.id);
    // every charged stay of the window: listed exactly when the rule gives another amount
    const stays = await t.runtime.deps.db
      .selectFrom('parking_stays')
      .select(['id', 'charge_fen', 'entered_at', 'exited_at', 'car_park_id'])
      .where('car_park_id', '=', own.carParkId)
      .execute();
    const byRule = stays
      .filter((s) => stayCharge(RATE, s.entered_at!, s.exited_at!, own.timeZone).chargeFen !== Number(s.charge_fen))
      .map((s) => s.id);
    expect(listed.filter((id) => stays.some((s) => s.id === id)).sort()).toEqual(byRule.sort());
    const breach = (await chargeOffStandardMonitor.list(ctx, scope, { limit: 1000, offset: 0 })).find((b) => b.entity.id === wrong.id);
    expect(breach?.what.values).toMatchObject({ charged: '¥45.00', expected: '¥30.00' });
    expect(await chargeOffStandardMonitor.count(ctx, scope)).toBe(listed.length);
  });
});

describe('who may see and do what', () => {
  it('answers 404 outside the caller’s nodes, 403 inside without the permission', async () => {
    const s = await dueStay();
    expect((await headB.get(`/api/parking/collect/stays/${s.id}`)).status).toBe(404);
    expect((await headB.post(`/api/parking/collect/stays/${s.id}`, { method: 'cash', amountFen: s.chargeFen, version: 1 })).status).toBe(
      404,
    );
    // the cleaner holds no parking permission: the gate refuses her before the stay is looked at
    expect((await cleaner.get(`/api/parking/collect/stays/${s.id}`)).status).toBe(403);
    expect((await cleaner.get('/api/parking/collect/stays')).status).toBe(403);
    expect((await cleaner.get('/api/parking/reports/daily?from=2026-01-01&to=2026-01-02')).status).toBe(403);
    // the office head supervises but does not collect at the gate
    expect((await head.post(`/api/parking/collect/stays/${s.id}`, { method: 'cash', amountFen: s.chargeFen, version: 1 })).status).toBe(
      403,
    );
    const due = await guard.get('/api/parking/collect/stays?pageSize=100');
    expect(due.status).toBe(200);
    expect((due.body.items as { id: string }[]).map((i) => i.id)).toContain(s.id);
    expect((await headB.get('/api/parking/collect/stays')).body.items.map((i: { id: string }) => i.id)).not.toContain(s.id);
  });
});
