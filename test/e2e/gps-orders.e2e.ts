// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { approveAndAssign, dialog, stateTag } from './support/order-steps.js';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const CHECKLIST = ['核对工单信息', '工具已备齐', '备品配件已备齐', '相关文件已带齐'];

describe('a GPS repair (GPS维修) taken by the GPS manager and set off by the technician on his phone', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });
  let number = '';

  it('the manager takes the call at the GPS department: the repair’s own fields, no item lines', async () => {
    await signIn(desk, 'qianwei', '/intake');
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('受理服务需求');
    const form = desk.page.locator('main form');
    await form.getByText('GPS维修', { exact: true }).click();
    await form.getByLabel('车牌号').waitFor();
    // the GPS department keeps its own orders: it is the office chosen, and there is no price list to quote from
    await expect.poll(() => form.locator('.ant-form-item').filter({ hasText: '受理部门' }).innerText()).toContain('GPS事业部');
    expect(await form.getByText('服务内容', { exact: true }).count()).toBe(0);
    expect(await form.innerText()).toContain('保修期外只收零部件费用（不收人工费）');
    await form.getByText('来函', { exact: true }).click();
    await form.getByLabel('客户', { exact: true }).fill('安运出租车公司 黄调度');
    await form.getByLabel('联系电话').fill('0755-83325566');
    await form.getByLabel('服务地点').fill('深圳市福田区车公庙泰然四路12号');
    await form.getByLabel('车牌号').fill('粤BD10386');
    await form.getByLabel('商品型号').fill('GT06');
    // a terminal on the register, sold in 2024: out of warranty
    await form.getByLabel('终端号').fill('862410040020117');
    await form.getByLabel('故障现象').fill('终端不上线，平台无定位');
    await expectAccessible(desk, 'the intake form of a GPS repair');
    fs.mkdirSync(shots, { recursive: true });
    // the whole form in one view (a full-page shot repeats the fixed header)
    await desk.page.setViewportSize({ width: 1280, height: 1800 });
    await desk.page.screenshot({ path: path.join(shots, 'gps-repair-intake.png') });
    await desk.page.setViewportSize({ width: 1280, height: 800 });
    await form.getByRole('button', { name: '受理', exact: true }).click();

    await desk.page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    await expect.poll(() => desk.page.locator('main h1').innerText()).toMatch(/^GW-\d{8}-\d{4}$/);
    number = await desk.page.locator('main h1').innerText();
    // taken confirmed: nothing to quote
    expect(await stateTag(desk.page).innerText()).toBe('已确认');
    expect(await desk.page.getByRole('button', { name: '报价', exact: true }).count()).toBe(0);
    const charges = desk.page.locator('section[aria-labelledby="order-charges"]');
    expect(await charges.innerText()).toContain('保修期外只收零部件费用（不收人工费）。');
    expect(await charges.innerText()).toContain('零部件费');
    expect(await charges.innerText()).not.toContain('服务费');
    expect(await desk.page.locator('nav.order-steps').innerText()).not.toContain('报价');
  });

  it('approves and assigns the technician', async () => {
    await approveAndAssign(desk.page, '冯', '冯师傅（GPS事业部）', async (assign) => {
      expect(await assign.getByRole('switch', { name: '紧急派工' }).isChecked()).toBe(false);
    });
  });

  it('the technician cannot leave before ticking the checklist; ticked, he sets off', async () => {
    await signIn(phone, 'fengsf', '/tasks');
    const card = phone.page.locator('.task-card').filter({ hasText: number });
    await card.waitFor();
    await card.getByRole('link', { name: '办理' }).click();
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe(number);
    // the job as the call recorded it, not item lines
    const facts = await phone.page.locator('.task-facts').innerText();
    for (const text of ['粤BD10386', 'GT06', '终端不上线，平台无定位']) expect(facts).toContain(text);

    await phone.page.getByRole('button', { name: '出发', exact: true }).click();
    const checklist = dialog(phone.page);
    for (const box of CHECKLIST) await checklist.getByLabel(box).waitFor();
    await checklist.getByLabel('核对工单信息').check();
    await checklist.getByLabel('工具已备齐').check();
    await checklist.getByLabel('备品配件已备齐').check();
    await checklist.getByRole('button', { name: '出发', exact: true }).click();
    // the server names the box left unticked
    const documents = checklist.locator('.ant-form-item').filter({ hasText: '相关文件已带齐' });
    await expect.poll(() => documents.locator('.ant-form-item-explain').innerText()).toBe('出发前须核对工单、工具、备品配件和相关文件');
    await expectAccessible(phone, 'the checklist before leaving on a phone');
    await phone.page.screenshot({ path: path.join(shots, 'gps-checklist-phone.png') });
    await checklist.getByLabel('相关文件已带齐').check();
    await expect.poll(() => documents.locator('.ant-form-item-explain').count()).toBe(0);
    await checklist.getByRole('button', { name: '出发', exact: true }).click();
    await checklist.waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('.task-progress').innerText()).toContain('出发');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
