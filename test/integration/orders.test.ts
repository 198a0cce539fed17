import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { addCleaner, driveTo, FORGED_PNG, itemId, plainPng, requestCleaning, SIGNATURE_PNG } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

describe('a housekeeping order from phone request to close (A7.4)', () => {
  it('is quoted from the posted list, confirmed, assigned, done, refused once, signed, paid and closed', async () => {
    const clerk = await t.login('liuyang');
    const cleaner = await t.login('sunxy');
    const cashier = await t.login('chenjing');
    let o = await requestCleaning(t, clerk, 3);
    expect(o.number).toMatch(/^JZ-\d{8}-\d{4}$/);
    expect(o).toMatchObject({ state: 'requested', totalFen: 0, abilities: { quote: true, assign: false } });

    o = (await clerk.post(`/api/orders/${o.id}/quote`, { version: o.version })).body;
    expect(o).toMatchObject({ state: 'quoted', serviceFeeFen: 12000, totalFen: 12000 });
    expect(o.lines[0]).toMatchObject({ itemName: '室内保洁', unitPriceFen: 4000, quantityMilli: 3000, amountFen: 12000 });

    const unconfirmed = await clerk.post(`/api/orders/${o.id}/confirm`, { version: o.version, priceAccepted: true });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['appointmentStart', 'staffCount']);
    o = (
      await clerk.post(`/api/orders/${o.id}/confirm`, {
        version: o.version,
        priceAccepted: true,
        staffCount: 1,
        appointmentStart: '2026-11-28T01:00:00.000Z',
      })
    ).body;
    expect(o.state).toBe('confirmed');

    // the cleaner does not see the order before it is hers
    expect((await cleaner.get(`/api/orders/${o.id}`)).status).toBe(404);
    o = (await clerk.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [await t.userId('sunxy')] })).body;
    expect(o.staff.map((s: { displayName: string }) => s.displayName)).toEqual(['孙秀英']);

    const mine = (await cleaner.get('/api/orders?mine=true')).body;
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(o.id);
    for (const step of ['depart', 'arrive', 'start']) o = (await cleaner.post(`/api/orders/${o.id}/${step}`, { version: o.version })).body;
    expect(o.state).toBe('in_progress');
    o = (
      await cleaner.post(`/api/orders/${o.id}/materials`, {
        version: o.version,
        materials: [{ name: '玻璃清洁剂', unitLabel: '瓶', unitPriceFen: 1550, quantity: 2 }],
      })
    ).body;
    expect(o).toMatchObject({ serviceFeeFen: 12000, materialFeeFen: 3100, totalFen: 15100 });
    o = (await cleaner.post(`/api/orders/${o.id}/finish`, { version: o.version })).body;

    const unsigned = await cleaner.post(`/api/orders/${o.id}/accept`, { version: o.version, signerName: '李先生', signature: '' });
    expect(unsigned.status).toBe(422);
    expect(unsigned.body.code).toBe('order.signature_required');
    o = (await cleaner.post(`/api/orders/${o.id}/reject`, { version: o.version, reason: '厨房油烟机未清洗干净' })).body;
    expect(o).toMatchObject({ state: 'rework', round: 2 });
    o = (await cleaner.post(`/api/orders/${o.id}/start`, { version: o.version })).body;
    o = (await cleaner.post(`/api/orders/${o.id}/finish`, { version: o.version })).body;
    o = (await cleaner.post(`/api/orders/${o.id}/accept`, { version: o.version, signerName: '李先生', signature: SIGNATURE_PNG })).body;
    expect(o.state).toBe('accepted');
    expect(o.rounds).toMatchObject([
      { roundNo: 1, outcome: 'rework', reason: '厨房油烟机未清洗干净' },
      { roundNo: 2, outcome: 'accepted', signerName: '李先生' },
    ]);
    const image = await cleaner.get(`/api/orders/${o.id}/images/${o.rounds[1].signatureBlobId}`);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    const acceptance = (await cleaner.get(`/api/history/order/${o.id}`)).body.find((e: { action: string }) => e.action === 'order.accept');
    expect(acceptance.after.detail).toEqual({ signerName: '李先生', signatureBlobId: o.rounds[1].signatureBlobId });
    // a step's event keeps what the step changed, before and after, not the whole order twice, and states the total
    expect(acceptance.before).toEqual({
      state: 'completed',
      version: o.version - 1,
      totalFen: 15100,
      staffShortReason: null,
      acceptedAt: null,
      cancelReason: null,
      updatedAt: expect.any(String),
    });
    expect(acceptance.after).toEqual({
      ...acceptance.before,
      state: 'accepted',
      version: o.version,
      acceptedAt: o.acceptedAt,
      updatedAt: o.updatedAt,
      detail: { signerName: '李先生', signatureBlobId: o.rounds[1].signatureBlobId },
    });

    const wrongAmount = await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: 15000, method: 'cash' });
    expect(wrongAmount.status).toBe(422);
    expect(wrongAmount.body.errors[0]).toMatchObject({ field: 'amountFen', code: 'order.amount_mismatch' });
    o = (await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: 15100, method: 'cash' })).body;
    expect(o.payment).toMatchObject({ amountFen: 15100, method: 'cash', collectedByName: '孙秀英' });
    expect((await cleaner.post(`/api/orders/${o.id}/close`, { version: o.version })).status).toBe(403);
    o = (await cashier.post(`/api/orders/${o.id}/close`, { version: o.version })).body;
    expect(o.state).toBe('closed');
    // a closed order still shows what was paid, read with the order
    expect(o.payment).toMatchObject({ amountFen: 15100, method: 'cash', collectedByName: '孙秀英' });
    expect((await cashier.get(`/api/orders/${o.id}`)).body.payment).toEqual(o.payment);
    expect(o.measures.workMinutes).toBeGreaterThanOrEqual(0);

    const history = (await clerk.get(`/api/history/order/${o.id}`)).body.map(
      (e: { action: string; actorName: string }) => `${e.action}:${e.actorName}`,
    );
    expect(history).toEqual([
      'order.create:刘洋',
      'order.quote:刘洋',
      'order.confirm:刘洋',
      'order.assign:刘洋',
      'order.depart:孙秀英',
      'order.arrive:孙秀英',
      'order.start:孙秀英',
      'order.record_materials:孙秀英',
      'order.finish:孙秀英',
      'order.reject:孙秀英',
      'order.start:孙秀英',
      'order.finish:孙秀英',
      'order.accept:孙秀英',
      'order.pay:孙秀英',
      'order.close:陈静',
    ]);
  });

  it('answers every step with the order as reading it again shows it: lines, photos, materials, rounds, payment', async () => {
    const clerk = await t.login('liuyang');
    const cleaner = await t.login('sunxy');
    const cashier = await t.login('chenjing');
    const photo = plainPng(64, 48, [180, 120, 60, 255]);
    let o: { id: string; version: number; totalFen: number };
    // each answer is what the page shows after the step: it must be the order as it now is for that user
    const step = async (agent: typeof clerk, path: string, body: object = {}) => {
      const res = await agent.post(`/api/orders/${o.id}/${path}`, path === 'photos' ? body : { version: o.version, ...body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      o = res.body;
      expect(res.body, path).toEqual((await agent.get(`/api/orders/${o.id}`)).body);
    };
    const intake = async (photos: string[]) => {
      const res = await clerk.post('/api/orders', {
        type: 'housekeeping',
        officeId: await t.org('office-a'),
        channel: 'phone',
        customerName: '周女士',
        lines: [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 2 }],
        photos,
      });
      expect(res.status).toBe(201);
      expect(res.body.photos).toHaveLength(photos.length);
      expect(res.body).toEqual((await clerk.get(`/api/orders/${res.body.id}`)).body);
      return res.body;
    };
    await intake([photo]);
    o = await intake([]);
    await step(clerk, 'quote');
    await step(clerk, 'confirm', {
      priceAccepted: true,
      customerPhone: '13800001111',
      address: '翠竹园5栋302',
      staffCount: 1,
      appointmentStart: '2026-11-28T01:00:00.000Z',
    });
    await step(clerk, 'assign', { staff: [await t.userId('sunxy')] });
    await step(cleaner, 'start');
    await step(cleaner, 'materials', { materials: [{ name: '除垢剂', unitLabel: '瓶', unitPriceFen: 900, quantity: 1 }] });
    await step(cleaner, 'photos', { image: photo });
    await step(cleaner, 'finish');
    await step(cleaner, 'reject', { reason: '阳台没有擦' });
    await step(cleaner, 'start');
    await step(cleaner, 'finish');
    await step(cleaner, 'accept', { signerName: '周女士', signature: SIGNATURE_PNG });
    await step(cleaner, 'pay', { amountFen: o.totalFen, method: 'cash' });
    await step(cashier, 'close');
    expect(o).toMatchObject({ state: 'closed', materials: [{ name: '除垢剂' }], payment: { method: 'cash' } });
    expect((o as unknown as { rounds: unknown[]; photos: unknown[] }).rounds).toHaveLength(2);
  });

  it('prints the 家政服务表 with the total in Chinese capitals and the signature', async () => {
    const o = await driveTo(t, 'paid');
    const res = await (await t.login('chenjing')).get(`/api/orders/${o.id}/print`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('家政服务表');
    expect(res.body).toContain(o.number);
    expect(res.body).toContain('壹佰贰拾元整');
    expect(res.body).toContain('data:image/png;base64,');
    expect(res.body).toContain('签字人：李先生');
    // the owner's signature in its box, a line for the worker and the date, the office's seal (X3)
    expect(res.body).toMatch(/<div class="sig-box"><img class="sig" alt="业主验收签字" src="data:image\/png;base64,/);
    expect(res.body).toContain('<span>服务人员签字：</span><span class="blank"></span>');
    expect(res.body).toContain('<span>日期：</span><span class="blank"></span>');
    expect(res.body).toContain('<div class="seal"><span>盖章处</span></div>');
    const en = (await (await t.login('chenjing')).get(`/api/orders/${o.id}/print?lang=en`)).body as string;
    expect(en).toContain(`Number: ${o.number}`);
    expect(en).toContain('<span>Staff signature: </span>');
    expect(en).not.toMatch(/[：　]/);
  });
});

describe('staff pickers', () => {
  it('offers the supervisor the office’s field staff to assign, and a hand-over the supervisors and cashiers', async () => {
    const clerk = await t.login('liuyang');
    const office = await t.org('office-a');
    const workers = (await clerk.get(`/api/orgs/${office}/staff?permission=orders.work`)).body.items;
    expect(workers.map((u: { username: string }) => u.username)).toContain('sunxy');
    expect(workers.map((u: { username: string }) => u.username)).not.toContain('chenjing');
    const receivers = (await clerk.get(`/api/orgs/${office}/staff?permission=orders.assign,receipts.issue`)).body.items;
    const names = receivers.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['chenjing', 'liuyang']));
    expect(names).not.toContain('sunxy');
    const otherOffice = await clerk.get(`/api/orgs/${await t.org('office-b')}/staff?permission=orders.work`);
    expect(otherOffice.status).toBe(404);
    // the cleaner, granted at her department only, still finds whom to hand cash to in her office
    const cleaner = await t.login('sunxy');
    const forCleaner = (await cleaner.get(`/api/orgs/${office}/staff?permission=orders.assign,receipts.issue`)).body.items;
    expect(forCleaner.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(['chenjing', 'liuyang']));
  });
});

