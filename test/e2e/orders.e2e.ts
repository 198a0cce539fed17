// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_TIMEOUT } from './support/browser.js';
import { choose, closeOptions, dialog, drawSignature, stateTag, step } from './support/order-steps.js';
import { apiGet, expectAccessible, orgIdByCode, type Session, signIn, useBrowser } from './support/session.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'docs/screenshots');

const noSideScroll = (s: Session) => s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('a housekeeping order from the phone call to the printed form', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });
  let orderId = '';
  let number = '';

  it('the environment supervisor takes a phone request for three hours of indoor cleaning', async () => {
    await signIn(desk, 'liuyang');
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '受理' }).click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('受理服务需求');
    const form = desk.page.locator('main form');
    // 家政服务, 翠竹园管理处 and 电话 are the defaults for this supervisor.
    await expect.poll(() => form.locator('.ant-radio-button-wrapper-checked').allInnerTexts()).toEqual(['家政服务', '电话']);
    await expect.poll(() => form.locator('.ant-form-item').filter({ hasText: '管理处' }).first().innerText()).toContain('翠竹园管理处');
    await form.getByLabel('业主/住户').fill('周建国');
    await form.getByLabel('联系电话').fill('13912345678');
    await form.getByLabel('服务地点').fill('翠竹园8栋0601');
    // The picker shows each item's posted price and unit.
    await choose(desk.page, desk.page.locator('#lines_0_itemId'), '室内', '室内保洁（¥40.00 / 小时）');
    await expect.poll(() => form.locator('.posted-price').innerText()).toContain('¥40.00/小时');
    await form.locator('#lines_0_quantity').fill('3');
    await expect.poll(() => form.locator('.intake-estimate').innerText()).toBe('按公示价预计 ¥120.00');
    await form.getByLabel('需求说明').fill('全屋保洁，重点厨房');
    // A photo of the kitchen: a picture made in the page, chosen as a file would be.
    const png = await desk.page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 640;
      c.height = 480;
      const g = c.getContext('2d')!;
      g.fillStyle = '#d9e6f2';
      g.fillRect(0, 0, 640, 480);
      g.fillStyle = '#8a5a2b';
      g.fillRect(80, 300, 480, 120);
      return c.toDataURL('image/png').split(',')[1]!;
    });
    await form
      .locator('input[type=file]')
      .setInputFiles({ name: 'kitchen.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    await expect.poll(() => form.getByRole('img', { name: '第 1 张照片' }).count()).toBe(1);
    await expectAccessible(desk, 'the intake form');
    await form.getByRole('button', { name: '受理', exact: true }).click();

    await desk.page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    orderId = desk.page.url().split('/').pop() ?? '';
    await expect.poll(() => desk.page.locator('main h1').innerText()).toMatch(/^JZ-\d{8}-\d{4}$/);
    number = await desk.page.locator('main h1').innerText();
    expect(await stateTag(desk.page).innerText()).toBe('已受理');
    const photo = desk.page.locator('section[aria-labelledby="order-photos"] img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);
  });

  it('quotes from the posted price list and registers the owner’s confirmation', async () => {
    await desk.page.getByRole('button', { name: '报价', exact: true }).click();
    const quote = dialog(desk.page);
    await expect.poll(() => quote.locator('.quote-table').innerText()).toContain('¥40.00 / 小时');
    expect(await quote.locator('.quote-table tfoot').innerText()).toContain('¥120.00');
    await quote.getByRole('button', { name: '报价', exact: true }).click();
    await quote.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已报价');

    // Someone else quotes it again meanwhile (another desk): this page still holds the older version.
    const current = await desk.browser.context.request.get(`${desk.baseURL}/api/orders/${orderId}`);
    const { version } = (await current.json()) as { version: number };
    const requote = await desk.browser.context.request.post(`${desk.baseURL}/api/orders/${orderId}/quote`, {
      headers: { 'x-guanjia-csrf': '1' },
      data: { version },
    });
    expect(requote.status()).toBe(200);

    await desk.page.getByRole('button', { name: '确认预约', exact: true }).click();
    const confirm = dialog(desk.page);
    expect(await confirm.getByLabel('联系电话').inputValue()).toBe('13912345678');
    expect(await confirm.getByLabel('服务地点').inputValue()).toBe('翠竹园8栋0601');
    // Without the owner's consent the confirmation is refused before it is sent.
    await confirm.getByLabel('预约时间').click();
    await desk.page.keyboard.type('2026-12-01 09:00');
    // Enter takes the typed time; it does not send the dialog before the owner's consent is ticked.
    await desk.page.keyboard.press('Enter');
    await expect.poll(() => confirm.getByLabel('预约时间').inputValue()).toBe('2026-12-01 09:00');
    expect(await confirm.locator('.ant-form-item-explain').count()).toBe(0);
    await confirm.getByRole('button', { name: '确认预约', exact: true }).click();
    await expect.poll(() => confirm.locator('.ant-form-item-explain').allInnerTexts()).toContain('请确认业主已同意报价');
    await confirm.getByRole('checkbox', { name: '业主已同意报价' }).check();
    await confirm.getByRole('button', { name: '确认预约', exact: true }).click();
    // The server refuses the stale version; the order is reloaded and the user is told why.
    await expect.poll(() => confirm.locator('.ant-alert').innerText()).toContain('这张工单刚被其他人修改，已为您重新加载');
    await confirm.getByRole('button', { name: '确认预约', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已确认');
    expect(await desk.page.locator('main').innerText()).toContain('2026-12-01 09:00');
  });

  it('is assigned to 孙秀英 of the office by the environment supervisor (A7.3)', async () => {
    await desk.page.goto(`${desk.baseURL}/orders/${orderId}`);
    await desk.page.getByRole('button', { name: '派工', exact: true }).click();
    const assign = dialog(desk.page);
    await choose(desk.page, assign.getByLabel('服务人员'), '孙秀英', '孙秀英（翠竹园环境部）');
    await closeOptions(assign);
    await assign.getByRole('button', { name: '派工', exact: true }).click();
    await assign.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已派工');
    expect(await desk.page.locator('main .ant-descriptions').first().innerText()).toContain('孙秀英');
  });

  it('sunxy works it on her phone: on the way, arrived, work, a rework round, the owner signs, the amount due', async () => {
    await signIn(phone, 'sunxy', '/tasks');
    const card = phone.page.locator('.task-card').filter({ hasText: number });
    await card.waitFor();
    expect(await card.innerText()).toContain('周建国');
    await expectAccessible(phone, 'my tasks on a phone');
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    fs.mkdirSync(shots, { recursive: true });
    await phone.page.screenshot({ path: path.join(shots, 'tasks-390.png') });

    await card.getByRole('link', { name: '办理' }).click();
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe(number);
    expect(await phone.page.locator('.task-facts').innerText()).toContain('室内保洁 × 3 小时');
    await expectAccessible(phone, 'a task on a phone');

    await step(phone.page, '出发');
    // on the way (A7.4.4): her task and the office's list say so, not 已派工
    await expect.poll(() => stateTag(phone.page).innerText()).toBe('已出发');
    await desk.page.goto(`${desk.baseURL}/orders`);
    const row = desk.page.getByRole('row').filter({ hasText: number });
    await expect.poll(() => row.locator('.order-state').innerText()).toBe('已出发');
    await step(phone.page, '到达');
    await expect.poll(() => stateTag(phone.page).innerText()).toBe('已到达');
    await step(phone.page, '开工');
    await expect.poll(() => phone.page.locator('.task-progress').innerText()).toContain('开工');
    await step(phone.page, '完工');

    // The owner is not satisfied the first time: the round is kept with the reason.
    await phone.page.getByRole('button', { name: '业主不满意', exact: true }).click();
    await dialog(phone.page).getByLabel('不满意原因').fill('厨房台面还有油渍');
    await dialog(phone.page).getByRole('button', { name: '转为返工' }).click();
    await dialog(phone.page).waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('main').innerText()).toContain('返工原因：厨房台面还有油渍');
    await step(phone.page, '开工');
    await step(phone.page, '完工');

    await phone.page.getByRole('button', { name: '请业主签字', exact: true }).click();
    const sign = dialog(phone.page);
    await sign.locator('.signature-box canvas').waitFor();
    expect(await sign.getByLabel('签字人').inputValue()).toBe('周建国');
    const confirmButton = sign.getByRole('button', { name: '确认签字' });
    expect(await confirmButton.isDisabled()).toBe(true);
    await drawSignature(phone.page);
    await confirmButton.click();
    await sign.waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('main .page-subtitle').innerText()).toBe('已验收');

    // 收款 offers the order's total and nothing else. The cash itself is taken by the cashier below:
    // money.e2e.ts counts the demo cash 孙秀英 holds on the same server.
    await phone.page.getByRole('button', { name: '收款', exact: true }).click();
    const pay = dialog(phone.page);
    expect(await pay.locator('.pay-amount').innerText()).toBe('¥120.00');
    expect(await pay.innerText()).toContain('收款金额即工单合计，不能修改。');
    expect(await pay.getByRole('button', { name: '确认收款 ¥120.00' }).isEnabled()).toBe(true);
    await expectAccessible(phone, 'the payment dialog on a phone');
    await pay.getByRole('button', { name: '取消' }).click();
    await pay.waitFor({ state: 'detached' });
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    // a whole job on the phone and a look at the office's list: longer than one page's budget on a busy machine
  }, 150_000);

  it('the cashier takes the cash with a receipt and closes it; the order shows rounds, signature, payment and every step', async () => {
    await signIn(desk, 'chenjing', `/orders/${orderId}`);
    await desk.page.getByRole('button', { name: '收款', exact: true }).click();
    const pay = dialog(desk.page);
    await pay.getByRole('radio', { name: '现金' }).check();
    await pay.getByRole('button', { name: '确认收款 ¥120.00' }).click();
    await pay.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已收款');
    await step(desk.page, '关闭工单');
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已关闭');

    const rounds = desk.page.locator('section[aria-labelledby="order-rounds"]');
    await expect.poll(() => rounds.innerText()).toContain('不满意原因：厨房台面还有油渍');
    expect(await rounds.innerText()).toContain('第 2 轮服务');
    const signature = rounds.getByRole('img', { name: '周建国 的签字' });
    await expect.poll(() => signature.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const payment = await desk.page.locator('section[aria-labelledby="order-payment"]').innerText();
    expect(payment).toContain('¥120.00');
    expect(payment).toContain('现金');
    expect(payment).toContain('陈静');
    // The receipt issued with the payment, from the cashier's book.
    await expect.poll(() => desk.page.locator('section[aria-labelledby="order-payment"]').innerText()).toMatch(/收据号\s*[:：]?\s*A-?\d+/);
    const timeline = desk.page.locator('section[aria-labelledby="order-timeline"]');
    await expect.poll(() => timeline.locator('.ant-timeline-item').count()).toBe(15);
    const steps = await timeline.innerText();
    expect(steps).toContain('原因：厨房台面还有油渍');
    // the quote's step states its total (its event keeps it though only the changed fields are stored)
    expect(steps).toContain('报价合计 ¥120.00');
    expect(await desk.page.getByRole('link', { name: '打印', exact: true }).getAttribute('href')).toBe(`/api/orders/${orderId}/print`);
    await expectAccessible(desk, 'an order');
    // Without the passing "closed" notice over the header.
    await desk.page.reload();
    await expect.poll(() => timeline.locator('.ant-timeline-item').count()).toBe(15);
    await expect.poll(() => signature.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await desk.page.screenshot({ path: path.join(shots, 'orders-detail-1280.png'), fullPage: true });
  });

  it('prints the housekeeping form (家政服务表) to a PDF with the amount in words', async () => {
    await desk.page.goto(`${desk.baseURL}/api/orders/${orderId}/print`);
    const html = await desk.page.locator('body').innerText();
    expect(html).toContain('家政服务表');
    expect(html).toContain(number);
    expect(html).toContain('壹佰贰拾元整');
    const pdf = await desk.page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-pdf-')), 'form.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(text).toContain('家政服务表');
    expect(text).toContain(number);
    expect(text).toContain('壹佰贰拾元整');
  });

  it('lists orders with filters kept in the address, paged and sorted by the server', async () => {
    await signIn(desk, 'liuyang', '/orders');
    await desk.page.waitForURL(/[?&]org=/);
    const table = desk.page.getByRole('table', { name: '工单列表' });
    // the demo's orders of the office (agreement visits and past months' included), one page of 20 at most
    const office = await orgIdByCode(desk, 'office-a');
    const total = (await apiGet<{ total: number }>(desk, `/api/orders?officeId=${office}&pageSize=1`)).total;
    const closed = (await apiGet<{ total: number }>(desk, `/api/orders?officeId=${office}&state=closed&pageSize=1`)).total;
    const firstPage = Math.min(total, 20);
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(firstPage);
    await desk.page.getByLabel('按状态筛选').click();
    await desk.page.locator('.ant-select-dropdown:visible').getByText('已关闭', { exact: true }).click();
    await desk.page.keyboard.press('Escape');
    await desk.page.waitForURL(/state=closed/);
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(Math.min(closed, 20));
    expect(await table.innerText()).toContain(number);
    // The address alone reproduces the view.
    await desk.page.goto(`${desk.baseURL}/orders?state=closed&sort=-totalFen`);
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(Math.min(closed, 20));
    await desk.page.goto(`${desk.baseURL}/orders`);
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(firstPage);
    await expectAccessible(desk, 'the order list');
    await desk.page.screenshot({ path: path.join(shots, 'orders-list-1280.png') });
  });
});

describe('a price list is prepared, returned, approved and posted; the catalogue grows', () => {
  const s = useBrowser();

  it('the office head of 金色家园 prepares the next list, returns it once, approves and posts it', async () => {
    await signIn(s, 'zhaolei');
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '价目表' }).click();
    await expect.poll(() => s.page.locator('main .page-subtitle').innerText()).toContain('金色家园管理处');
    const published = s.page.locator('section[aria-labelledby="published-list"]');
    await expect.poll(() => published.innerText()).toContain('¥6.00 / 平方米');
    const notice = await s.page.getByRole('link', { name: '查看公示' }).getAttribute('href');
    expect(notice).toMatch(/^\/notice\/price-lists\/[0-9a-f-]+\/[0-9a-f-]+$/);

    await s.page.getByRole('button', { name: '编制新版本' }).click();
    const editor = s.page.getByRole('table', { name: '价格编辑' });
    await expect.poll(() => editor.getByLabel('玻璃清洗的价格').inputValue()).toBe('6.00');
    await editor.getByLabel('玻璃清洗的价格').fill('6.5');
    await editor.getByLabel('玻璃清洗的备注').fill('双面计价');
    await s.page.getByRole('button', { name: '保存价格' }).click();
    await expect.poll(() => s.page.getByRole('button', { name: '保存价格' }).isDisabled()).toBe(true);
    expect(await editor.getByLabel('玻璃清洗的价格').inputValue()).toBe('6.50');
    await expectAccessible(s, 'a price list being prepared');

    await step(s.page, '提交审批');
    await s.page.getByRole('button', { name: '退回' }).click();
    await dialog(s.page).getByLabel('原因').fill('玻璃清洗请注明是否含外侧');
    await dialog(s.page).getByRole('button', { name: '退回' }).click();
    await dialog(s.page).waitFor({ state: 'detached' });
    await expect.poll(() => s.page.locator('main').innerText()).toContain('管理处负责人退回：玻璃清洗请注明是否含外侧');

    await step(s.page, '提交审批');
    await step(s.page, '批准');
    await step(s.page, '公示');
    await expect.poll(() => published.innerText()).toContain('¥6.50 / 平方米');
    expect(await published.innerText()).toContain('双面计价');
    expect(await s.page.locator('section[aria-labelledby="older-lists"]').innerText()).toContain('已替换');

    // The public notice shows the posted price without signing in.
    await s.browser.context.clearCookies();
    await s.page.goto(`${s.baseURL}${notice}`);
    await expect.poll(() => s.page.locator('body').innerText()).toContain('玻璃清洗');
    expect(await s.page.locator('body').innerText()).toContain('6.50');
  });

  it('the system administrator adds a service item to the catalogue and retires it', async () => {
    await signIn(s, 'admin', '/service-items');
    await s.page.getByRole('button', { name: '新建服务项目' }).click();
    const form = dialog(s.page);
    await form.getByLabel('服务项目').fill('空调清洗');
    await form.getByLabel('代码').fill('aircon-cleaning');
    await form.getByRole('button', { name: '创建' }).click();
    await form.waitFor({ state: 'detached' });
    const row = s.page.getByRole('row').filter({ hasText: 'aircon-cleaning' });
    await expect.poll(() => row.innerText()).toContain('空调清洗');
    await expectAccessible(s, 'the service catalogue');
    await row.getByRole('button', { name: '停用空调清洗' }).click();
    await dialog(s.page).getByRole('button', { name: '停用' }).click();
    await dialog(s.page).waitFor({ state: 'detached' });
    await expect.poll(() => row.innerText()).toContain('已停用');
  });
});

