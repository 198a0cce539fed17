import type { Agent, TestEnv } from './harness.js';

export const GPS_CHECKLIST = { checkOrder: true, checkTools: true, checkParts: true, checkDocuments: true };

/** A GPS repair called in at the GPS department, taken by `taker` (the manager qianwei unless said), nothing else done yet. */
export async function callInRepair(t: TestEnv, taker: Agent, details: Record<string, unknown> = {}) {
  const res = await taker.post('/api/orders', {
    type: 'gps_repair',
    officeId: await t.org('gps'),
    channel: 'phone',
    customerName: '顺达物流有限公司',
    customerPhone: '13800138000',
    address: '深圳市宝安区福永物流园',
    lines: [],
    details: { plate: '粤B88888', productModel: 'GT06', fault: '终端不定位', ...details },
  });
  if (res.status !== 201) throw new Error(`GPS repair intake failed: ${JSON.stringify(res.body)}`);
  return res.body as { id: string; number: string; version: number };
}

/** The same repair approved by `manager` and assigned to the technician fengsf. */
export async function dispatchedRepair(t: TestEnv, manager: Agent, details: Record<string, unknown> = {}) {
  let o = await callInRepair(t, manager, details);
  o = (await manager.post(`/api/orders/${o.id}/approve`, { version: o.version })).body;
  o = (await manager.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [await t.userId('fengsf')] })).body;
  return o;
}

let fixtureNo = 0;
/** A mainland plate of its own for each fixture's vehicle: 粤BT0011. */
const plateOf = (n: number, i: number) => `粤BT${String(n).padStart(3, '0')}${i}`;

/**
 * A fresh fleet customer of the GPS department with `vehicles` vehicles, one terminal on each (sold on `soldOn`, with
 * its SIM card), and `spares` terminals and SIM cards in stock — made through the register's API as its manager, so
 * a test never takes the demo's spare devices.
 */
export async function gpsFixture(t: TestEnv, o: { vehicles?: number; fitted?: boolean; soldOn?: string; spares?: number } = {}) {
  const n = ++fixtureNo;
  const tag = `${process.pid % 1000}${n}`.padStart(5, '0');
  const manager = await t.login('qianwei');
  const officeId = await t.org('gps');
  const ok = async (res: { status: number; body: { id: string } }) => {
    if (res.status !== 201 && res.status !== 200) throw new Error(`GPS fixture: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const products = (await manager.get('/api/gps/products?q=GT06')).body.items as { id: string; modelCode: string }[];
  const productId = products.find((p) => p.modelCode === 'GT06')!.id;
  const customer = await ok(
    await manager.post('/api/gps/customers', {
      officeId,
      kind: 'fleet',
      name: `测试物流${tag}`,
      address: '深圳市宝安区福永物流园',
      contactName: '刘经理',
      phone: '13800138000',
      note: '',
    }),
  );
  const sim = async (i: number) =>
    ok(await manager.post('/api/gps/sims', { officeId, number: `14403${tag}${String(i).padStart(3, '0')}`, carrier: 'cmcc', note: '' }));
  const terminal = async (i: number, vehicleId: string | null, simId: string | null, soldOn: string | null) =>
    ok(
      await manager.post('/api/gps/terminals', {
        officeId,
        serial: `T${tag}${String(i).padStart(3, '0')}`,
        productId,
        vehicleId,
        simId,
        soldOn,
        warrantyEnd: null,
        note: '',
      }),
    );
  const vehicles: { id: string; plate: string; terminal?: string; sim?: string }[] = [];
  for (let i = 0; i < (o.vehicles ?? 1); i++) {
    const v = await ok(
      await manager.post('/api/gps/vehicles', {
        customerId: customer.id,
        plate: plateOf(n, i),
        model: '东风天龙',
        driverName: '张师傅',
        driverPhone: '13902210001',
      }),
    );
    const row: { id: string; plate: string; terminal?: string; sim?: string } = { id: v.id, plate: plateOf(n, i) };
    if (o.fitted !== false) {
      const s = (await sim(i)) as unknown as { id: string; number: string };
      const tm = (await terminal(i, v.id, s.id, o.soldOn ?? '2024-03-18')) as unknown as { serial: string };
      row.terminal = tm.serial;
      row.sim = s.number;
    }
    vehicles.push(row);
  }
  const spareTerminals: string[] = [];
  const spareSims: string[] = [];
  for (let i = 0; i < (o.spares ?? 1); i++) {
    spareTerminals.push(((await terminal(100 + i, null, null, null)) as unknown as { serial: string }).serial);
    spareSims.push(((await sim(100 + i)) as unknown as { number: string }).number);
  }
  return { manager, officeId, customerId: customer.id, customerName: `测试物流${tag}`, vehicles, spareTerminals, spareSims };
}