describe('refusals', () => {
  it('takes the appointment at intake when the owner names one, and refuses one that ends before it starts', async () => {
    const clerk = await t.login('liuyang');
    const body = {
      type: 'housekeeping',
      officeId: await t.org('office-a'),
      channel: 'phone',
      customerName: '王女士',
      lines: [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 2 }],
    };
    const backwards = await clerk.post('/api/orders', {
      ...body,
      appointmentStart: '2026-12-03T02:00:00Z',
      appointmentEnd: '2026-12-03T01:00:00Z',
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'appointmentEnd', code: 'order.appointment_end_before_start' });
    const taken = await clerk.post('/api/orders', {
      ...body,
      appointmentStart: '2026-12-03T02:00:00Z',
      appointmentEnd: '2026-12-03T04:00:00Z',
    });
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ appointmentStart: '2026-12-03T02:00:00Z', appointmentEnd: '2026-12-03T04:00:00Z' });
    // The confirmation keeps the appointment unless it is changed, and checks the order of the two times too.
    await clerk.post(`/api/orders/${taken.body.id}/quote`, { version: taken.body.version });
    const quoted = (await clerk.get(`/api/orders/${taken.body.id}`)).body;
    const late = await clerk.post(`/api/orders/${quoted.id}/confirm`, {
      version: quoted.version,
      priceAccepted: true,
      customerPhone: '13900000000',
      address: '翠竹园2栋0301',
      staffCount: 1,
      appointmentStart: '2026-12-03T05:00:00Z',
    });
    expect(late.status).toBe(422);
    expect(late.body.errors[0]).toMatchObject({ field: 'appointmentEnd', code: 'order.appointment_end_before_start' });
  });

  it('answers 409 order.invalid_transition for a step out of order', async () => {
    const clerk = await t.login('liuyang');
    const o = await requestCleaning(t, clerk);
    const res = await clerk.post(`/api/orders/${o.id}/finish`, { version: o.version });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('order.invalid_transition');
  });

  it('refuses a price that is not the posted one, and items not on the list', async () => {
    const clerk = await t.login('liuyang');
    const o = await requestCleaning(t, clerk);
    const carpet = await itemId(clerk, 'carpet-cleaning');
    const offList = await clerk.post(`/api/orders/${o.id}/quote`, {
      version: o.version,
      lines: [{ itemId: carpet, quantity: 20, unitPriceFen: 700 }],
    });
    expect(offList.status).toBe(422);
    expect(offList.body.errors[0]).toMatchObject({ field: 'lines.0.unitPriceFen', code: 'order.price_not_published' });
    const wrongType = await clerk.post(`/api/orders/${o.id}/quote`, {
      version: o.version,
      lines: [{ itemId: await itemId(clerk, 'lock-change'), quantity: 1 }],
    });
    expect(wrongType.body.code).toBe('order.item_wrong_type');
    const fine = await clerk.post(`/api/orders/${o.id}/quote`, {
      version: o.version,
      lines: [{ itemId: carpet, quantity: 20.5, unitPriceFen: 800 }],
    });
    expect(fine.body).toMatchObject({ state: 'quoted', totalFen: 16400 });
    // quoted again at the same price: the event still states the total the timeline notes, and the history's diff
    // does not list it as changed (it is on both sides)
    const again = await clerk.post(`/api/orders/${o.id}/quote`, { version: fine.body.version });
    expect(again.body).toMatchObject({ state: 'quoted', totalFen: 16400 });
    const quotes = (await clerk.get(`/api/history/order/${o.id}`)).body.filter((e: { action: string }) => e.action === 'order.quote');
    expect(quotes.map((e: { after: { totalFen: number } }) => e.after.totalFen)).toEqual([16400, 16400]);
    expect(quotes[1].before.totalFen).toBe(16400);
  });

  it('refuses staff of another office', async () => {
    const o = await driveTo(t, 'confirmed');
    const res = await (await t.login('liuyang')).post(`/api/orders/${o.id}/assign`, {
      version: o.version,
      staff: [await t.userId('huangli')],
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('order.staff_outside_office');
  });

  it('refuses an assignment that names no staff, and the order stays unassigned (A7.3)', async () => {
    const o = await driveTo(t, 'confirmed');
    const clerk = await t.login('liuyang');
    const res = await clerk.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [] });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('order.staff_required');
    expect(res.body.errors[0]).toMatchObject({ field: 'staff', code: 'order.staff_required' });
    expect((await clerk.get(`/api/orders/${o.id}`)).body).toMatchObject({ state: 'confirmed', version: o.version, staff: [] });
  });

  it('refuses a request with no item, or an item of a quantity that is not positive with at most 3 decimals (A2.4.2.2)', async () => {
    const clerk = await t.login('liuyang');
    const body = {
      type: 'housekeeping',
      officeId: await t.org('office-a'),
      channel: 'phone',
      customerName: '周女士',
      address: '翠竹园5栋0802',
    };
    const before = (await clerk.get('/api/orders?pageSize=100')).body.total;
    const none = await clerk.post('/api/orders', { ...body, lines: [] });
    expect(none.status).toBe(422);
    expect(none.body.code).toBe('order.no_items');
    const odd = await clerk.post('/api/orders', { ...body, lines: [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 1.2345 }] });
    expect(odd.status).toBe(422);
    expect(odd.body.code).toBe('order.quantity_invalid');
    expect(odd.body.errors[0]).toMatchObject({ field: 'lines.0.quantity', code: 'order.quantity_invalid' });
    expect((await clerk.get('/api/orders?pageSize=100')).body.total).toBe(before);
  });

  it('sends fewer staff than the owner confirmed only with the reason agreed with the owner (A7.4.2)', async () => {
    const clerk = await t.login('liuyang');
    let o = await driveTo(t, 'quoted');
    o = (
      await clerk.post(`/api/orders/${o.id}/confirm`, {
        version: o.version,
        priceAccepted: true,
        staffCount: 2,
        appointmentStart: '2026-11-28T01:00:00.000Z',
      })
    ).body;
    const sunxy = await t.userId('sunxy');
    const history = async () => ((await clerk.get(`/api/history/order/${o.id}`)).body as { action: string }[]).map((e) => e.action);
    const before = await history();

    const short = await clerk.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [sunxy] });
    expect(short.status).toBe(422);
    expect(short.body.code).toBe('order.fewer_staff_than_confirmed');
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'staffShortReason', code: 'order.fewer_staff_than_confirmed' })]);
    expect((await clerk.get(`/api/orders/${o.id}`)).body).toMatchObject({ state: 'confirmed', version: o.version, staff: [] });
    expect(await history()).toEqual(before);
    const blank = await clerk.post(`/api/orders/${o.id}/assign`, { version: o.version, staff: [sunxy], staffShortReason: '   ' });
    expect(blank.status).toBe(400);

    const agreed = await clerk.post(`/api/orders/${o.id}/assign`, {
      version: o.version,
      staff: [sunxy],
      staffShortReason: '业主电话同意改为一人上门',
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({ state: 'assigned', staffCount: 2, staffShortReason: '业主电话同意改为一人上门' });
    const events = (await clerk.get(`/api/history/order/${o.id}`)).body as { action: string; after: { staffShortReason: string } }[];
    expect(events.at(-1)).toMatchObject({ action: 'order.assign', after: { staffShortReason: '业主电话同意改为一人上门' } });
    const form = (await clerk.get(`/api/orders/${o.id}/print`)).body as string;
    expect(form).toContain('业主电话同意改为一人上门');

    // the full complement needs no reason, and the old one no longer stands
    const full = await clerk.post(`/api/orders/${o.id}/assign`, {
      version: agreed.body.version,
      staff: [sunxy, await t.userId('liuyang')],
    });
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ staffShortReason: null });
    const names = (staff: { displayName: string }[]) => staff.map((s) => s.displayName);
    expect(names(full.body.staff)).toEqual(['孙秀英', '刘洋']);
    // the one released by the reassignment is kept as former staff, in the answer as in a later read
    expect(names(full.body.formerStaff)).toEqual(['孙秀英']);
    expect(full.body.formerStaff[0].releasedAt).toBe(full.body.assignedAt);
    const read = (await clerk.get(`/api/orders/${o.id}`)).body;
    expect({ staff: read.staff, formerStaff: read.formerStaff }).toEqual({ staff: full.body.staff, formerStaff: full.body.formerStaff });
  });

  it('answers 409 to a change made on a stale version, and writes nothing', async () => {
    const o = await driveTo(t, 'quoted');
    const clerk = await t.login('liuyang');
    const first = await clerk.post(`/api/orders/${o.id}/cancel`, { version: o.version, reason: '业主改期' });
    expect(first.status).toBe(200);
    const stale = await clerk.post(`/api/orders/${o.id}/confirm`, { version: o.version, priceAccepted: true });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.version_conflict');
    expect((await clerk.get(`/api/orders/${o.id}`)).body).toMatchObject({ state: 'cancelled', cancelReason: '业主改期' });
  });

  it('cannot be cancelled once the work is completed', async () => {
    const o = await driveTo(t, 'completed');
    const res = await (await t.login('liuyang')).post(`/api/orders/${o.id}/cancel`, { version: o.version, reason: '不想付钱' });
    expect(res.body.code).toBe('order.invalid_transition');
  });

  it('keeps orders inside their office: office B sees none of office A', async () => {
    const o = await driveTo(t, 'quoted');
    const headB = await t.login('zhaolei');
    expect((await headB.get(`/api/orders/${o.id}`)).status).toBe(404);
    expect((await headB.get('/api/orders?pageSize=100')).body.items.map((x: { id: string }) => x.id)).not.toContain(o.id);
    expect((await headB.get(`/api/orders/${o.id}/print`)).status).toBe(404);
  });

  it('refuses a signature that is not an image', async () => {
    const o = await driveTo(t, 'completed');
    const res = await (await t.login('sunxy')).post(`/api/orders/${o.id}/accept`, {
      version: o.version,
      signerName: '李先生',
      signature: 'data:image/png;base64,aGVsbG8=',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ field: 'signature', code: 'image.invalid' });
  });

  it('refuses an acceptance that does not name who signed, and the order stays unsigned (X2)', async () => {
    const o = await driveTo(t, 'completed');
    const cleaner = await t.login('sunxy');
    const res = await cleaner.post(`/api/orders/${o.id}/accept`, { version: o.version, signerName: '', signature: SIGNATURE_PNG });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('order.signer_required');
    expect(res.body.errors[0]).toMatchObject({ field: 'signerName', code: 'order.signer_required' });
    expect((await cleaner.get(`/api/orders/${o.id}`)).body).toMatchObject({ state: 'completed', version: o.version });
  });

  it("refuses a PNG header followed by zeros, a blank pad and a speck as the owner's signature; the order stays unsigned", async () => {
    const o = await driveTo(t, 'completed');
    const cleaner = await t.login('sunxy');
    const tries: [string, string][] = [
      [FORGED_PNG, 'image.invalid'],
      [plainPng(300, 120), 'signature.blank'],
      [plainPng(300, 120, [0, 0, 0, 0]), 'signature.blank'],
      [plainPng(1, 1, [0, 0, 0, 255]), 'image.dimensions'],
    ];
    for (const [signature, code] of tries) {
      const res = await cleaner.post(`/api/orders/${o.id}/accept`, { version: o.version, signerName: '李先生', signature });
      expect(res.status, code).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ field: 'signature', code });
    }
    const after = (await cleaner.get(`/api/orders/${o.id}`)).body;
    expect(after.state).toBe('completed');
    expect(after.version).toBe(o.version);
    const signed = await cleaner.post(`/api/orders/${o.id}/accept`, { version: o.version, signerName: '李先生', signature: SIGNATURE_PNG });
    expect(signed.status).toBe(200);
    expect(signed.body.state).toBe('accepted');
  });

  it('refuses a photo that does not decode or is a speck, and keeps none of it', async () => {
    const o = await driveTo(t, 'quoted');
    const head = await t.login('wangfang');
    const forged = await head.post(`/api/orders/${o.id}/photos`, { image: FORGED_PNG });
    expect(forged.status).toBe(422);
    expect(forged.body.errors[0]).toMatchObject({ field: 'image', code: 'image.invalid' });
    const speck = await head.post(`/api/orders/${o.id}/photos`, { image: plainPng(1, 1) });
    expect(speck.status).toBe(422);
    expect(speck.body.errors[0]).toMatchObject({ field: 'image', code: 'image.dimensions' });
    expect((await head.get(`/api/orders/${o.id}`)).body.photos).toEqual([]);
    const real = await head.post(`/api/orders/${o.id}/photos`, { image: plainPng(64, 48, [200, 220, 240, 255]) });
    expect(real.status).toBe(200);
    expect(real.body.photos).toHaveLength(1);
  });
});

