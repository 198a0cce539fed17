import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gpsFixture } from '../support/gps-orders.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { itemId, requestCleaning, SIGNATURE_PNG } from '../support/orders.js';

/** A sale a month ago: under any warranty the register gives. */
const LAST_MONTH = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const fields = (res: { body: { errors?: { field: string; code: string }[] } }) => res.body.errors?.map((e) => [e.field, e.code]);
const CHECKLIST = { checkOrder: true, checkTools: true, checkParts: true, checkDocuments: true };

/** A call (or letter) about a faulty terminal, taken by the GPS manager at the GPS department (A4.4.2). */
async function requestGpsRepair(manager: Agent, details: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return manager.post('/api/orders', {
    type: 'gps_repair',
    officeId: await t.org('gps'),
    channel: 'phone',
    customerName: '顺达物流 王经理',
    customerPhone: '13911112222',
    address: '城东物流园3号库',
    lines: [],
    details: { plate: '苏A12345', productModel: 'GT06N', fault: '终端不上线，平台无定位', ...details },
    ...extra,
  });
}

/** One order's steps, each expected to pass, keeping the order's latest version. */
function stepper(first: { id: string; version: number }) {
  let o = first as Record<string, unknown> & { id: string; version: number };
  const step = async (agent: Agent, path: string, body: object = {}) => {
    const res = await agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    o = res.body;
    return o;
  };
  const attempt = (agent: Agent, path: string, body: object = {}) =>
    agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
  return { step, attempt, current: () => o };
}

