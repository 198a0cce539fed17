import { spawn } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGrantFacts } from '../../src/modules/identity/access.repo.js';
import { issueReceipt } from '../../src/modules/money/receipt.service.js';
import { type Actor, inTransaction } from '../../src/platform/context.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { driveTo } from '../support/orders.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

type Book = {
  id: string;
  series: string;
  firstNo: number;
  lastNo: number;
  nextNo: number;
  state: string;
  holderOrgId: string;
  cashierName: string | null;
};

async function actorOf(username: string): Promise<Actor> {
  const db = t.runtime.deps.db;
  const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
  return {
    tenantId: user.tenant_id,
    userId: user.id,
    username,
    displayName: user.display_name,
    access: { grants: await loadGrantFacts(db, user.tenant_id, user.id), tokenPermissions: null },
    via: 'session',
  };
}

/** Issues receipts straight through the service, as many cash payments at one desk would. */
async function issueMany(username: string, officeId: string, count: number) {
  const ctx = { ...t.runtime.deps, requestId: null, actor: await actorOf(username) };
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      inTransaction(ctx, (tx) =>
        issueReceipt(tx, {
          officeId,
          payer: `住户${i}`,
          items: [{ name: '桶装水', amountFen: 1800 }],
          amountFen: 1800,
          method: 'cash',
          orderId: null,
          paymentId: null,
        }),
      ),
    ),
  );
}

