import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callInRepair, GPS_CHECKLIST, gpsFixture } from '../support/gps-orders.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { SIGNATURE_PNG } from '../support/orders.js';

/** A sale a month ago: under any warranty the register gives. */
const LAST_MONTH = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const fields = (res: { body: { errors?: { field: string; code: string }[] } }) => res.body.errors?.map((e) => [e.field, e.code]);

/** Moves a dispatched GPS order through approval, assignment to fengsf, departure and start. */
async function startWork(id: string) {
  const manager = await t.login('qianwei');
  const tech = await t.login('fengsf');
  let o = (await manager.get(`/api/orders/${id}`)).body;
  o = (await manager.post(`/api/orders/${id}/approve`, { version: o.version })).body;
  o = (await manager.post(`/api/orders/${id}/assign`, { version: o.version, staff: [await t.userId('fengsf')] })).body;
  o = (await tech.post(`/api/orders/${id}/depart`, { version: o.version, details: GPS_CHECKLIST })).body;
  o = (await tech.post(`/api/orders/${id}/start`, { version: o.version })).body;
  expect(o.state).toBe('in_progress');
  return o as { id: string; number: string; version: number };
}

describe('a repair is taken under the warranty the register gives it (A4.2)', () => {
  it('refuses a warranty the terminal does not have, and one it has not claimed', async () => {
    const old = await gpsFixture(t, { soldOn: '2024-03-18' });
    const fresh = await gpsFixture(t, { soldOn: LAST_MONTH });
    const manager = old.manager;
    // a call about the old customer's first vehicle, answered as it comes (callInRepair expects it taken)
    const call = (details: Record<string, unknown>) =>
      manager.post('/api/orders', {
        type: 'gps_repair',
        officeId: old.officeId,
        channel: 'phone',
        customerName: old.customerName,
        customerPhone: '13800138000',
        address: '福永物流园',
        lines: [],
        details: { plate: old.vehicles[0]!.plate, productModel: 'GT06', fault: '不定位', ...details },
      });
    const wrong = await call({ terminalSerial: old.vehicles[0]!.terminal!, warranty: true });
    expect(wrong.status).toBe(422);
    expect(fields(wrong)).toEqual([['details.warranty', 'gps.warranty_mismatch']]);
    expect((await callInRepair(t, manager, { terminalSerial: old.vehicles[0]!.terminal!, warranty: false })).number).toMatch(/^GW-/);
    await expect(callInRepair(t, manager, { terminalSerial: fresh.vehicles[0]!.terminal! })).rejects.toThrow(/gps.warranty_mismatch/);
    await callInRepair(t, manager, { terminalSerial: fresh.vehicles[0]!.terminal!, warranty: true });
    // a warranty claimed without the terminal's number cannot be checked against the register
    const unproven = await call({ warranty: true });
    expect(unproven.status).toBe(422);
    expect(fields(unproven)).toEqual([['details.terminalSerial', 'gps.warranty_unproven']]);
    await expect(callInRepair(t, manager, { terminalSerial: 'NOSUCH0001' })).rejects.toThrow(/gps.terminal_not_found/);
  });
});

