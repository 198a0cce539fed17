// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { approveAndAssign, dialog, drawSignature, stateTag, step } from './support/order-steps.js';
import { apiGet, expectAccessible, type Session, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-gps-repair-'));
const PT_PER_MM = 72 / 25.4;

/** A vehicle of the demo register no other test and no demo order touches: its GT06 was sold in 2024, out of warranty. */
const CAR = { plate: '粤BD10698', terminal: '862410040020119', sim: '89860621230000081714', sold: '2024-11-12' };
/** Spares in stock on the demo register (the demo's own swap took the first of each). */
const SPARE = { terminal: '862410040040002', sim: '89860621230000081801' };
const FAULT = '终端无法定位，指示灯常灭';
const CHECKLIST = ['核对工单信息', '工具已备齐', '备品配件已备齐', '相关文件已带齐'];

type TimedOrder = { id: string; number: string; requestedAt: string; waitMinutes: number; waitClockMinutes: number };

/** A POST with the page's session, as the web app sends it (for what the web never sends). */
async function apiPost(s: Session, apiPath: string, data: object) {
  const res = await s.browser.context.request.post(`${s.baseURL}${apiPath}`, { headers: { 'x-guanjia-csrf': '1' }, data });
  return { status: res.status(), body: (await res.json()) as { code?: string } };
}

/** Prints the open page as Chromium does on Ctrl+P and reads the PDF back: page size, page count, text. */
function readPdf(file: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    widthMm: Number(size[1]) / PT_PER_MM,
    heightMm: Number(size[2]) / PT_PER_MM,
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
}

describe('the issue’s walk: a repair call for an out-of-warranty terminal, from the call to the cash at finance', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });
  let number = '';
  let orderId = '';

  it('the manager takes the call; the terminal number brings the plate, model, purchase date and warranty from the register', async () => {
    await signIn(desk, 'qianwei', '/intake');
    const form = desk.page.locator('main form');
    await form.getByText('GPS维修', { exact: true }).click();
    await form.getByLabel('终端号').waitFor();
    await form.getByLabel('客户', { exact: true }).fill('安运出租车公司 郑立新');
    await form.getByLabel('联系电话').fill('13902220003');
    await form.getByLabel('服务地点').fill('深圳市福田区车公庙泰然四路12号');

    // a number the register does not know: a warning on the field, nothing filled
    const serialItem = form.locator('.ant-form-item').filter({ has: desk.page.getByLabel('终端号') });
    await form.getByLabel('终端号').fill('862410049999999');
    await form.getByLabel('故障现象').click();
    await expect.poll(() => serialItem.locator('.ant-form-item-explain').innerText()).toContain('终端档案中没有这个终端号');
    expect(await form.getByLabel('车牌号').inputValue()).toBe('');

    // the right number: the register fills the rest, out of warranty
    await form.getByLabel('终端号').fill(CAR.terminal);
    await form.getByLabel('故障现象').fill(FAULT);
    await expect.poll(() => form.getByLabel('车牌号').inputValue()).toBe(CAR.plate);
    expect(await form.getByLabel('商品型号').inputValue()).toBe('GT06');
    expect(await form.getByLabel('购买日期').inputValue()).toBe(CAR.sold);
    expect(await form.getByLabel('保修期内').isChecked()).toBe(false);
    await expect.poll(() => serialItem.locator('.ant-form-item-explain').count()).toBe(0);
    await expectAccessible(desk, 'the GPS repair intake filled from the register');
    await form.getByRole('button', { name: '受理', exact: true }).click();

    await desk.page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    await expect.poll(() => desk.page.locator('main h1').innerText()).toMatch(/^GW-\d{8}-\d{4}$/);
    number = await desk.page.locator('main h1').innerText();
    orderId = desk.page.url().split('/').pop() ?? '';
    expect(await stateTag(desk.page).innerText()).toBe('已确认');
    expect(await desk.page.locator('main').innerText()).toContain('保修期外只收零部件费用（不收人工费）。');
  });

  it('the manager approves and assigns 冯师傅', async () => {
    await approveAndAssign(desk.page, '冯', '冯师傅（GPS事业部）');
  });

  it('the technician ticks the checklist on his phone, sets off, arrives and starts; a labour line is refused', async () => {
    await signIn(phone, 'fengsf', `/tasks/${orderId}`);
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe(number);
    expect(await phone.page.locator('.task-facts').innerText()).toContain(CAR.plate);

    await phone.page.getByRole('button', { name: '出发', exact: true }).click();
    const checklist = dialog(phone.page);
    for (const box of CHECKLIST) await checklist.getByLabel(box).check();
    await checklist.getByRole('button', { name: '出发', exact: true }).click();
    await checklist.waitFor({ state: 'detached' });
    await step(phone.page, '到达');
    await step(phone.page, '开工');
    await expect.poll(() => phone.page.locator('.task-progress').innerText()).toContain('开工');

    // parts short on site: the manager's approval by phone, recorded on the task
    const verbal = phone.page.locator('section[aria-labelledby="order-verbal"]');
    await verbal.getByRole('button', { name: '记录口头请示' }).click();
    const record = dialog(phone.page);
    await record.getByLabel('批准人').fill('钱伟');
    await record.getByLabel('批准内容').fill('备用SIM卡只剩联通卡，同意换联通卡');
    await record.getByRole('button', { name: '记录口头请示' }).click();
    await record.waitFor({ state: 'detached' });
    await expect.poll(() => verbal.innerText()).toContain('口头批准，待经理补录确认');
    await expectAccessible(phone, 'a GPS task on a phone with its verbal approvals');

    // a labour charge named as a part: the server refuses it on its line, whatever the client sends
    await phone.page.getByRole('button', { name: '登记材料', exact: true }).click();
    const parts = dialog(phone.page);
    await parts.getByRole('button', { name: '添加材料' }).click();
    await parts.getByLabel('零部件名称').fill('上门维修人工费');
    await parts.getByLabel('单位').fill('次');
    await parts.getByLabel('单价（元）').fill('80');
    await parts.getByLabel('数量').fill('1');
    await parts.getByRole('button', { name: '保存', exact: true }).click();
    const name = parts.locator('.ant-form-item').filter({ has: phone.page.getByLabel('零部件名称') });
    await expect.poll(() => name.locator('.ant-form-item-explain').innerText()).toBe('GPS工单只收零部件费用，不收人工费');
    fs.mkdirSync(shots, { recursive: true });
    // the steps' notices gone first, so the shot shows the dialog's title
    await expect.poll(() => phone.page.locator('.toasts .toast').count(), { timeout: 10_000 }).toBe(0);
    await phone.page.screenshot({ path: path.join(shots, 'gps-repair-parts-refused.png') });
    // nor is a labour item taken with a call, sent straight to the server by the manager's session
    const labour = await apiPost(desk, '/api/orders', {
      type: 'gps_repair',
      officeId: (await apiGet<{ officeId: string }>(desk, `/api/orders/${orderId}`)).officeId,
      channel: 'phone',
      customerName: '安运出租车公司',
      lines: [{ itemId: '00000000-0000-4000-8000-000000000000', quantity: 1 }],
      details: { plate: CAR.plate, productModel: 'GT06', fault: FAULT },
    });
    expect(labour.status).toBe(422);
    expect(labour.body.code).toBe('order.labour_not_charged');

    // the parts used: a new terminal and a new SIM card
    await parts.getByLabel('零部件名称').fill('GT06 北斗/GPS 双模终端');
    await parts.getByLabel('单位').fill('台');
    await parts.getByLabel('单价（元）').fill('320');
    await parts.getByRole('button', { name: '添加材料' }).click();
    await parts.getByLabel('零部件名称').nth(1).fill('物联网SIM卡');
    await parts.getByLabel('单位').nth(1).fill('张');
    await parts.getByLabel('单价（元）').nth(1).fill('50');
    await parts.getByLabel('数量').nth(1).fill('1');
    await parts.getByRole('button', { name: '保存', exact: true }).click();
    await parts.waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('.task-total').innerText()).toBe('¥370.00');
  });

  it('the manager confirms the verbal approval and prints the returned terminal’s label: plate and fault on a 70 × 40 mm label', async () => {
    await desk.page.reload();
    const verbal = desk.page.locator('section[aria-labelledby="order-verbal"]');
    await verbal.getByRole('button', { name: '补录确认' }).click();
    await dialog(desk.page).getByRole('button', { name: '补录确认' }).click();
    await expect.poll(() => verbal.innerText()).toContain('经理 钱伟 已于');
    // the order's progress names both steps in words, not by their codes
    const timeline = desk.page.locator('section[aria-labelledby="order-timeline"]');
    await expect.poll(() => timeline.innerText()).toContain('经理补录确认口头批准');
    expect(await timeline.innerText()).toContain('记录口头请示');
    expect(await timeline.innerText()).not.toContain('order.');
    await expectAccessible(desk, 'a GPS repair’s page with its verbal approvals');

    const href = await desk.page.getByRole('link', { name: '打印返修标签' }).getAttribute('href');
    expect(href).toBe(`/api/orders/${orderId}/repair-label`);
    await desk.page.goto(`${desk.baseURL}${href}`);
    await desk.page.evaluate(() => document.fonts.ready);
    const file = path.join(tmp, 'label.pdf');
    fs.writeFileSync(file, await desk.page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const label = readPdf(file);
    expect(label.pages).toBe(1);
    expect(label.widthMm).toBeCloseTo(70, 0);
    expect(label.heightMm).toBeCloseTo(40, 0);
    for (const text of ['返修标签', number, CAR.plate, FAULT, CAR.terminal, '冯师傅']) expect(label.text).toContain(text);
    execFileSync('pdftoppm', ['-png', '-r', '300', '-singlefile', file, path.join(shots, 'gps-repair-label')]);
    await desk.page.goto(`${desk.baseURL}/orders/${orderId}`);
  });

  it('the technician finishes with a terminal and a SIM swap, the customer signs, pays the parts in cash, the invoice is recorded', async () => {
    await phone.page.reload();
    await phone.page.getByRole('button', { name: '完工', exact: true }).click();
    const finish = dialog(phone.page);
    await finish.getByLabel('更换终端').check();
    // the old terminal is the order's own, filled in from it (A4.4.5)
    expect(await finish.getByLabel('原终端号').inputValue()).toBe(CAR.terminal);
    await finish.getByLabel('新终端号').fill(SPARE.terminal);
    await finish.getByLabel('更换SIM卡').check();
    await finish.getByLabel('原SIM卡号').fill(CAR.sim);
    await finish.getByLabel('新SIM卡号').fill(SPARE.sim);
    await finish.getByLabel('故障原因及处理').fill('主机主板损坏，SIM卡接触不良，更换主机和SIM卡后平台上线正常');
    await finish.getByRole('button', { name: '完工', exact: true }).click();
    await finish.waitFor({ state: 'detached' });
    // the phone shows what he recorded: the cause and the swapped terminal's numbers
    const recorded = phone.page.locator('section[aria-labelledby="order-type-details"]');
    await expect.poll(() => recorded.innerText()).toContain('主机主板损坏，SIM卡接触不良，更换主机和SIM卡后平台上线正常');
    expect(await recorded.innerText()).toContain(SPARE.terminal);
    expect(await recorded.innerText()).toContain(CAR.sim);

    await phone.page.getByRole('button', { name: '请客户签字', exact: true }).click();
    const sign = dialog(phone.page);
    await sign.getByLabel('签字人').fill('郑立新');
    await drawSignature(phone.page);
    await sign.getByRole('button', { name: '确认签字' }).click();
    await sign.waitFor({ state: 'detached' });

    // out of warranty: the parts only, ¥320 + ¥50, no labour
    await phone.page.getByRole('button', { name: '收款', exact: true }).click();
    const pay = dialog(phone.page);
    await pay.getByRole('radio', { name: '现金' }).check();
    await pay.getByRole('button', { name: '确认收款 ¥370.00' }).click();
    await pay.waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('.task-progress').innerText()).toContain('收款');

    // A4.4.9: the technician writes the customer's invoice himself
    const invoice = phone.page.locator('section[aria-labelledby="order-invoice"]');
    await invoice.getByRole('button', { name: '登记发票' }).click();
    const form = dialog(phone.page);
    await form.getByLabel('发票号码').fill(`GW${Date.now() % 100_000_000}`);
    await form.getByLabel('发票金额').fill('370.00');
    await form.getByRole('button', { name: '登记发票' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => invoice.innerText()).toContain('370.00');
    expect(phone.errors).toEqual([]);
  });

  it('the register’s terminal and SIM histories show both devices with the order number', async () => {
    await desk.page.goto(`${desk.baseURL}/gps/terminals`);
    const rows = desk.page.locator('main .ant-table-tbody tr.ant-table-row');
    const search = desk.page.getByRole('searchbox', { name: '搜索序列号、车牌、SIM卡号、客户' });
    const history = async (serial: string) => {
      await search.fill(serial);
      await search.press('Enter');
      await expect.poll(() => rows.count()).toBe(1);
      await rows
        .first()
        .getByRole('button', { name: `设备履历 ${serial}` })
        .click();
      const drawer = desk.page.getByRole('dialog');
      await expect.poll(() => drawer.innerText()).toContain(`工单 ${number}`);
      return drawer;
    };
    const old = await history(CAR.terminal);
    expect(await old.innerText()).toContain(`车辆 ${CAR.plate}`);
    await desk.page.keyboard.press('Escape');
    await old.waitFor({ state: 'detached' });
    const fitted = await history(SPARE.terminal);
    expect(await fitted.innerText()).toContain(`车辆 ${CAR.plate}`);
    await expectAccessible(desk, 'the swapped-in terminal’s history');
    await desk.page.screenshot({ path: path.join(shots, 'gps-terminal-swap-history.png') });
    await desk.page.keyboard.press('Escape');

    await desk.page.goto(`${desk.baseURL}/gps/sims`);
    const simSearch = desk.page.getByRole('searchbox').first();
    for (const sim of [CAR.sim, SPARE.sim]) {
      await simSearch.fill(sim);
      await simSearch.press('Enter');
      await expect.poll(() => rows.count()).toBe(1);
      await rows
        .first()
        .getByRole('button', { name: `设备履历 ${sim}` })
        .click();
      const drawer = desk.page.getByRole('dialog');
      await expect.poll(() => drawer.innerText()).toContain(`工单 ${number}`);
      await desk.page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
    }
  });

  it('the technician hands the cash to 宋出纳 on the money pages, and she confirms it', async () => {
    await phone.page.goto(`${phone.baseURL}/money/cash`);
    await phone.page.getByRole('button', { name: '交款' }).click();
    const offer = dialog(phone.page);
    await offer.getByRole('checkbox', { name: /¥370\.00/ }).check();
    await expect.poll(() => offer.innerText()).toContain('合计 ¥370.00');
    await offer.getByLabel('接收人').click();
    await phone.page.keyboard.type('宋');
    await phone.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '宋出纳' }).first().click();
    const formAlong = offer.getByRole('checkbox', { name: /随款交接/ });
    if (await formAlong.count()) await formAlong.check();
    await offer.getByRole('button', { name: '交出' }).click();
    await offer.waitFor({ state: 'detached' });

    await signIn(desk, 'songcn', '/money/cash');
    // the demo's own swap was handed over the same way this morning: this one waits, with its form
    const handovers = desk.page.getByRole('row').filter({ hasText: '冯师傅' }).filter({ hasText: '¥370.00' });
    const waiting = handovers.filter({ hasText: '待确认' });
    const withForm = desk.page.getByRole('cell', { name: '附表单', exact: true });
    await expect.poll(() => waiting.filter({ has: withForm }).count()).toBe(1);
    await waiting.getByRole('button', { name: '确认收款' }).click();
    await desk.page.getByRole('dialog').getByRole('button', { name: '确认收款' }).click();
    await expect.poll(() => waiting.count()).toBe(0);
    expect(await handovers.filter({ hasText: '已确认' }).filter({ has: withForm }).count()).toBe(1);
  }, 150_000);

  it('the service-time report of October 2026 shows the repair across 国庆 in business hours, not clock hours', async () => {
    await signIn(desk, 'qianwei', null);
    const report = await apiGet<{ orders: TimedOrder[] }>(desk, '/api/service-times?month=2026-10');
    // the demo's repair called in on the working day before the holiday and reached on the first day after it
    const holiday = report.orders.find((o) => o.requestedAt.startsWith('2026-09-30'))!;
    expect(holiday).toBeDefined();
    expect(holiday.waitClockMinutes).toBeGreaterThan(7 * 24 * 60);
    expect(holiday.waitMinutes).toBeLessThan(8 * 60);

    await desk.page.goto(`${desk.baseURL}/service-times?month=2026-10`);
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('服务时效');
    const row = desk.page.locator('section[aria-labelledby="service-times-all"] tr').filter({ hasText: holiday.number });
    await expect.poll(() => row.innerText()).toContain('冯师傅');
    const hm = (m: number) => (Math.floor(m / 60) ? `${Math.floor(m / 60)}小时${String(m % 60).padStart(2, '0')}分` : `${m}分`);
    expect(await row.innerText()).toContain(hm(holiday.waitMinutes));
    expect(await row.innerText()).toContain(hm(holiday.waitClockMinutes));
    await expectAccessible(desk, 'the service-time report');
    await desk.page.setViewportSize({ width: 1280, height: 1400 });
    await desk.page.screenshot({ path: path.join(shots, 'gps-service-times.png') });
    await desk.page.setViewportSize({ width: 1280, height: 800 });
  });
});
