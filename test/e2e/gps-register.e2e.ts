// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const stamp = String(Date.now() % 1_000_000).padStart(6, '0');

async function workbook(name: string, sheets: Record<string, (string | number)[][]>) {
  const book = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) book.addWorksheet(sheet).addRows(rows);
  return {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer()),
  };
}
const HEAD = {
  客户: ['客户名称', '类型', '联系人', '联系电话', '地址', '备注'],
  车辆: ['车牌号', '客户名称', '车型', '司机', '司机电话'],
  终端: ['终端序列号', '产品型号', '车牌号', 'SIM卡号', '运营商', '销售日期', '保修截止'],
};

describe('the GPS register', () => {
  const s = useBrowser();

  it('the GPS manager finds an installed terminal and follows its history', async () => {
    await signIn(s, 'qianwei');
    const nav = s.page.getByRole('navigation', { name: '主菜单' });
    expect(await nav.getByRole('list', { name: 'GPS售后' }).getByRole('link').allInnerTexts()).toEqual([
      '安装需求单',
      '客户档案',
      '车辆',
      '终端',
      'SIM卡',
      '产品型号',
    ]);
    await nav.getByRole('link', { name: '终端' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('终端');
    const rows = s.page.locator('main .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(11);
    await expectAccessible(s, 'the terminals');
    fs.mkdirSync(shots, { recursive: true });
    await s.page.screenshot({ path: path.join(shots, 'gps-terminals.png') });

    // found by its vehicle's plate; an old sale is out of warranty
    const search = s.page.getByRole('searchbox', { name: '搜索序列号、车牌、SIM卡号、客户' });
    await search.fill('粤B3K721');
    await search.press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    const row = await rows.first().innerText();
    expect(row).toContain('862410040012301');
    expect(row).toContain('顺达物流有限公司');
    expect(row).toContain('已过保');

    await rows.first().getByRole('button', { name: '设备履历 862410040012301' }).click();
    const drawer = s.page.getByRole('dialog');
    await expect.poll(() => drawer.innerText()).toContain('安装上车');
    const text = await drawer.innerText();
    expect(text).toContain('登记入库');
    expect(text).toContain('车辆 粤B3K721');
    expect(text).toContain('经办：钱伟');
    await expectAccessible(s, 'a terminal’s history');
    await s.page.screenshot({ path: path.join(shots, 'gps-terminal-history.png') });
  });

  it('imports customers, vehicles and terminals all or nothing', async () => {
    await signIn(s, 'qianwei', '/gps/customers');
    await s.page.getByRole('button', { name: 'Excel 导入' }).click();
    const dialog = s.page.getByRole('dialog');
    const customer = `导入测试物流${stamp}`;
    const plate = `粤B${stamp.slice(1)}`;
    const bad = await workbook('bad.xlsx', {
      客户: [HEAD.客户, [customer, '外星', '', '0755-86001111', '', '']],
      车辆: [HEAD.车辆, [plate, '没有这个客户', '', '', '']],
    });
    await dialog.locator('input[type=file]').setInputFiles(bad);
    const errors = dialog.locator('.import-errors tbody tr.ant-table-row');
    await expect.poll(() => errors.count()).toBe(2);
    expect(await dialog.locator('.import-errors').innerText()).toContain('类型须为“车队”或“个人”');
    await expectAccessible(s, 'the import with errors');

    const good = await workbook('good.xlsx', {
      客户: [HEAD.客户, [customer, '车队', '周经理', '0755-86001111', '深圳市宝安区测试路1号', '']],
      车辆: [HEAD.车辆, [plate, customer, '东风天龙', '郑司机', '13911110000']],
      终端: [HEAD.终端, [`E2E-${stamp}`, 'GT06', plate, `1440${stamp}000`, '移动', '2026-06-01', '']],
    });
    await dialog.locator('input[type=file]').setInputFiles(good);
    await expect.poll(() => dialog.innerText()).toContain('客户新增 1');
    expect(await dialog.innerText()).toContain('终端新增 1');
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    const search = s.page.getByRole('searchbox', { name: '搜索客户名称、联系人、电话、地址' });
    await search.fill(customer);
    await search.press('Enter');
    const rows = s.page.locator('main .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('周经理');
  });

  it('shows the technician the register without its buttons to change it', async () => {
    await signIn(s, 'fengsf', '/gps/sims');
    const rows = s.page.locator('main .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    expect(await s.page.getByRole('button', { name: '新增' }).count()).toBe(0);
    expect(await s.page.getByRole('button', { name: 'Excel 导入' }).count()).toBe(0);
  });
});
