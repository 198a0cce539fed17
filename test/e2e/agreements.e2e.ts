// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, type Session, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const dialog = (page: Page) => page.getByRole('dialog');
const stateTag = (page: Page) => page.locator('main .page-subtitle .agreement-state').first();
const visitRows = (page: Page) => page.locator('section[aria-labelledby="agreement-visits"] tbody tr.ant-table-row');

/** Today and a day n days on, as business dates in Shanghai (the demo tenant's zone). */
const shanghaiDate = (plusDays = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + plusDays * 86_400_000));

async function choose(page: Page, field: ReturnType<Page['locator']>, typed: string, option: string) {
  await field.click();
  await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible').getByText(option).first().click();
}

/** Draws a few strokes on the n-th signature pad of the dialog. */
async function drawSignature(page: Page, nth: number) {
  const canvas = page.locator('.signature-box canvas').nth(nth);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no signature pad');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.down();
  for (let i = 1; i <= 16; i++) await page.mouse.move(box.x + 20 + i * 12, y + Math.sin(i / 2) * 30, { steps: 2 });
  await page.mouse.up();
}

const noSideScroll = (s: Session) => s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('a special-service agreement for twice-weekly indoor cleaning', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });
  let agreementId = '';

  it('the environment supervisor draws it up from the posted price list', async () => {
    await signIn(desk, 'liuyang');
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '特约服务协议' }).click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('特约服务协议');
    await desk.page.getByRole('button', { name: '新建协议' }).click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('新建特约服务协议');
    const form = desk.page.locator('main form');
    await expect.poll(() => form.locator('.ant-form-item').filter({ hasText: '管理处' }).first().innerText()).toContain('翠竹园管理处');
    await form.getByLabel('业主', { exact: true }).fill('郑秀兰');
    await form.getByLabel('联系电话').fill('13955556666');
    await form.getByLabel('服务地点').fill('翠竹园2栋1101');
    await choose(desk.page, desk.page.locator('#items_0_itemId'), '室内', '室内保洁');
    // the posted price is filled in: no approval needed at that price
    await expect.poll(() => form.locator('#items_0_unitPriceFen').inputValue()).toBe('40.00');
    await form.locator('#items_0_quantity').fill('3');
    await expect.poll(() => form.locator('.agreement-items-foot').innerText()).toContain('¥120.00');
    await form.getByRole('checkbox', { name: '周二' }).check();
    await form.getByRole('checkbox', { name: '周五' }).check();
    await form.getByLabel('开始日期').fill(shanghaiDate());
    await form.getByLabel('结束日期').fill(shanghaiDate(180));
    await form.getByRole('radio', { name: '按月结算' }).check();
    await form.getByRole('button', { name: '保存草稿' }).click();
    await desk.page.waitForURL(/\/agreements\/[0-9a-f-]+$/);
    agreementId = desk.page.url().split('/').pop() ?? '';
    await expect.poll(() => desk.page.locator('main h1').innerText()).toMatch(/^XY-\d{8}-\d{4}$/);
    expect(await stateTag(desk.page).innerText()).toBe('草稿');
    expect(await desk.page.locator('main').innerText()).toContain('每周二、周五 09:00–11:00');
    await expectAccessible(desk, 'the draft agreement');

    // a draft can still be changed: the form opens with what was saved
    await desk.page.getByRole('button', { name: '修改' }).click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toMatch(/^修改协议 XY-/);
    const edit = desk.page.locator('main form');
    await expect.poll(() => edit.getByLabel('业主', { exact: true }).inputValue()).toBe('郑秀兰');
    expect(await edit.locator('#items_0_unitPriceFen').inputValue()).toBe('40.00');
    expect(await edit.getByRole('checkbox', { name: '周五' }).isChecked()).toBe(true);
    await edit.getByLabel('其他约定').fill('钥匙放在物业前台');
    await edit.getByRole('button', { name: '保存草稿' }).click();
    await desk.page.waitForURL(/\/agreements\/[0-9a-f-]+$/);
    await expect.poll(() => desk.page.locator('main').innerText()).toContain('钥匙放在物业前台');
  });

  it('both sign on the screen, and it is put in force: its next visits appear as orders', async () => {
    await desk.page.getByRole('button', { name: '双方签字' }).click();
    const sign = dialog(desk.page);
    await expect.poll(() => sign.getByLabel('业主签字人').inputValue()).toBe('郑秀兰');
    await drawSignature(desk.page, 0);
    await drawSignature(desk.page, 1);
    await sign.getByRole('button', { name: '确认签订' }).click();
    await sign.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已签订');
    const signatures = desk.page.locator('.agreement-signature img');
    await expect.poll(() => signatures.count()).toBe(2);

    await desk.page.getByRole('button', { name: '生效并安排上门' }).click();
    await dialog(desk.page).getByRole('button', { name: '生效并安排上门' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('执行中');
    // two service days a week over 14 days: three or four visits, each with its own order
    await expect.poll(() => visitRows(desk.page).count()).toBeGreaterThanOrEqual(3);
    const first = await visitRows(desk.page).first().innerText();
    expect(first).toContain('已安排');
    expect(first).toMatch(/JZ-\d{8}-\d{4}/);
    expect(first).toContain('已确认');
    await expectAccessible(desk, 'the agreement in force with its visits');
  });

  it('one visit is moved to the next day, and its order follows', async () => {
    const row = visitRows(desk.page).first();
    await row.getByRole('button', { name: '改期' }).click();
    const move = dialog(desk.page);
    const date = await move.getByLabel('新日期').inputValue();
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await move.getByLabel('新日期').fill(next);
    await move.getByLabel('开始时间').fill('14:00');
    await move.getByLabel('结束时间').fill('16:00');
    await move.getByLabel('原因').fill('业主当天外出，改到次日下午');
    await move.getByRole('button', { name: '改期' }).click();
    await move.waitFor({ state: 'detached' });
    await expect.poll(() => visitRows(desk.page).first().innerText()).toContain('已改期');
    const moved = await visitRows(desk.page).first().innerText();
    expect(moved).toContain('14:00–16:00');
    expect(moved).toContain('业主当天外出');
    fs.mkdirSync(shots, { recursive: true });
    await desk.page.screenshot({ path: path.join(shots, 'agreement-detail-1280.png'), fullPage: true });
    // the order of that visit carries the new appointment
    await visitRows(desk.page).first().getByRole('link').click();
    await desk.page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    await expect.poll(() => desk.page.locator('main').innerText()).toContain(`${next} 14:00`);
    await desk.page.goBack();
  });

  it('a visit whose cleaner has set off says so, as its order does (A7.4.4)', async () => {
    // the office assigns the second visit's order and the cleaner sets off from her phone (the order's own pages are
    // tested elsewhere; here only what the agreement shows of it)
    const post = async (s: Session, apiPath: string, data: object) => {
      const res = await s.browser.context.request.post(`${s.baseURL}${apiPath}`, { headers: { 'x-guanjia-csrf': '1' }, data });
      expect(res.status(), `${apiPath}: ${await res.text()}`).toBe(200);
      return (await res.json()) as { version: number };
    };
    const a = await apiGet<{ visits: { orderId: string; orderNumber: string }[] }>(desk, `/api/agreements/${agreementId}`);
    const visit = a.visits[1]!;
    await signIn(phone, 'sunxy', '/tasks');
    const me = await apiGet<{ user: { id: string } }>(phone, '/api/auth/me');
    const order = await apiGet<{ version: number }>(desk, `/api/orders/${visit.orderId}`);
    const assigned = await post(desk, `/api/orders/${visit.orderId}/assign`, { version: order.version, staff: [me.user.id] });
    await post(phone, `/api/orders/${visit.orderId}/depart`, { version: assigned.version });
    await desk.page.reload();
    const row = visitRows(desk.page).filter({ hasText: visit.orderNumber });
    await expect.poll(() => row.locator('.order-state').innerText()).toBe('已出发');
  });

  it('prints as the paper agreement, and reads on a phone', async () => {
    const res = await desk.browser.context.request.get(`${desk.baseURL}/api/agreements/${agreementId}/print`);
    const page = await res.text();
    expect(page).toContain('业主特约服务协议书');
    expect(page).toContain('壹佰贰拾元整');
    await signIn(phone, 'wangfang', `/agreements/${agreementId}`);
    await expect.poll(() => stateTag(phone.page).innerText()).toBe('执行中');
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    await phone.page.screenshot({ path: path.join(shots, 'agreement-detail-390.png'), fullPage: true });
    await phone.page.goto(`${phone.baseURL}/agreements/new`);
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe('新建特约服务协议');
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    await phone.page.screenshot({ path: path.join(shots, 'agreement-form-390.png'), fullPage: true });
    await expectAccessible(phone, 'the agreement form on a phone');
    await phone.page.goto(`${phone.baseURL}/agreements?state=active`);
    await expect.poll(() => phone.page.locator('.record-card-link').count()).toBeGreaterThanOrEqual(2);
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
  });

  it('the agreement is ended with a reason: the visits not yet started are cancelled', async () => {
    await desk.page.goto(`${desk.baseURL}/agreements/${agreementId}`);
    await desk.page.getByRole('button', { name: '结束协议' }).click();
    const end = dialog(desk.page);
    await end.getByRole('button', { name: '结束协议' }).click();
    await expect.poll(() => end.locator('.ant-form-item-explain').allInnerTexts()).toContain('请填写原因');
    await end.getByLabel('原因').fill('业主房屋出租，不再需要');
    await end.getByRole('button', { name: '结束协议' }).click();
    await end.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已结束');
    const rows = await visitRows(desk.page).allInnerTexts();
    expect(rows.every((r) => r.includes('已取消'))).toBe(true);
    await desk.page.getByRole('button', { name: '历史记录' }).click();
    await expect.poll(() => dialog(desk.page).innerText()).toContain('结束协议');
  });
});
