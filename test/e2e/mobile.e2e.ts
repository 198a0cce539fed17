// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

describe('on a 390 px phone', () => {
  const s = useBrowser({ width: 390, height: 844 });

  it('signs in on a page without the side panel, and fits the screen', async () => {
    await s.page.goto(`${s.baseURL}/login`);
    expect(await s.page.locator('.login-hero').isVisible()).toBe(false);
    await expectAccessible(s, 'the sign-in page on a phone');
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('folds the menu into a drawer, and the drawer closes on choosing a page', async () => {
    await signIn(s, 'admin');
    expect(await s.page.locator('nav.side-nav').count()).toBe(0);
    await s.page.getByRole('button', { name: '打开菜单' }).click();
    const drawer = s.page.getByRole('dialog');
    // the same groups as on a desk, as headings that fold
    expect(await drawer.getByRole('button', { name: '系统管理' }).getAttribute('aria-expanded')).toBe('true');
    expect(await drawer.getByRole('list', { name: '系统管理' }).getByRole('link').count()).toBe(6);
    await expectAccessible(s, 'the menu drawer on a phone');
    await drawer.getByRole('link', { name: '用户管理' }).click();
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('用户管理');
  });

  it('shows users as cards, not a table, and the page does not scroll sideways', async () => {
    await s.page.locator('.record-card').first().waitFor();
    expect(await s.page.locator('main table').count()).toBe(0);
    expect(await s.page.locator('.record-card').first().innerText()).toMatch(/\S+/);
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(s, 'the users page on a phone');
    await s.page.locator('.record-card').filter({ hasText: '王芳' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('王芳');
  });

  it('fits the screen on pages with many filter choices or wide tables: they scroll within themselves', async () => {
    const pages: [string, string, string][] = [
      // a nurse checks outside drugs on her phone: five filter choices
      ['xuhs', '/infusion/outside-drugs', '.ant-segmented'],
      // nine columns of service times, and the fee items' notes
      ['chenjing', '/service-times', 'main table'],
      ['chenjing', '/fee-items', 'main table'],
      // the general manager reads the collection rate on the road; a technician's terminal cards hold four buttons
      ['zhangjg', '/collection-rate', '.fee-rate-table'],
      ['qianwei', '/gps/terminals', '.row-actions'],
    ];
    for (const [user, path, wide] of pages) {
      await signIn(s, user, path);
      await s.page.locator(wide).first().waitFor();
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    // the last filter choice is still there to reach by scrolling the strip
    await signIn(s, 'xuhs', '/infusion/outside-drugs');
    const done = s.page.locator('.ant-segmented-item').last();
    await done.scrollIntoViewIfNeeded();
    await done.click();
    await expect.poll(() => s.page.url()).toContain('step=done');
  });
});
