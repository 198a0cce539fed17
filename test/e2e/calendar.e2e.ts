// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

describe('the business calendar (A4.7)', () => {
  const s = useBrowser();
  const main = () => s.page.locator('main');
  /** The year after the server's today in Shanghai: the year the page warns about and the import fills. */
  let next = 0;

  it('shows the administrator 2026’s holidays and make-up days, the working hours, and that next year is still to be entered', async () => {
    await signIn(s, 'admin');
    const now = (await apiGet<{ now: string }>(s, '/api/demo/clock')).now;
    next = Number(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date(now))) + 1;
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '工作日历' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('工作日历');
    await expect.poll(() => main().innerText()).toContain(`${next}年的节假日安排还没有录入`);
    // the demo holds the State Council's 2026 notice, whatever today's year
    await s.page.goto(`${s.baseURL}/calendar?year=2026`);
    await expect.poll(() => main().innerText()).toContain('09:00 – 18:00');
    expect(await main().innerText()).toContain('节假日 33 天，调休上班 6 天');
    // the month grid marks 国庆 off and the make-up Saturday on, with the day's name for a screen reader
    const october = s.page.locator('table.calendar-month', { has: s.page.locator('caption', { hasText: /^10月$/ }) });
    expect(await october.locator('td.is-holiday').count()).toBe(7);
    expect(await october.locator('td.is-workday').innerText()).toContain('10\n班');
    expect(await october.locator('td.is-workday .sr-only').innerText()).toBe('调休上班 国庆节');
    await expectAccessible(s, 'the calendar page');
    await s.page.screenshot({ path: path.join(shots, 'calendar-2026.png'), fullPage: true });
    // the working hours are parameters: the link opens them at the root
    await main().getByRole('link', { name: '在制度参数中修改' }).click();
    await expect.poll(() => main().innerText()).toContain('工作时间开始');
    await s.page.goBack();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('工作日历');
  });

  it('refuses a make-up working day on a weekday under its field, saves it on a Saturday, and removes it again', async () => {
    await main().getByRole('button', { name: '添加日期' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.getByLabel('日期').fill('2026-12-25');
    await dialog.locator('#kind').click();
    await s.page.locator('.ant-select-dropdown:visible').getByText('调休上班', { exact: true }).click();
    await dialog.getByLabel('名称').fill('年终盘点');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.innerText()).toContain('调休上班只能设在周六或周日');
    await expectAccessible(s, 'the day form with a refusal');
    await dialog.getByLabel('日期').fill('2026-12-26');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => s.page.getByRole('dialog').count()).toBe(0);
    const row = main().locator('.ant-table-row', { hasText: '2026-12-26' });
    await expect.poll(() => row.innerText()).toContain('年终盘点');
    expect(await row.innerText()).toContain('星期六');

    await row.getByRole('button', { name: '删除 2026-12-26' }).click();
    await s.page
      .getByRole('dialog')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await expect.poll(() => main().locator('.ant-table-row', { hasText: '2026-12-26' }).count()).toBe(0);
  });

  it('imports next year from pasted lines, naming a wrong line and writing nothing until it is right', async () => {
    await main().getByRole('combobox', { name: '年份' }).click();
    await s.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: new RegExp(`^${next}$`) }).click();
    await expect.poll(() => main().innerText()).toContain(`${next}年还没有录入节假日和调休上班`);
    await main().getByRole('button', { name: '导入全年' }).click();
    const dialog = s.page.getByRole('dialog');
    // 01-01 rests whatever its weekday; the first Monday after it cannot be a make-up day, the first Saturday can
    const first = (weekday: number) => {
      const d = new Date(Date.UTC(next, 0, 2));
      while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() + 1);
      return d.toISOString().slice(0, 10);
    };
    const lines = [`${next}-01-01 休 元旦`, `${first(1)} 班 元旦`, `${first(6)} 班 元旦`];
    await dialog.getByLabel('节假日安排').fill(lines.join('\n'));
    await dialog.getByRole('button', { name: `替换 ${next} 年` }).click();
    await expect.poll(() => dialog.innerText()).toContain('第 2 行：调休上班只能设在周六或周日');
    await expectAccessible(s, 'the import with a wrong line');
    await dialog.getByLabel('节假日安排').fill([lines[0], lines[2]].join('\n'));
    await dialog.getByRole('button', { name: `替换 ${next} 年` }).click();
    await expect.poll(() => s.page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => main().innerText()).toContain('节假日 1 天，调休上班 1 天');
    expect(await main().innerText()).not.toContain(`${next}年的节假日安排还没有录入`);
  });

  it('lets a cleaner read the calendar but not change it', async () => {
    await signIn(s, 'sunxy', '/calendar?year=2026');
    await expect.poll(() => main().innerText()).toContain('国庆节');
    expect(await main().getByRole('button', { name: '添加日期' }).count()).toBe(0);
    expect(await main().getByRole('button', { name: '导入全年' }).count()).toBe(0);
    expect(
      await main()
        .getByRole('button', { name: /删\s*除/ })
        .count(),
    ).toBe(0);
  });
});
