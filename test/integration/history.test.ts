import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo, itemId } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const actions = async (agent: Agent, entity: string, id: string) => {
  const res = await agent.get(`/api/history/${entity}/${id}`);
  expect(res.status, `${entity} history`).toBe(200);
  return (res.body as { action: string }[]).map((e) => e.action);
};

/** The sheet of an exported history, as rows of cell text. */
async function exported(agent: Agent, path: string) {
  const res = await t.app.inject({ method: 'GET', url: path, headers: { cookie: `gj_session=${agent.cookie}` } });
  expect(res.statusCode, path).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return { name: sheet.name, rows };
}

describe('the history of money records (X1)', () => {
  it('shows hand-overs, remittances and book requests to those who see the record, and no one else', async () => {
    const cleaner = await t.login('sunxy');
    const supervisor = await t.login('liuyang');
    const cashier = await t.login('chenjing');
    const custodian = await t.login('zhengkj');
    const headA = await t.login('wangfang');
    const headB = await t.login('zhaolei');

    const o = await driveTo(t, 'paid');
    const offer = await cleaner.post('/api/handovers', { toUserId: await t.userId('liuyang'), paymentIds: [o.payment.id], withForm: true });
    await supervisor.post(`/api/handovers/${offer.body.id}/confirm`);
    expect(await actions(cleaner, 'handover', offer.body.id)).toEqual(['handover.offer', 'handover.confirm']);
    expect(await actions(supervisor, 'handover', offer.body.id)).toEqual(['handover.offer', 'handover.confirm']);
    expect(await actions(headA, 'handover', offer.body.id)).toEqual(['handover.offer', 'handover.confirm']);
    expect((await headB.get(`/api/history/handover/${offer.body.id}`)).status).toBe(404);

    const toCashier = await supervisor.post('/api/handovers', { toUserId: await t.userId('chenjing'), paymentIds: [o.payment.id] });
    await cashier.post(`/api/handovers/${toCashier.body.id}/confirm`);
    const remittance = await cashier.post('/api/remittances', {
      officeId: await t.org('office-a'),
      paymentIds: [o.payment.id],
      totalFen: o.totalFen,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
    });
    expect(remittance.status).toBe(201);
    await custodian.post(`/api/remittances/${remittance.body.id}/confirm`, { receivedFen: o.totalFen });
    expect(await actions(cashier, 'remittance', remittance.body.id)).toEqual(['remittance.create', 'remittance.confirm']);
    expect(await actions(custodian, 'remittance', remittance.body.id)).toEqual(['remittance.create', 'remittance.confirm']);
    expect((await headB.get(`/api/history/remittance/${remittance.body.id}`)).status).toBe(404);
    expect((await cleaner.get(`/api/history/remittance/${remittance.body.id}`)).status).toBe(404);

    const request = await headA.post('/api/book-requests', {
      orgId: await t.org('office-a'),
      cashierId: await t.userId('chenjing'),
      reason: '本月收费高峰',
    });
    await custodian.post(`/api/book-requests/${request.body.id}/decline`, { reason: '库存不足，下周再领' });
    expect(await actions(headA, 'book_request', request.body.id)).toEqual(['book.request', 'book.request_decline']);
    expect(await actions(custodian, 'book_request', request.body.id)).toEqual(['book.request', 'book.request_decline']);
    expect((await headB.get(`/api/history/book_request/${request.body.id}`)).status).toBe(404);
  });

  it('reads the catalogue’s items and the tenant itself, and only its own tenant', async () => {
    const admin = await t.login('admin');
    const item = await admin.post('/api/service-items', { code: 'glass-wash', name: '擦玻璃', category: 'housekeeping', unit: 'hour' });
    expect(item.status).toBe(201);
    expect(await actions(admin, 'item', item.body.id)).toEqual(['item.create']);
    const tenantId = (await t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
    expect(await actions(admin, 'tenant', tenantId)).toContain('tenant.create');
    expect((await admin.get('/api/history/tenant/0190a000-0000-7000-8000-000000000000')).status).toBe(404);
  });
});

describe('a record’s history exported to Excel (X1)', () => {
  it('lists every step with who, when, and each field before and after, in Chinese or English', async () => {
    const clerk = await t.login('liuyang');
    const o = await driveTo(t, 'assigned');
    const zh = await exported(clerk, `/api/history/order/${o.id}/export.xlsx`);
    expect(zh.name).toBe('历史记录');
    expect(zh.rows[0]).toEqual(['时间', '操作人', '操作', '项目', '修改前', '修改后']);
    const steps = [...new Set(zh.rows.slice(1).map((r) => r[2]))];
    expect(steps).toEqual(['受理工单', '报价', '业主确认', '派工']);
    const staffCount = zh.rows.find((r) => r[2] === '业主确认' && r[3] === '服务人数');
    expect(staffCount).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/), '刘洋', '业主确认', '服务人数', '', '1']);
    // states and coded values in words, as the drawer says them
    expect(zh.rows.find((r) => r[2] === '报价' && r[3] === '状态')?.slice(4)).toEqual(['已受理', '已报价']);
    expect(zh.rows.find((r) => r[2] === '受理工单' && r[3] === '受理方式')?.[5]).toBe('电话');
    const total = zh.rows.find((r) => r[2] === '报价' && r[3] === '合计');
    expect(total?.[5]).toBe('¥120.00');
    // whom the order went to, by name; the intake lists what was taken, not every field left empty
    expect(zh.rows.find((r) => r[2] === '派工' && r[3] === '办理内容')?.[5]).toBe('服务人员：孙秀英');
    const intake = zh.rows.filter((r) => r[2] === '受理工单').map((r) => r[3]);
    expect(intake).toContain('业主/住户');
    expect(intake).not.toContain('取消原因');

    const en = await exported(clerk, `/api/history/order/${o.id}/export.xlsx?lang=en`);
    // Excel reserves the sheet name History
    expect(en.name).toBe('Record history');
    expect(en.rows[0]![2]).toBe('Action');
    expect(en.rows.find((r) => r[3] === 'Status' && r[5] === 'Quoted')).toBeTruthy();
    expect((await (await t.login('zhaolei')).get(`/api/history/order/${o.id}/export.xlsx`)).status).toBe(404);
    expect((await clerk.get(`/api/history/nothing/${o.id}/export.xlsx`)).status).toBe(400);
  });
});

