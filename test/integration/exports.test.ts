import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftTwiceWeekly } from '../support/agreements.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';
import { demoTenantId, schedule } from '../support/jobs.js';
import { driveTo } from '../support/orders.js';

/**
 * Every filtered list's Excel export (issue 12): the rows the list's filters select and no others, in
 * the caller's scope, headers and labels in the caller's language, money in yuan from fen, times in
 * the organisation's zone. The order export has its own test in orders.test.ts.
 */
let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
}, 120_000);
afterAll(() => t.close());

const ZONE = 'Asia/Shanghai';
/** An instant as the file writes it: the organisation's local date and time. */
const local = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

interface Sheet {
  name: string;
  header: string[];
  /** The data rows (below the header), each cell's value. */
  rows: unknown[][];
  /** Every value of the column under this header. */
  column(header: string): unknown[];
  /** The number format of the first data cell under this header. */
  format(header: string): string | undefined;
}

async function download(agent: Agent, url: string): Promise<Sheet> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: `gj_session=${agent.cookie}` } });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\w.-]+\.xlsx"$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const width = ws.getRow(1).cellCount;
  const all = Array.from({ length: ws.rowCount }, (_, r) =>
    Array.from({ length: width }, (_, c) => ws.getRow(r + 1).getCell(c + 1).value ?? null),
  );
  const header = all[0] as string[];
  const rows = all.slice(1);
  const at = (h: string) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h} in ${header.join(', ')}`);
    return i;
  };
  return {
    name: ws.name,
    header,
    rows,
    column: (h) => rows.map((r) => r[at(h)]),
    format: (h) => ws.getRow(2).getCell(at(h) + 1).numFmt,
  };
}

describe('exports of the money lists', () => {
  it('receipts: the rows of the search, every page, in the cashier’s offices; yuan, local time, the method in words', async () => {
    const cashierA = await t.login('chenjing');
    const cashierB = await t.login('huangli');
    for (const [office, cashier] of [
      ['office-a', cashierA],
      ['office-a', cashierA],
      ['office-b', cashierB],
    ] as const) {
      const o = await driveTo(t, 'accepted', office);
      const paid = await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
      expect(paid.status).toBe(200);
    }
    const head = await t.login('wangfang');
    // every page of the list (the desk demo's receipts are in it too)
    type Page = { items: { number: string; officeName: string; amountFen: number; issuedAt: string }[]; total: number };
    const list: Page = { items: [], total: 0 };
    for (let page = 1; page === 1 || list.items.length < list.total; page++) {
      const got = (await head.get(`/api/receipts?pageSize=100&sort=number&page=${page}`)).body as Page;
      expect(got.items.length).toBeGreaterThan(0);
      list.items.push(...got.items);
      list.total = got.total;
    }
    expect(list.total).toBeGreaterThanOrEqual(2);
    const all = await download(head, '/api/receipts/export.xlsx?sort=number');
    expect(all.name).toBe('收据');
    expect(all.header.slice(0, 3)).toEqual(['收据号', '状态', '管理处']);
    expect(all.column('收据号')).toEqual(list.items.map((r) => r.number));
    // office A's head never sees office B's receipt; office B's head sees hers
    expect(new Set(all.column('管理处'))).toEqual(new Set(['翠竹园管理处']));
    expect((await download(await t.login('zhaolei'), '/api/receipts/export.xlsx')).column('管理处')).toContain('金色家园管理处');

    const one = list.items[0]!;
    const found = await download(head, `/api/receipts/export.xlsx?q=${one.number}`);
    expect(found.column('收据号')).toEqual([one.number]);
    expect(found.column('金额')).toEqual([one.amountFen / 100]);
    expect(found.format('金额')).toBe('¥#,##0.00');
    expect(found.column('方式')).toEqual(['现金']);
    expect(found.column('开具时间')).toEqual([local(one.issuedAt)]);

    const en = await download(head, `/api/receipts/export.xlsx?q=${one.number}&lang=en`);
    expect(en.name).toBe('Receipts');
    expect(en.header).toContain('Written at');
    expect(en.column('Method')).toEqual(['Cash']);
    // no paging in an export: the file is every page
    expect((await head.get('/api/receipts/export.xlsx?pageSize=5')).status).toBe(400);
  });

  it('remittances: what the page lists, of the caller’s offices; the state in words, yuan, local time', async () => {
    const cashier = await t.login('chenjing');
    const o = await driveTo(t, 'accepted');
    const paid = (await cashier.post(`/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' })).body;
    const sent = await cashier.post('/api/remittances', {
      officeId: await t.org('office-a'),
      paymentIds: [paid.payment.id],
      totalFen: o.totalFen,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
    });
    expect(sent.status).toBe(201);
    const finance = await t.login('zhengkj');
    const list = (await finance.get('/api/remittances')).body as { id: string; createdAt: string; totalFen: number }[];
    const file = await download(finance, '/api/remittances/export.xlsx');
    expect(file.name).toBe('上缴');
    expect(file.rows).toHaveLength(list.length);
    const row = file.rows.findIndex((r) => r.includes('2026-11-01 – 2026-11-30'));
    expect(file.column('金额')[row]).toBe(o.totalFen / 100);
    expect(file.format('金额')).toBe('¥#,##0.00');
    expect(file.column('状态')[row]).toBe('待确认');
    expect(file.column('创建时间')[row]).toBe(local(sent.body.createdAt));
    expect((await download(finance, '/api/remittances/export.xlsx?lang=en')).column('Status')[row]).toBe('To confirm');
    // office B's head: none of office A's remittances
    expect((await download(await t.login('zhaolei'), '/api/remittances/export.xlsx')).column('管理处')).not.toContain('翠竹园管理处');
  });

  it('receipt books: the books of the state asked, in the caller’s offices, the state in words', async () => {
    const finance = await t.login('zhengkj');
    const inStock = (await finance.get('/api/receipt-books?state=in_stock')).body as { series: string; firstNo: number; lastNo: number }[];
    expect(inStock.length).toBeGreaterThan(0);
    const file = await download(finance, '/api/receipt-books/export.xlsx?state=in_stock');
    expect(file.name).toBe('收据本');
    expect(file.column('号段')).toEqual(inStock.map((b) => `${b.series} ${b.firstNo}–${b.lastNo}`));
    expect(new Set(file.column('状态'))).toEqual(new Set(['在库']));
    const en = await download(finance, '/api/receipt-books/export.xlsx?state=in_stock&lang=en');
    expect(en.header).toEqual(['Numbers', 'Used/size', 'Status', 'Held by', 'Cashier']);
    expect(new Set(en.column('Status'))).toEqual(new Set(['In stock']));
    // office A's head: office A's books only (its cashier's, and its 保安部's for the gate), whatever their state
    const a = await download(await t.login('wangfang'), '/api/receipt-books/export.xlsx');
    expect(a.rows.length).toBeGreaterThan(0);
    expect(new Set(a.column('保管单位'))).toEqual(new Set(['翠竹园管理处', '翠竹园保安部']));
    expect((await finance.get('/api/receipt-books/export.xlsx?state=lost')).status).toBe(400);
  });
});

