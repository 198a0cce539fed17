// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { expectAccessible, PASSWORD, signInViaForm, useBrowser } from './support/session.js';

describe('signing in and out', () => {
  const s = useBrowser();

  it('shows a Chinese sign-in page to anyone not signed in, and passes an accessibility check', async () => {
    await s.page.goto(`${s.baseURL}/`);
    await s.page.waitForURL(`${s.baseURL}/login`);
    expect(await s.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => s.page.locator('h1').innerText()).toBe('登录');
    expect(await s.page.getByLabel('用户名').isVisible()).toBe(true);
    expect(await s.page.getByLabel('密码', { exact: true }).isVisible()).toBe(true);
    await expectAccessible(s, 'the sign-in page');
  });

  it('says what is missing before sending anything', async () => {
    await s.page.locator('form button[type=submit]').click();
    await expect.poll(() => s.page.locator('#login-username-error').innerText()).toBe('必填');
    expect(await s.page.locator('#login-username').getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a wrong password and stays on the sign-in page', async () => {
    await s.page.locator('#login-username').fill('admin');
    await s.page.locator('#login-password').fill('not-the-password');
    // the eye shows what was typed, and hides it again
    const show = s.page.getByRole('button', { name: '显示密码' });
    await show.click();
    expect(await s.page.locator('#login-password').getAttribute('type')).toBe('text');
    expect(await show.getAttribute('aria-pressed')).toBe('true');
    await show.click();
    expect(await s.page.locator('#login-password').getAttribute('type')).toBe('password');
    await s.page.locator('form button[type=submit]').click();
    await expect.poll(() => s.page.getByRole('alert').first().innerText()).toContain('用户名或密码不正确');
    expect(new URL(s.page.url()).pathname).toBe('/login');
    expect(await s.page.locator('#login-password').inputValue()).toBe('');
  });

  it('signs in with the right password and greets the user on the home page', async () => {
    await s.page.locator('#login-password').fill(PASSWORD);
    await s.page.locator('form button[type=submit]').click();
    await s.page.waitForURL(`${s.baseURL}/`);
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('您好，系统管理员');
    expect(await s.page.locator('main').innerText()).toContain('系统管理员');
    await expectAccessible(s, 'the home page');
  });

  it('sends a signed-out visitor of a deep link to sign in, then back to that very view', async () => {
    await s.browser.context.clearCookies();
    await s.page.goto(`${s.baseURL}/roles?q=office`);
    await s.page.waitForURL(/\/login\?next=/);
    expect(new URL(s.page.url()).searchParams.get('next')).toBe('/roles?q=office');
    await s.page.locator('#login-username').fill('admin');
    await s.page.locator('#login-password').fill(PASSWORD);
    await s.page.locator('form button[type=submit]').click();
    await s.page.waitForURL(`${s.baseURL}/roles?q=office`);
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('角色权限');
    expect(await s.page.getByRole('searchbox', { name: '搜索角色名称或代码' }).inputValue()).toBe('office');
  });

  it('notices an expired session on the next click, explains it, and returns there after signing in again', async () => {
    // a session of this test's own: it is ended on the server below
    await signInViaForm(s, 'admin');
    await s.page.goto(`${s.baseURL}/users?q=wang`);
    await s.page.getByRole('link', { name: '王芳' }).waitFor();
    await s.page.waitForLoadState('networkidle');
    // The session ends on the server (as after the idle timeout) while the browser still holds its cookie.
    const cookie = (await s.browser.context.cookies()).find((c) => c.name === 'gj_session');
    const ended = await fetch(`${s.baseURL}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: `gj_session=${cookie?.value}`, 'x-guanjia-csrf': '1' },
    });
    expect(ended.status).toBe(200);
    await s.page.getByRole('link', { name: '王芳' }).click();
    await s.page.waitForURL(/\/login\?next=/);
    await expect.poll(() => s.page.getByRole('alert').first().innerText()).toContain('登录已过期');
    await s.page.locator('#login-username').fill('admin');
    await s.page.locator('#login-password').fill(PASSWORD);
    await s.page.locator('form button[type=submit]').click();
    await s.page.waitForURL(/\/users\/[0-9a-f-]+$/);
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('王芳');
  });

  it('signs out from the user menu; the app is then closed until signing in again', async () => {
    await s.page.getByRole('button', { name: /用户菜单/ }).click();
    await s.page.getByRole('button', { name: '退出登录' }).click();
    await s.page.waitForURL(`${s.baseURL}/login`);
    await s.page.goto(`${s.baseURL}/users`);
    await s.page.waitForURL(/\/login\?next=%2Fusers/);
  });
});
