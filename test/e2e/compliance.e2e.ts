// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, orgIdByCode, PASSWORD, type Session, signIn, useBrowser } from './support/session.js';

const h1 = (page: Page) => page.locator('main h1').innerText();
const main = (page: Page) => page.locator('main').innerText();

/** A call to the API with the browser's cookies (the session the last sign-in made); fails on any error status. */
async function api<T = unknown>(s: Session, method: 'GET' | 'POST' | 'PUT', path: string, data?: object): Promise<T> {
  const res = await s.browser.context.request.fetch(`${s.baseURL}${path}`, {
    method,
    headers: { 'x-guanjia-csrf': '1' },
    ...(data ? { data } : {}),
  });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

describe('compliance page', () => {
  const s = useBrowser();

  it('lists every clause by regulation, shows how each is covered, and clicks through a breach to its order', async () => {
    await signIn(s, 'wangfang');
    const office = await orgIdByCode(s, 'office-a');
    await s.page.getByRole('navigation').getByRole('link', { name: '合规检查' }).click();
    await expect.poll(() => h1(s.page)).toBe('合规检查');
    await s.page.goto(`${s.baseURL}/compliance?org=${office}`);
    await expect.poll(() => main(s.page)).toContain('翠竹园管理处');
    const text = await main(s.page);
    for (const expected of [
      'A1 · 篇一 社会服务管理工作站',
      'A1.1',
      '学习培训',
      '0 条尚未覆盖',
      'A2.4.3',
      '票据管理',
      'A7.4.8',
      'X5',
      '合规视图',
    ])
      expect(text).toContain(expected);
    expect(await s.page.locator('[data-clause="A2.4.2.1"]').innerText()).toContain('无违规');
    expect(text).toMatch(/条由系统强制执行/);

    // a clause with no breach says what was checked
    expect(await s.page.locator('[data-clause="A2.4.2.1"]').innerText()).toMatch(/无违规\s*检查：.+/);
    // the three states: enforced (the rule named; its code and its test for an auditor who asks), monitored, not yet covered
    const payment = s.page.locator('[data-clause="A2.4.2.3"]');
    expect(await payment.getAttribute('data-coverage')).toBe('enforced');
    expect(await payment.innerText()).not.toContain('order.amount_mismatch');
    await s.page.getByRole('switch', { name: /显示错误代码与测试/ }).click();
    await expect.poll(() => payment.innerText()).toContain('order.amount_mismatch');
    const paymentText = await payment.innerText();
    for (const expected of [
      '系统强制执行',
      '收款金额必须等于服务记录的合计金额',
      'order.amount_mismatch',
      'test/integration/orders.test.ts',
    ])
      expect(paymentText).toContain(expected);
    expect(paymentText).not.toContain('尚未覆盖');
    const visits = s.page.locator('[data-clause="A7.4.9"]');
    expect(await visits.getAttribute('data-coverage')).toBe('monitored');
    expect(await visits.innerText()).toMatch(/无违规|项违规/);
    expect(await visits.innerText()).not.toContain('系统强制执行');
    // a record's history: no refusal or monitor, but the features that fulfil it, each with its test
    const history = s.page.locator('[data-clause="X1"]');
    expect(await history.getAttribute('data-coverage')).toBe('provided');
    const historyText = await history.innerText();
    for (const expected of ['系统功能落实', '可在记录页查看并导出 Excel', 'test/integration/history.test.ts', 'guanjia audit verify'])
      expect(historyText).toContain(expected);
    expect(historyText).not.toContain('尚未覆盖');
    // 学习培训: a session's attendees are the station's staff, a plan in force no longer changes
    expect(await s.page.locator('[data-clause="A1.1"]').getAttribute('data-coverage')).toBe('enforced');
    // both: the invoice amount is refused and late invoices are counted
    const invoiceText = await s.page.locator('[data-clause="A7.4.8"]').innerText();
    expect(invoiceText).toContain('系统强制执行');
    expect(invoiceText).toContain('发票金额必须等于工单合计金额');
    await expectAccessible(s, 'the compliance page');

    // the demo's older orders were accepted with no invoice: A7.4.8 has breaches, each linking to its order
    const invoices = s.page.locator('[data-clause="A7.4.8"]');
    await expect.poll(() => invoices.innerText()).toContain('项违规');
    await invoices.getByRole('link', { name: /发票未在规定时限内送达业主/ }).click();
    await expect.poll(() => h1(s.page)).toBe('A7.4.8 发票未在规定时限内送达业主');
    await expect.poll(() => main(s.page)).toContain('尚未开具发票');
    await expectAccessible(s, 'the breaches page');
    const first = s.page.locator('.breach-row').first().getByRole('link');
    const number = (await first.innerText()).replace('工单', '').trim();
    await first.click();
    await expect.poll(() => h1(s.page)).toContain(number);
  });

  it('shows a rework not started in time (A7.4.6) and clicks through to the order', async () => {
    // the order is made through the API as the office's people; the page is what the test checks
    const as = (username: string) => api(s, 'POST', '/api/auth/login', { username, password: PASSWORD });
    const office = await (async () => {
      await as('liuyang');
      return (await api<{ items: { id: string; code: string | null }[] }>(s, 'GET', '/api/orgs?pageSize=100')).items.find(
        (o) => o.code === 'office-a',
      )!.id;
    })();
    const items = await api<{ id: string; code: string }[]>(s, 'GET', '/api/service-items');
    let o = await api<{ id: string; version: number; number: string }>(s, 'POST', '/api/orders', {
      type: 'housekeeping',
      officeId: office,
      channel: 'phone',
      customerName: '钱女士',
      customerPhone: '13900002222',
      address: '翠竹园6栋101',
      lines: [{ itemId: items.find((i) => i.code === 'indoor-cleaning')!.id, quantity: 2 }],
    });
    const step = async (path: string, body: object = {}) => {
      o = await api(s, 'POST', `/api/orders/${o.id}/${path}`, { version: o.version, ...body });
    };
    const cleaner = await api<{ items: { id: string; username: string }[] }>(s, 'GET', `/api/orgs/${office}/staff?permission=orders.work`);
    await step('quote');
    await step('confirm', { priceAccepted: true, staffCount: 1, appointmentStart: new Date().toISOString() });
    await step('assign', { staff: [cleaner.items.find((u) => u.username === 'sunxy')!.id] });
    await as('sunxy');
    await step('start');
    await step('finish');
    await step('reject', { reason: '窗台没有擦' });

    // office A allows one hour; the demo clock moves two hours on (and back afterwards)
    await as('admin');
    await api(s, 'PUT', `/api/orgs/${office}/params/reworkStartHours`, { value: 1 });
    await api(s, 'POST', '/api/demo/clock', { at: new Date(Date.now() + 2 * 3_600_000).toISOString() });
    try {
      await signIn(s, 'wangfang', `/compliance?org=${office}`);
      const rework = s.page.locator('[data-clause="A7.4.6"]');
      await expect.poll(() => rework.innerText()).toContain('项违规');
      await rework.getByRole('link', { name: /业主不满意后未及时返工/ }).click();
      await expect.poll(() => h1(s.page)).toBe('A7.4.6 业主不满意后未及时返工');
      await expect.poll(() => main(s.page)).toContain(`工单 ${o.number}（钱女士，翠竹园管理处）第 2 轮返工`);
      expect(await main(s.page)).toContain('窗台没有擦');
      await expectAccessible(s, 'the rework breaches page');
      await s.page.locator('.breach-row').filter({ hasText: o.number }).getByRole('link').click();
      await expect.poll(() => h1(s.page)).toContain(o.number);
    } finally {
      await as('admin');
      await api(s, 'POST', '/api/demo/clock', { at: null });
      await api(s, 'PUT', `/api/orgs/${office}/params/reworkStartHours`, { value: null });
    }
  });

  it('tells a cleaner the page is not theirs', async () => {
    await signIn(s, 'sunxy');
    expect(await s.page.getByRole('navigation').getByRole('link', { name: '合规检查' }).count()).toBe(0);
    await s.page.goto(`${s.baseURL}/compliance`);
    await expect.poll(() => main(s.page)).toContain('没有权限');
    expect(await main(s.page)).not.toContain('系统功能落实');
  });
});

describe('compliance page on a phone', () => {
  const s = useBrowser({ width: 390, height: 844 });

  it('fits 390 px and opens the notification bell', async () => {
    await signIn(s, 'wangfang', '/compliance');
    await expect.poll(() => main(s.page)).toContain('系统功能落实');
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await s.page.getByRole('button', { name: /^通知/ }).click();
    await expect.poll(() => s.page.locator('.notification-panel').innerText()).not.toBe('');
  });
});
