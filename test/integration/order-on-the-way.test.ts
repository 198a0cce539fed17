import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeAgreement } from '../support/agreements.js';
import { GPS_CHECKLIST, gpsFixture } from '../support/gps-orders.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
let clerk: Agent;
let cleaner: Agent;
beforeAll(async () => {
  t = await startTestEnv();
  clerk = await t.login('liuyang');
  cleaner = await t.login('sunxy');
}, 120_000);
afterAll(() => t.close());

/** The order as its page reads it and as the office's list and the cleaner's task list read it. */
const seen = async (id: string) => {
  const row = async (as: Agent, query: string) =>
    ((await as.get(`/api/orders?${query}&pageSize=100`)).body.items as { id: string; fieldStep: string | null }[]).find((o) => o.id === id)
      ?.fieldStep;
  return {
    page: (await clerk.get(`/api/orders/${id}`)).body.fieldStep,
    list: await row(clerk, 'state=assigned'),
    tasks: await row(cleaner, 'mine=true'),
  };
};

describe('an order whose staff have set off says so (A7.4.4: assigned, on the way, started, finished)', () => {
  it('reads on the way after 出发 and arrived after 到达 on the order, in the list and on the phone, while its state stays assigned', async () => {
    let o = await driveTo(t, 'assigned');
    expect(await seen(o.id)).toEqual({ page: null, list: null, tasks: null });
    const step = async (command: string) => {
      const res = await cleaner.post(`/api/orders/${o.id}/${command}`, { version: o.version });
      expect(res.status).toBe(200);
      o = res.body;
    };
    await step('depart');
    expect(o).toMatchObject({ state: 'assigned', fieldStep: 'on_the_way' });
    expect(await seen(o.id)).toEqual({ page: 'on_the_way', list: 'on_the_way', tasks: 'on_the_way' });
    t.clock.advance(20 * 60_000);
    await step('arrive');
    expect(await seen(o.id)).toEqual({ page: 'arrived', list: 'arrived', tasks: 'arrived' });
    await step('start');
    expect(o).toMatchObject({ state: 'in_progress', fieldStep: null });
  });
});

/** The first sheet's rows of an Excel answer, as text. */
async function sheetRows(res: { statusCode: number; rawPayload: Buffer }): Promise<string[][]> {
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map(String)));
  return rows;
}

describe('wherever else the order is shown, its staff on the way read as on its page (A7.4.4)', () => {
  const exported = async (as: Agent, query: string) => {
    const cookie = `gj_session=${as.cookie}`;
    return sheetRows(await t.app.inject({ method: 'GET', url: `/api/orders/export.xlsx?${query}`, headers: { cookie } }));
  };

  it('in the orders Excel file, in both languages, as the list words it', async () => {
    let o = await driveTo(t, 'assigned');
    o = (await cleaner.post(`/api/orders/${o.id}/depart`, { version: o.version })).body;
    const row = (rows: string[][]) => rows.find((r) => r[0] === o.number);
    expect(row(await exported(clerk, 'state=assigned'))?.[2]).toBe('已出发');
    expect(row(await exported(clerk, 'state=assigned&lang=en'))?.[2]).toBe('On the way');
    await cleaner.post(`/api/orders/${o.id}/arrive`, { version: o.version });
    expect(row(await exported(clerk, 'state=assigned'))?.[2]).toBe('已到达');
  });

  it('on an agreement’s planned visit', async () => {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(t.clock.now());
    const later = new Date(Date.parse(today) + 180 * 86_400_000).toISOString().slice(0, 10);
    const a = await activeAgreement(t, clerk, { startDate: today, endDate: later });
    const visit = a.visits[0] as { orderId: string };
    let o = (await clerk.get(`/api/orders/${visit.orderId}`)).body;
    o = (await clerk.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [await t.userId('sunxy')] })).body;
    const shown = async () =>
      ((await clerk.get(`/api/agreements/${a.id}`)).body.visits as { orderId: string; orderFieldStep: string | null }[]).find(
        (v) => v.orderId === o.id,
      )?.orderFieldStep;
    expect(await shown()).toBeNull();
    o = (await cleaner.post(`/api/orders/${o.id}/depart`, { version: o.version })).body;
    expect(await shown()).toBe('on_the_way');
    await cleaner.post(`/api/orders/${o.id}/arrive`, { version: o.version });
    expect(await shown()).toBe('arrived');
  });

  it('on a GPS installation request’s vehicles, and the installation order named in the Excel file', async () => {
    const f = await gpsFixture(t, { vehicles: 1, fitted: false });
    const request = (
      await f.manager.post('/api/gps/install-requests', {
        officeId: f.officeId,
        customerId: f.customerId,
        contactName: '刘经理',
        phone: '13800138000',
        address: '深圳市宝安区福永物流园',
        requirements: '',
        vehicleIds: f.vehicles.map((v) => v.id),
      })
    ).body;
    const sent = await f.manager.post(`/api/gps/install-requests/${request.id}/visits`, {
      version: request.version,
      vehicleIds: f.vehicles.map((v) => v.id),
      appointmentStart: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const tech = await t.login('fengsf');
    let o = (await f.manager.get(`/api/orders/${sent.body.vehicles[0].orderId}`)).body;
    o = (await f.manager.post(`/api/orders/${o.id}/approve`, { version: o.version })).body;
    o = (await f.manager.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [await t.userId('fengsf')] })).body;
    const shown = async () => (await f.manager.get(`/api/gps/install-requests/${request.id}`)).body.vehicles[0].orderFieldStep;
    expect(await shown()).toBeNull();
    const departed = await tech.post(`/api/orders/${o.id}/depart`, { version: o.version, details: GPS_CHECKLIST });
    expect(departed.status, JSON.stringify(departed.body)).toBe(200);
    expect(await shown()).toBe('on_the_way');
    const row = (await exported(f.manager, 'state=assigned&lang=en')).find((r) => r[0] === o.number);
    expect(row?.slice(1, 3)).toEqual(['GPS installation', 'On the way']);
  });
});
