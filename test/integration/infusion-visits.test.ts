import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitGatesOpenMonitor, visitUncheckedMonitor } from '../../src/modules/infusion/infusion-visit.monitors.js';
import { systemContext } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { itemId, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
const patient: Record<string, string> = {};
const order: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestEnv();
  const db = t.runtime.deps.db;
  for (const r of await db.selectFrom('infusion_patients').select(['id', 'name']).execute()) patient[r.name] = r.id;
  for (const r of await db.selectFrom('infusion_physician_orders').select(['id', 'patient_id']).execute()) {
    const name = Object.keys(patient).find((n) => patient[n] === r.patient_id)!;
    order[name] = r.id;
  }
});
afterAll(() => t.close());

const CHECKS = {
  checkPatient: true,
  checkDrug: true,
  checkDose: true,
  checkRoute: true,
  checkTime: true,
  checkExpiry: true,
  checkAppearance: true,
  risksExplained: true,
};
type Receipt = {
  id: string;
  bookId: string;
  number: string;
  amountFen: number;
  payer: string;
  items: { name: string; amountFen: number }[];
};
type Holder = { holderName: string; payments: { paymentId: string; amountFen: number; receiptId: string | null }[] };

const codes = (res: { body: { errors?: { field: string; code: string }[] } }) => res.body.errors?.map((e) => [e.field, e.code]);

/** A visit taken at the centre by its head, for `who`, carrying out the physician order of `orderOf`. */
async function requestVisit(head: Agent, who: string, orderOf = who) {
  return head.post('/api/orders', {
    type: 'infusion_visit',
    officeId: await t.org('chc'),
    channel: 'phone',
    customerName: who,
    customerPhone: '0755-26001234',
    address: '翠竹园 3 栋 502',
    appointmentStart: '2026-12-05T01:00:00.000Z',
    lines: [
      { itemId: await itemId(head, 'infusion-iv-home'), quantity: 1 },
      { itemId: await itemId(head, 'infusion-callout'), quantity: 1 },
    ],
    details: { patientId: patient[who], physicianOrderId: order[orderOf] },
  });
}