describe('the people and nodes a history names', () => {
  it('are named, not given by id, in the drawer’s data and in the Excel file', async () => {
    const db = t.runtime.deps.db;
    const minutes = await db
      .selectFrom('audit_events')
      .select(['entity_id'])
      .where('action', '=', 'meeting.record_minutes')
      .executeTakeFirstOrThrow();
    const head = await t.login('linzz');
    const events = (await head.get(`/api/history/meeting/${minutes.entity_id}`)).body as {
      action: string;
      after: { recorded_by: string };
      names: Record<string, string>;
    }[];
    const recorded = events.find((e) => e.action === 'meeting.record_minutes')!;
    const recorder = await db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', recorded.after.recorded_by)
      .executeTakeFirstOrThrow();
    expect(recorded.names[recorded.after.recorded_by]).toBe(recorder.display_name);
    const zh = await exported(head, `/api/history/meeting/${minutes.entity_id}/export.xlsx`);
    const row = zh.rows.find((r) => r[3] === '登记人');
    expect(row?.[5]).toBe(recorder.display_name);
    expect(zh.rows.flat().join(' ')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('names the records of other modules an order names by id: the price list it was quoted from, its unit', async () => {
    const db = t.runtime.deps.db;
    const office = await t.org('office-a');
    const unit = await db
      .selectFrom('estate_units as u')
      .innerJoin('estates as e', (j) => j.onRef('e.id', '=', 'u.estate_id'))
      .select('u.id')
      .where('e.office_id', '=', office)
      .executeTakeFirstOrThrow();
    const clerk = await t.login('liuyang');
    const taken = await clerk.post('/api/orders', {
      type: 'housekeeping',
      officeId: office,
      channel: 'phone',
      customerName: '李先生',
      unitId: unit.id,
      lines: [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 2 }],
    });
    expect(taken.status).toBe(201);
    const quoted = (await clerk.post(`/api/orders/${taken.body.id}/quote`, { version: taken.body.version })).body;
    const order = { id: quoted.id as string, price_list_id: quoted.priceListId as string | null, unit_id: quoted.unitId as string | null };
    const list = await db.selectFrom('price_lists').select('title').where('id', '=', order.price_list_id!).executeTakeFirstOrThrow();
    const events = (await (await t.login('wangfang')).get(`/api/history/order/${order.id}`)).body as { names: Record<string, string> }[];
    const names = Object.assign({}, ...events.map((e) => e.names)) as Record<string, string>;
    expect(names[order.price_list_id!]).toBe(list.title);
    // a unit by its address: the estate, building, entrance and room
    expect(names[order.unit_id!]).toMatch(/^翠竹园.+\d+$/);
  });
});
