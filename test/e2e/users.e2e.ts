// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, signInViaForm, useBrowser } from './support/session.js';

/** Picks an option in an antd select (or tree select) by typing, as a keyboard user would. */
async function choose(page: Page, label: string, option: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(option);
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first().click();
}

const fieldError = (page: Page, label: string) =>
  page
    .getByRole('dialog')
    .locator('.ant-form-item')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('.ant-form-item-explain');

describe('user administration', () => {
  const s = useBrowser();
  const username = `liming${Date.now() % 100000}`;

  it('creates a user: the form says what is wrong, on the right field, before and after sending', async () => {
    await signIn(s, 'admin', '/users');
    await s.page.getByRole('button', { name: '新建用户' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => fieldError(s.page, '姓名').innerText()).toBe('必填');
    await expect.poll(() => fieldError(s.page, '用户名').innerText()).toBe('必填');
    await expectAccessible(s, 'the new-user dialog');

    await dialog.getByLabel('姓名').fill('李明');
    await dialog.getByLabel('用户名').fill('wangfang');
    await dialog.getByLabel('手机号').fill('139-0000-1234');
    await choose(s.page, '所属组织', '翠竹园环境部');
    await dialog.getByLabel('初始密码').fill('short');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => fieldError(s.page, '初始密码').innerText()).toBe('至少 10 个字符');

    // The server refuses a taken username; its answer lands on the username field.
    await dialog.getByLabel('初始密码').fill('Welcome2026');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => fieldError(s.page, '用户名').innerText()).toBe('该用户名已被使用');

    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByRole('button', { name: '创建' }).click();
    await s.page.waitForURL(/\/users\/[0-9a-f-]+$/);
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('李明');
    const details = await s.page.locator('main .ant-descriptions').innerText();
    expect(details).toContain(username);
    expect(details).toContain('翠竹园环境部');
    expect(await s.page.locator('main').innerText()).toContain('此用户下次登录时需要修改密码');
    await expectAccessible(s, 'a user');
  });

  it('grants roles at a node, and revokes one after asking', async () => {
    const grants = s.page.getByRole('table', { name: '角色授权' });
    expect(await grants.innerText()).toContain('还没有角色');
    for (const role of ['保洁员', '收费员']) {
      await s.page.locator('main').getByRole('button', { name: '授予角色' }).click();
      await choose(s.page, '角色', role);
      await s.page.getByRole('dialog').getByRole('button', { name: '授予角色' }).click();
      await s.page.getByRole('dialog').waitFor({ state: 'detached' });
      await grants.getByText(role).waitFor();
    }
    expect(await grants.innerText()).toContain('翠竹园环境部');

    await grants.getByRole('row').filter({ hasText: '收费员' }).getByRole('button', { name: '撤销' }).click();
    const confirm = s.page.getByRole('dialog');
    expect(await confirm.innerText()).toContain('李明将失去在「翠竹园环境部」的「收费员」角色');
    await confirm.getByRole('button', { name: '撤销' }).click();
    await grants.getByText('收费员').waitFor({ state: 'detached' });
    expect(await grants.innerText()).toContain('保洁员');
  });

  it('shows the record history: who did what, when, and what changed', async () => {
    await s.page.getByRole('button', { name: '历史记录' }).click();
    const drawer = s.page.getByRole('dialog', { name: '「李明」的历史记录' });
    await drawer.getByText('撤销角色').waitFor();
    const text = await drawer.innerText();
    for (const entry of ['创建用户', '授予角色', '撤销角色', '系统管理员', '保洁员', '收费员', '139-0000-1234'])
      expect(text).toContain(entry);
    await expectAccessible(s, 'the history drawer');
    await s.page.keyboard.press('Escape');
  });

  it('makes the new user choose a password at first sign-in', async () => {
    await signInViaForm(s, username, 'Welcome2026');
    const dialog = s.page.getByRole('dialog', { name: '请设置新密码' });
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Close' }).count()).toBe(0);
    await expectAccessible(s, 'the change-password dialog');
    await dialog.getByLabel('当前密码').fill('Welcome2026');
    await dialog.getByLabel('新密码', { exact: true }).fill('Cuizhu-2026');
    await dialog.getByLabel('确认新密码').fill('Cuizhu-2027');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await expect.poll(() => fieldError(s.page, '确认新密码').innerText()).toBe('两次输入的新密码不一致');
    await dialog.getByLabel('确认新密码').fill('Cuizhu-2026');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => s.page.locator('main').innerText()).toContain('保洁员');
  });

  it('deactivates a user after asking why; they can no longer sign in', async () => {
    await signIn(s, 'admin', `/users?q=${username}`);
    await s.page.getByRole('link', { name: '李明' }).click();
    await s.page.getByRole('button', { name: '停用' }).click();
    const confirm = s.page.getByRole('dialog', { name: '停用「李明」？' });
    await confirm.getByLabel('原因').fill('调离本单位');
    await confirm.getByRole('button', { name: '停用' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => s.page.locator('main .page-subtitle').innerText()).toContain('已停用');
    expect(await s.page.getByRole('button', { name: '启用' }).count()).toBe(1);

    await s.browser.context.clearCookies();
    await s.page.goto(`${s.baseURL}/login`);
    await s.page.locator('#login-username').fill(username);
    await s.page.locator('#login-password').fill('Cuizhu-2026');
    await s.page.locator('form button[type=submit]').click();
    await expect.poll(() => s.page.getByRole('alert').first().innerText()).not.toBe('');
    expect(new URL(s.page.url()).pathname).toBe('/login');
  });
});
