// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { expectAccessible, menuItems, signInViaForm, useBrowser } from './support/session.js';

describe('language', () => {
  const s = useBrowser();

  it('switches the whole interface to English and back, and remembers the choice', async () => {
    await signInViaForm(s, 'admin');
    await s.page.goto(`${s.baseURL}/users`);
    await s.page.getByRole('button', { name: /界面语言/ }).click();
    await s.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('Users');
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    const menu = await menuItems(s);
    expect(menu).toEqual(expect.arrayContaining(['Home', 'Organisation', 'Users', 'Roles', 'Regulation parameters']));
    expect(menu.filter((item) => /[\u4e00-\u9fff]/.test(item))).toEqual([]);
    // antd's own texts follow (pagination), and dates stay in the organisation's time zone.
    await expect.poll(() => s.page.locator('.ant-pagination-total-text').innerText()).toMatch(/in total/);
    const pageSize = s.page.locator('.ant-pagination-options .ant-select').first();
    await expect.poll(() => pageSize.innerText()).toBe('20 / page');
    await expectAccessible(s, 'the users page in English');

    // opened afresh in English: antd's texts in English from the first render
    await s.page.reload();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('Users');
    await expect.poll(() => pageSize.innerText()).toBe('20 / page');
    await s.page.getByRole('button', { name: /Interface language/ }).click();
    await s.page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('用户管理');
    expect(await s.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => pageSize.innerText()).toBe('20 条/页');
  });

  it('offers the choice on the sign-in page too', async () => {
    await s.browser.context.clearCookies();
    await s.page.goto(`${s.baseURL}/login`);
    await s.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => s.page.locator('h1').innerText()).toBe('Sign in');
    expect(await s.page.getByLabel('Username').isVisible()).toBe(true);
    await s.page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => s.page.locator('h1').innerText()).toBe('登录');
  });
});
