import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/modules/history/history.export.js';
import { formatFen } from '../../src/platform/money.js';
import { localDateTime } from '../../src/platform/time.js';
import type { Agent } from '../support/harness.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

type Event = { action: string; after: Record<string, unknown> | null; names: Record<string, string> };

/** The names a record's history (the drawer's answer) gives the ids its events hold. */
async function historyNames(agent: Agent, entity: string, id: string): Promise<Record<string, string>> {
  const res = await agent.get(`/api/history/${entity}/${id}`);
  expect(res.status).toBe(200);
  return Object.assign({}, ...(res.body as Event[]).map((e) => e.names));
}

/**
 * The property side's records as their history names what they point to (X1): a clerk reading a vehicle's, a pass's, a
 * charge's or a hand-over's history sees the resident, the plate, the stay and the receipts, not 01a25120-….
 */
describe('what a property record’s history points to, by name', () => {
  it('names a unit’s estate and building, a vehicle’s holder, a pass’s car park, space, plate and standard', async () => {
    const db = t.runtime.deps.db;
    const head = await t.login('wangfang');
    const unit = await db
      .selectFrom('estate_units as u')
      .innerJoin('estates as e', 'e.id', 'u.estate_id')
      .innerJoin('estate_buildings as b', 'b.id', 'u.building_id')
      .select(['u.id', 'e.id as estateId', 'e.name as estate', 'b.id as buildingId', 'b.name as building'])
      .where('e.name', '=', '翠竹园')
      .executeTakeFirstOrThrow();
    const unitNames = await historyNames(head, 'estate_unit', unit.id);
    expect(unitNames[unit.estateId]).toBe('翠竹园');
    expect(unitNames[unit.buildingId]).toBe(unit.building);

    const vehicle = await db
      .selectFrom('vehicles as v')
      .innerJoin('estate_residents as r', 'r.id', 'v.holder_resident_id')
      .select(['v.id', 'v.holder_resident_id', 'r.name'])
      .executeTakeFirstOrThrow();
    expect((await historyNames(head, 'vehicle', vehicle.id))[vehicle.holder_resident_id!]).toBe(vehicle.name);

    const pass = await db
      .selectFrom('parking_passes as p')
      .innerJoin('vehicles as v', 'v.id', 'p.vehicle_id')
      .innerJoin('car_parks as c', 'c.id', 'p.car_park_id')
      .innerJoin('parking_standards as s', 's.id', 'p.standard_id')
      .leftJoin('parking_spaces as sp', 'sp.id', 'p.space_id')
      .select([
        'p.id',
        'p.vehicle_id',
        'v.plate',
        'p.car_park_id',
        'c.name',
        'p.space_id',
        'sp.number',
        'p.standard_id',
        's.effective_month',
      ])
      .where('p.space_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const passNames = await historyNames(head, 'parking_pass', pass.id);
    expect(passNames[pass.vehicle_id]).toBe(pass.plate);
    expect(passNames[pass.car_park_id]).toBe(pass.name);
    expect(passNames[pass.space_id!]).toBe(pass.number);
    expect(passNames[pass.standard_id]).toBe(`${pass.name} ${pass.effective_month}`);
  });

  it('names a parking charge’s stay by plate and local time, and a hand-over’s payments by receipt, payer and amount', async () => {
    const db = t.runtime.deps.db;
    const collection = await db
      .selectFrom('parking_collections as c')
      .innerJoin('parking_stays as s', 's.id', 'c.stay_id')
      .innerJoin('receipts as r', 'r.id', 'c.receipt_id')
      .select(['c.id', 'c.stay_id', 's.plate', 's.entered_at', 's.exited_at', 'c.receipt_id', 'r.number'])
      .executeTakeFirstOrThrow();
    const lijun = await t.login('lijun');
    const charge = await historyNames(lijun, 'parking_collection', collection.id);
    expect(charge[collection.stay_id]).toBe(
      `${collection.plate} ${localDateTime(collection.entered_at ?? collection.exited_at, 'Asia/Shanghai')}`,
    );
    expect(charge[collection.receipt_id!]).toBe(collection.number);

    const handover = await db
      .selectFrom('handovers')
      .select(['id', 'payment_ids_json'])
      .where('to_name', '=', '李军')
      .executeTakeFirstOrThrow();
    const ids = JSON.parse(handover.payment_ids_json) as string[];
    const receipts = await db
      .selectFrom('receipts')
      .select(['payment_id', 'number', 'payer', 'amount_fen'])
      .where('payment_id', 'in', ids)
      .execute();
    expect(receipts.length).toBe(ids.length);
    const names = await historyNames(lijun, 'handover', handover.id);
    for (const r of receipts) expect(names[r.payment_id!]).toBe(`${r.number} ${r.payer} ${formatFen(r.amount_fen)}`);
    expect(names[ids[0]!]).toMatch(/^TC-\d{7} \S+ ¥\d+\.\d\d$/);
  });

  it('names a receipt’s book by series and numbers, a book’s request by who asked and when, an adjustment’s bill by unit, item and month', async () => {
    const db = t.runtime.deps.db;
    const cashier = await t.login('chenjing');
    const receipt = await db
      .selectFrom('receipts as r')
      .innerJoin('receipt_books as b', 'b.id', 'r.book_id')
      .select(['r.id', 'r.book_id', 'b.series', 'b.first_no', 'b.last_no', 'r.payment_id', 'r.number', 'r.payer', 'r.amount_fen'])
      .where('r.number', '=', 'WY-0000001')
      .executeTakeFirstOrThrow();
    const names = await historyNames(cashier, 'receipt', receipt.id);
    expect(names[receipt.book_id]).toBe(`WY ${receipt.first_no}–${receipt.last_no}`);
    expect(names[receipt.payment_id!]).toBe(`WY-0000001 ${receipt.payer} ${formatFen(receipt.amount_fen)}`);

    const finance = await t.login('zhengkj');
    const book = await db
      .selectFrom('receipt_books as b')
      .innerJoin('book_requests as q', 'q.id', 'b.request_id')
      .select(['b.id', 'b.request_id', 'q.requested_by_name', 'q.created_at'])
      .executeTakeFirstOrThrow();
    expect((await historyNames(finance, 'book', book.id))[book.request_id!]).toBe(
      `${book.requested_by_name} ${localDateTime(book.created_at, 'Asia/Shanghai').slice(0, 10)}`,
    );

    const head = await t.login('wangfang');
    const adjustment = await db.selectFrom('fee_adjustments').select(['id', 'bill_id']).executeTakeFirstOrThrow();
    expect((await historyNames(head, 'fee_adjustment', adjustment.id))[adjustment.bill_id]).toMatch(
      /^翠竹园\d+栋\d+单元\d{4} 物业管理费 \d{4}-\d{2}$/,
    );
  });

  it('names a rectification’s inspection, finding and check, and calls the check a check (检查项), not a fee standard', async () => {
    const db = t.runtime.deps.db;
    const r = await db
      .selectFrom('cleaning_rectifications as r')
      .innerJoin('cleaning_standards as s', 's.id', 'r.standard_id')
      .innerJoin('cleaning_inspections as i', 'i.id', 'r.inspection_id')
      .select(['r.id', 'r.inspection_id', 'r.result_id', 'r.standard_id', 's.object', 's.criterion', 'i.period_start', 'i.period_end'])
      .executeTakeFirstOrThrow();
    const names = await historyNames(await t.login('liuyang'), 'cleaning_rectification', r.id);
    expect(names[r.standard_id]).toBe(`${r.object} · ${r.criterion}`);
    expect(names[r.inspection_id]).toContain(`翠竹园 ${r.period_start}`);
    expect(names[r.result_id]).toMatch(new RegExp(`^${r.object}`));
    expect(wordsOf('zh-CN', 'cleaning_rectification', 'Asia/Shanghai', () => undefined).field('standardId')).toBe('检查项');
    expect(wordsOf('en', 'cleaning_rectification', 'Asia/Shanghai', () => undefined).field('standardId')).toBe('Check');
  });

  it('says a resident’s role, a fee standard’s basis, a service item’s category and unit and a follow-up’s state in words', () => {
    const zh = (entity: string, field: string, value: string) =>
      wordsOf('zh-CN', entity, 'Asia/Shanghai', () => undefined).coded?.(field, value);
    expect(zh('estate_resident', 'role', 'renter')).toBe('租户');
    expect(zh('fee_standard', 'basis', 'per_area')).toBe('按建筑面积');
    expect(zh('item', 'category', 'housekeeping')).toBe('家政服务');
    expect(zh('item', 'unit', 'hour')).toBe('小时');
    expect(zh('cleaning_standard', 'thresholdUnit', 'mm')).toBe('毫米');
    const callback = wordsOf('zh-CN', 'callback', 'Asia/Shanghai', () => undefined);
    expect(callback.about?.('callback.follow_up_close').coded?.('state', 'closed')).toBe('已关闭');
    expect(callback.coded?.('state', 'done')).toBe('已回访');
  });
});
