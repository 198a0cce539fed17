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