describe('GPS repair orders (GPS维修, 篇四) on the one order engine', () => {
  it('tells the web where a type is taken and how it is priced', async () => {
    const manager = await t.login('qianwei');
    const types = (await manager.get('/api/order-types')).body as { code: string; takenAt: string[]; pricedAt: string }[];
    expect(types.find((x) => x.code === 'gps_repair')).toMatchObject({ takenAt: ['department', 'office'], pricedAt: 'site' });
    expect(types.find((x) => x.code === 'housekeeping')).toMatchObject({ takenAt: ['office', 'station'], pricedAt: 'quote' });
  });

  it('takes a repair call only with the vehicle, the product model and the fault written down (A4.4.2)', async () => {
    const manager = await t.login('qianwei');
    const before = (await manager.get('/api/orders?type=gps_repair&pageSize=1')).body.total;
    expect(typeof before).toBe('number');
    const blank = await requestGpsRepair(manager, { plate: undefined, productModel: undefined, fault: undefined });
    expect(blank.status).toBe(422);
    expect(fields(blank)).toEqual([
      ['details.plate', 'order.field_required'],
      ['details.productModel', 'order.field_required'],
      ['details.fault', 'order.field_required'],
    ]);
    // nothing was taken
    expect((await manager.get('/api/orders?type=gps_repair&pageSize=1')).body.total).toBe(before);
  });

  it('takes a call, dispatches after approval, checks before leaving, charges the parts only, is paid in cash and closed', async () => {
    const manager = await t.login('qianwei');
    const tech = await t.login('fengsf');
    const clerk = await t.login('liuyang');

    const labour = await requestGpsRepair(manager, {}, { lines: [{ itemId: await itemId(clerk, 'plumbing-repair'), quantity: 1 }] });
    expect(labour.status).toBe(422);
    expect(labour.body.code).toBe('order.labour_not_charged');

    // a terminal on the register sold in 2024, out of warranty; a spare terminal and SIM card in stock
    const f = await gpsFixture(t, { soldOn: '2024-03-18', spares: 1 });
    const [oldTerminal, oldSim] = [f.vehicles[0]!.terminal!, f.vehicles[0]!.sim!];
    const [newTerminal, newSim] = [f.spareTerminals[0]!, f.spareSims[0]!];
    const created = await requestGpsRepair(manager, { terminalSerial: oldTerminal, purchaseDate: '2024-03-18' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ state: 'confirmed', officeName: 'GPS事业部', totalFen: 0, lines: [] });
    expect(created.body.number).toMatch(/^GW-\d{8}-\d{4}$/);
    const { step, attempt, current } = stepper(created.body);

    const early = await attempt(manager, 'assign', { staff: [await t.userId('fengsf')] });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('order.approval_required');
    await step(manager, 'approve');
    await step(manager, 'assign', { staff: [await t.userId('fengsf')] });
    expect(current()).toMatchObject({ state: 'assigned', staff: [{ displayName: '冯师傅' }] });

    // A4.4.4: nobody leaves with the checklist unticked; the first box left open is named
    const bare = await attempt(tech, 'depart');
    expect(bare.status).toBe(422);
    expect(fields(bare)).toEqual([['details.checkOrder', 'order.checklist_incomplete']]);
    const three = await attempt(tech, 'depart', { details: { checkOrder: true, checkTools: true, checkParts: true } });
    expect(fields(three)).toEqual([['details.checkDocuments', 'order.checklist_incomplete']]);
    await step(tech, 'depart', { details: CHECKLIST });
    expect(current()).toMatchObject({ details: CHECKLIST });
    expect(current().departedAt).not.toBeNull();
    await step(tech, 'start');

    // A4.2: parts only — labour written as a material is refused
    const asMaterial = await attempt(tech, 'materials', {
      materials: [{ name: '人工费', unitLabel: '次', unitPriceFen: 5000, quantity: 1 }],
    });
    expect(asMaterial.status).toBe(422);
    expect(fields(asMaterial)).toEqual([['materials.0.name', 'order.labour_not_charged']]);
    await step(tech, 'materials', {
      materials: [
        { name: 'GPS主机', unitLabel: '台', unitPriceFen: 32000, quantity: 1 },
        { name: 'SIM卡', unitLabel: '张', unitPriceFen: 5000, quantity: 1 },
      ],
    });
    expect(current()).toMatchObject({ serviceFeeFen: 0, materialFeeFen: 37000, totalFen: 37000 });

    const cause = '主机进水损坏，更换主机和SIM卡，平台上线正常';
    const noNumbers = await attempt(tech, 'finish', { details: { cause, terminalSwapped: true, simSwapped: true } });
    expect(noNumbers.status).toBe(422);
    expect(fields(noNumbers)).toEqual([['details.oldTerminal', 'order.swap_numbers_required']]);
    await step(tech, 'finish', {
      details: {
        cause,
        terminalSwapped: true,
        oldTerminal,
        newTerminal,
        simSwapped: true,
        oldSim,
        newSim,
      },
    });
    expect(current()).toMatchObject({ state: 'completed', details: { oldTerminal, newTerminal } });
    await step(tech, 'accept', { signerName: '王经理', signature: SIGNATURE_PNG });
    await step(tech, 'pay', { amountFen: 37000, method: 'cash' });
    expect(current()).toMatchObject({ state: 'paid', payment: { amountFen: 37000, method: 'cash', collectedByName: '冯师傅' } });

    // the technician holds the cash until handed on (A7.4.7); the manager sees it
    const inHand = (await manager.get('/api/cash-in-hand')).body as {
      holderName: string;
      payments: { orderId: string; amountFen: number }[];
    }[];
    expect(inHand.find((h) => h.holderName === '冯师傅')?.payments).toContainEqual(
      expect.objectContaining({ orderId: current().id, amountFen: 37000 }),
    );

    await step(manager, 'close');
    expect(current()).toMatchObject({ state: 'closed' });

    const form = (await manager.get(`/api/orders/${current().id}/print`)).body as string;
    for (const text of ['维修服务单', 'GPS主机', 'SIM卡', '叁佰柒拾元整', '只收零部件费用', '苏A12345', newTerminal])
      expect(form).toContain(text);
  });

  it('repairs under warranty at ¥0: nothing to pay, closed once signed', async () => {
    const manager = await t.login('qianwei');
    const tech = await t.login('fengsf');
    // a terminal sold last month: under warranty by the register
    const f = await gpsFixture(t, { soldOn: LAST_MONTH, spares: 0 });
    const created = await requestGpsRepair(manager, { terminalSerial: f.vehicles[0]!.terminal!, warranty: true }, { channel: 'letter' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.channel).toBe('letter');
    const { step, attempt, current } = stepper(created.body);
    await step(manager, 'approve');
    await step(manager, 'assign', { staff: [await t.userId('fengsf')] });
    await step(tech, 'start', { details: CHECKLIST });
    await step(tech, 'materials', { materials: [{ name: '天线', unitLabel: '根', unitPriceFen: 6000, quantity: 1 }] });
    expect(current()).toMatchObject({ materialFeeFen: 0, totalFen: 0 });
    await step(tech, 'finish', { details: { cause: '天线松脱，更换天线' } });
    await step(tech, 'accept', { signerName: '王经理', signature: SIGNATURE_PNG });
    expect(current()).toMatchObject({ state: 'accepted', totalFen: 0, abilities: { pay: false } });
    // the manager sees the close button of a free order once it is signed
    expect((await manager.get(`/api/orders/${current().id}`)).body.abilities).toMatchObject({ pay: false, close: true });
    const pay = await attempt(tech, 'pay', { amountFen: 0, method: 'cash' });
    expect(pay.status).toBe(422);
    expect(pay.body.code).toBe('order.nothing_to_pay');
    await step(manager, 'close');
    expect(current()).toMatchObject({ state: 'closed', payment: null });
    expect((await manager.get(`/api/orders/${current().id}/print`)).body).toContain('保修期内维修：免费。');
  });

  it('installs free of charge (GPS安装)', async () => {
    const manager = await t.login('qianwei');
    const tech = await t.login('fengsf');
    const created = await manager.post('/api/orders', {
      type: 'gps_install',
      officeId: await t.org('gps'),
      channel: 'phone',
      customerName: '顺达物流',
      customerPhone: '13911112222',
      address: '城东物流园3号库',
      appointmentStart: '2026-12-05T01:00:00.000Z',
      lines: [],
      details: { requirements: '10辆厢式货车，主机装仪表台下' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ state: 'confirmed' });
    expect(created.body.number).toMatch(/^GA-\d{8}-\d{4}$/);
    const { step, current } = stepper(created.body);
    await step(manager, 'approve');
    await step(manager, 'assign', { staff: [await t.userId('fengsf')] });
    await step(tech, 'depart', { details: CHECKLIST });
    await step(tech, 'start');
    await step(tech, 'materials', { materials: [{ name: 'GPS主机', unitLabel: '台', unitPriceFen: 32000, quantity: 10 }] });
    expect(current()).toMatchObject({ totalFen: 0 });
    await step(tech, 'finish', { details: { workDone: '10辆车安装完毕，平台全部上线' } });
    await step(tech, 'accept', { signerName: '顺达物流', signature: SIGNATURE_PNG });
    await step(manager, 'close');
    expect(current()).toMatchObject({ state: 'closed' });
    // its paper form speaks to the customer, not to an owner of a flat, and asks no money of a free installation (X3)
    const form = (await manager.get(`/api/orders/${current().id}/print`)).body as string;
    for (const words of ['客户：', '客户验收签字', '免费，无需收款', '完工后请客户验收签字']) expect(form).toContain(words);
    for (const words of ['业主', '服务人数', '服务项目', '（未收款）', '发票号码：（未开具）', '收费以公示的收费标准为准'])
      expect(form).not.toContain(words);
  });
});

describe('emergency dispatch (A4.7) and who sees GPS orders', () => {
  it('sends a person of another office, or an outside person, only with the reason', async () => {
    const manager = await t.login('qianwei');
    const created = await requestGpsRepair(manager);
    const { step, attempt, current } = stepper(created.body);
    await step(manager, 'approve');
    const sunxy = await t.userId('sunxy');

    const noReason = await attempt(manager, 'assign', { staff: [sunxy] });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('order.staff_outside_office');
    const reason = '冯师傅在外地安装，客户车辆急需上线';
    await step(manager, 'assign', { staff: [sunxy], details: { emergencyReason: reason } });
    expect(current()).toMatchObject({ staff: [{ displayName: '孙秀英' }], details: { emergencyReason: reason } });

    const outsideNoReason = await attempt(manager, 'assign', {
      staff: [],
      details: { emergencyReason: '', outsideHelper: '李工 华通电子 13800138000' },
    });
    expect(outsideNoReason.status).toBe(422);
    expect(fields(outsideNoReason)).toEqual([['details.emergencyReason', 'order.emergency_reason_required']]);
    await step(manager, 'assign', { staff: [], details: { emergencyReason: reason, outsideHelper: '李工 华通电子 13800138000' } });
    expect(current()).toMatchObject({ staff: [], details: { outsideHelper: '李工 华通电子 13800138000', emergencyReason: reason } });
  });

  it('lists the whole company’s people for emergency dispatch only to those who assign the orders', async () => {
    const manager = await t.login('qianwei');
    const gps = await t.org('gps');
    const own = (await manager.get(`/api/orgs/${gps}/staff?permission=orders.work`)).body.items as { displayName: string }[];
    expect(own.map((u) => u.displayName)).toEqual(['冯师傅']);
    const all = await manager.get(`/api/orgs/${gps}/staff?permission=orders.work&scope=all`);
    expect(all.status).toBe(200);
    expect((all.body.items as { displayName: string }[]).map((u) => u.displayName)).toEqual(expect.arrayContaining(['冯师傅', '孙秀英']));
    const tech = await t.login('fengsf');
    const refused = await tech.get(`/api/orgs/${gps}/staff?permission=orders.work&scope=all`);
    expect(refused.status).toBe(403);
  });

  it('keeps GPS orders from offices’ staff, and housekeeping orders to their office’s staff', async () => {
    const manager = await t.login('qianwei');
    const created = await requestGpsRepair(manager);
    for (const who of ['sunxy', 'zhaolei']) {
      const res = await (await t.login(who)).get(`/api/orders/${created.body.id}`);
      expect(res.status, who).toBe(404);
    }
    const clerk = await t.login('liuyang');
    const cleaning = await requestCleaning(t, clerk);
    const { step } = stepper(cleaning);
    await step(clerk, 'quote');
    const confirmed = await step(clerk, 'confirm', { priceAccepted: true, staffCount: 1, appointmentStart: '2026-12-05T01:00:00.000Z' });
    const outside = await clerk.post(`/api/orders/${cleaning.id}/assign`, {
      version: confirmed.version,
      staff: [await t.userId('fengsf')],
    });
    expect(outside.status).toBe(422);
    expect(outside.body.code).toBe('order.staff_outside_office');
    const excuse = await clerk.post(`/api/orders/${cleaning.id}/assign`, {
      version: confirmed.version,
      staff: [await t.userId('fengsf')],
      details: { emergencyReason: '人手不够' },
    });
    expect(excuse.status).toBe(422);
    expect(fields(excuse)).toEqual([['details.emergencyReason', 'order.detail_unknown']]);
  });
});
