import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { itemId, plainPng, requestCleaning } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

async function auditCount() {
  const r = await t.runtime.deps.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const fields = (res: { body: { errors?: { field: string; code: string }[] } }) => (res.body.errors ?? []).map((e) => e.field);

/** A new order at office A with the given changes to the usual phone request. */
async function newOrder(clerk: Agent, changes: Record<string, unknown>) {
  return clerk.post('/api/orders', {
    type: 'housekeeping',
    officeId: await t.org('office-a'),
    channel: 'phone',
    customerName: '李先生',
    customerPhone: '13912345678',
    address: '翠竹园3栋1201',
    description: '年底大扫除',
    lines: [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 2 }],
    ...changes,
  });
}

describe('a NUL character is refused with the field on every route (PostgreSQL cannot store it)', () => {
  const NUL = '\u0000';
  type Case = [string, () => Promise<{ status: number; body: { code: string; errors?: { field: string; code: string }[] } }>, string];
  const cases: Case[] = [
    ['sign-in username', () => t.anonymous().post('/api/auth/login', { username: `ad${NUL}min`, password: 'guanjia2026' }), 'username'],
    [
      'sign-in organisation',
      () => t.anonymous().post('/api/auth/login', { tenant: `demo${NUL}`, username: 'admin', password: 'x' }),
      'tenant',
    ],
    ['order search', async () => (await t.login('liuyang')).get('/api/orders?q=a%00b'), 'q'],
    ['user search', async () => (await t.login('admin')).get('/api/users?q=%00'), 'q'],
    ['organisation search', async () => (await t.login('admin')).get('/api/orgs?q=x%00'), 'q'],
    ['agreement search', async () => (await t.login('wangfang')).get('/api/agreements?q=%00%00'), 'q'],
    ['job search', async () => (await t.login('admin')).get('/api/jobs?q=%00'), 'q'],
    ['a path parameter', async () => (await t.login('admin')).get(`/api/history/order%00x/${await t.org('hq')}`), 'entity'],
    ['order customer name', async () => newOrder(await t.login('liuyang'), { customerName: `李${NUL}先生` }), 'customerName'],
    ['order address', async () => newOrder(await t.login('liuyang'), { address: `3栋${NUL}` }), 'address'],
    ['order description', async () => newOrder(await t.login('liuyang'), { description: `扫除${NUL}` }), 'description'],
    [
      'a nested field',
      async () => {
        const clerk = await t.login('liuyang');
        const order = await requestCleaning(t, clerk);
        return clerk.post(`/api/orders/${order.id}/cancel`, { version: order.version, reason: `不要了${NUL}` });
      },
      'reason',
    ],
    [
      'an organisation name',
      async () => (await t.login('admin')).post('/api/orgs', { parentId: await t.org('hq'), kind: 'company', name: `新${NUL}公司` }),
      'name',
    ],
    [
      'a user display name',
      async () =>
        (await t.login('admin')).post('/api/users', {
          username: 'nul_user',
          displayName: `张${NUL}三`,
          orgId: await t.org('hq'),
          password: 'longenough',
        }),
      'displayName',
    ],
    [
      'a price-list line note',
      async () => {
        const supervisor = await t.login('liuyang');
        const draft = await supervisor.post('/api/price-lists', { officeId: await t.org('office-a') });
        const lines = draft.body.lines.map((l: { itemId: string; priceFen: number }, i: number) => ({
          itemId: l.itemId,
          priceFen: l.priceFen,
          note: i === 1 ? `另计${NUL}` : null,
        }));
        return supervisor.put(`/api/price-lists/${draft.body.id}/lines`, { lines });
      },
      'lines.1.note',
    ],
  ];
  it.each(cases)('%s', async (_name, send, field) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('request.invalid');
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code: 'control_character' }));
  });

  it('writes nothing when refused', async () => {
    const clerk = await t.login('liuyang');
    const before = await auditCount();
    expect((await newOrder(clerk, { customerName: `王${NUL}` })).status).toBe(400);
    expect(await auditCount()).toBe(before);
  });
});

describe('other control characters and direction overrides', () => {
  it.each([
    ['bell', '\u0007'],
    ['escape', '\u001b'],
    ['delete', '\u007f'],
    ['C1 next line', '\u0085'],
    ['carriage return alone', 'x\ry'],
  ])('refuses %s in a field', async (_name, ch) => {
    const res = await newOrder(await t.login('liuyang'), { address: `3栋${ch}1201` });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'address', code: 'control_character' }));
  });

  it('keeps tabs and line breaks in text', async () => {
    const res = await newOrder(await t.login('liuyang'), { description: '厨房\t油烟机\n卫生间\r\n阳台' });
    expect(res.status).toBe(201);
    expect(res.body.description).toBe('厨房\t油烟机\n卫生间\r\n阳台');
  });

  it.each([
    ['right-to-left override', '\u202e'],
    ['left-to-right embedding', '\u202a'],
    ['right-to-left isolate', '\u2067'],
  ])('refuses a %s in names shown to others', async (_name, ch) => {
    const clerk = await t.login('liuyang');
    const order = await newOrder(clerk, { customerName: `李${ch}生先` });
    expect(order.status).toBe(400);
    expect(order.body.errors).toContainEqual(expect.objectContaining({ field: 'customerName', code: 'bidi_control' }));
    const admin = await t.login('admin');
    // an item's name is printed on the public price-list notice
    const item = await admin.post('/api/service-items', { code: 'bidi-item', name: `清洗${ch}费`, category: 'housekeeping', unit: 'job' });
    expect(item.status).toBe(400);
    expect(fields(item)).toContain('name');
    const user = await admin.post('/api/users', {
      username: 'bidi_user',
      displayName: `张${ch}三`,
      orgId: await t.org('hq'),
      password: 'longenough',
    });
    expect(user.status).toBe(400);
    expect(fields(user)).toContain('displayName');
  });
});

