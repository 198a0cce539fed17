// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

describe('organisation scope', () => {
  const s = useBrowser();
  let officeB = '';

  it('scopes the users list to the node chosen in the switcher, in the URL', async () => {
    await signIn(s, 'admin', null);
    officeB = await orgIdByCode(s, 'office-b');
    await s.page.goto(`${s.baseURL}/users`);
    await s.page.getByRole('link', { name: '王芳' }).waitFor();
    await s.page.getByRole('button', { name: /当前组织/ }).click();
    await s.page.getByRole('button', { name: '金色家园管理处', exact: true }).click();
    await expect.poll(() => new URL(s.page.url()).searchParams.get('org')).toBe(officeB);
    await s.page.getByRole('link', { name: '王芳' }).waitFor({ state: 'detached' });
    expect(await s.page.getByRole('link', { name: '赵磊' }).count()).toBe(1);
    const expected = await apiGet<{ total: number }>(s, `/api/users?orgId=${officeB}`);
    expect(await s.page.locator('.ant-pagination-total-text').innerText()).toBe(`共 ${expected.total} 条`);
    // The link reproduces the view, and the choice holds on the next page that scopes by node.
    await s.page.goto(`${s.baseURL}/params`);
    await expect.poll(() => s.page.locator('main h1 + .page-subtitle').innerText()).toContain('金色家园管理处');
  });

  it('never shows an office head another office, neither in the switcher nor by address', async () => {
    await signIn(s, 'wangfang');
    await s.page.getByRole('button', { name: /当前组织/ }).click();
    const options = await s.page.locator('.org-picker-option').allInnerTexts();
    expect(options).toContain('翠竹园管理处');
    expect(options.some((o) => o.includes('金色家园'))).toBe(false);
    await s.page.keyboard.press('Escape');
    const visible = await apiGet<{ items: { name: string }[] }>(s, '/api/orgs?pageSize=100');
    expect(visible.items.map((o) => o.name)).not.toContain('金色家园管理处');

    await s.page.goto(`${s.baseURL}/orgs/${officeB}`);
    await expect.poll(() => s.page.locator('main').innerText()).toContain('找不到该记录');
    expect(await s.page.locator('main').innerText()).not.toContain('金色家园');
    await expectAccessible(s, 'the not-found page');

    await s.page.goto(`${s.baseURL}/users?org=${officeB}`);
    await expect.poll(() => s.page.locator('main').innerText()).toContain('找不到该组织');
    expect(await s.page.getByRole('link', { name: '赵磊' }).count()).toBe(0);
  });
});
