// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const h1 = (page: Page) => page.locator('main h1').innerText();
const main = (page: Page) => page.locator('main').innerText();

describe('money pages', () => {
  const s = useBrowser();

  it('shows finance the demo receipt books and the requests', async () => {
    await signIn(s, 'zhengkj');
    await s.page.getByRole('navigation').getByRole('link', { name: '收据本' }).click();
    await expect.poll(() => h1(s.page)).toBe('收据本');
    await expect.poll(() => main(s.page)).toContain('A 151–200');
    const text = await main(s.page);
    for (const expected of ['A 1–50', 'A 51–100', 'A 101–150', '陈静', '黄丽', '在库', '领用申请']) expect(text).toContain(expected);
    expect(await s.page.getByRole('button', { name: '登记收据本' }).count()).toBe(1);
    await expectAccessible(s, 'the receipt books page');
  });

  it('shows a cashier the receipts and the cash in hand', async () => {
    await signIn(s, 'chenjing', '/money/receipts');
    await expect.poll(() => h1(s.page)).toBe('收据');
    expect(await s.page.getByRole('link', { name: '导出 Excel' }).getAttribute('href')).toContain('/api/receipts/export.xlsx');
    await expectAccessible(s, 'the receipts page');

    await s.page.goto(`${s.baseURL}/money/cash`);
    await expect.poll(() => h1(s.page)).toBe('在手现金');
    // the demo's ¥120 is with the cleaner, or with her supervisor once the relay test handed it on
    await expect.poll(() => main(s.page)).toContain('¥120.00');
    await expectAccessible(s, 'the cash in hand page');
  });

  it('shows an office head the day’s reconciliation of her office', async () => {
    await signIn(s, 'wangfang');
    const office = await orgIdByCode(s, 'office-a');
    await s.page.goto(`${s.baseURL}/money/reconciliation?org=${office}`);
    await expect.poll(() => h1(s.page)).toBe('对账');
    await expect.poll(() => main(s.page)).toContain('已开收据');
    const text = await main(s.page);
    for (const expected of ['翠竹园管理处', '差异', '检查', '断号']) expect(text).toContain(expected);
    const href = await s.page.getByRole('link', { name: '导出 Excel' }).getAttribute('href');
    expect(href).toContain(`officeId=${office}`);
    await expectAccessible(s, 'the reconciliation page');
  });

  it('lets the GPS department’s cashier reconcile her department, which is no office', async () => {
    await signIn(s, 'songcn', '/money/reconciliation');
    await expect.poll(() => h1(s.page)).toBe('对账');
    await expect.poll(() => main(s.page)).toContain('已开收据');
    expect(await main(s.page)).toContain('GPS事业部');
    expect(await s.page.getByRole('link', { name: '导出 Excel' }).count()).toBe(1);
  });
});

describe('cash in hand on a phone', () => {
  const s = useBrowser({ width: 390, height: 844 });

  it('lets a cleaner see the cash she holds and start handing it over', async () => {
    // the demo's ¥120 is with the cleaner, or with her supervisor once the relay test (same server) handed it on
    await signIn(s, 'sunxy');
    const holders = await apiGet<{ holderName: string }[]>(s, '/api/cash-in-hand');
    const [user, name] = holders.some((h) => h.holderName === '孙秀英') ? ['sunxy', '孙秀英'] : ['liuyang', '刘洋'];
    if (user !== 'sunxy') await signIn(s, user);
    await s.page.goto(`${s.baseURL}/money/cash`);
    // the holder's line first: once the relay handed the ¥120 on, the hand-over history shows it too, and may come first
    await expect.poll(() => main(s.page)).toContain(`${name}（我）`);
    expect(await main(s.page)).toContain('¥120.00');
    await s.page.getByRole('button', { name: '交款' }).click();
    await expect.poll(() => s.page.getByRole('dialog').innerText()).toContain('合计 ¥120.00');
    await expectAccessible(s, 'the hand-over dialog on a phone');
    await s.page.keyboard.press('Escape');
  });
});
