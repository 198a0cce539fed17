import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installDevices, swapSim, swapTerminal } from '../../src/modules/gps/device.service.js';
import { inTransaction, type UseCase } from '../../src/platform/context.js';
import { DomainError } from '../../src/platform/http/errors.js';
import { actAs } from '../../src/seed/act-as.js';
import { systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
/** 钱伟, the GPS department's manager: keeps the register. */
let mgr: Agent;
/** 冯师傅, the department's technician: reads it. */
let tech: Agent;
let cleanerA: Agent;
let headB: Agent;
let hq: Agent;
let asManager: UseCase;
beforeAll(async () => {
  t = await startTestEnv();
  mgr = await t.login('qianwei');
  tech = await t.login('fengsf');
  cleanerA = await t.login('sunxy');
  headB = await t.login('zhaolei');
  hq = await t.login('liyw');
  asManager = await actAs(await systemContext(t), 'qianwei');
});
afterAll(() => t.close());

let n = 0;
const uniq = () => String(++n).padStart(4, '0');

async function product() {
  const res = await mgr.post('/api/gps/products', { modelCode: `T${uniq()}`, name: '测试终端', warrantyMonths: 18 });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; modelCode: string };
}
async function customer(name = `测试客户${uniq()}`) {
  const res = await mgr.post('/api/gps/customers', {
    kind: 'fleet',
    name,
    address: '深圳市测试路1号',
    contactName: '赵经理',
    phone: '0755-86000000',
    note: '',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; name: string; version: number };
}
async function vehicle(customerId: string, plate = `粤B${uniq()}Z`) {
  const res = await mgr.post('/api/gps/vehicles', {
    customerId,
    plate,
    model: '东风天龙',
    driverName: '测试司机',
    driverPhone: '13900001234',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; plate: string; version: number };
}
async function sim(number = `144099${uniq()}000`) {
  const res = await mgr.post('/api/gps/sims', { number, carrier: 'cmcc', note: '' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; number: string; version: number };
}
async function terminal(productId: string, extra: { vehicleId?: string; simId?: string; soldOn?: string } = {}) {
  const res = await mgr.post('/api/gps/terminals', {
    serial: `TEST-${uniq()}`,
    productId,
    vehicleId: extra.vehicleId ?? null,
    simId: extra.simId ?? null,
    soldOn: extra.soldOn ?? null,
    warrantyEnd: null,
    note: '',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; serial: string; version: number; state: string; warrantyEnd: string | null };
}
const events = async (kind: 'terminals' | 'sims', id: string) =>
  ((await mgr.get(`/api/gps/${kind}/${id}/history`)).body as { event: string; plate: string | null; orderNumber: string | null }[]).map(
    (e) => [e.event, e.plate, e.orderNumber],
  );

async function workbook(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}
const HEADERS = {
  客户: ['客户名称', '类型', '联系人', '联系电话', '地址', '备注'],
  车辆: ['车牌号', '客户名称', '车型', '司机', '司机电话'],
  终端: ['终端序列号', '产品型号', '车牌号', 'SIM卡号', '运营商', '销售日期', '保修截止'],
};

describe('the GPS register', () => {
  it('shows the demo register to the department and HQ, and refuses those without it', async () => {
    // four spares in stock; the demo's repair this morning took one as a replacement
    const terms = await mgr.get('/api/gps/terminals?pageSize=100');
    expect(terms.status).toBe(200);
    expect(terms.body.items.filter((x: { state: string }) => x.state === 'in_stock').length).toBeGreaterThanOrEqual(3);
    const shunda = (await tech.get(`/api/gps/customers?q=${encodeURIComponent('顺达物流')}`)).body.items[0];
    expect(shunda).toMatchObject({ name: '顺达物流有限公司', kind: 'fleet', vehicleCount: 4, abilities: { register: false } });
    expect((await hq.get('/api/gps/vehicles')).status).toBe(200);
    for (const url of ['/api/gps/customers', '/api/gps/vehicles', '/api/gps/terminals', '/api/gps/sims', '/api/gps/products'])
      expect((await cleanerA.get(url)).status, url).toBe(403);
    // the demo shows both sides of the warranty
    const old = (await mgr.get('/api/gps/terminals/by-serial?serial=862410040012301')).body;
    expect(old).toMatchObject({ soldOn: '2024-03-18', warrantyEnd: '2025-03-17', inWarranty: false, plate: '粤B3K721' });
    const fresh = (await mgr.get('/api/gps/terminals/by-serial?serial=vt310-2026-0015')).body;
    expect(fresh).toMatchObject({ warrantyEnd: '2028-02-08', inWarranty: true });
  });

  it('creates and edits records, names a taken key on its field (409) and keeps names free once deactivated', async () => {
    const c = await customer('同名测试客户');
    const again = await mgr.post('/api/gps/customers', {
      kind: 'individual',
      name: '同名测试客户',
      address: '',
      contactName: '',
      phone: '13900000000',
      note: '',
    });
    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toMatchObject({ field: 'name', code: 'gps.customer_name_taken' });
    const off = await mgr.put(`/api/gps/customers/${c.id}`, {
      kind: 'fleet',
      name: c.name,
      address: '',
      contactName: '',
      phone: '0755-86000000',
      note: '',
      active: false,
      version: c.version,
    });
    expect(off.status).toBe(200);
    expect((await customer('同名测试客户')).name).toBe('同名测试客户');

    const v = await vehicle((await customer()).id, '粤B 7x123');
    expect(v.plate).toBe('粤B7X123');
    const dup = await mgr.post('/api/gps/vehicles', {
      customerId: (await customer()).id,
      plate: '粤B7X123',
      model: '',
      driverName: '',
      driverPhone: '',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0]).toMatchObject({ field: 'plate', code: 'gps.plate_taken' });
    expect((await mgr.get('/api/gps/vehicles/by-plate?plate=粤b7x123')).body.id).toBe(v.id);

    const p = await product();
    const dupModel = await mgr.post('/api/gps/products', { modelCode: p.modelCode.toLowerCase(), name: 'x' });
    expect(dupModel.status).toBe(409);
    expect(dupModel.body.errors[0].field).toBe('modelCode');
    const term = await terminal(p.id, { soldOn: '2026-01-15' });
    expect(term).toMatchObject({ state: 'in_stock', warrantyEnd: '2027-07-14' });
    const dupSerial = await mgr.post('/api/gps/terminals', {
      serial: term.serial.toLowerCase(),
      productId: p.id,
      vehicleId: null,
      simId: null,
      soldOn: null,
      warrantyEnd: null,
      note: '',
    });
    expect(dupSerial.status).toBe(409);
    expect(dupSerial.body.errors[0].field).toBe('serial');
    const s = await sim();
    const dupSim = await mgr.post('/api/gps/sims', { number: s.number, carrier: 'cucc', note: '' });
    expect(dupSim.status).toBe(409);
    expect(dupSim.body.errors[0].field).toBe('number');
    const badSim = await mgr.post('/api/gps/sims', { number: '12ab', carrier: 'cucc', note: '' });
    expect(badSim.body.errors[0]).toMatchObject({ field: 'number', code: 'gps.sim_number_invalid' });

    // the technician reads but may not change; fitting from the form writes both histories
    const put = {
      serial: term.serial,
      productId: p.id,
      vehicleId: v.id,
      simId: s.id,
      soldOn: '2026-01-15',
      warrantyEnd: '2027-12-31',
      note: '',
      version: term.version,
    };
    expect((await tech.put(`/api/gps/terminals/${term.id}`, put)).status).toBe(403);
    const fitted = await mgr.put(`/api/gps/terminals/${term.id}`, put);
    expect(fitted.status, JSON.stringify(fitted.body)).toBe(200);
    expect(fitted.body).toMatchObject({ state: 'installed', plate: '粤B7X123', simNumber: s.number, warrantyEnd: '2027-12-31' });
    expect(await events('terminals', term.id)).toEqual([
      ['registered', null, null],
      ['installed', '粤B7X123', null],
    ]);
    expect(await events('sims', s.id)).toEqual([
      ['registered', null, null],
      ['sim_fitted', '粤B7X123', null],
    ]);
    const vOff = await mgr.put(`/api/gps/vehicles/${v.id}`, {
      customerId: (await mgr.get(`/api/gps/vehicles/${v.id}`)).body.customerId,
      plate: v.plate,
      model: '',
      driverName: '',
      driverPhone: '',
      active: false,
      version: v.version,
    });
    expect(vOff.body.errors[0]).toMatchObject({ field: 'active', code: 'gps.vehicle_has_terminal' });
  });

  it('answers 403 to callers holding no GPS permission (the gate), and 403 inside without the permission', async () => {
    const c = await customer();
    const term = await terminal((await product()).id);
    for (const url of [`/api/gps/customers/${c.id}`, `/api/gps/terminals/${term.id}`, `/api/gps/terminals/${term.id}/history`]) {
      expect((await cleanerA.get(url)).status, url).toBe(403);
      expect((await headB.get(url)).status, url).toBe(403);
      expect((await tech.get(url)).status, url).toBe(200);
    }
    expect(
      (
        await headB.put(`/api/gps/customers/${c.id}`, {
          kind: 'fleet',
          name: c.name,
          address: '',
          contactName: '',
          phone: '13900000000',
          note: '',
          active: true,
          version: c.version,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await tech.put(`/api/gps/customers/${c.id}`, {
          kind: 'fleet',
          name: c.name,
          address: '',
          contactName: '',
          phone: '13900000000',
          note: '',
          active: true,
          version: c.version,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await tech.post('/api/gps/customers', {
          kind: 'fleet',
          name: '技术员客户',
          address: '',
          contactName: '',
          phone: '13900000000',
          note: '',
        })
      ).status,
    ).toBe(403);
  });

  it('imports all or nothing, names every bad cell, and updates instead of duplicating on a re-import', async () => {
    const file = await workbook({
      客户: [
        HEADERS.客户,
        ['导入物流公司', '车队', '孙经理', '0755-86112233', '深圳市导入路1号', ''],
        ['导入个人', '个人', '', '13911112222', '', ''],
      ],
      车辆: [HEADERS.车辆, ['粤B6D001', '导入物流公司', '欧曼', '钱司机', '13922223333'], ['粤B6D002', '导入个人', '', '', '']],
      终端: [
        HEADERS.终端,
        ['IMP-0001', 'GT06', '粤B6D001', '1440777000001', '移动', '2026-03-01', ''],
        ['IMP-0002', 'VT310', '', '', '', '', ''],
      ],
    });
    const bad = await workbook({
      客户: [HEADERS.客户, ['坏客户', '外星', '', '123', '', '']],
      车辆: [HEADERS.车辆, ['粤B6D009', '不存在的客户', '', '', '']],
      终端: [HEADERS.终端, ['IMP-0009', 'NOPE', '粤B6D010', '1440777000009', '', '2026-02-30', '']],
    });
    const refused = await mgr.post('/api/gps/import', { file: bad });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('gps_import.rows_invalid');
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      [
        'customers.2.kind',
        'customers.2.phone',
        'terminals.2.carrier',
        'terminals.2.model',
        'terminals.2.plate',
        'terminals.2.soldOn',
        'vehicles.2.customer',
      ].sort(),
    );
    expect((await mgr.get(`/api/gps/customers?q=${encodeURIComponent('坏客户')}`)).body.total).toBe(0);
    expect((await tech.post('/api/gps/import', { file })).status).toBe(403);

    const first = await mgr.post('/api/gps/import', { file });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toEqual({
      customers: { added: 2, updated: 0 },
      vehicles: { added: 2, updated: 0 },
      terminals: { added: 2, updated: 0 },
      sims: { added: 1 },
    });
    const installed = (await mgr.get('/api/gps/terminals/by-serial?serial=IMP-0001')).body;
    expect(installed).toMatchObject({ state: 'installed', plate: '粤B6D001', simNumber: '1440777000001', warrantyEnd: '2027-02-28' });
    const second = await mgr.post('/api/gps/import', { file });
    expect(second.body).toEqual({
      customers: { added: 0, updated: 0 },
      vehicles: { added: 0, updated: 0 },
      terminals: { added: 0, updated: 0 },
      sims: { added: 0 },
    });
    expect((await mgr.get(`/api/gps/customers?q=${encodeURIComponent('导入物流公司')}`)).body.total).toBe(1);
    expect((await events('terminals', installed.id)).map((e) => e[0])).toEqual(['registered', 'installed']);
    expect((await mgr.get('/api/gps/import-template.xlsx')).status).toBe(200);
  });

  it('exports every list as a workbook', async () => {
    for (const list of ['customers', 'vehicles', 'products', 'terminals', 'sims']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/gps/${list}/export.xlsx?lang=en`,
        headers: { cookie: `gj_session=${mgr.cookie}` },
      });
      expect(res.statusCode, list).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(book.worksheets[0]!.actualRowCount, list).toBeGreaterThan(1);
    }
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/gps/terminals/export.xlsx',
      headers: { cookie: `gj_session=${cleanerA.cookie}` },
    });
    expect(res.statusCode).toBe(403);
  });

  it('installs, swaps a terminal and swaps a SIM card for an order, writing both histories, and refuses a terminal not in stock', async () => {
    const p = await product();
    const v = await vehicle((await customer()).id);
    const t1 = await terminal(p.id);
    const t2 = await terminal(p.id);
    const s1 = await sim();
    const s2 = await sim();
    const order = { id: '01900000-0000-7000-8000-000000000001', number: 'AZ-20261204-0001' };
    await inTransaction(asManager, (tx) => installDevices(tx, { vehicleId: v.id, terminalSerial: t1.serial, simNumber: s1.number, order }));
    expect((await mgr.get(`/api/gps/terminals/${t1.id}`)).body).toMatchObject({ state: 'installed', simNumber: s1.number, plate: v.plate });

    const refusal = await inTransaction(asManager, (tx) =>
      installDevices(
        tx,
        { vehicleId: v.id, terminalSerial: t1.serial, simNumber: s2.number, order },
        { terminalSerial: 'details.terminal' },
      ),
    ).catch((e) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.code).toBe('gps.terminal_not_in_stock');
    expect(refusal.errors[0].field).toBe('details.terminal');
    const missing = await inTransaction(asManager, (tx) =>
      installDevices(tx, { vehicleId: v.id, terminalSerial: 'NOPE-0000', simNumber: s2.number, order }),
    ).catch((e) => e);
    expect(missing.code).toBe('gps.terminal_not_found');
    // nothing half-written: the refused call left the second card in stock
    expect((await mgr.get(`/api/gps/sims/${s2.id}`)).body.state).toBe('in_stock');

    const repair = { id: '01900000-0000-7000-8000-000000000002', number: 'WX-20261204-0002' };
    await inTransaction(asManager, (tx) =>
      swapTerminal(tx, { vehicleId: v.id, oldSerial: t1.serial, newSerial: t2.serial, fault: '不定位', order: repair }),
    );
    expect((await mgr.get(`/api/gps/terminals/${t1.id}`)).body).toMatchObject({ state: 'in_repair', plate: null, simNumber: null });
    expect((await mgr.get(`/api/gps/terminals/${t2.id}`)).body).toMatchObject({ state: 'installed', plate: v.plate, simNumber: s1.number });
    expect(await events('terminals', t1.id)).toEqual([
      ['registered', null, null],
      ['installed', v.plate, order.number],
      ['sent_for_repair', v.plate, repair.number],
      ['removed', v.plate, repair.number],
    ]);
    expect(await events('terminals', t2.id)).toEqual([
      ['registered', null, null],
      ['replaced', v.plate, repair.number],
    ]);

    const simOrder = { id: '01900000-0000-7000-8000-000000000003', number: 'WX-20261204-0003' };
    await inTransaction(asManager, (tx) =>
      swapSim(tx, { terminalSerial: t2.serial, oldNumber: s1.number, newNumber: s2.number, order: simOrder }),
    );
    expect((await mgr.get(`/api/gps/sims/${s1.id}`)).body).toMatchObject({ state: 'suspended', terminalId: null });
    expect(await events('sims', s1.id)).toEqual([
      ['registered', null, null],
      ['sim_fitted', v.plate, order.number],
      ['sim_fitted', v.plate, repair.number],
      ['sim_removed', v.plate, simOrder.number],
    ]);
    expect(await events('sims', s2.id)).toEqual([
      ['registered', null, null],
      ['sim_fitted', v.plate, simOrder.number],
    ]);
    const used = await inTransaction(asManager, (tx) =>
      swapSim(tx, { terminalSerial: t2.serial, oldNumber: s2.number, newNumber: s1.number, order: simOrder }),
    ).catch((e) => e);
    expect(used.code).toBe('gps.sim_not_in_stock');

    // back from repair, then scrapped; the technician may do neither
    const t1now = (await mgr.get(`/api/gps/terminals/${t1.id}`)).body;
    expect((await tech.post(`/api/gps/terminals/${t1.id}/settle`, { outcome: 'repaired', note: '', version: t1now.version })).status).toBe(
      403,
    );
    const back = await mgr.post(`/api/gps/terminals/${t1.id}/settle`, { outcome: 'repaired', note: '更换主板', version: t1now.version });
    expect(back.body.state).toBe('in_stock');
    const again = await mgr.post(`/api/gps/terminals/${t1.id}/settle`, { outcome: 'repaired', note: '', version: back.body.version });
    expect(again.body.code).toBe('gps.terminal_not_in_repair');
    const scrap = await mgr.post(`/api/gps/terminals/${t1.id}/settle`, { outcome: 'scrapped', note: '进水', version: back.body.version });
    expect(scrap.body.state).toBe('scrapped');
    expect((await events('terminals', t1.id)).slice(-2).map((e) => e[0])).toEqual(['repaired', 'scrapped']);
  });

  it('reads every register record for the history drawer', async () => {
    const c = await customer();
    for (const [entity, id] of [
      ['gps_customer', c.id],
      ['gps_terminal', (await terminal((await product()).id)).id],
    ] as const) {
      const res = await mgr.get(`/api/history/${entity}/${id}`);
      expect(res.status, entity).toBe(200);
    }
  });
});
