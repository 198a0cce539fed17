// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { choose, dialog } from './support/order-steps.js';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
// this run's own wording, so the page shows exactly the version this test made
const stamp = String(Date.now() % 10000).padStart(4, '0');
const CRITERION = `无积尘、无污垢、光亮，每周擦拭一次（${stamp}）`;
const REASON = `写明擦拭频次便于检查 ${stamp}`;

describe('cleaning set-up at the office (保洁标准, 检查计划, 保洁评分, A6.1–A6.3)', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });

  it('刘洋 reads the group’s library: the 篇六 checks by area, with their methods and numbers', async () => {
    await signIn(desk, 'liuyang');
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '保洁标准' }).click();
    await desk.page.getByRole('heading', { name: '保洁标准', level: 1 }).waitFor();
    await desk.page.getByRole('heading', { name: '集团标准库' }).waitFor();
    const roads = desk.page.getByRole('region', { name: '道路' });
    await expect.poll(() => roads.innerText()).toContain('每100平方米不超过2个');
    expect(await roads.innerText()).toContain('不超过9毫米');
    expect(await desk.page.getByRole('region', { name: '地下车库' }).innerText()).toContain('嗅检');
    expect(await desk.page.getByRole('region', { name: '路牌标识' }).innerText()).toContain('手检');
    await expectAccessible(desk, 'the group’s cleaning library');
  });

  it('刘洋 changes a check of 翠竹园 with a reason: version 2 is live, version 1 stays in the drawer', async () => {
    await choose(desk.page, desk.page.getByRole('combobox', { name: '小区（不选为集团标准库）' }), '翠竹', '翠竹园');
    // 翠竹园 has its own copy of the library (its plans made it)
    await desk.page.getByRole('heading', { name: '本小区标准' }).waitFor();
    expect(await desk.page.getByRole('button', { name: '复制为本小区标准' }).count()).toBe(0);
    const pillars = desk.page.getByRole('region', { name: '外围立柱' });
    expect(await pillars.innerText()).toContain('第 1 版');
    await pillars.getByRole('button', { name: '编辑外围立柱' }).click();
    const edit = dialog(desk.page);
    expect(await edit.innerText()).toContain('已按原版本判定的检查结果仍显示原版本');
    await edit.getByLabel('标准').fill(CRITERION);
    // the reason is required: without it nothing is saved
    await edit.getByRole('button', { name: '保存为新版本' }).click();
    await expect.poll(() => edit.innerText()).toContain('必填');
    await edit.getByLabel('修改原因').fill(REASON);
    await desk.page.screenshot({ path: path.join(shots, 'cleaning-standard-edit.png') });
    await edit.getByRole('button', { name: '保存为新版本' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => pillars.innerText()).toContain(CRITERION);
    expect(await pillars.innerText()).toContain('第 2 版');

    await pillars.getByRole('button', { name: '外围立柱的历史版本' }).click();
    const drawer = desk.page.getByRole('list', { name: '外围立柱的历史版本' });
    const versions = drawer.getByRole('listitem');
    await expect.poll(() => versions.count()).toBe(2);
    expect(await versions.nth(0).innerText()).toContain('第 2 版');
    expect(await versions.nth(0).innerText()).toContain(REASON);
    expect(await versions.nth(0).innerText()).toContain('现行');
    expect(await versions.nth(1).innerText()).toContain('第 1 版');
    expect(await versions.nth(1).innerText()).toContain('停用');
    expect(await versions.nth(1).innerText()).toContain('无积尘、无污垢、光亮');
    await expectAccessible(desk, 'the versions drawer');
    await desk.page.screenshot({ path: path.join(shots, 'cleaning-standard-versions.png') });
  });

  it('on a phone the library, the plans and the scores fit the screen', async () => {
    await signIn(phone, 'liuyang', '/cleaning/standards');
    await phone.page.getByRole('region', { name: '道路' }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'the cleaning library on a phone');
    await phone.page.screenshot({ path: path.join(shots, 'cleaning-standards-390.png'), fullPage: true });
    // the plans as cards and the scores' tables fit too
    await phone.page.goto(`${phone.baseURL}/cleaning/plans`);
    await expect.poll(() => phone.page.locator('.record-card').count()).toBeGreaterThan(0);
    expect(await phone.page.getByRole('table').count()).toBe(0);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'the plans on a phone');
    await phone.page.goto(`${phone.baseURL}/cleaning/scores`);
    await phone.page.getByRole('table', { name: '按保洁员' }).waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'the scores on a phone');
    await phone.page.screenshot({ path: path.join(shots, 'cleaning-scores-390.png'), fullPage: true });
  });

  it('王芳 sets up a monthly spot check of 翠竹园’s lights and pillars and sees it listed', async () => {
    await signIn(desk, 'wangfang');
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '检查计划' }).click();
    await desk.page.getByRole('heading', { name: '检查计划', level: 1 }).waitFor();
    await desk.page.getByRole('button', { name: '新建计划' }).click();
    const form = dialog(desk.page);
    await choose(desk.page, form.getByLabel('小区'), '翠竹', '翠竹园');
    await choose(desk.page, form.getByLabel('检查级别'), '经理', '经理抽查');
    await choose(desk.page, form.getByLabel('频次'), '每月', '每月');
    await choose(desk.page, form.getByLabel('检查人'), '王芳', '王芳（翠竹园管理处）');
    await choose(desk.page, form.getByLabel('责任保洁员'), '孙秀英', '孙秀英（翠竹园环境部）');
    await form.getByRole('checkbox', { name: '照明设施' }).check();
    await form.getByRole('checkbox', { name: '外围立柱' }).check();
    await expectAccessible(desk, 'the new plan dialog');
    await desk.page.screenshot({ path: path.join(shots, 'cleaning-plan-new.png') });
    await form.getByRole('button', { name: '建立计划' }).click();
    await form.waitFor({ state: 'detached' });
    // the toast says this month's inspection is planned already
    await expect.poll(() => desk.page.getByRole('status').innerText()).toContain('本期的检查已安排');
    const row = desk.page.getByRole('row').filter({ hasText: '照明设施、外围立柱' });
    await row.waitFor();
    const text = await row.innerText();
    for (const part of ['翠竹园', '经理抽查', '每月', '王芳', '孙秀英', '执行中']) expect(text, part).toContain(part);
    await expectAccessible(desk, 'the plan list');
  });

  it('王芳 opens the month’s scores and downloads them as Excel', async () => {
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '保洁评分' }).click();
    await desk.page.getByRole('heading', { name: '保洁评分', level: 1 }).waitFor();
    await desk.page.getByRole('heading', { name: '近六个月各级检查合格率' }).waitFor();
    for (const table of ['按区域', '按保洁员', '不合格检查项']) await desk.page.getByRole('table', { name: table }).waitFor();
    expect(await desk.page.locator('main').innerText()).toContain('漏检');
    // the demo's walked inspections: 孙秀英's rates as percent with one decimal (per mille from the server)
    const cleaner = desk.page.getByRole('table', { name: '按保洁员' }).getByRole('row').filter({ hasText: '孙秀英' }).first();
    await expect.poll(() => cleaner.innerText()).toMatch(/\d{1,3}\.\d%/);
    // the month in the picker is the month shown, and the export follows it
    const month = await desk.page.getByLabel('月份').inputValue();
    expect(await desk.page.getByRole('heading', { name: `${month} 检查` }).count()).toBe(1);
    await expectAccessible(desk, 'the cleaning scores');
    await desk.page.screenshot({ path: path.join(shots, 'cleaning-scores.png'), fullPage: true });
    const [download] = await Promise.all([desk.page.waitForEvent('download'), desk.page.getByRole('link', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toBe(`cleaning-scores-${month}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
    const cells: string[] = [];
    for (const sheet of wb.worksheets) sheet.eachRow((r) => cells.push(...(r.values as unknown[]).map(String)));
    expect(cells).toContain('孙秀英');
  });
});
