// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

type Holder = { holderName: string; payments: { paymentId: string; orderId: string | null; amountFen: number }[] };

describe('the cash relay on a phone (A7.4.7)', () => {
  const s = useBrowser({ width: 390, height: 844 });
  let orderId = '';

  it('has the cleaner hand an order’s cash, with its form, to a supervisor only; the supervisor sees the form came along', async () => {
    await signIn(s, 'sunxy', null);
    const mine = (await apiGet<Holder[]>(s, '/api/cash-in-hand')).find((h) => h.holderName === '孙秀英')!;
    const held = mine.payments.find((p) => p.orderId)!;
    orderId = held.orderId ?? '';
    await s.page.goto(`${s.baseURL}/tasks/${held.orderId}`);
    await s.page.getByRole('button', { name: '交出本单现金' }).click();
    const dialog = s.page.getByRole('dialog');
    // the path named by its people, not by role names an office may not have
    await expect.poll(() => dialog.innerText()).toContain('按本单位的现金交接流程，现金先交主管（');
    expect(await dialog.innerText()).toContain('刘洋');

    // only the office's supervisors are offered, never the cashier
    await dialog.getByRole('combobox').click();
    const options = s.page.locator('.ant-select-item-option');
    await expect.poll(() => options.allInnerTexts()).toContain('刘洋（主管）');
    const offered = await options.allInnerTexts();
    expect(offered.some((o) => o.includes('陈静'))).toBe(false);
    expect(offered.every((o) => o.endsWith('（主管）'))).toBe(true);
    await options.filter({ hasText: '刘洋' }).click();

    // the form must go with the money
    await dialog.getByRole('button', { name: '交出' }).click();
    await expect.poll(() => dialog.innerText()).toContain('请连同服务表单（《家政服务表》《维修服务单》等）一并交接');
    await expectAccessible(s, 'the hand-over dialog of a task');
    await dialog.getByRole('checkbox', { name: '服务表单随款交接' }).check();
    await dialog.getByRole('button', { name: '交出' }).click();
    await expect.poll(() => s.page.getByText('已交出，等待对方确认').count()).toBeGreaterThan(0);
    await expect.poll(() => s.page.getByRole('button', { name: '交出本单现金' }).count()).toBe(0);

    // the supervisor sees the offer with its form and confirms it
    await signIn(s, 'liuyang', '/money/cash');
    const card = s.page.locator('.record-card').filter({ hasText: '孙秀英 → 刘洋' });
    await expect.poll(() => card.innerText()).toContain('附表单');
    await card.getByRole('button', { name: '确认收款' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: '确认收款' }).click();
    await expect.poll(() => card.innerText()).toContain('已确认');
    // two people's sign-ins and a dialog each: longer than one page's budget on a busy machine
  }, 150_000);

  it('the order’s page says where its cash is now and how it got there, not only that it was paid', async () => {
    await s.page.goto(`${s.baseURL}/orders/${orderId}`);
    const payment = s.page.getByRole('region', { name: '收款' });
    await expect.poll(() => payment.innerText()).toContain('款项去向');
    const text = await payment.innerText();
    expect(text).toMatch(/现在由 刘洋 保管（.+ 起）/);
    expect(text).toContain('孙秀英 交给 刘洋');
    expect(text).toContain('已确认收到');
    expect(text).toContain('表单随款交接');
    await expectAccessible(s, 'an order’s payment with where its cash went');
  });
});

describe('the relay and collection monitors on the compliance page', () => {
  const s = useBrowser();

  it('covers A7.4.7 and A2.4.2.4, and clicks through an order accepted and never paid to its page', async () => {
    await signIn(s, 'wangfang', '/compliance');
    // the cash the demo's cleaner holds was collected just now: checked, and in time
    const relay = s.page.locator('[data-clause="A7.4.7"]');
    await expect.poll(() => relay.innerText()).toContain('无违规');
    // the demo's past months hold orders accepted and never paid
    const collect = s.page.locator('[data-clause="A2.4.2.4"]');
    await expect.poll(() => collect.innerText()).toContain('项违规');
    await collect.getByRole('link', { name: /验收后未及时收费的工单/ }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('A2.4.2.4 验收后未及时收费的工单');
    await expect.poll(() => s.page.locator('main').innerText()).toContain('尚未收取');
    await expectAccessible(s, 'the unpaid orders breaches page');
    const first = s.page.locator('.breach-row').first().getByRole('link');
    const number = (await first.innerText()).replace('工单', '').trim();
    await first.click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toContain(number);
  });
});