describe('receipt books (A2.4.3)', () => {
  it('are registered by finance, requested by an office for its cashier, and issued from stock', async () => {
    const custodian = await t.login('zhengkj');
    const head = await t.login('wangfang');
    const finance = await t.org('pm-finance');
    const overlap = await custodian.post('/api/receipt-books', { orgId: finance, series: 'A', firstNo: 150, lastNo: 160 });
    expect(overlap.status).toBe(409);
    expect(overlap.body.errors[0]).toMatchObject({ field: 'firstNo', code: 'book.range_overlaps' });
    const book = (await custodian.post('/api/receipt-books', { orgId: finance, series: 'B', firstNo: 1, lastNo: 3 })).body as Book;
    expect(book).toMatchObject({ state: 'in_stock', nextNo: 1 });

    const request = await head.post('/api/book-requests', {
      orgId: await t.org('office-a'),
      cashierId: await t.userId('chenjing'),
      reason: '春节前收费高峰',
    });
    expect(request.status).toBe(201);
    expect(
      (await head.post('/api/book-requests', { orgId: await t.org('office-a'), cashierId: await t.userId('huangli'), reason: '代领' })).body
        .code,
    ).toBe('book.cashier_outside');
    // the office head asked; finance decides: each sees the buttons that are theirs
    const listed = async (as: typeof head) =>
      (await as.get('/api/book-requests')).body.find((r: { id: string }) => r.id === request.body.id);
    expect((await listed(head)).abilities).toEqual({ issue: false, decline: false });
    expect((await listed(custodian)).abilities).toEqual({ issue: true, decline: true });
    const issued = await custodian.post(`/api/book-requests/${request.body.id}/issue`, { bookId: book.id });
    expect(issued.body).toMatchObject({ state: 'issued', cashierName: '陈静', holderName: '翠竹园管理处' });
    const again = await custodian.post(`/api/book-requests/${request.body.id}/issue`, { bookId: book.id });
    expect([again.status, again.body.code]).toEqual([409, 'book_request.invalid_transition']);
    expect(await listed(custodian)).toMatchObject({ state: 'fulfilled', abilities: { issue: false, decline: false } });
  });

  it('show their requests to those who ask and to the custodian; a general manager reading receipts sees the books only', async () => {
    const abilities = async (username: string) => (await (await t.login(username)).get('/api/auth/me')).body.abilities;
    expect(await abilities('zhangjg')).toMatchObject({ receipts: true, bookRequests: false });
    expect((await (await t.login('zhangjg')).get('/api/book-requests')).status).toBe(403);
    expect(await abilities('wangfang')).toMatchObject({ bookRequests: true });
    expect(await abilities('zhengkj')).toMatchObject({ bookRequests: true });
  });

  it('give a cashier’s payment its receipt in the same step; a void keeps its number', async () => {
    const cashier = await t.login('chenjing');
    const paid: string[] = [];
    for (let i = 0; i < 3; i++) {
      const o = await driveTo(t, 'accepted');
      const res = await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
      expect(res.status).toBe(200);
      paid.push(o.id);
    }
    const receipts = (await cashier.get('/api/receipts?sort=number&pageSize=100')).body.items as {
      id: string;
      number: string;
      orderId: string;
      items: unknown[];
    }[];
    const ours = receipts.filter((r) => paid.includes(r.orderId));
    expect(ours.map((r) => r.number)).toEqual(['A-0000001', 'A-0000002', 'A-0000003']);
    expect(ours[0]!.items).toEqual([{ name: '室内保洁', amountFen: 12000 }]);

    const a4 = await cashier.get(`/api/receipts/${ours[0]!.id}/print?size=a4`);
    expect(a4.body).toContain('存根联');
    expect(a4.body).toContain('收据联');
    expect(a4.body).toContain('壹佰贰拾元整');
    expect(a4.body).not.toContain('重印');
    // both copies name the payee and the payer and have a square for the payee's seal, on A4
    expect(a4.body).toContain('@page { size: A4;');
    expect(a4.body.match(/收款单位：翠竹园管理处/g)).toHaveLength(2);
    expect(a4.body.match(/付款人：李先生/g)).toHaveLength(2);
    expect(a4.body.match(/<div class="seal"><span>收款单位（盖章）<\/span><\/div>/g)).toHaveLength(2);
    // the slip is 80 mm by a length Chromium honours (`80mm auto` printed on US Letter), one copy
    const slip = (await cashier.get(`/api/receipts/${ours[0]!.id}/print`)).body as string;
    expect(slip).toMatch(/@page \{ size: 80mm \d+mm;/);
    expect(slip).not.toContain('存根联');
    const en = (await cashier.get(`/api/receipts/${ours[0]!.id}/print?lang=en`)).body as string;
    expect(en).toContain('Payee: 翠竹园管理处');
    expect(en).not.toMatch(/[：　]/);
    expect((await cashier.post(`/api/receipts/${ours[0]!.id}/reprint`)).body.reprints).toBe(1);
    expect((await cashier.get(`/api/receipts/${ours[0]!.id}/print`)).body).toContain('重印');
    const history = (await cashier.get(`/api/history/receipt/${ours[0]!.id}`)).body.map((e: { action: string }) => e.action);
    expect(history).toEqual(['receipt.issue', 'receipt.reprint']);

    const voided = await cashier.post(`/api/receipts/${ours[1]!.id}/void`, { reason: '金额写错，重开' });
    expect(voided.body).toMatchObject({ voidReason: '金额写错，重开', number: 'A-0000002' });
    expect((await cashier.post(`/api/receipts/${ours[1]!.id}/void`, { reason: '再次作废' })).body.code).toBe('receipt.already_void');
    expect((await (await t.login('liuyang')).post(`/api/receipts/${ours[0]!.id}/void`, { reason: '不是我开的' })).status).toBe(403);
    expect((await (await t.login('huangli')).post(`/api/receipts/${ours[0]!.id}/void`, { reason: '不是我开的' })).status).toBe(404);

    // the order's page finds its receipts by order: the voided one stays listed with its number
    const ofOrder = (await cashier.get(`/api/receipts?orderId=${paid[1]}`)).body.items as { number: string; voidedAt: string | null }[];
    expect(ofOrder.map((r) => [r.number, Boolean(r.voidedAt)])).toEqual([['A-0000002', true]]);
  });

  it('settle a used-up book only when every number is a stub', async () => {
    const custodian = await t.login('zhengkj');
    const books = (await custodian.get('/api/receipt-books')).body as Book[];
    const bBook = books.find((b) => b.cashierName === '黄丽')!;
    const early = await custodian.post(`/api/receipt-books/${bBook.id}/settle`);
    expect([early.status, early.body.code]).toEqual([409, 'book.invalid_transition']);
    await issueMany('huangli', bBook.holderOrgId, bBook.lastNo - bBook.nextNo + 1);
    const usedUp = (await custodian.get(`/api/receipt-books/${bBook.id}`)).body;
    expect(usedUp).toMatchObject({ state: 'used_up', used: 50, stubs: Array.from({ length: 50 }, (_, i) => 51 + i) });
    const settled = await custodian.post(`/api/receipt-books/${bBook.id}/settle`);
    expect(settled.body).toMatchObject({ state: 'settled', settledBy: '郑会计' });
  });

  it('are listed a page at a time, newest first, with the total over all pages', async () => {
    const head = await t.login('zhaolei');
    type Row = { id: string; number: string; payer: string; issuedAt: string; amountFen: number };
    const first = await head.get('/api/receipts?page=1&pageSize=20');
    expect(first.status).toBe(200);
    const { items, total, page, pageSize } = first.body as { items: Row[]; total: number; page: number; pageSize: number };
    expect([items.length, page, pageSize]).toEqual([20, 1, 20]);
    expect(total).toBeGreaterThanOrEqual(50);
    const issued = items.map((r) => r.issuedAt);
    expect(issued).toEqual([...issued].sort().reverse());

    // walking every page sees each receipt once, and as many as the total says
    const seen: string[] = [];
    for (let p = 1; p <= Math.ceil(total / 20); p++) {
      seen.push(...((await head.get(`/api/receipts?page=${p}&pageSize=20`)).body.items as Row[]).map((r) => r.id));
    }
    expect(new Set(seen).size).toBe(total);
    expect((await head.get(`/api/receipts?page=${Math.ceil(total / 20) + 1}&pageSize=20`)).body.items).toEqual([]);

    const byNumber = (await head.get('/api/receipts?sort=number&pageSize=3&q=A-000005')).body as { items: Row[]; total: number };
    expect(byNumber.items.map((r) => r.number)).toEqual(['A-0000051', 'A-0000052', 'A-0000053']);
    expect(byNumber.total).toBe(9);
    expect((await head.get(`/api/receipts?q=${encodeURIComponent('住户1')}`)).body.total).toBe(11);
    // by the number of the order a receipt was written for; a % is a percent sign, not "anything"
    const finance = await t.login('zhengkj');
    const every = (await finance.get('/api/receipts?pageSize=100')).body.items as (Row & {
      orderId: string | null;
      orderNumber?: string;
    })[];
    const ofOrder = every.find((r) => r.orderId)!;
    const orderNumber = (await (await t.login('admin')).get(`/api/orders/${ofOrder.orderId}`)).body.number as string;
    const byOrder = (await finance.get(`/api/receipts?q=${encodeURIComponent(orderNumber)}`)).body as { items: Row[] };
    expect(byOrder.items.map((r) => r.id)).toEqual([ofOrder.id]);
    expect((await head.get('/api/receipts?q=%25')).body.total).toBe(0);

    const tooBig = await head.get('/api/receipts?pageSize=101');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.code).toBe('request.invalid');
    expect(tooBig.body.errors.map((e: { field: string }) => e.field)).toContain('pageSize');
    // the Excel export takes the list's filters and writes every match, not one page
    const file = await t.app.inject({
      method: 'GET',
      url: '/api/receipts/export.xlsx?q=A-000005&sort=number',
      headers: { cookie: `gj_session=${head.cookie}` },
    });
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const numbers = wb.worksheets[0]!.getColumn(1).values.slice(2);
    expect(numbers).toEqual(Array.from({ length: 9 }, (_, i) => `A-000005${i + 1}`));
    expect((await head.get('/api/receipts/export.xlsx?page=2')).status).toBe(400);
  });

  it('refuse a cashier’s payment when no book has numbers left, and write nothing', async () => {
    const o = await driveTo(t, 'accepted', 'office-b');
    const cashierB = await t.login('huangli');
    const res = await cashierB.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('receipt.no_open_book');
    expect((await cashierB.get(`/api/orders/${o.id}`)).body).toMatchObject({ state: 'accepted', payment: null });
  });
});

