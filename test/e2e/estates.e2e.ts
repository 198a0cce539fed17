// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

/** An import file as an office would fill in the template: three sheets, Chinese headers. */
async function importFile(name: string, units: (string | number)[][], owners: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('楼栋').addRows([['楼栋名称'], ['1栋'], ['2栋']]);
  book.addWorksheet('房屋').addRows([['楼栋', '单元', '楼层', '房号', '建筑面积（㎡）', '用途', '状态'], ...units]);
  book.addWorksheet('业主住户').addRows([['楼栋', '单元', '房号', '类型', '姓名', '联系电话', '证件号码', '入住日期'], ...owners]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'estates-e2e-')), name);
  await book.xlsx.writeFile(file);
  return file;
}

describe('the estate register', () => {
  const s = useBrowser();
  let estateId = '';

  it('the office head imports an estate from Excel: a bad file lists its rows and stores nothing, a good one is listed', async () => {
    await signIn(s, 'wangfang');
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '房屋档案' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('房屋档案');
    await expect.poll(() => s.page.locator('main').innerText()).toContain('翠竹园');
    await expectAccessible(s, 'the estate list');
    // a fresh estate of its own, so no other browser test's data is touched
    const created = await s.browser.context.request.post(`${s.baseURL}/api/estates`, {
      headers: { 'x-guanjia-csrf': '1' },
      data: { officeId: await orgIdByCode(s, 'office-a'), name: `浏览器花园${Date.now() % 100000}`, address: '翠竹路1号' },
    });
    expect(created.status()).toBe(201);
    estateId = (await created.json()).id;
    await s.page.goto(`${s.baseURL}/estates/${estateId}`);
    await s.page.getByRole('button', { name: 'Excel 导入' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.getByRole('link', { name: '下载模板' }).waitFor();

    const bad = await importFile(
      'bad.xlsx',
      [
        ['1栋', '1', 1, '0101', 89.5, '住宅', '已入住'],
        ['3栋', '1', 1, '0102', 90, '住宅', '空置'],
        ['2栋', '1', 2, '0201', -5, '住宅', '空置'],
      ],
      [['1栋', '1', '0101', '业主', '赵六', '12345', '', '']],
    );
    await dialog.locator('input[type=file]').setInputFiles(bad);
    const errors = dialog.locator('.import-errors tbody tr.ant-table-row');
    await expect.poll(() => errors.count()).toBe(3);
    const text = await dialog.locator('.import-errors').innerText();
    expect(text).toContain('楼栋不存在');
    expect(text).toContain('建筑面积须为大于 0 的数字');
    expect(text).toContain('联系电话须为 11 位手机号');
    expect(await errors.nth(1).innerText()).toMatch(/房屋\s+4\s+建筑面积/);
    await expectAccessible(s, 'the import dialog with row errors');

    const good = await importFile(
      'good.xlsx',
      [
        ['1栋', '1', 1, '0101', 89.5, '住宅', '已入住'],
        ['1栋', '1', 1, '0102', '120', '商业', '装修中'],
        ['2栋', '', 2, '0201', 66.25, '住宅', '空置'],
      ],
      [['1栋', '1', '0101', '业主', '赵六', '13800006666', '11010519491231002X', '2021-06-01']],
    );
    await dialog.locator('input[type=file]').setInputFiles(good);
    await expect.poll(() => dialog.innerText()).toContain('已导入 2 栋楼、3 套房屋、1 位业主住户');
    await dialog.getByRole('button', { name: '关闭' }).first().click();

    const rows = s.page.locator('main .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().innerText()).toContain('赵六');
    expect(await rows.nth(2).innerText()).toContain('66.25');
    await s.page.getByRole('combobox', { name: '使用状态' }).click();
    await s.page.locator('.ant-select-dropdown:visible').getByText('空置').click();
    await expect.poll(() => rows.count()).toBe(1);
    await expectAccessible(s, 'the estate page');
  });

  it('exports the filtered units, and opens a unit with its owner (ID number masked) and history', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('link', { name: '导出房屋' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(5).value).toBe('房号');
    expect(sheet.actualRowCount).toBe(2);
    expect(sheet.getRow(2).getCell(5).value).toBe('0201');

    await s.page.goto(`${s.baseURL}/estates/${estateId}`);
    await s.page.getByRole('link', { name: '0101' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toContain('1栋');
    const facts = await s.page.locator('.unit-facts').innerText();
    expect(facts).toContain('89.5 ㎡');
    expect(facts).toContain('已入住');
    const residents = await s.page.locator('section[aria-labelledby="unit-residents"]').innerText();
    expect(residents).toContain('赵六');
    expect(residents).toContain('1101**********002X');
    expect(residents).not.toContain('19491231');
    await expectAccessible(s, 'the unit page');
    await s.page.locator('.page-header, main').getByRole('button', { name: '历史记录' }).first().click();
    await expect.poll(() => s.page.getByRole('dialog').innerText()).toContain('新增房屋');
  });
});
