// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

type Holder = { holderName: string; payments: { paymentId: string; orderId: string | null; amountFen: number }[] };

describe('the cash relay on a phone (A7.4.7)', () => {
  const s = useBrowser({ width: 390, height: 844 });

  it('has the cleaner hand an order’s cash, with its form, to a supervisor only; the supervisor sees the form came along', async () => {
    await signIn(s, 'sunxy');
    const mine = (await apiGet<Holder[]>(s, '/api/cash-in-hand')).find((h) => h.holderName === '孙秀英')!;
    const held = mine.payments.find((p) => p.orderId)!;
    await s.page.goto(`${s.baseURL}/tasks/${held.orderId}`);
    await s.page.getByRole('button', { name: '交出本单现金' }).click();
    const dialog = s.page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('按本处制度，现金先交环境主管，再由主管交收费员');

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
    await expect.poll(() => dialog.innerText()).toContain('请连同《家政服务表》一并交接');
    await expectAccessible(s, 'the hand-over dialog of a task');
    await dialog.getByRole('checkbox', { name: '《家政服务表》随款交接' }).check();
    await dialog.getByRole('button', { name: '交出' }).click();
    await expect.poll(() => s.page.getByText('已交出，等待对方确认').count()).toBeGreaterThan(0);
    await expect.poll(() => s.page.getByRole('button', { name: '交出本单现金' }).count()).toBe(0);

    // the supervisor sees the offer with its form and confirms it
    await signIn(s, 'liuyang');
    await s.page.goto(`${s.baseURL}/money/cash`);
    const card = s.page.locator('.record-card').filter({ hasText: '孙秀英 → 刘洋' });
    await expect.poll(() => card.innerText()).toContain('附表单');
    await card.getByRole('button', { name: '确认收款' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: '确认收款' }).click();
    await expect.poll(() => card.innerText()).toContain('已确认');
  });
});