describe('exports of the office’s other lists', () => {
  it('callbacks: the month’s callbacks of the state asked, of the caller’s offices, the outcome in words', async () => {
    const head = await t.login('wangfang');
    const office = await t.org('office-a');
    const page = (await head.get(`/api/callbacks?orgId=${office}`)).body as {
      month: string;
      items: { order: { number: string; acceptedAt: string | null }; state: string; satisfaction: string | null }[];
    };
    expect(page.items.length).toBeGreaterThan(0);
    const file = await download(head, `/api/callbacks/export.xlsx?orgId=${office}`);
    expect(file.name).toBe('回访');
    expect(file.column('工单')).toEqual(page.items.map((c) => c.order.number));
    expect(new Set(file.column('月份'))).toEqual(new Set([page.month]));
    expect(file.column('验收时间')[0]).toBe(local(page.items[0]!.order.acceptedAt!));
    const done = page.items.filter((c) => c.state === 'done');
    const doneFile = await download(head, `/api/callbacks/export.xlsx?orgId=${office}&month=${page.month}&state=done`);
    expect(doneFile.column('工单')).toEqual(done.map((c) => c.order.number));
    expect(doneFile.column('状态')).not.toContain('待回访');
    const en = await download(head, `/api/callbacks/export.xlsx?orgId=${office}&month=${page.month}&state=done&lang=en`);
    expect(en.header.slice(0, 3)).toEqual(['Month', 'Order', 'Owner']);
    expect(en.column('State').every((s) => ['Satisfied', 'Basically satisfied', 'Dissatisfied', 'Not reached'].includes(s as string))).toBe(
      true,
    );
    // office B's head: not office A's callbacks, asked or not
    const other = await t.login('zhaolei');
    expect((await other.get(`/api/callbacks/export.xlsx?orgId=${office}`)).status).toBe(404);
    expect((await download(other, `/api/callbacks/export.xlsx?month=${page.month}`)).column('管理处')).not.toContain('翠竹园管理处');
  });

  it('agreements: the states asked, every page, of the caller’s offices; per visit in yuan, the schedule in words', async () => {
    const head = await t.login('wangfang');
    const drafted = await draftTwiceWeekly(t, await t.login('liuyang'));
    expect(drafted.status).toBe(201);
    const drafts = (await head.get('/api/agreements?state=draft&pageSize=100')).body as {
      items: { number: string; perVisitFen: number }[];
    };
    const file = await download(head, '/api/agreements/export.xlsx?state=draft');
    expect(file.name).toBe('特约服务协议');
    expect(file.column('协议编号')).toEqual(drafts.items.map((a) => a.number));
    expect(new Set(file.column('状态'))).toEqual(new Set(['草稿']));
    const row = file.column('协议编号').indexOf(drafted.body.number);
    expect(file.column('每次合计')[row]).toBe(120);
    expect(file.format('每次合计')).toBe('¥#,##0.00');
    expect(file.column('服务时间')[row]).toBe('每周二、周五 09:00–11:00');
    const both = await download(head, '/api/agreements/export.xlsx?state=draft,active');
    expect(both.rows.length).toBeGreaterThan(file.rows.length);
    const en = await download(head, '/api/agreements/export.xlsx?state=draft&lang=en');
    expect(en.column('Schedule')[row]).toBe('every Tue, Fri 09:00–11:00');
    expect(new Set(en.column('State'))).toEqual(new Set(['Draft']));
    // office B's head exports none of office A's agreements
    expect((await download(await t.login('zhaolei'), '/api/agreements/export.xlsx')).column('管理处')).not.toContain('翠竹园管理处');
  });

  it('users: the search and status asked, every page, of the caller’s subtree; the status in words', async () => {
    const admin = await t.login('admin');
    const made = await admin.post('/api/users', {
      username: 'export_gone',
      displayName: '导出测试',
      orgId: await t.org('office-a'),
      password: 'export-pass-2026',
    });
    expect((await admin.post(`/api/users/${made.body.id}/deactivate`, { reason: '导出测试' })).status).toBe(200);
    const head = await t.login('wangfang');
    const listed = (await head.get('/api/users?pageSize=100&sort=username')).body as { items: { username: string; createdAt: string }[] };
    const file = await download(head, '/api/users/export.xlsx?sort=username');
    expect(file.name).toBe('用户管理');
    expect(file.column('用户名')).toEqual(listed.items.map((u) => u.username));
    expect(file.column('创建时间')[0]).toBe(local(listed.items[0]!.createdAt));
    // office A's head: not office B's people
    expect(file.column('用户名')).not.toContain('zhaolei');
    expect(file.column('用户名')).toContain('export_gone');
    const inactive = await download(head, '/api/users/export.xlsx?active=false');
    expect(inactive.column('用户名')).toEqual(['export_gone']);
    expect(inactive.column('状态')).toEqual(['已停用']);
    const en = await download(head, '/api/users/export.xlsx?q=export_&lang=en');
    expect(en.header).toEqual(['Name', 'Username', 'Organisation', 'Mobile', 'Status', 'Created']);
    expect(en.column('Status')).toEqual(['Deactivated']);
  });

  it('jobs: the state and search asked, every page, for whoever holds the jobs page; the state in words', async () => {
    const deps = t.runtime.deps;
    const tenantId = await demoTenantId(deps);
    for (const key of ['export-a', 'export-b', 'export-c'])
      await schedule(deps, tenantId, { kind: 'export.test', key, dueAt: '2099-01-01T00:00:00Z' });
    await deps.db.updateTable('jobs').set({ state: 'failed', last_error: '导出测试失败' }).where('key', '=', 'export-b').execute();
    const admin = await t.login('admin');
    const failed = await download(admin, '/api/jobs/export.xlsx?state=failed&q=export-');
    expect(failed.name).toBe('定时任务');
    expect(failed.column('任务键')).toEqual(['export-b']);
    expect(failed.column('状态')).toEqual(['失败']);
    expect(failed.column('错误')).toEqual(['导出测试失败']);
    const pending = await download(admin, '/api/jobs/export.xlsx?state=pending&q=export-&sort=dueAt&lang=en');
    expect(pending.column('Key').sort()).toEqual(['export-a', 'export-c']);
    expect(new Set(pending.column('State'))).toEqual(new Set(['Waiting']));
    expect(pending.column('Due')).toEqual(['2099-01-01 08:00', '2099-01-01 08:00']);
    // jobs are the organisation's: an office head has no jobs page, and no file of it
    expect((await (await t.login('wangfang')).get('/api/jobs/export.xlsx')).status).toBe(403);
  });

  it('breaches: every breach of the monitor for the node, all pages, each with its record and since when', async () => {
    const head = await t.login('wangfang');
    const office = await t.org('office-a');
    const url = `/api/compliance/monitors/money.orders_unpaid/breaches?org=${office}`;
    const first = (await head.get(`${url}&pageSize=5`)).body as { total: number };
    expect(first.total).toBeGreaterThan(5);
    const every = (await head.get(`${url}&pageSize=100`)).body as { items: { entity: { label: string }; since: string }[] };
    const file = await download(head, `/api/compliance/monitors/money.orders_unpaid/breaches/export.xlsx?org=${office}`);
    expect(file.name).toBe('违规明细');
    expect(file.column('记录')).toEqual(every.items.map((b) => b.entity.label));
    expect(file.column('记录类型')[0]).toBe('工单');
    expect(file.column('违规起始时间')[0]).toBe(local(every.items[0]!.since));
    expect(file.column('违规内容')[0]).toMatch(/^工单 JZ-\d{8}-\d{4}（.+）验收已超过 \d+ 小时，¥[\d,.]+ 尚未收取$/);
    const en = await download(head, `/api/compliance/monitors/money.orders_unpaid/breaches/export.xlsx?org=${office}&lang=en`);
    expect(en.header).toEqual(['Breach', 'Record type', 'Record', 'Breach since']);
    expect(en.column('Record type')[0]).toBe('Order');
    // office B's head: office A's node is not hers, and her own file holds none of its orders
    const other = await t.login('zhaolei');
    expect((await other.get(`/api/compliance/monitors/money.orders_unpaid/breaches/export.xlsx?org=${office}`)).status).toBe(404);
    const mine = await download(other, '/api/compliance/monitors/money.orders_unpaid/breaches/export.xlsx');
    expect(mine.column('记录').filter((label) => every.items.some((b) => b.entity.label === label))).toEqual([]);
  });
});