describe('receipt numbers under concurrency', () => {
  it('are unique and gap-free for 50 receipts at once from 2 cashiers in two processes', { timeout: 60_000 }, async () => {
    const custodian = await t.login('zhengkj');
    const finance = await t.org('pm-finance');
    const admin = await t.login('admin');
    const cashierRole = ((await admin.get('/api/roles')).body as { id: string; code: string }[]).find((r) => r.code === 'cashier')!;
    const books: Record<string, Book> = {};
    for (const [username, head, office, first] of [
      ['cashier_a2', 'wangfang', 'office-a', 1001],
      ['cashier_b2', 'zhaolei', 'office-b', 2001],
    ] as const) {
      const user = await admin.post('/api/users', {
        username,
        displayName: username,
        orgId: await t.org(office),
        password: 'cashier-pass',
      });
      await admin.post(`/api/users/${user.body.id}/grants`, { roleId: cashierRole.id, orgId: await t.org(office) });
      const book = (await custodian.post('/api/receipt-books', { orgId: finance, series: 'C', firstNo: first, lastNo: first + 99 }))
        .body as Book;
      const req = await (await t.login(head)).post('/api/book-requests', {
        orgId: await t.org(office),
        cashierId: await t.userId(username),
        reason: '并发测试',
      });
      const issued = await custodian.post(`/api/book-requests/${req.body.id}/issue`, { bookId: book.id });
      expect(issued.body, JSON.stringify(req.body)).toMatchObject({ state: 'issued', cashierName: username });
      books[username] = book;
    }
    // the second cashier works from another process: its own connections, only the database shared
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/support/receipt-writer.ts',
        t.database.dataDir,
        t.database.databaseUrl ?? '',
        'cashier_b2',
        await t.org('office-b'),
        '25',
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    await new Promise<void>((resolve) => {
      const check = () => (out.includes('ready') ? resolve() : setTimeout(check, 20));
      check();
    });
    child.stdin.end('go\n');
    const [mine] = await Promise.all([issueMany('cashier_a2', await t.org('office-a'), 25), new Promise((r) => child.once('exit', r))]);
    const theirs = JSON.parse(out.trim().split('\n').at(-1)!) as { bookId: string; seqNo: number; number: string }[];
    expect(mine.map((r) => r.seqNo).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => 1001 + i));
    expect(theirs.map((r) => r.seqNo).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => 2001 + i));
    expect(new Set([...mine, ...theirs].map((r) => r.number)).size).toBe(50);
  });
});
