import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { itemId, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

/** A repair call at office A, taken by the environment supervisor, with the details the type asks for at intake. */
async function requestRepair(clerk: Agent, details: Record<string, unknown>, item = 'plumbing-repair') {
  return clerk.post('/api/orders', {
    type: 'repair',
    officeId: await t.org('office-a'),
    channel: 'phone',
    customerName: '周先生',
    customerPhone: '13912345601',
    address: '翠竹园4栋0602',
    lines: [{ itemId: await itemId(clerk, item), quantity: 1 }],
    details,
  });
}

const fields = (res: { body: { errors?: { field: string; code: string }[] } }) => res.body.errors?.map((e) => [e.field, e.code]);

describe('a repair order (有偿维修) from the call to payment', () => {
  let firstNumber = '';

  it('is offered with its own detail fields', async () => {
    const clerk = await t.login('liuyang');
    const types = (await clerk.get('/api/order-types')).body as { code: string; prefix: string; fields: { key: string }[] }[];
    expect(types.map((x) => x.code)).toEqual(['housekeeping', 'paid_service', 'repair', 'gps_install', 'gps_repair', 'infusion_visit']);
    expect(types.find((x) => x.code === 'repair')).toMatchObject({ prefix: 'WX' });
    expect(types.find((x) => x.code === 'repair')!.fields.map((f) => f.key)).toEqual([
      'location',
      'fault',
      'warranty',
      'warrantyOrder',
      'cause',
    ]);
  });

  it('is taken with its location and fault, quoted from the list, worked, finished with the cause, signed and paid', async () => {
    const clerk = await t.login('liuyang');
    const worker = await t.login('sunxy');
    const bare = await requestRepair(clerk, {});
    expect(bare.status).toBe(422);
    expect(fields(bare)).toEqual([
      ['details.location', 'order.field_required'],
      ['details.fault', 'order.field_required'],
    ]);
    const wrong = await requestRepair(clerk, { location: 'roof', fault: '漏水' });
    expect(fields(wrong)).toEqual([['details.location', 'order.detail_invalid']]);

    const created = await requestRepair(clerk, { location: 'bathroom', fault: '卫生间地漏返水' });
    expect(created.status).toBe(201);
    let o = created.body;
    expect(o.number).toMatch(/^WX-\d{8}-\d{4}$/);
    expect(o.details).toEqual({ location: 'bathroom', fault: '卫生间地漏返水' });
    expect(o.typeDef.fields.find((f: { key: string }) => f.key === 'cause')).toMatchObject({ requiredAt: 'finish', editAt: ['finish'] });
    firstNumber = o.number;

    const step = async (agent: Agent, path: string, body: object = {}) => {
      const res = await agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      o = res.body;
    };
    const unnamed = await clerk.post(`/api/orders/${o.id}/quote`, { version: o.version, details: { warranty: true } });
    expect(fields(unnamed)).toEqual([['details.warrantyOrder', 'order.warranty_order_required']]);
    await step(clerk, 'quote');
    // labour from office A's posted list (水管维修 50.00)
    expect(o).toMatchObject({ state: 'quoted', serviceFeeFen: 5000, totalFen: 5000 });
    await step(clerk, 'confirm', { priceAccepted: true, appointmentStart: '2026-12-02T11:00:00.000Z' });
    await step(clerk, 'assign', { staff: [await t.userId('sunxy')] });
    for (const s of ['depart', 'arrive', 'start']) await step(worker, s);
    // parts at cost
    await step(worker, 'materials', { materials: [{ name: '地漏防臭芯', unitLabel: '个', unitPriceFen: 2850, quantity: 1 }] });
    expect(o).toMatchObject({ serviceFeeFen: 5000, materialFeeFen: 2850, totalFen: 7850 });

    const noCause = await worker.post(`/api/orders/${o.id}/finish`, { version: o.version });
    expect(noCause.status).toBe(422);
    expect(fields(noCause)).toEqual([['details.cause', 'order.field_required']]);
    const lateFault = await worker.post(`/api/orders/${o.id}/finish`, { version: o.version, details: { fault: '改一下' } });
    expect(fields(lateFault)).toEqual([['details.fault', 'order.detail_not_editable']]);
    await step(worker, 'finish', { details: { cause: '地漏防臭芯老化，已更换并做闭水试验' } });
    expect(o).toMatchObject({ state: 'completed', details: { location: 'bathroom', cause: '地漏防臭芯老化，已更换并做闭水试验' } });
    await step(worker, 'accept', { signerName: '周先生', signature: SIGNATURE_PNG });
    await step(worker, 'pay', { amountFen: 7850, method: 'cash' });
    expect(o).toMatchObject({ state: 'paid', payment: { amountFen: 7850 } });

    const finish = (await clerk.get(`/api/history/order/${o.id}`)).body.find((e: { action: string }) => e.action === 'order.finish');
    expect(finish.before.details.cause).toBeUndefined();
    expect(finish.after.details.cause).toBe('地漏防臭芯老化，已更换并做闭水试验');

    const form = await clerk.get(`/api/orders/${o.id}/print`);
    expect(form.status).toBe(200);
    expect(form.body).toContain('<h1>维修服务单</h1>');
    for (const text of ['故障部位', '卫生间', '卫生间地漏返水', '故障原因及处理', '地漏防臭芯老化', '柒拾捌元伍角'])
      expect(form.body).toContain(text);
    expect(form.body).not.toContain('免收人工费');
    const english = await clerk.get(`/api/orders/${o.id}/print?lang=en`);
    expect(english.body).toContain('Repair service form');
    expect(english.body).toContain('Bathroom');
  });

  it('redoes a repair under warranty without labour charge, parts at cost, naming the earlier order', async () => {
    const clerk = await t.login('liuyang');
    const worker = await t.login('sunxy');
    const bad = await requestRepair(clerk, { location: 'bathroom', fault: '又返水了', warranty: true, warrantyOrder: '上次那张' });
    expect(fields(bad)).toEqual([['details.warrantyOrder', 'order.warranty_order_format']]);
    let o = (await requestRepair(clerk, { location: 'bathroom', fault: '又返水了', warranty: true, warrantyOrder: firstNumber })).body;
    const step = async (agent: Agent, path: string, body: object = {}) => {
      const res = await agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      o = res.body;
    };
    await step(clerk, 'quote');
    expect(o).toMatchObject({ serviceFeeFen: 0, totalFen: 0 });
    expect(o.lines[0]).toMatchObject({ unitPriceFen: 5000, amountFen: 0 });
    await step(clerk, 'confirm', { priceAccepted: true, appointmentStart: '2026-12-03T11:00:00.000Z' });
    await step(clerk, 'assign', { staff: [await t.userId('sunxy')] });
    await step(worker, 'start');
    await step(worker, 'materials', { materials: [{ name: '密封胶', unitLabel: '支', unitPriceFen: 1200, quantity: 1 }] });
    expect(o).toMatchObject({ serviceFeeFen: 0, materialFeeFen: 1200, totalFen: 1200 });
    await step(worker, 'finish', { details: { cause: '上次密封未干透即使用，重新打胶' } });
    await step(worker, 'accept', { signerName: '周先生', signature: SIGNATURE_PNG });
    await step(worker, 'pay', { amountFen: 1200, method: 'wechat' });
    const form = (await clerk.get(`/api/orders/${o.id}/print`)).body as string;
    expect(form).toContain(`保修期内返修（原维修单 ${firstNumber}）：免收人工费，材料按实收取。`);
  });

  it('keeps housekeeping orders as they were: no details of their own', async () => {
    const clerk = await t.login('liuyang');
    const res = await clerk.post('/api/orders', {
      type: 'housekeeping',
      officeId: await t.org('office-a'),
      channel: 'phone',
      customerName: '李先生',
      lines: [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 2 }],
      details: { location: 'kitchen' },
    });
    expect(fields(res)).toEqual([['details.location', 'order.detail_unknown']]);
  });
});
