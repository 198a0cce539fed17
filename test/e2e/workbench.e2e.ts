// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_PNG } from '../support/orders.js';
import { apiGet, expectAccessible, orgIdByCode, type Session, signIn, signInViaForm, useBrowser } from './support/session.js';

type Order = { id: string; version: number; number: string };
type Workbench = { todos: { key: string; count: number; link: string }[]; figures: { key: string }[] };

async function apiPost<T>(s: Session, apiPath: string, data: object): Promise<T> {
  const res = await s.browser.context.request.post(`${s.baseURL}${apiPath}`, { headers: { 'x-guanjia-csrf': '1' }, data });
  expect(res.status(), `${apiPath}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

const todos = (page: Page) => page.getByRole('region', { name: '我的待办' });
const main = (page: Page) => page.locator('main').innerText();

/** The to-do card named `label`, with the count the server gives for `key`; returns that count. */
async function expectTodo(s: Session, label: string, key: string): Promise<number> {
  const bench = await apiGet<Workbench>(s, '/api/workbench');
  const count = bench.todos.find((x) => x.key === key)?.count ?? 0;
  expect(count, `${key} for this user`).toBeGreaterThan(0);
  // the card's name is what it shows: the label, an amount when there is one, the count
  const card = todos(s.page).getByRole('link', { name: new RegExp(`^${label}`) });
  await card.waitFor();
  expect(await card.innerText()).toContain(String(count));
  return count;
}

/** Every card on the page is one of the server's to-dos, and there is one card per to-do. */
async function expectOnlyServerTodos(s: Session) {
  const bench = await apiGet<Workbench>(s, '/api/workbench');
  await expect.poll(() => todos(s.page).getByRole('link').count()).toBe(bench.todos.length);
}

describe('the workbench after signing in (issue 9 item 7)', () => {
  const s = useBrowser();
  let waiting: Order;
  let accepted: Order;

  it('shows the environment supervisor the orders to assign, leading to that list', { timeout: 180_000 }, async () => {
    // two fresh orders of office A: one confirmed (to assign), one taken through to the owner's acceptance (to collect)
    await signIn(s, 'liuyang');
    const items = await apiGet<{ id: string; code: string }[]>(s, '/api/service-items');
    const cleaning = items.find((i) => i.code === 'indoor-cleaning')!;
    const officeA = await orgIdByCode(s, 'office-a');
    const confirmed = async (customerName: string) => {
      let o = await apiPost<Order>(s, '/api/orders', {
        type: 'housekeeping',
        officeId: officeA,
        channel: 'phone',
        customerName,
        customerPhone: '13911113333',
        address: '翠竹园6栋0101',
        lines: [{ itemId: cleaning.id, quantity: 2 }],
      });
      o = await apiPost<Order>(s, `/api/orders/${o.id}/quote`, { version: o.version });
      return apiPost<Order>(s, `/api/orders/${o.id}/confirm`, {
        version: o.version,
        priceAccepted: true,
        staffCount: 1,
        appointmentStart: '2026-12-03T01:00:00.000Z',
      });
    };
    waiting = await confirmed('工作台甲');
    accepted = await confirmed('工作台乙');
    const staff = await apiGet<{ items: { id: string; username: string }[] }>(s, `/api/orgs/${officeA}/staff?permission=orders.work`);
    const cleaner = staff.items.find((u) => u.username === 'sunxy')!;
    accepted = await apiPost<Order>(s, `/api/orders/${accepted.id}/assign`, { version: accepted.version, staff: [cleaner.id] });
    await signIn(s, 'sunxy');
    accepted = await apiPost<Order>(s, `/api/orders/${accepted.id}/start`, { version: accepted.version });
    accepted = await apiPost<Order>(s, `/api/orders/${accepted.id}/finish`, { version: accepted.version });
    accepted = await apiPost<Order>(s, `/api/orders/${accepted.id}/accept`, {
      version: accepted.version,
      signerName: '乙先生',
      signature: SIGNATURE_PNG,
    });

    // through the form: signing in leads to the workbench
    await signInViaForm(s, 'liuyang');
    expect(new URL(s.page.url()).pathname).toBe('/');
    await expectTodo(s, '待派工的工单', 'orders.toAssign');
    await expectOnlyServerTodos(s);
    // no key figures for a supervisor
    expect(await s.page.getByRole('region', { name: '关键指标' }).count()).toBe(0);
    await expectAccessible(s, 'the workbench of an environment supervisor');
    await todos(s.page)
      .getByRole('link', { name: /^待派工的工单/ })
      .click();
    await s.page.waitForURL((url) => url.pathname === '/orders' && url.searchParams.get('state') === 'confirmed');
    await expect.poll(() => main(s.page)).toContain(waiting.number);
  });

  it('shows the cashier the accepted orders to collect, leading to that list', async () => {
    await signIn(s, 'chenjing');
    await expectTodo(s, '待收费的工单', 'orders.toCollect');
    await expectOnlyServerTodos(s);
    // a cashier assigns nothing
    expect(
      await todos(s.page)
        .getByRole('link', { name: /^待派工的工单/ })
        .count(),
    ).toBe(0);
    await expectAccessible(s, 'the workbench of a cashier');
    await todos(s.page)
      .getByRole('link', { name: /^待收费的工单/ })
      .click();
    await s.page.waitForURL((url) => url.pathname === '/orders' && url.searchParams.get('state') === 'accepted');
    await expect.poll(() => main(s.page)).toContain(accepted.number);
    expect(await main(s.page)).not.toContain(waiting.number);
  });

  it('shows the finance custodian a book request to fulfil, leading to the books page', async () => {
    // office A's head asks finance for a new receipt book for her cashier
    await signIn(s, 'wangfang');
    const cashier = await apiGet<{ items: { id: string }[] }>(s, '/api/users?q=chenjing&pageSize=10');
    await apiPost(s, '/api/book-requests', {
      orgId: await orgIdByCode(s, 'office-a'),
      cashierId: cashier.items[0]!.id,
      reason: '工作台测试：收据即将用完',
    });
    await signIn(s, 'zhengkj');
    await expectTodo(s, '待处理的收据本申请', 'money.bookRequests');
    await expectOnlyServerTodos(s);
    await expectAccessible(s, 'the workbench of the finance custodian');
    await todos(s.page)
      .getByRole('link', { name: /^待处理的收据本申请/ })
      .click();
    await s.page.waitForURL((url) => url.pathname === '/money/books');
    await expect.poll(() => main(s.page)).toContain('工作台测试：收据即将用完');
  });

  it('shows the office head her to-dos, key figures and the chart, with the grouped menu', async () => {
    await signIn(s, 'wangfang');
    await expectTodo(s, '待派工的工单', 'orders.toAssign');
    await expectTodo(s, '待收费的工单', 'orders.toCollect');
    await expectOnlyServerTodos(s);
    const figures = s.page.getByRole('region', { name: '关键指标' });
    await figures.waitFor();
    const text = await figures.innerText();
    for (const label of ['未完结工单', '本月工单收款', '当前违规', '回访满意率']) expect(text).toContain(label);
    // the chart is ECharts, drawn as SVG once its code has loaded
    const chart = figures.getByRole('img', { name: /^近六个月工单收款：/ });
    await chart.locator('svg').waitFor();
    await figures.getByText('以表格查看').click();
    expect(await figures.locator('table').innerText()).toContain('收款金额');
    const nav = s.page.getByRole('navigation', { name: '主菜单' });
    for (const group of ['工单与服务', '收费与票据', '质量与回访', '合规', '系统管理'])
      await nav.getByRole('button', { name: group }).waitFor();
    await expectAccessible(s, 'the workbench of an office head');
  });
});
