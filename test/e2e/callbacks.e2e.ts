// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const h1 = (page: Page) => page.locator('main h1').innerText();
const main = (page: Page) => page.locator('main').innerText();

interface Trend {
  trend: { month: string; notReached: number; reached: number; satisfied: number }[];
}

/**
 * Callbacks on the shared demo server (its clock is not moved here): the demo history has a month with a
 * call that did not reach the owner; the supervisor calls again, records it, and reads the rate and chart.
 */
describe('callbacks and the satisfaction rate', () => {
  const s = useBrowser();

  it('lets the supervisor record a callback and read the month’s rate, its definition and the trend', async () => {
    await signIn(s, 'zhoumin');
    const office = await orgIdByCode(s, 'office-a');
    const { trend } = await apiGet<Trend>(s, `/api/satisfaction?orgId=${office}`);
    const month = trend.find((m) => m.notReached > 0)!;
    expect(month).toBeDefined();

    await s.page.getByRole('navigation').getByRole('link', { name: '回访', exact: true }).click();
    await expect.poll(() => h1(s.page)).toBe('回访');
    await s.page.goto(`${s.baseURL}/callbacks?org=${office}&month=${month.month}`);
    await expect.poll(() => main(s.page)).toContain('随机种子');
    expect(await main(s.page)).toContain('未接通');
    await expectAccessible(s, 'the callbacks list');

    // the call that did not reach the owner: call again and record 满意
    const row = s.page.getByRole('row').filter({ hasText: '未接通' });
    await row.getByRole('link', { name: '回访登记' }).click();
    await expect.poll(() => h1(s.page)).toMatch(/^回访 JZ-/);
    await expect.poll(() => main(s.page)).toContain('再次回访');
    await expectAccessible(s, 'the callback record page');
    await s.page.getByRole('radio', { name: '满意', exact: true }).check();
    await s.page.getByLabel('业主意见').fill('第二次联系上业主，对保洁很满意');
    await s.page.getByRole('button', { name: '保存回访' }).click();
    const dialog = s.page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('保存后不能修改');
    await dialog.getByRole('button', { name: '保存回访' }).click();
    await expect.poll(() => main(s.page)).toContain('第二次联系上业主');
    expect(await s.page.getByRole('button', { name: '保存回访' }).count()).toBe(0);

    // its history names who recorded what
    await s.page.getByRole('button', { name: '历史记录' }).click();
    await expect.poll(() => s.page.getByRole('dialog').innerText()).toContain('周敏');
    await s.page.keyboard.press('Escape');

    // the month's rate: one more 满意 among the reached calls
    await s.page.goto(`${s.baseURL}/satisfaction?org=${office}&month=${month.month}`);
    await expect.poll(() => h1(s.page)).toBe('满意率');
    const expected = `${(Math.round(((month.satisfied + 1) * 1000) / (month.reached + 1)) / 10).toFixed(1)}%`;
    await expect.poll(() => s.page.getByTestId('satisfaction-rate').innerText()).toBe(expected);
    const text = await main(s.page);
    expect(text).toContain('满意率 = 评价为“满意”的回访数 ÷ 已接通的回访数');
    expect(text).toContain('孙秀英');
    // 统计服务项目质量满意率: a table per service item of the month's sampled orders
    const { items } = await apiGet<{ items: { itemName: string }[] }>(s, `/api/satisfaction?orgId=${office}&month=${month.month}`);
    expect(items.length).toBeGreaterThan(0);
    const byItem = s.page.getByRole('region', { name: `${month.month} 按服务项目（服务项目质量满意率）` });
    for (const i of items) expect(await byItem.innerText()).toContain(i.itemName);
    const chart = s.page.getByRole('img', { name: /近12个月满意率/ });
    const label = (await chart.getAttribute('aria-label')) ?? '';
    expect(label).toContain(`${month.month} ${expected}`);
    // one point per month with a reached call, up to the chosen month (the trend ends with it), drawn by ECharts
    expect(label.match(/\d{4}-\d{2} /g)?.length).toBe(trend.filter((m) => m.month <= month.month && m.reached > 0).length);
    await chart.locator('svg').waitFor();
    await s.page.getByText('以表格查看').click();
    expect(await s.page.locator('table.trend-table').innerText()).toContain(month.month);
    await expectAccessible(s, 'the satisfaction page');
  });
});

describe('callbacks on a phone', () => {
  const s = useBrowser({ width: 390, height: 844 });

  it('shows the callbacks as cards and the rate page without sideways scrolling', async () => {
    await signIn(s, 'zhoumin', null);
    const office = await orgIdByCode(s, 'office-a');
    const { trend } = await apiGet<Trend>(s, `/api/satisfaction?orgId=${office}`);
    const month = trend.filter((m) => m.reached > 0).at(-1)!;
    await s.page.goto(`${s.baseURL}/callbacks?org=${office}&month=${month.month}`);
    await expect.poll(() => main(s.page)).toContain('随机种子');
    expect(await main(s.page)).toContain('满意');
    await s.page.goto(`${s.baseURL}/satisfaction?org=${office}&month=${month.month}`);
    await expect.poll(() => s.page.getByTestId('satisfaction-rate').innerText()).toMatch(/%$/);
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(s, 'the satisfaction page on a phone');
  });
});
