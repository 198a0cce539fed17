// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

/**
 * Issue 15 as a new user would do it (A2.4.1.2): a parking standard set and approved, a day of gate records imported,
 * a charge collected at the gate on a phone with a receipt, the cash handed guard → security supervisor → cashier,
 * and the collection on the day's parking report and in the office's reconciliation.
 */
const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const option = (page: Page, text: string) => page.locator('.ant-select-dropdown:visible').getByText(text, { exact: true }).first();
const zone = 'Asia/Shanghai';
const local = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(ms));
const monthsOn = (iso: string, n: number) => {
  const [y, m] = local(Date.parse(iso)).slice(0, 7).split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

// plates of this run's own (the demo's plates carry other letters after 粤B)
const digits = String(Date.now() % 10_000).padStart(4, '0');
const plates = { long: `粤BQ${digits}`, short: `粤BW${digits}`, inside: `粤BX${digits}` };

describe('parking fees from the standard to the reconciliation (A2.4.1.2)', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });
  let now = '';
  let receipt = '';
  let charge = '';

  it('王芳 sets a standard for the underground car park; HQ reviews it and the general manager approves it', async () => {
    await signIn(desk, 'wangfang');
    now = (await apiGet<{ now: string }>(desk, '/api/demo/clock')).now;
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '停车收费标准' }).click();
    await desk.page.getByRole('button', { name: '编制停车收费标准' }).click();
    const form = desk.page.getByRole('dialog');
    await form.locator('#carParkId').click();
    await option(desk.page, '翠竹园 地下车库').click();
    await form.getByLabel('执行月份').fill(monthsOn(now, 3));
    await form.getByLabel('每单位收费（元）').fill('7');
    await form.getByLabel('每日封顶（元）').fill('45');
    await form.getByLabel('租赁车位').fill('420');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await desk.page.waitForURL(/\/parking-standards\/[0-9a-f-]{36}$/);
    const url = desk.page.url();
    await desk.page.getByRole('button', { name: '提交审核' }).click();
    await desk.page.getByRole('dialog').getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => desk.page.locator('main .ant-tag').first().innerText()).toBe('待业务总部审核');

    await signIn(desk, 'liyw', null);
    await desk.page.goto(url);
    await desk.page.getByRole('button', { name: '审核通过' }).click();
    await desk.page.getByRole('dialog').getByRole('button', { name: '审核通过' }).click();
    await expect.poll(() => desk.page.locator('main .ant-tag').first().innerText()).toBe('待总经理审批');

    await signIn(desk, 'zhangjg', null);
    await desk.page.goto(url);
    await desk.page.getByRole('button', { name: '批准' }).click();
    await desk.page.getByRole('dialog').getByRole('button', { name: '批准' }).click();
    await expect.poll(() => desk.page.locator('main .ant-tag').first().innerText()).toBe('已批准');
    expect(await desk.page.locator('main').innerText()).toContain('租赁车位 ¥420.00/月');
    await expectAccessible(desk, 'an approved parking standard');
    await desk.page.screenshot({ path: path.join(shots, 'parking-standard-approved.png'), fullPage: true });
  });

  it('李军 imports the gate’s export of the day, and the charges show on the stays', async () => {
    const at = Date.parse(now);
    const csv = [
      '车牌号,入场时间,出场时间',
      `${plates.long},${local(at - 190 * 60_000)},${local(at - 20 * 60_000)}`,
      `${plates.short},${local(at - 40 * 60_000)},${local(at - 32 * 60_000)}`,
      `${plates.inside},${local(at - 15 * 60_000)},`,
    ].join('\n');
    await signIn(desk, 'lijun');
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '停车记录' }).click();
    await desk.page.getByRole('combobox', { name: '车场' }).click();
    await option(desk.page, '翠竹园 地面停车场').click();
    await desk.page.getByRole('button', { name: '导入闸机数据' }).click();
    const dialog = desk.page.getByRole('dialog');
    const file = { name: `P1-出入记录-${digits}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
    await dialog.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => dialog.innerText()).toContain('导入完成：新增 3，补全出场 0，未变 0，无入场 0');
    // the same file again changes nothing
    await dialog.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => dialog.innerText()).toContain('导入完成：新增 0，补全出场 0，未变 3，无入场 0');
    await dialog
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s*闭/ })
      .click();

    await desk.page.getByRole('searchbox').first().fill(digits);
    await desk.page.getByRole('searchbox').first().press('Enter');
    const rows = desk.page.locator('main .ant-table-tbody tr.ant-table-row');
    // the search matches any stay with these digits (a demo plate may hold them too): count this run's three
    await expect.poll(() => rows.filter({ hasText: new RegExp(`粤B[QWX]${digits}`) }).count()).toBe(3);
    const row = (plate: string) => rows.filter({ hasText: plate }).innerText();
    expect(await row(plates.long)).toContain('待收费');
    charge = /¥[\d,]+\.\d{2}/.exec(await row(plates.long))?.[0] ?? '';
    expect(charge).not.toBe('');
    expect(await row(plates.short)).toContain('免费');
    expect(await row(plates.inside)).toContain('场内');
    await expectAccessible(desk, 'the imported stays with their charges');
    await desk.page.screenshot({ path: path.join(shots, 'parking-stays-imported.png'), fullPage: true });
  });

  it('赵刚 collects the charge on his phone with a receipt from the security department’s book', async () => {
    await signIn(phone, 'zhaogang', '/gate/due');
    await phone.page.getByRole('searchbox', { name: '按车牌号查找' }).fill(plates.long);
    await phone.page.getByRole('link', { name: new RegExp(plates.long) }).click();
    await phone.page.getByRole('button', { name: '收款并开收据' }).waitFor();
    expect(await phone.page.locator('main').innerText()).toContain(charge);
    await phone.page.getByRole('button', { name: '收款并开收据' }).click();
    await expect.poll(() => phone.page.locator('main').innerText()).toContain('已收款');
    receipt = /收据号: (TC-\d{7})/.exec(await phone.page.locator('main').innerText())?.[1] ?? '';
    expect(receipt).not.toBe('');
    const printed = await phone.page.request.get(
      `${phone.baseURL}${await phone.page.getByRole('link', { name: '打印收据' }).getAttribute('href')}`,
    );
    expect(await printed.text()).toContain(receipt);
    await expectAccessible(phone, 'a charge collected at the gate');
    await phone.page.screenshot({ path: path.join(shots, 'parking-collected-390.png'), fullPage: true });
  });

  it('the cash goes 赵刚 → 李军 → 陈静, each confirming what they counted', async () => {
    const pass = async (from: Page, to: string) => {
      await from.goto(`${new URL(from.url()).origin}/money/cash`);
      await from.getByRole('button', { name: '交款' }).click();
      const dialog = from.getByRole('dialog');
      // a day of charges is summed up; the list behind 逐笔查看 holds this one
      const list = dialog.getByRole('button', { name: /逐笔查看/ });
      await dialog.getByText('交出的款项').waitFor();
      if (await list.count()) await list.click();
      await expect.poll(() => dialog.innerText()).toContain(plates.long);
      await dialog.locator('.ant-select').click();
      await from
        .locator('.ant-select-dropdown:visible')
        .getByText(new RegExp(`^${to}`))
        .first()
        .click();
      await dialog.getByRole('button', { name: /交\s*出/ }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    const confirm = async (page: Page, from: string, to: string) => {
      await page.goto(`${new URL(page.url()).origin}/money/cash`);
      // a card on the phone, a table row on the desk
      const card = page.locator('.record-card, tr').filter({ hasText: from }).filter({ hasText: to }).filter({ hasText: '待确认' });
      await card.first().getByRole('button', { name: '确认收款' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认收款' }).click();
      await expect.poll(() => card.count()).toBe(0);
    };
    await pass(phone.page, '李军');
    await signIn(phone, 'lijun');
    await confirm(phone.page, '赵刚', '李军');
    await pass(phone.page, '陈静');
    await signIn(desk, 'chenjing');
    await confirm(desk.page, '李军', '陈静');
    // the cashier now holds it
    await expect.poll(() => desk.page.locator('main').innerText()).toContain('陈静（我）');
  });

  it('王芳 finds it on the day’s parking report, and the reconciliation follows it to the remittance', async () => {
    await signIn(desk, 'wangfang');
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '停车日报' }).click();
    const today = local(Date.parse(now)).slice(0, 10);
    const row = desk.page.locator('main .ant-table-tbody tr.ant-table-row').filter({ hasText: today }).filter({ hasText: '地面停车场' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/¥[\d,]+\.\d{2} \(\d+\)/);
    await expectAccessible(desk, 'the day’s parking report');
    await desk.page.screenshot({ path: path.join(shots, 'parking-report.png'), fullPage: true });

    await desk.page.goto(`${desk.baseURL}/money/reconciliation`);
    const differences = desk.page.locator('section[aria-labelledby="differences-title"]');
    // received by the cashier, not yet remitted: named by its plate; its receipt is no stray one
    await expect.poll(() => differences.innerText()).toContain(plates.long);
    const mine = await differences.locator('tr').filter({ hasText: plates.long }).innerText();
    expect(mine).toContain('收款未上缴');
    expect(await differences.innerText()).not.toContain(receipt);
    expect(await desk.page.locator('main').innerText()).toContain('物业费、停车费等收款');
  });
});
