import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo, FORGED_PNG, itemId, plainPng, requestCleaning, SIGNATURE_PNG } from '../support/orders.js';

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

    const wrongAmount = await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: 15000, method: 'cash' });
    expect(wrongAmount.status).toBe(422);
    expect(wrongAmount.body.errors[0]).toMatchObject({ field: 'amountFen', code: 'order.amount_mismatch' });
    o = (await cleaner.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: 15100, method: 'cash' })).body;
    expect(o.payment).toMatchObject({ amountFen: 15100, method: 'cash', collectedByName: '孙秀英' });
    expect((await cleaner.post(`/api/orders/${o.id}/close`, { version: o.version })).status).toBe(403);
    o = (await cashier.post(`/api/orders/${o.id}/close`, { version: o.version })).body;
    expect(o.state).toBe('closed');
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
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('request.idempotency_key_reused');
  });
});