describe('an appointment typed on a device whose clock is not on China time is the office’s time', () => {
  // a desk in Beijing, as every other test's, for the browser and to read the order as the office does
  const desk = useBrowser();
  const away = { errors: [] as string[] } as Session;
  const RANGE = '2026-12-08 09:00 至 2026-12-08 11:00';

  beforeAll(async () => {
    const chromium = desk.browser.context.browser();
    if (!chromium) throw new Error('the desk’s context has no browser');
    const context = await chromium.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      reducedMotion: 'reduce',
      timezoneId: 'America/New_York',
    });
    context.setDefaultTimeout(ACTION_TIMEOUT);
    Object.assign(away, { baseURL: desk.baseURL, browser: { context, close: () => context.close() }, page: await context.newPage() });
    away.page.on('pageerror', (e) => away.errors.push(e.message));
  });
  afterAll(async () => {
    await away.browser?.close();
  });

  it('takes 09:00 typed in New York as 09:00 in Beijing, and shows it back as typed in the picker', async () => {
    await signIn(away, 'liuyang', '/intake');
    expect(await away.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    const form = away.page.locator('main form');
    await form.getByLabel('业主/住户').fill('钱海外');
    await form.getByLabel('联系电话').fill('13912340808');
    await form.getByLabel('服务地点').fill('翠竹园9栋0808');
    await choose(away.page, away.page.locator('#lines_0_itemId'), '室内', '室内保洁（¥40.00 / 小时）');
    await form.locator('#lines_0_quantity').fill('2');
    for (const [label, typed] of [
      ['预约时间', '2026-12-08 09:00'],
      ['预计结束时间', '2026-12-08 11:00'],
    ] as const) {
      await form.getByLabel(label).click();
      await away.page.keyboard.type(typed);
      await away.page.keyboard.press('Enter');
      await expect.poll(() => form.getByLabel(label).inputValue()).toBe(typed);
    }
    await form.getByRole('button', { name: '受理', exact: true }).click();
    await away.page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    const orderId = away.page.url().split('/').pop() ?? '';
    await expect.poll(() => stateTag(away.page).innerText()).toBe('已受理');
    expect(await away.page.locator('main').innerText()).toContain(RANGE);
    // stored as the instant of 09:00 in Beijing, not in New York (14:00 UTC, shown as 22:00 in Beijing)
    const stored = await apiGet<{ appointmentStart: string; appointmentEnd: string }>(away, `/api/orders/${orderId}`);
    expect([stored.appointmentStart, stored.appointmentEnd]).toEqual(['2026-12-08T01:00:00.000Z', '2026-12-08T03:00:00.000Z']);
    await signIn(desk, 'liuyang', `/orders/${orderId}`);
    await expect.poll(() => desk.page.locator('main').innerText()).toContain(RANGE);

    // the confirmation shows the stored times as the office's wall-clock times, and sending them unchanged keeps them
    await away.page.getByRole('button', { name: '报价', exact: true }).click();
    await dialog(away.page).getByRole('button', { name: '报价', exact: true }).click();
    await dialog(away.page).waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(away.page).innerText()).toBe('已报价');
    await away.page.getByRole('button', { name: '确认预约', exact: true }).click();
    const confirm = dialog(away.page);
    expect(await confirm.getByLabel('预约时间').inputValue()).toBe('2026-12-08 09:00');
    expect(await confirm.getByLabel('预计结束时间').inputValue()).toBe('2026-12-08 11:00');
    await confirm.getByRole('checkbox', { name: '业主已同意报价' }).check();
    await confirm.getByRole('button', { name: '确认预约', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(away.page).innerText()).toBe('已确认');
    expect(await away.page.locator('main').innerText()).toContain(RANGE);
    expect((await apiGet<{ appointmentStart: string }>(away, `/api/orders/${orderId}`)).appointmentStart).toBe('2026-12-08T01:00:00.000Z');
    expect(away.errors, 'uncaught errors in the New York page').toEqual([]);
  });
});
