// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeOptions, dialog } from './support/order-steps.js';
import { expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const shanghaiDate = (plusDays = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + plusDays * 86_400_000));

/** Picks `name` as the person on duty on `day` in the roster's own select. */
async function putOnDuty(page: Page, day: string, name: string) {
  const select = page.getByLabel(`${day} 值班人员`, { exact: true });
  await select.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}"]`).first().click();
  await expect.poll(() => page.getByRole('row', { name: new RegExp(day) }).innerText()).toContain('13800000063');
}

describe('值班备勤 (A1.5)', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });

  it('林站长 fills the roster ahead, leaves one day uncovered and sees it flagged', async () => {
    await signIn(desk, 'linzz', null);
    const orgId = await orgIdByCode(desk, 'sw-s1');
    // the demo roster runs to 10 days ahead: the 11th and 13th are filled here, the 12th stays uncovered
    const [d11, d12, d13] = [shanghaiDate(11), shanghaiDate(12), shanghaiDate(13)];
    await desk.page.goto(`${desk.baseURL}/workstation/duty?orgId=${orgId}&month=${d11.slice(0, 7)}`);
    await desk.page.getByRole('heading', { name: '值班表' }).waitFor();
    const main = desk.page.locator('main');
    await expect.poll(() => main.innerText()).toContain('13800000064');
    await putOnDuty(desk.page, d11, '胡社工');
    if (d13.slice(0, 7) !== d11.slice(0, 7))
      await desk.page.goto(`${desk.baseURL}/workstation/duty?orgId=${orgId}&month=${d13.slice(0, 7)}`);
    await putOnDuty(desk.page, d13, '胡社工');
    await desk.page.goto(`${desk.baseURL}/workstation/duty?orgId=${orgId}&month=${d12.slice(0, 7)}`);
    const uncovered = desk.page.getByRole('row', { name: new RegExp(d12) });
    await expect.poll(() => uncovered.innerText()).toContain('无人值班');
    expect(await main.innerText()).toContain(`${d12.slice(5)} 无人值班`);
    // the swap dialog is there for any day from today on
    await desk.page.getByRole('button', { name: `${d11} 换班` }).click();
    const swap = dialog(desk.page);
    await swap.getByText('换班原因').waitFor();
    await expectAccessible(desk, 'duty swap dialog');
    await swap.getByRole('button', { name: /取\s*消/ }).click();
    await swap.waitFor({ state: 'detached' });
    await expectAccessible(desk, 'duty roster');
    await desk.page.screenshot({ path: path.join(shots, 'duty-roster.png'), fullPage: true });
    // 轮值: the two days after the horizon, 高值班 then 胡社工
    const [d14, d15] = [shanghaiDate(14), shanghaiDate(15)];
    await desk.page.getByRole('button', { name: '按轮值填写' }).click();
    const rotation = dialog(desk.page);
    const range = rotation.locator('.ant-picker-range input');
    await range.first().click();
    await range.first().fill(d14);
    await range.first().press('Enter');
    await range.nth(1).fill(d15);
    await range.nth(1).press('Enter');
    await rotation.getByLabel('轮值人员', { exact: true }).click();
    for (const name of ['高值班', '胡社工'])
      await desk.page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}"]`).first().click();
    await closeOptions(rotation);
    await expectAccessible(desk, 'duty rotation dialog');
    await rotation.getByRole('button', { name: /填\s*写/ }).click();
    await rotation.waitFor({ state: 'detached' });
    await desk.page.goto(`${desk.baseURL}/workstation/duty?orgId=${orgId}&month=${d14.slice(0, 7)}`);
    await expect.poll(() => desk.page.getByRole('row', { name: new RegExp(d14) }).innerText()).toContain('13800000065');
    await desk.page.goto(`${desk.baseURL}/workstation/duty?orgId=${orgId}&month=${d15.slice(0, 7)}`);
    await expect.poll(() => desk.page.getByRole('row', { name: new RegExp(d15) }).innerText()).toContain('13800000063');
    // the print button opens the A4 值班表 of the month
    const href = await desk.page.getByRole('link', { name: /打印值班表/ }).getAttribute('href');
    const printed = await desk.page.request.get(`${desk.baseURL}${href}`);
    expect(await printed.text()).toContain('值班表');
  });

  it('高值班 receives yesterday’s handover, writes today’s log and hands over on a phone', async () => {
    await signIn(phone, 'gaozb', '/workstation/duty/today');
    await phone.page.getByRole('heading', { name: '今日值班' }).waitFor();
    const main = phone.page.locator('main');
    await expect.poll(() => main.innerText()).toContain('交班给你');
    await phone.page
      .getByRole('button', { name: '接 班' })
      .or(phone.page.getByRole('button', { name: '接班', exact: true }))
      .click();
    await expect.poll(() => main.innerText()).not.toContain('交班给你');

    await phone.page.getByLabel('治安巡逻（次）').fill('2');
    await phone.page.getByLabel('巡逻情况').fill('上午、晚上各巡逻一次，未见异常');
    await phone.page.getByLabel('矛盾调解（件）').fill('1');
    await phone.page.getByLabel('调解情况').fill('楼道堆物纠纷，双方同意清理');
    await phone.page.getByLabel('登记服务（人次）').fill('3');
    await phone.page.getByLabel('登记服务情况').fill('流动人口登记 2 人，居住证咨询 1 人');
    await phone.page.getByLabel('当日情况').fill('傍晚接居民电话反映路灯不亮，已报街道');
    await phone.page.getByRole('button', { name: '保存值班日志' }).click();
    await expect.poll(() => main.innerText()).toContain('已填写');
    await expectAccessible(phone, 'duty today (written)');
    await phone.page.screenshot({ path: path.join(shots, 'duty-today-phone.png'), fullPage: true });

    expect(await main.innerText()).toContain('下一班：胡社工');
    await phone.page.getByLabel('交班说明').fill('路灯报修待街道回复，请跟进');
    await phone.page.getByRole('button', { name: '交班给 胡社工' }).click();
    await expect.poll(() => main.innerText()).toContain('待接班');
    expect(await main.innerText()).toContain('已交班');
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'duty today (handed over)');
    await phone.page.screenshot({ path: path.join(shots, 'duty-handover-phone.png'), fullPage: true });

    await phone.page.goto(`${phone.baseURL}/workstation/duty/logs`);
    await phone.page.getByRole('heading', { name: '值班日志' }).waitFor();
    await expect.poll(() => main.innerText()).toContain(shanghaiDate());
    await expectAccessible(phone, 'duty logs');
  });
});
