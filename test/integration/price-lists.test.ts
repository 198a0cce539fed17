import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

describe('an office’s price list (A2.4.2.1)', () => {
  it('is prepared, returned with a reason, approved by the office head, posted, and supersedes the old one', async () => {
    const supervisor = await t.login('liuyang');
    const head = await t.login('wangfang');
    const officeA = await t.org('office-a');
    const before = (await head.get(`/api/price-lists/published?officeId=${officeA}`)).body;
    expect(before.number).toBe(1);

    const draft = await supervisor.post('/api/price-lists', { officeId: officeA });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ number: 2, state: 'draft', abilities: { edit: true, submit: true, approve: false } });
    expect(draft.body.lines).toHaveLength(before.lines.length);
    const carpet = draft.body.lines.find((l: { itemCode: string }) => l.itemCode === 'carpet-cleaning');
    const lines = draft.body.lines.map((l: { itemId: string; priceFen: number; note: string | null }) => ({
      itemId: l.itemId,
      priceFen: l.itemId === carpet.itemId ? 1000 : l.priceFen,
      note: l.note,
    }));
    expect((await supervisor.put(`/api/price-lists/${draft.body.id}/lines`, { lines })).status).toBe(200);
    expect((await supervisor.post(`/api/price-lists/${draft.body.id}/approve`)).status).toBe(403);
    await supervisor.post(`/api/price-lists/${draft.body.id}/submit`);

    const noReason = await head.post(`/api/price-lists/${draft.body.id}/return`, { reason: ' ' });
    expect(noReason.status).toBe(400);
    const returned = await head.post(`/api/price-lists/${draft.body.id}/return`, { reason: '地毯清洗涨幅过大，请按9元重新报价' });
    expect(returned.body).toMatchObject({ state: 'returned', returnReason: '地毯清洗涨幅过大，请按9元重新报价' });
    lines.find((l: { itemId: string }) => l.itemId === carpet.itemId).priceFen = 900;
    await supervisor.put(`/api/price-lists/${draft.body.id}/lines`, { lines });
    await supervisor.post(`/api/price-lists/${draft.body.id}/submit`);
    const approved = await head.post(`/api/price-lists/${draft.body.id}/approve`);
    expect(approved.body).toMatchObject({ state: 'approved', approvedBy: '王芳' });
    expect((await head.post(`/api/price-lists/${draft.body.id}/approve`)).body.code).toBe('pricelist.invalid_transition');
    const published = await head.post(`/api/price-lists/${draft.body.id}/publish`);
    expect(published.body.state).toBe('published');

    const now = (await head.get(`/api/price-lists/published?officeId=${officeA}`)).body;
    expect(now.number).toBe(2);
    expect(now.lines.find((l: { itemId: string }) => l.itemId === carpet.itemId).priceFen).toBe(900);
    expect((await head.get(`/api/price-lists/${before.id}`)).body.state).toBe('superseded');
    const history = (await head.get(`/api/history/pricelist/${draft.body.id}`)).body.map(
      (e: { action: string; actorName: string }) => `${e.action}:${e.actorName}`,
    );
    expect(history).toEqual([
      'pricelist.create:刘洋',
      'pricelist.edit:刘洋',
      'pricelist.submit:刘洋',
      'pricelist.return:王芳',
      'pricelist.edit:刘洋',
      'pricelist.submit:刘洋',
      'pricelist.approve:王芳',
      'pricelist.publish:王芳',
    ]);
  });

  it('refuses a second list in preparation, prices that are not whole fen, and an item twice', async () => {
    const head = await t.login('zhaolei');
    const officeB = await t.org('office-b');
    const draft = await head.post('/api/price-lists', { officeId: officeB });
    expect((await head.post('/api/price-lists', { officeId: officeB })).body.code).toBe('pricelist.open_exists');
    const item = draft.body.lines[0].itemId;
    const fraction = await head.put(`/api/price-lists/${draft.body.id}/lines`, { lines: [{ itemId: item, priceFen: 12.5 }] });
    expect(fraction.status).toBe(400);
    expect(fraction.body.errors[0].field).toBe('lines.0.priceFen');
    const negative = await head.put(`/api/price-lists/${draft.body.id}/lines`, { lines: [{ itemId: item, priceFen: -100 }] });
    expect(negative.status).toBe(400);
    const twice = await head.put(`/api/price-lists/${draft.body.id}/lines`, {
      lines: [
        { itemId: item, priceFen: 100 },
        { itemId: item, priceFen: 200 },
      ],
    });
    expect(twice.body.errors[0]).toMatchObject({ field: 'lines.1.itemId', code: 'pricelist.duplicate_item' });
    expect((await head.get(`/api/price-lists/${draft.body.id}`)).body.lines).toHaveLength(draft.body.lines.length);
  });

  it('quotes a request only from a posted list: an office with none cannot quote, and the order stays requested (A7.4.1)', async () => {
    const admin = await t.login('admin');
    const office = await admin.post('/api/orgs', {
      parentId: await t.org('pm'),
      kind: 'office',
      name: '无价目表管理处',
      code: 'office-nolist',
    });
    expect(office.status).toBe(201);
    expect((await admin.get(`/api/price-lists/published?officeId=${office.body.id}`)).status).toBe(404);
    const items = (await admin.get('/api/service-items')).body as { id: string; code: string }[];
    const order = await admin.post('/api/orders', {
      type: 'housekeeping',
      officeId: office.body.id,
      channel: 'phone',
      customerName: '钱先生',
      address: '新楼盘1栋0101',
      lines: [{ itemId: items.find((i) => i.code === 'indoor-cleaning')!.id, quantity: 2 }],
    });
    expect(order.status).toBe(201);
    const quote = await admin.post(`/api/orders/${order.body.id}/quote`, { version: order.body.version });
    expect(quote.status).toBe(422);
    expect(quote.body.code).toBe('pricelist.none_published');
    expect((await admin.get(`/api/orders/${order.body.id}`)).body).toMatchObject({
      state: 'requested',
      totalFen: 0,
      version: order.body.version,
    });
  });

  it('keeps an English name beside an item’s Chinese one, which can be changed or cleared', async () => {
    const admin = await t.login('admin');
    const made = await admin.post('/api/service-items', {
      code: 'sofa-cleaning',
      name: '沙发清洗',
      nameEn: 'Sofa cleaning',
      category: 'housekeeping',
      unit: 'piece',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: '沙发清洗', nameEn: 'Sofa cleaning' });
    const renamed = await admin.patch(`/api/service-items/${made.body.id}`, { nameEn: 'Sofa shampoo' });
    expect(renamed.body).toMatchObject({ name: '沙发清洗', nameEn: 'Sofa shampoo' });
    const untouched = await admin.patch(`/api/service-items/${made.body.id}`, { unit: 'job' });
    expect(untouched.body.nameEn).toBe('Sofa shampoo');
    const cleared = await admin.patch(`/api/service-items/${made.body.id}`, { nameEn: null });
    expect(cleared.body.nameEn).toBeNull();
    const blank = await admin.post('/api/service-items', {
      code: 'x-blank',
      name: '空白',
      nameEn: '  ',
      category: 'housekeeping',
      unit: 'job',
    });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0].field).toBe('nameEn');
  });

  it('is posted publicly as a printable notice with a QR code, without sign-in', async () => {
    const officeA = await t.org('office-a');
    const tenantId = (await t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
    const res = await t.app.inject({ method: 'GET', url: `/notice/price-lists/${tenantId}/${officeA}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('翠竹园管理处');
    expect(res.body).toContain('有偿服务收费标准公示');
    expect(res.body).toContain('地毯清洗');
    expect(res.body).toMatch(/经管理处负责人 王芳 于 \d{4}-\d{2}-\d{2} 批准/);
    expect(res.body).toContain('<svg');
    // the app's icon (served by the web app, web-app.test.ts): a browser asks for no /favicon.ico, which is none
    expect(res.body).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    const english = await t.app.inject({ method: 'GET', url: `/notice/price-lists/${tenantId}/${officeA}?lang=en` });
    expect(english.body).toContain('Paid-service price list');
    // English names where the catalogue has them; the QR code of the English notice opens it in English
    expect(english.body).toContain('Carpet cleaning');
    expect(english.body).not.toContain('地毯清洗');
    const qr = (page: string) => page.slice(page.indexOf('<svg'), page.indexOf('</svg>') + 6);
    const address = `http://localhost:80/notice/price-lists/${tenantId}/${officeA}`;
    const drawn = async (url: string) => qr(await QRCode.toString(url, { type: 'svg', margin: 0, width: 120 }));
    expect(qr(english.body)).toBe(await drawn(`${address}?lang=en`));
    expect(qr(res.body)).toBe(await drawn(address));
    const unknown = await t.app.inject({ method: 'GET', url: `/notice/price-lists/${tenantId}/${await t.org('office-a-env')}` });
    expect(unknown.statusCode).toBe(404);
  });
});