describe('the home infusion visit (出诊输液, A5.1–A5.7)', () => {
  it('is refused for a patient who does not qualify, without consent, or on an order that is not theirs', async () => {
    const head = await t.login('luzr');
    const ineligible = await requestVisit(head, '孙玉珍', '王秀兰');
    expect(ineligible.status).toBe(422);
    expect(codes(ineligible)).toEqual([['details.patientId', 'infusion.patient_ineligible']]);
    const noConsent = await requestVisit(head, '刘桂芳');
    expect(noConsent.status).toBe(422);
    expect(codes(noConsent)).toEqual([['details.patientId', 'infusion.consent_required']]);
    const notTheirs = await requestVisit(head, '王秀兰', '刘桂芳');
    expect(codes(notTheirs)).toEqual([['details.physicianOrderId', 'infusion.order_not_usable']]);
    // only the demo's visits to 王秀兰: the next one assigned to 许护士, the first closed and paid
    const list = (await head.get('/api/orders?type=infusion_visit')).body;
    expect(list.items.map((x: { state: string; customerName: string }) => [x.customerName, x.state])).toEqual([
      ['王秀兰', 'assigned'],
      ['王秀兰', 'closed'],
    ]);
  });

  it('names the patient and the physician order it carries out, on the page and the printed record, never by id', async () => {
    const head = await t.login('luzr');
    const demo = (await head.get(`/api/orders?type=infusion_visit&patientId=${patient['王秀兰']}&state=closed`)).body.items[0];
    const po = (await head.get(`/api/infusion/orders/${order['王秀兰']}`)).body;
    expect(po.number).toMatch(/^YZ-\d{8}-\d{4}$/);
    const drugs = po.lines.map((l: { drugName: string; dose: string }) => `${l.drugName} · ${l.dose}`);
    expect(drugs).toContain('0.9%氯化钠注射液 250 ml · 250 ml');
    expect(drugs.length).toBeGreaterThan(0);
    const visit = (await head.get(`/api/orders/${demo.id}`)).body;
    expect(visit.typeDef.fields.find((f: { key: string }) => f.key === 'patientId')).toMatchObject({
      kind: 'ref',
      ref: 'infusion_patient',
    });
    expect(visit.detailRefs).toEqual({
      // her allergy beside her name, wherever the visit names her
      patientId: { label: '王秀兰', contents: ['青霉素过敏'], path: `/infusion/patients/${patient['王秀兰']}` },
      physicianOrderId: { label: po.number, contents: drugs, path: `/infusion/orders/${order['王秀兰']}` },
    });
    // the general manager reads every order of the group but no patient record: the names, without a way in
    const manager = await t.login('zhangjg');
    expect((await manager.get(`/api/infusion/patients/${patient['王秀兰']}`)).status).toBe(403);
    const seen = (await manager.get(`/api/orders/${demo.id}`)).body;
    expect(seen.detailRefs).toEqual({
      patientId: { label: '王秀兰', contents: ['青霉素过敏'], path: null },
      physicianOrderId: { label: po.number, contents: drugs, path: null },
    });
    // the printed 出诊输液记录单: the patient and the order by name and number, with the drugs
    const form = (await head.get(`/api/orders/${demo.id}/print`)).body as string;
    expect(form).toContain('出诊输液记录单');
    expect(form).toContain('<th>患者档案</th><td>王秀兰（青霉素过敏）</td>');
    expect(form).toContain(`<th>医嘱</th><td>${po.number}（${drugs.join('、')}）</td>`);
    expect(form).not.toContain(patient['王秀兰']);
    expect(form).not.toContain(order['王秀兰']);
    const en = (await head.get(`/api/orders/${demo.id}/print?lang=en`)).body as string;
    expect(en).toContain(`<th>Physician order</th><td>${po.number} (${drugs.join(', ')})</td>`);
  });

  it('of the demo, closed, was paid to the centre’s cashier with the first receipt of his book', async () => {
    const cashier = await t.login('wusf');
    const [visit] = (await cashier.get('/api/orders?type=infusion_visit&state=closed')).body.items as { id: string; totalFen: number }[];
    const [receipt, ...more] = (await cashier.get(`/api/receipts?orderId=${visit!.id}`)).body.items as Receipt[];
    expect(more).toEqual([]);
    expect(receipt).toMatchObject({ number: 'WS-0000001', amountFen: visit!.totalFen, payer: '王秀兰', cashierName: '吴收费' });
    expect(visit!.totalFen).toBe(4500);
    // issued to him by the centre's own custodian on his request, not by the property company's finance
    const books = (await (await t.login('cuikj')).get('/api/receipt-books')).body as { series: string; cashierName: string | null }[];
    expect(books.map((b) => [b.series, b.cashierName])).toEqual([
      ['WS', '吴收费'],
      ['WS', null],
    ]);
    expect((await (await t.login('zhengkj')).get(`/api/receipt-books/${receipt!.bookId}`)).status).toBe(404);
  });

  it('is made, checked, started, recorded, signed for, and paid to the centre’s cashier against a printed receipt; the physician order counts the visit', async () => {
    const head = await t.login('luzr');
    const nurse = await t.login('xuhs');
    const created = await requestVisit(head, '王秀兰');
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    let o = created.body;
    expect(o.number).toMatch(/^SY-\d{8}-\d{4}$/);
    const step = async (agent: Agent, path: string, body: object = {}) => {
      const res = await agent.post(`/api/orders/${o.id}/${path}`, { version: o.version, ...body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      o = res.body;
    };
    // taken confirmed, priced from the centre's posted fees: 静脉输液（出诊）15.00 + 出诊费 30.00 (A5.7)
    expect(o).toMatchObject({ state: 'confirmed', serviceFeeFen: 4500, totalFen: 4500 });
    expect(o.lines.map((l: { unitPriceFen: number }) => l.unitPriceFen)).toEqual([1500, 3000]);
    // nothing to quote or confirm: the fee is the posted standard and the consent is the family's agreement
    const requote = await head.post(`/api/orders/${o.id}/quote`, { version: o.version });
    expect(requote.status).toBe(409);
    const otherTeam = await head.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [await t.userId('zhouhs')] });
    expect(otherTeam.status).toBe(422);
    expect(codes(otherTeam)).toEqual([['staff', 'infusion.nurse_not_in_team']]);
    await step(head, 'assign', { staff: [await t.userId('xuhs')] });
    await step(nurse, 'depart');
    await step(nurse, 'arrive', { details: { checkPatient: true, checkDrug: true } });
    const unchecked = await nurse.post(`/api/orders/${o.id}/start`, { version: o.version });
    expect(codes(unchecked)).toEqual([['details.checkDose', 'infusion.checks_incomplete']]);
    await step(nurse, 'start', { details: CHECKS });
    const noRecord = await nurse.post(`/api/orders/${o.id}/finish`, { version: o.version });
    expect(noRecord.status).toBe(422);
    expect(codes(noRecord)?.map(([f]) => f)).toEqual(['details.infusionStart', 'details.infusionEnd', 'details.observations']);
    // the drip ran within the visit: from 5 minutes after the start to 5 minutes before the finish, 80 minutes on
    const startedAt = Date.parse(o.startedAt);
    t.clock.advance(80 * 60_000);
    const clockTime = (ms: number) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
    const record = {
      infusionStart: clockTime(startedAt + 5 * 60_000),
      infusionEnd: clockTime(startedAt + 75 * 60_000),
      observations: '滴速 40 滴/分，穿刺处无红肿，患者无不适',
    };
    // one typed as ending after the visit is finished is refused (A5.6)
    if (clockTime(startedAt) < clockTime(startedAt + 90 * 60_000)) {
      const late = await nurse.post(`/api/orders/${o.id}/finish`, {
        version: o.version,
        details: { ...record, infusionEnd: clockTime(startedAt + 90 * 60_000) },
      });
      expect(codes(late)).toEqual([['details.infusionEnd', 'infusion.end_after_finish']]);
    }
    const noAction = await nurse.post(`/api/orders/${o.id}/finish`, { version: o.version, details: { ...record, adverseReaction: true } });
    expect(codes(noAction)).toEqual([['details.adverseAction', 'infusion.adverse_action_required']]);
    await step(nurse, 'finish', { details: record });
    expect(o.details).toMatchObject(record);
    await step(nurse, 'accept', { signerName: '李红', signature: SIGNATURE_PNG });
    const counted = (await head.get(`/api/infusion/orders/${order['王秀兰']}`)).body;
    // the demo's visit and this one
    expect(counted).toMatchObject({ visitsDone: 2, state: 'active' });
    // the centre's cashier takes the fee: the receipt comes from his own book in the same step (A5.7)
    const cashier = await t.login('wusf');
    await step(cashier, 'pay', { amountFen: 4500, method: 'cash' });
    expect(o).toMatchObject({ state: 'paid', payment: { amountFen: 4500, method: 'cash', collectedByName: '吴收费' } });
    const receipts = (await cashier.get(`/api/receipts?orderId=${o.id}`)).body.items as Receipt[];
    expect(receipts).toHaveLength(1);
    const [receipt] = receipts as [Receipt];
    // WS-0000001 went to the demo's visit
    expect(receipt).toMatchObject({
      number: 'WS-0000002',
      amountFen: o.totalFen,
      payer: '王秀兰',
      cashierName: '吴收费',
      paymentId: o.payment.id,
      voidedAt: null,
    });
    expect(receipt.items).toEqual([
      { name: '静脉输液（出诊）', amountFen: 1500 },
      { name: '出诊费', amountFen: 3000 },
    ]);
    const book = (await cashier.get(`/api/receipt-books/${receipt.bookId}`)).body;
    expect(book).toMatchObject({ series: 'WS', cashierName: '吴收费', state: 'issued', holderName: '安居社区卫生服务中心' });
    const a4 = (await cashier.get(`/api/receipts/${receipt.id}/print?size=a4`)).body as string;
    expect(a4).toContain('WS-0000002');
    expect(a4).toContain('肆拾伍元整');
    expect(a4.match(/收款单位：安居社区卫生服务中心/g)).toHaveLength(2);
    expect(a4.match(/付款人：王秀兰/g)).toHaveLength(2);
    // the cash is in the cashier's hands, against its receipt, until he remits it
    const held = (await cashier.get('/api/cash-in-hand')).body as Holder[];
    const mine = held.find((h) => h.holderName === '吴收费')?.payments.find((p) => p.paymentId === o.payment.id);
    expect(mine).toMatchObject({ amountFen: 4500, receiptId: receipt.id });
    // he remits it to the centre's own finance custodian, who counts and confirms it
    const remit = {
      officeId: await t.org('chc'),
      paymentIds: [o.payment.id],
      totalFen: 4500,
      periodFrom: '2026-12-01',
      periodTo: '2026-12-31',
    };
    const remitted = await cashier.post('/api/remittances', remit);
    expect(remitted.status, JSON.stringify(remitted.body)).toBe(201);
    const confirmed = await (await t.login('cuikj')).post(`/api/remittances/${remitted.body.id}/confirm`, { receivedFen: 4500 });
    expect(confirmed.body).toMatchObject({ state: 'confirmed', confirmedBy: '崔会计' });
    await step(head, 'close');
    expect(o.state).toBe('closed');
    const ofPatient = (await head.get(`/api/orders?type=infusion_visit&patientId=${patient['王秀兰']}`)).body;
    // the demo's two and this one
    expect(ofPatient.total).toBe(3);
    expect(ofPatient.items.map((x: { number: string }) => x.number)).toContain(o.number);
    const ofOther = (await head.get(`/api/orders?type=infusion_visit&patientId=${patient['张德明']}`)).body;
    expect(ofOther.total).toBe(0);
  });

  it('is refused once the physician order is cancelled; a visit left open shows on the compliance monitor', async () => {
    const ctx = await systemContext(t);
    const chc = await t.runtime.deps.db.selectFrom('org_nodes').select(['id', 'path']).where('code', '=', 'chc').executeTakeFirstOrThrow();
    const scope = { nodeId: chc.id, path: chc.path };
    const open = await requestVisit(await t.login('luzr'), '王秀兰');
    expect(open.status).toBe(201);
    expect(await visitGatesOpenMonitor.count(ctx, scope)).toBe(0);
    // the closed visit was checked in full before it started
    expect(await visitUncheckedMonitor.count(ctx, scope)).toBe(0);
    const physician = await t.login('heys');
    const po = (await physician.get(`/api/infusion/orders/${order['王秀兰']}`)).body;
    const cancelled = await physician.post(`/api/infusion/orders/${po.id}/cancel`, { reason: '患者病情好转，停止输液' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const refused = await requestVisit(await t.login('luzr'), '王秀兰');
    expect(codes(refused)).toEqual([['details.physicianOrderId', 'infusion.order_not_usable']]);
    // both visits still open on the cancelled order: this one and the demo's, waiting for 许护士
    const breaches = await visitGatesOpenMonitor.list(ctx, scope, { limit: 10, offset: 0 });
    expect(breaches.map((b) => b.what.key)).toEqual(['breach.infusionVisitGatesOpen.order', 'breach.infusionVisitGatesOpen.order']);
    expect(breaches.find((b) => b.entity.label === open.body.number)).toMatchObject({
      what: { key: 'breach.infusionVisitGatesOpen.order', values: { number: open.body.number, patient: '王秀兰' } },
    });
  });

  it('tells on the patient what stops a visit, as the gate judges it: no consent, then nothing once the family signs', async () => {
    const head = await t.login('luzr');
    const blockers = async (who: string) => {
      const res = await head.get(`/api/infusion/patients/${patient[who]}`);
      expect(res.status).toBe(200);
      return res.body.visitBlockers;
    };
    expect(await blockers('刘桂芳')).toEqual(['no_consent']);
    // 孙玉珍 has a contraindication and incomplete paperwork, no order and no consent
    expect(await blockers('孙玉珍')).toEqual(['ineligible', 'no_usable_order', 'no_consent']);
    // 王秀兰's only order was cancelled above
    expect(await blockers('王秀兰')).toEqual(['no_usable_order']);

    const nurse = await t.login('zhouhs');
    const signed = await nurse.post(`/api/infusion/patients/${patient['刘桂芳']}/consents`, {
      signerName: '刘强',
      signerRelation: '儿子',
      signature: SIGNATURE_PNG,
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    expect(await blockers('刘桂芳')).toEqual([]);
    // and the gate agrees: the visit is taken
    const made = await requestVisit(head, '刘桂芳');
    expect(made.status, JSON.stringify(made.body)).toBe(201);

    const withdrawn = await nurse.post(`/api/infusion/consents/${signed.body.id}/withdraw`, { reason: '家属决定到中心输液' });
    expect(withdrawn.status).toBe(200);
    expect(await blockers('刘桂芳')).toEqual(['no_consent']);
  });
});

describe('the fee of a home infusion visit (A5.7)', () => {
  it('is only the posted fee standard: an item off the list, or a station with no list posted, is refused', async () => {
    const admin = await t.login('admin');
    const head = await t.login('luzr');
    // an infusion fee item the centre has not put on its posted list
    const item = await admin.post('/api/service-items', { code: 'infusion-pump', name: '输液泵使用费', category: 'infusion', unit: 'job' });
    expect(item.status, JSON.stringify(item.body)).toBe(201);
    const visit = async (officeId: string, lines: { itemId: string; quantity: number }[]) =>
      head.post('/api/orders', {
        type: 'infusion_visit',
        officeId,
        channel: 'phone',
        customerName: '刘桂芳',
        customerPhone: '0755-26001234',
        address: '翠竹园 3 栋 502',
        appointmentStart: '2026-12-05T01:00:00.000Z',
        lines,
        details: { patientId: patient['刘桂芳'], physicianOrderId: order['刘桂芳'] },
      });
    const offList = await visit(await t.org('chc'), [
      { itemId: await itemId(head, 'infusion-iv-home'), quantity: 1 },
      { itemId: item.body.id, quantity: 1 },
    ]);
    expect(offList.status).toBe(422);
    expect(codes(offList)).toEqual([['lines.1.itemId', 'order.price_not_published']]);
    // a new station of the centre, with no fee list posted yet: no visit is charged there
    const station = await admin.post('/api/orgs', { parentId: await t.org('chc'), kind: 'station', name: '翠竹第二社区卫生服务站' });
    expect(station.status, JSON.stringify(station.body)).toBe(201);
    const unposted = await visit(station.body.id, [{ itemId: await itemId(head, 'infusion-iv-home'), quantity: 1 }]);
    expect(unposted.status).toBe(422);
    expect(unposted.body.code).toBe('pricelist.none_published');
  });
});
