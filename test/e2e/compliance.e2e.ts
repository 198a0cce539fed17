// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const h1 = (page: Page) => page.locator('main h1').innerText();
const main = (page: Page) => page.locator('main').innerText();

describe('compliance page', () => {
  const s = useBrowser();

  it('lists every clause by regulation, shows what is not yet covered, and clicks through a breach to its order', async () => {
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
      '尚未覆盖',
      'A2.4.3',
      '票据管理',
      'A7.4.8',
      'X5',
      '合规视图',
    ])
      expect(text).toContain(expected);
    expect(await s.page.locator('[data-clause="A2.4.2.1"]').innerText()).toContain('无违规');
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

  it('tells a cleaner the page is not theirs', async () => {
    await signIn(s, 'sunxy');
    expect(await s.page.getByRole('navigation').getByRole('link', { name: '合规检查' }).count()).toBe(0);
    await s.page.goto(`${s.baseURL}/compliance`);
    await expect.poll(() => main(s.page)).toContain('没有权限');
    expect(await main(s.page)).not.toContain('尚未覆盖');
  });
});

describe('compliance page on a phone', () => {
  const s = useBrowser({ width: 390, height: 844 });

  it('fits 390 px and opens the notification bell', async () => {
    await signIn(s, 'wangfang');
    await s.page.goto(`${s.baseURL}/compliance`);
    await expect.poll(() => main(s.page)).toContain('尚未覆盖');
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await s.page.getByRole('button', { name: /^通知/ }).click();
    await expect.poll(() => s.page.locator('.notification-panel').innerText()).not.toBe('');
  });
});