describe('request ids', () => {
  const requestIdOfLastAudit = async () => {
    const r = await t.runtime.deps.db
      .selectFrom('audit_events')
      .select(['request_id', 'seq'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return r.request_id;
  };
  it('keeps a short id of safe characters and writes it into the audit log', async () => {
    const clerk = await t.login('liuyang');
    const res = await clerk.request('POST', '/api/orders', await orderBody(clerk), { 'x-request-id': 'lb-7f3a.91_x' });
    expect(res.status).toBe(201);
    expect(res.headers['x-request-id']).toBe('lb-7f3a.91_x');
    expect(await requestIdOfLastAudit()).toBe('lb-7f3a.91_x');
  });
  it.each([
    ['a long id', 'a'.repeat(5000)],
    ['an id with markup', '<script>alert(1)</script>'],
    ['an id with spaces', 'one two'],
  ])('replaces %s with a new one', async (_name, sent) => {
    const clerk = await t.login('liuyang');
    const res = await clerk.request('POST', '/api/orders', await orderBody(clerk), { 'x-request-id': sent });
    expect(res.status).toBe(201);
    const id = String(res.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await requestIdOfLastAudit()).toBe(id);
  });
  async function orderBody(clerk: Agent) {
    return {
      type: 'housekeeping',
      officeId: await t.org('office-a'),
      channel: 'phone',
      customerName: '周先生',
      customerPhone: '13912345678',
      address: '翠竹园1栋101',
      lines: [{ itemId: await itemId(clerk, 'indoor-cleaning'), quantity: 1 }],
    };
  }
});

describe('search treats % and _ as ordinary characters', () => {
  it('finds only the orders that hold them', async () => {
    const clerk = await t.login('liuyang');
    const percent = (await newOrder(clerk, { customerName: '百分百%满意' })).body;
    const underscore = (await newOrder(clerk, { address: '翠竹园3栋_1201' })).body;
    const ids = async (q: string) =>
      ((await clerk.get(`/api/orders?pageSize=100&q=${encodeURIComponent(q)}`)).body.items as { id: string }[]).map((o) => o.id);
    expect(await ids('%')).toEqual([percent.id]);
    expect(await ids('_')).toEqual([underscore.id]);
    expect(await ids('百%满')).toEqual([percent.id]);
    expect(await ids('百_满')).toEqual([]);
    expect(await ids('\\')).toEqual([]);
  });
  it('on every list', async () => {
    const admin = await t.login('admin');
    const head = await t.login('wangfang');
    for (const [agent, url] of [
      [admin, '/api/users'],
      [admin, '/api/orgs'],
      [head, '/api/agreements'],
      [admin, '/api/jobs'],
    ] as const) {
      for (const q of ['%', '%%', '_']) {
        const res = await agent.get(`${url}?q=${encodeURIComponent(q)}`);
        expect(res.status, `${url}?q=${q}`).toBe(200);
        const matching = (res.body.items as Record<string, unknown>[]).filter((row) => JSON.stringify(row).includes(q));
        expect(res.body.items, `${url}?q=${q}`).toEqual(matching);
      }
    }
    // job keys such as orders.price_check@… hold an underscore: that one is found as written
    const jobs = (await admin.get('/api/jobs?q=price_check')).body.items as { key: string }[];
    expect(jobs.every((j) => j.key.includes('price_check'))).toBe(true);
  });
});

describe('answers with personal data are not kept by caches', () => {
  it('marks every signed-in API answer no-store', async () => {
    const clerk = await t.login('liuyang');
    const order = await requestCleaning(t, clerk);
    for (const url of ['/api/orders', `/api/orders/${order.id}`, '/api/auth/me', '/api/users/00000000-0000-7000-8000-000000000000']) {
      const res = await clerk.get(url);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const photo = await clerk.post(`/api/orders/${order.id}/photos`, {
      image: plainPng(64, 48, [200, 220, 240, 255]),
    });
    expect(photo.status).toBe(200);
    const image = await clerk.get(`/api/orders/${order.id}/images/${photo.body.photos[0].blobId}`);
    expect(image.status).toBe(200);
    // a photo of someone's home: not even the browser's own cache keeps it
    expect(image.headers['cache-control']).toBe('no-store');
  });
  it('marks the sign-in answer too, which names the user', async () => {
    const res = await t.anonymous().post('/api/auth/login', { username: 'liuyang', password: 'guanjia2026' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
