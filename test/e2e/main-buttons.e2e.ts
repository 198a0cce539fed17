// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, closeOptions, dialog, drawSignature, stateTag } from './support/order-steps.js';
import { signIn, useBrowser } from './support/session.js';

/** The page's one highlighted (blue) step button: on the order page's header, or among a task's big buttons. */
const mainButton = (page: Page) => page.locator('main .page-header-extra .ant-btn-primary, main .task-buttons .ant-btn-primary');

/** Checks the main button offers the expected step, and presses it. */
async function pressMain(page: Page, expected: string) {
  await expect.poll(() => mainButton(page).allInnerTexts()).toEqual([expected]);
  await mainButton(page).click();
}

/** Sends the open dialog with its own highlighted button and waits until it closes. */
async function sendDialog(page: Page) {
  await dialog(page).locator('.ant-modal-footer .ant-btn-primary').click();
  await dialog(page).waitFor({ state: 'detached' });
}

const tomorrow = () => {
  const d = new Date(Date.now() + 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(d);
};

describe('one housekeeping order, intake to printed receipt, by the highlighted button at each step (issue 12)', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });
  let orderPath = '';
  let number = '';

  it('the supervisor takes it with the appointment, quotes, confirms and assigns it', async () => {
    await signIn(desk, 'liuyang', '/intake');
    const form = desk.page.locator('main form');
    await form.getByLabel('业主/住户').fill('宋佳');
    await form.getByLabel('联系电话').fill('13700001111');
    await form.getByLabel('服务地点').fill('翠竹园5栋0302');
    await form.getByLabel('预约时间').click();
    await desk.page.keyboard.type(`${tomorrow()} 10:00`);
    await desk.page.keyboard.press('Enter');
    await choose(desk.page, desk.page.locator('#lines_0_itemId'), '室内', '室内保洁（¥40.00 / 小时）');
    await form.locator('#lines_0_quantity').fill('2');
    await form.locator('.form-buttons .ant-btn-primary').click();
    await desk.page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    orderPath = new URL(desk.page.url()).pathname;
    await expect.poll(() => desk.page.locator('main h1').innerText()).toMatch(/^JZ-/);
    number = await desk.page.locator('main h1').innerText();

    await pressMain(desk.page, '报价');
    await sendDialog(desk.page);
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已报价');

    // the appointment taken at intake is already in the confirmation
    await pressMain(desk.page, '确认预约');
    expect(await dialog(desk.page).getByLabel('预约时间').inputValue()).toBe(`${tomorrow()} 10:00`);
    await dialog(desk.page).getByRole('checkbox', { name: '业主已同意报价' }).check();
    await sendDialog(desk.page);
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已确认');

    await pressMain(desk.page, '派工');
    await choose(desk.page, dialog(desk.page).getByLabel('服务人员'), '孙秀英', '孙秀英（翠竹园环境部）');
    await closeOptions(dialog(desk.page));
    await sendDialog(desk.page);
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已派工');
    // now the job is on site: the supervisor's page highlights no step of the cleaner's, and never 改派
    await expect.poll(() => mainButton(desk.page).allInnerTexts()).not.toContain('改派');
  });

  it('the cleaner works it on her phone and the owner signs', async () => {
    await signIn(phone, 'sunxy', '/tasks');
    const card = phone.page.locator('.task-card').filter({ hasText: number });
    await card.getByRole('link', { name: '办理' }).click();
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe(number);
    for (const word of ['出发', '到达', '开工', '完工']) {
      await pressMain(phone.page, word);
      await sendDialog(phone.page);
    }
    await pressMain(phone.page, '请业主签字');
    await dialog(phone.page).locator('.signature-box canvas').waitFor();
    await drawSignature(phone.page);
    await dialog(phone.page).getByRole('button', { name: '确认签字' }).click();
    await dialog(phone.page).waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('main .page-subtitle').innerText()).toBe('已验收');
  });

  it('the cashier takes the payment and prints the receipt from the order page', async () => {
    await signIn(desk, 'chenjing', orderPath);
    await pressMain(desk.page, '收款');
    await dialog(desk.page).getByRole('radio', { name: '现金' }).check();
    await sendDialog(desk.page);
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已收款');

    const [receipt] = await Promise.all([desk.browser.context.waitForEvent('page'), pressMain(desk.page, '打印收据')]);
    await receipt.waitForLoadState();
    const text = await receipt.locator('body').innerText();
    expect(text).toContain('收款收据');
    expect(text).toContain('宋佳');
    expect(text).toContain('80.00');
    await receipt.close();
  });
});