describe('lists', () => {
  it('filter by state, type, staff and date, sort, and page', async () => {
    const head = await t.login('wangfang');
    const cleanerId = await t.userId('sunxy');
    const all = (await head.get('/api/orders?pageSize=100')).body;
    expect(all.total).toBeGreaterThan(5);
    const closedOrCancelled = (await head.get('/api/orders?state=closed,cancelled&pageSize=100')).body.items;
    expect(closedOrCancelled.every((o: { state: string }) => ['closed', 'cancelled'].includes(o.state))).toBe(true);
    const hers = (await head.get(`/api/orders?staffId=${cleanerId}&pageSize=100`)).body.items;
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((o: { staffNames: string[] }) => o.staffNames.includes('孙秀英'))).toBe(true);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    // the demo also holds past months' orders (callback history): the day filter keeps today's only
    const ofToday = (await head.get(`/api/orders?from=${today}&to=${today}&pageSize=100`)).body;
    const localDay = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
    expect(ofToday.total).toBe(all.items.filter((o: { requestedAt: string }) => localDay(o.requestedAt) === today).length);
    expect(ofToday.items.every((o: { requestedAt: string }) => localDay(o.requestedAt) === today)).toBe(true);
    expect((await head.get('/api/orders?from=2020-01-01&to=2020-01-31')).body.total).toBe(0);
    const page = (await head.get('/api/orders?sort=number&pageSize=2&page=1')).body.items.map((o: { number: string }) => o.number);
    expect([...page].sort()).toEqual(page);
  });

  it('export to Excel the rows the filters select, on every page, with headers in the chosen language', async () => {
    const head = await t.login('wangfang');
    const open = (await head.get('/api/orders?state=requested,quoted,confirmed,assigned&sort=number&pageSize=100')).body;
    expect(open.total).toBeGreaterThan(0);
    const xlsx = async (query: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/orders/export.xlsx?${query}`,
        headers: { cookie: `gj_session=${head.cookie}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return wb.worksheets[0]!;
    };
    // pageSize=1 in the query does not cut the file short: the export takes every page
    const sheet = await xlsx('state=requested,quoted,confirmed,assigned&sort=number&page=1&pageSize=1');
    expect(sheet.name).toBe('工单');
    expect(sheet.getRow(1).getCell(1).value).toBe('工单号');
    expect(sheet.rowCount - 1).toBe(open.total);
    const numbers = Array.from({ length: open.total }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(numbers).toEqual(open.items.map((o: { number: string }) => o.number));
    expect(['已受理', '已报价', '已确认', '已派工']).toContain(sheet.getRow(2).getCell(3).value);
    const en = await xlsx('state=closed&lang=en');
    expect(en.getRow(1).getCell(1).value).toBe('Order');
    // staff are listed in the sheet's language: "孙秀英, 李强", not "孙秀英、李强"
    const second = await addCleaner(t, 'cleaner_a2', '周阿姨', 'office-a-env');
    const two = await driveTo(t, 'confirmed');
    const assigned = await (await t.login('liuyang')).post(`/api/orders/${two.id}/assign`, {
      version: two.version,
      staff: [await t.userId('sunxy'), second],
    });
    const names = assigned.body.staff.map((u: { displayName: string }) => u.displayName);
    expect(names).toHaveLength(2);
    const enAssigned = await xlsx('state=assigned&lang=en');
    const row = Array.from({ length: enAssigned.rowCount }, (_, i) => enAssigned.getRow(i + 1)).find(
      (r) => r.getCell(1).value === two.number,
    );
    expect(row?.getCell(8).value).toBe(names.join(', '));
    // office B's head exports none of office A's orders
    const other = await t.login('zhaolei');
    const b = await t.app.inject({ method: 'GET', url: '/api/orders/export.xlsx', headers: { cookie: `gj_session=${other.cookie}` } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b.rawPayload as unknown as ArrayBuffer);
    const offices = new Set(
      Array.from({ length: wb.worksheets[0]!.rowCount - 1 }, (_, i) => wb.worksheets[0]!.getRow(i + 2).getCell(4).value),
    );
    expect(offices.has('翠竹园管理处')).toBe(false);
  });
});

describe('paying twice', () => {
  it('with the same Idempotency-Key (retry, double click, two tabs) records one payment and answers the same', async () => {
    const o = await driveTo(t, 'accepted');
    const cleaner = await t.login('sunxy');
    const pay = () =>
      cleaner.request(
        'POST',
        `/api/orders/${o.id}/pay`,
        { version: o.version, amountFen: o.totalFen, method: 'cash' },
        { 'idempotency-key': `pay-${o.id}` },
      );
    const [a, b] = await Promise.all([pay(), pay()]);
    const c = await pay();
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    expect(b.body.payment.id).toBe(a.body.payment.id);
    expect(c.body.payment.id).toBe(a.body.payment.id);
    const payments = await t.runtime.deps.db.selectFrom('order_payments').select('id').where('order_id', '=', o.id).execute();
    expect(payments).toHaveLength(1);
    const history = (await cleaner.get(`/api/history/order/${o.id}`)).body.filter((e: { action: string }) => e.action === 'order.pay');
    expect(history).toHaveLength(1);
  });
  it('refuses a key reused for another order', async () => {
    const o = await driveTo(t, 'accepted');
    const cleaner = await t.login('sunxy');
    const first = await driveTo(t, 'accepted');
    await cleaner.request(
      'POST',
      `/api/orders/${first.id}/pay`,
      { version: first.version, amountFen: first.totalFen, method: 'cash' },
      { 'idempotency-key': 'shared-key-123' },
    );
    const reused = await cleaner.request(
      'POST',
      `/api/orders/${o.id}/pay`,
      { version: o.version, amountFen: o.totalFen, method: 'cash' },
      { 'idempotency-key': 'shared-key-123' },
    );
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency.key_reused');
  });
});
