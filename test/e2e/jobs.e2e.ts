// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

/**
 * The jobs page on the shared demo server. The clock is not moved here (other files share the server):
 * "run due jobs now" runs only what is due anyway.
 */
describe('the jobs page', () => {
  const s = useBrowser();

  it('lists the scheduled jobs with their state, runs what is due, and shows a job’s runs', async () => {
    await signIn(s, 'admin');
    await s.page.locator('nav.side-nav').getByRole('link', { name: '定时任务' }).click();
    await s.page.waitForURL(/\/jobs$/);
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('定时任务');
    const table = s.page.getByRole('table', { name: '定时任务列表' });
    await expect.poll(() => table.innerText()).toContain('callbacks.draw@');
    expect(await table.innerText()).toContain('等待执行');
    await expectAccessible(s, 'the jobs page');

    // the demo panel: the server's time (real or simulated, as other files left it) and a button that runs what is due
    const panel = s.page.getByRole('region', { name: '模拟时间（演示模式）' });
    expect(await panel.innerText()).toMatch(/服务器时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    await panel.getByRole('button', { name: '立即执行到期任务' }).click();
    await expect
      .poll(() =>
        s.page
          .locator('.toast, [role=status]')
          .allInnerTexts()
          .then((t) => t.join(' ')),
      )
      .toMatch(/执行了|没有到期/);

    // filter by state in the URL; then the runs of a job that ran (or none yet, said plainly)
    await s.page.locator('main search').getByLabel('状态', { exact: true }).click();
    await s.page.locator('.ant-select-dropdown:visible').getByText('等待执行', { exact: true }).click();
    await s.page.waitForURL(/state=pending/);
    await table.getByRole('button', { name: '执行记录' }).first().click();
    const drawer = s.page.getByRole('dialog');
    await expect.poll(() => drawer.innerText()).toMatch(/执行记录：/);
    await expect.poll(() => drawer.innerText()).toMatch(/第 \d+ 次尝试|尚无执行记录/);
    await expectAccessible(s, 'the runs drawer');
  });

  it('is not in an office head’s menu, and its address says so', async () => {
    await signIn(s, 'wangfang');
    expect(
      await s.page
        .locator('nav')
        .allInnerTexts()
        .then((t) => t.join(' ')),
    ).not.toContain('定时任务');
    await s.page.goto(`${s.baseURL}/jobs`);
    await expect.poll(() => s.page.locator('main').innerText()).toContain('您的角色不包含此页面');
    expect(await s.page.locator('main').innerText()).not.toContain('定时任务列表');
  });
});
