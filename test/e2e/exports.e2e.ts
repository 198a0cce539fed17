// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

/** Clicks the page's export button and reads the file the browser downloads: its name and rows. */
async function exportFromPage(s: ReturnType<typeof useBrowser>, name: string | RegExp = '导出 Excel') {
  const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('link', { name }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { file: download.suggestedFilename(), sheet: wb.worksheets[0]!.name, header: rows[0], rows: rows.slice(1) };
}

describe('exporting a filtered list', () => {
  const s = useBrowser();

  it('downloads the users the filters select, with the page’s column names', async () => {
    await signIn(s, 'wangfang', '/users?active=true&sort=username');
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('用户管理');
    await expectAccessible(s, 'the users page with its export button');
    const shown = await apiGet<{ items: { username: string }[] }>(s, `/api/users?active=true&sort=username&pageSize=100`);
    const { file, sheet, header, rows } = await exportFromPage(s);
    expect(file).toBe('users.xlsx');
    expect(sheet).toBe('用户管理');
    expect(header).toEqual(['姓名', '用户名', '所属组织', '手机号', '状态', '创建时间']);
    expect(rows.map((r) => r[1])).toEqual(shown.items.map((u) => u.username));
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['启用']));
  });

  it('downloads the receipt books of the state chosen on the page', async () => {
    await signIn(s, 'zhengkj', '/money/books');
    await expect.poll(() => s.page.locator('main').innerText()).toContain('A 101–150');
    await s.page.getByRole('combobox', { name: '按状态筛选' }).click();
    await s.page.locator('.ant-select-item-option').filter({ hasText: '在库' }).click();
    // the link carries the filter as soon as the page shows it
    await expect.poll(() => s.page.getByRole('link', { name: '导出 Excel' }).getAttribute('href')).toContain('state=in_stock');
    const { header, rows } = await exportFromPage(s);
    expect(header).toEqual(['号段', '已用/总数', '状态', '保管单位', '收费员']);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['在库']));
  });

  it('writes the headers in English when the page is in English', async () => {
    await signIn(s, 'admin', '/jobs');
    await s.page.getByRole('button', { name: /界面语言/ }).click();
    await s.page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('Scheduled jobs');
    const { file, sheet, header } = await exportFromPage(s, 'Export to Excel');
    expect(file).toBe('jobs.xlsx');
    expect(sheet).toBe('Scheduled jobs');
    expect(header).toEqual(['Job', 'Key', 'State', 'Due', 'Attempts', 'Last run', 'Error']);
    // back to Chinese for whoever signs in next in this browser
    await s.page.getByRole('button', { name: /Interface language/ }).click();
    await s.page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('定时任务');
  });
});
