import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchedRepair, gpsFixture } from '../support/gps-orders.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { requestCleaning } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

describe('the 返修标签 of a terminal returned for repair (A4.4.5)', () => {
  it('prints the plate, the fault, the terminal with its model and the technician on one small label', async () => {
    const manager = await t.login('qianwei');
    const f = await gpsFixture(t, { soldOn: '2024-03-18' });
    const v = f.vehicles[0]!;
    const o = await dispatchedRepair(t, manager, { plate: v.plate, terminalSerial: v.terminal, fault: '主机进水，指示灯不亮' });

    const res = await (await t.login('fengsf')).get(`/api/orders/${o.id}/repair-label`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const label = res.body as string;
    expect(label).toContain('size: 70mm 40mm');
    for (const text of ['返修标签', o.number, v.plate, '主机进水，指示灯不亮', v.terminal!, 'GT06 北斗/GPS 双模终端', '冯师傅'])
      expect(label).toContain(text);
    expect(label).toContain('顺达物流有限公司');

    const en = (await manager.get(`/api/orders/${o.id}/repair-label?lang=en`)).body as string;
    expect(en).toContain('Returned for repair');
    expect(en).toContain(`Plate: ${v.plate}`);
  });

  it('is refused for an order of another type, and to whoever may not read the order', async () => {
    const clerk = await t.login('liuyang');
    const cleaning = await requestCleaning(t, clerk);
    const refused = await clerk.get(`/api/orders/${cleaning.id}/repair-label`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('gps.label_not_repair');

    const repair = await dispatchedRepair(t, await t.login('qianwei'), { fault: '终端不定位' });
    expect((await clerk.get(`/api/orders/${repair.id}/repair-label`)).status).toBe(404);
  });
});