describe('a terminal and a SIM card swapped on a repair (A4.4.5–6)', () => {
  it('takes the old terminal of an order that names none only from the order’s vehicle', async () => {
    const f = await gpsFixture(t, { soldOn: '2024-03-18', spares: 1, vehicles: 2 });
    const [mine, theirs] = [f.vehicles[0]!, f.vehicles[1]!];
    const o = await startWork((await callInRepair(t, f.manager, { plate: mine.plate })).id);
    const tech = await t.login('fengsf');
    const res = await tech.post(`/api/orders/${o.id}/finish`, {
      version: o.version,
      details: { cause: '主机进水', terminalSwapped: true, oldTerminal: theirs.terminal!, newTerminal: f.spareTerminals[0]! },
    });
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual([['details.oldTerminal', 'gps.terminal_not_on_vehicle']]);
    const still = (await f.manager.get(`/api/gps/terminals/by-serial?serial=${encodeURIComponent(theirs.terminal!)}`)).body;
    expect(still).toMatchObject({ state: 'installed', plate: theirs.plate });
  });

  it('moves both devices at finish, each history naming the vehicle and the order; a device not in stock refuses the finish', async () => {
    const f = await gpsFixture(t, { soldOn: '2024-03-18', spares: 2, vehicles: 2 });
    const v = f.vehicles[0]!;
    const taken = await callInRepair(t, f.manager, { plate: v.plate, terminalSerial: v.terminal!, warranty: false });
    let o = await startWork(taken.id);
    const tech = await t.login('fengsf');
    const finish = (details: Record<string, unknown>) =>
      tech.post(`/api/orders/${o.id}/finish`, { version: o.version, details: { cause: '主机进水，更换终端和SIM卡', ...details } });
    // the old terminal as the new one: not in stock (it is on the vehicle)
    const refused = await finish({ terminalSwapped: true, oldTerminal: v.terminal!, newTerminal: f.vehicles[0]!.terminal! });
    expect(refused.status).toBe(422);
    expect(fields(refused)).toEqual([['details.newTerminal', 'order.swap_same_number']]);
    const inUse = await finish({ terminalSwapped: true, oldTerminal: v.terminal!, newTerminal: 'NOSUCH0002' });
    expect(inUse.status).toBe(422);
    expect(fields(inUse)).toEqual([['details.newTerminal', 'gps.terminal_not_found']]);
    // the old SIM number written must be the card in the terminal: a card from stock is not
    const strangeSim = await finish({ simSwapped: true, oldSim: f.spareSims[1]!, newSim: f.spareSims[0]! });
    expect(strangeSim.status).toBe(422);
    expect(fields(strangeSim)).toEqual([['details.oldSim', 'gps.sim_not_in_terminal']]);
    // another vehicle's terminal written as the old one: refused, and that vehicle keeps its terminal
    const other = f.vehicles[1]!;
    const strangeTerminal = await finish({ terminalSwapped: true, oldTerminal: other.terminal!, newTerminal: f.spareTerminals[0]! });
    expect(strangeTerminal.status).toBe(422);
    expect(fields(strangeTerminal)).toEqual([['details.oldTerminal', 'gps.old_terminal_not_order']]);
    expect((await tech.get(`/api/orders/${o.id}`)).body.state).toBe('in_progress');
    const done = await finish({
      terminalSwapped: true,
      oldTerminal: v.terminal!,
      newTerminal: f.spareTerminals[0]!,
      simSwapped: true,
      oldSim: v.sim!,
      newSim: f.spareSims[0]!,
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    o = done.body;
    const terminal = async (serial: string) =>
      (await f.manager.get(`/api/gps/terminals/by-serial?serial=${encodeURIComponent(serial)}`)).body as {
        id: string;
        state: string;
        plate: string | null;
        simNumber: string | null;
      };
    const oldT = await terminal(v.terminal!);
    const newT = await terminal(f.spareTerminals[0]!);
    expect(oldT).toMatchObject({ state: 'in_repair', plate: null });
    expect(newT).toMatchObject({ state: 'installed', plate: v.plate, simNumber: f.spareSims[0] });
    const history = async (kind: 'terminals' | 'sims', id: string) =>
      (
        (await f.manager.get(`/api/gps/${kind}/${id}/history`)).body as {
          event: string;
          orderNumber: string | null;
          plate: string | null;
        }[]
      ).filter((e) => e.orderNumber === o.number);
    expect((await history('terminals', oldT.id)).map((e) => e.event)).toEqual(['sent_for_repair', 'removed']);
    expect((await history('terminals', newT.id)).map((e) => [e.event, e.plate])).toEqual(expect.arrayContaining([['replaced', v.plate]]));
    const sims = (await f.manager.get(`/api/gps/sims?q=${v.sim}`)).body.items as { id: string; number: string; state: string }[];
    const oldSim = sims.find((s) => s.number === v.sim)!;
    expect(oldSim.state).toBe('suspended');
    expect((await history('sims', oldSim.id)).map((e) => e.event)).toEqual(expect.arrayContaining(['sim_removed']));
  });
});

describe('an installation request and its visit (A4.4.1)', () => {
  it('lists the vehicles, sends a free visit, records the devices fitted to each and finishes only when all are', async () => {
    const f = await gpsFixture(t, { vehicles: 2, fitted: false, spares: 2 });
    const created = await f.manager.post('/api/gps/install-requests', {
      officeId: f.officeId,
      customerId: f.customerId,
      contactName: '刘经理',
      phone: '13800138000',
      address: '深圳市宝安区福永物流园',
      requirements: '装于仪表台下方，隐蔽走线',
      vehicleIds: f.vehicles.map((v) => v.id),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const request = created.body;
    expect(request.number).toMatch(/^AX-\d{8}-\d{4}$/);
    expect(request.vehicles.map((v: { plate: string }) => v.plate)).toEqual(f.vehicles.map((v) => v.plate));
    const sent = await f.manager.post(`/api/gps/install-requests/${request.id}/visits`, {
      version: request.version,
      vehicleIds: f.vehicles.map((v) => v.id),
      appointmentStart: '2026-12-08T01:30:00.000Z',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const visitId = sent.body.vehicles[0].orderId as string;
    const visit = (await f.manager.get(`/api/orders/${visitId}`)).body;
    expect(visit).toMatchObject({ type: 'gps_install', state: 'confirmed', details: { request: request.number }, totalFen: 0 });
    expect(
      (
        await f.manager.post(`/api/gps/install-requests/${request.id}/visits`, {
          version: sent.body.version,
          vehicleIds: [f.vehicles[0]!.id],
          appointmentStart: '2026-12-09T01:30:00.000Z',
        })
      ).body.code,
    ).toBe('gps.vehicle_dispatched');
    // the visit's page offers 安装 once the work is on, to the technician on it
    const beforeStart = (await f.manager.get(`/api/gps/install-visits/${visitId}`)).body;
    expect(beforeStart).toMatchObject({ requestNumber: request.number, abilities: { fit: false } });
    expect(beforeStart.vehicles).toHaveLength(2);
    const o = await startWork(visitId);
    const tech = await t.login('fengsf');
    expect((await tech.get(`/api/gps/install-visits/${visitId}`)).body.abilities).toEqual({ fit: true });
    const unfitted = await tech.post(`/api/orders/${o.id}/finish`, { version: o.version, details: { workDone: '两车已安装' } });
    expect(unfitted.status).toBe(422);
    expect(unfitted.body.code).toBe('gps.visit_not_fitted');
    for (const [i, v] of f.vehicles.entries()) {
      const fit = await tech.post(`/api/gps/install-requests/${request.id}/vehicles/${v.id}/fit`, {
        terminalSerial: f.spareTerminals[i]!,
        simNumber: f.spareSims[i]!,
      });
      expect(fit.status, JSON.stringify(fit.body)).toBe(200);
    }
    const twice = await tech.post(`/api/gps/install-requests/${request.id}/vehicles/${f.vehicles[0]!.id}/fit`, {
      terminalSerial: f.spareTerminals[1]!,
      simNumber: f.spareSims[1]!,
    });
    expect(twice.status).toBe(409);
    let done = await tech.post(`/api/orders/${o.id}/finish`, { version: o.version, details: { workDone: '两车已安装，调试定位正常' } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    done = await tech.post(`/api/orders/${o.id}/accept`, { version: done.body.version, signerName: '刘经理', signature: SIGNATURE_PNG });
    expect(done.body).toMatchObject({ state: 'accepted', totalFen: 0 });
    const closed = await f.manager.post(`/api/orders/${o.id}/close`, { version: done.body.version });
    expect(closed.body.state).toBe('closed');
    const form = { text: (await f.manager.get(`/api/orders/${o.id}/print`)).body as string };
    expect(form.text).toContain('安装任务派工单');
    expect(form.text).toContain('安装车辆明细');
    for (const [i, v] of f.vehicles.entries()) {
      expect(form.text).toContain(v.plate);
      expect(form.text).toContain(f.spareTerminals[i]!);
    }
    expect(form.text).toContain('免费上门设计、安装');
    const terminal = (await f.manager.get(`/api/gps/terminals/by-serial?serial=${f.spareTerminals[0]}`)).body;
    expect(terminal).toMatchObject({ state: 'installed', plate: f.vehicles[0]!.plate });
    const events = (await f.manager.get(`/api/gps/terminals/${terminal.id}/history`)).body as {
      event: string;
      orderNumber: string | null;
    }[];
    expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'installed', orderNumber: o.number })]));
  });

  it('is kept from other offices and refuses a vehicle of another customer', async () => {
    const f = await gpsFixture(t, { vehicles: 1, fitted: false, spares: 0 });
    const other = await gpsFixture(t, { vehicles: 1, fitted: false, spares: 0 });
    const bad = await f.manager.post('/api/gps/install-requests', {
      officeId: f.officeId,
      customerId: f.customerId,
      contactName: '刘经理',
      phone: '13800138000',
      address: '福永',
      vehicleIds: [other.vehicles[0]!.id],
    });
    expect(bad.status).toBe(422);
    expect(fields(bad)).toEqual([['vehicleIds.0', 'gps.vehicle_not_customers']]);
    const ok = await f.manager.post('/api/gps/install-requests', {
      officeId: f.officeId,
      customerId: f.customerId,
      contactName: '刘经理',
      phone: '13800138000',
      address: '福永',
      vehicleIds: [f.vehicles[0]!.id],
    });
    expect((await (await t.login('zhaolei')).get(`/api/gps/install-requests/${ok.body.id}`)).status).toBe(404);
    expect((await (await t.login('sunxy')).get('/api/gps/install-requests')).status).toBe(403);
    expect((await (await t.login('fengsf')).post('/api/gps/install-requests', { ...ok.body, id: undefined })).status).toBe(403);
  });
});
