// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Session, signIn, useBrowser } from './support/session.js';

const option = (page: Page, text: string) => page.locator('.ant-select-dropdown:visible').getByText(text, { exact: true }).first();
const noSideScroll = (s: Session) => s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// a plate of this run's own, typed as a guard might
const digits = String(Date.now() % 100_000).padStart(5, '0');
const plate = `粤B${digits}`;

describe('the gate', () => {
  const phone = useBrowser({ width: 390, height: 844 });
  const desk = useBrowser();

  it('the guard records a car in and out on a phone and sees what it comes to', async () => {
    await signIn(phone, 'zhaogang', '/gate');
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe('门岗登记');
    await phone.page.getByRole('combobox', { name: '车场' }).click();
    await option(phone.page, '翠竹园 地面停车场').click();
    await phone.page.getByLabel('车牌号').fill(`粤b ${digits}`);
    await phone.page.getByRole('button', { name: '入场' }).click();
    // the car is inside now, found by its plate
    const inside = phone.page.getByRole('list', { name: /场内车辆/ });
    await phone.page.getByRole('searchbox', { name: '搜索场内车牌' }).fill(digits);
    await phone.page.getByRole('searchbox', { name: '搜索场内车牌' }).press('Enter');
    await expect.poll(() => inside.innerText()).toContain(plate);
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'the gate with a car inside');

    // a second entry of the same car is refused in words
    await phone.page.getByLabel('车牌号').fill(plate);
    await phone.page.getByRole('button', { name: '入场' }).click();
    await expect.poll(() => phone.page.getByRole('alert').innerText()).toContain('该车已在场内');

    await inside.getByRole('button', { name: `${plate} 出场` }).click();
    const result = phone.page.getByRole('status').filter({ hasText: `${plate} 出场` });
    await expect.poll(() => result.innerText()).toMatch(/免费|待收费|无收费标准|月卡/);
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'the gate after an exit');
  });

  it('the office head reads a car park’s stays, the cars inside and the imports', async () => {
    await signIn(desk, 'wangfang');
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '停车记录' }).click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('停车记录');
    await desk.page.getByRole('combobox', { name: '车场' }).click();
    await option(desk.page, '翠竹园 地下车库').click();
    // the option lay over the tab bar: move the pointer off, so no tab is read in its hover colour
    await desk.page.mouse.move(0, 0);
    const rows = desk.page.locator('main .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(20);
    await expectAccessible(desk, 'the stays of a car park');
    await desk.page.getByRole('tab', { name: '场内未出' }).click();
    // every car still inside, and only those
    await expect
      .poll(() => rows.allInnerTexts())
      .toSatisfy((texts: string[]) => texts.length >= 1 && texts.every((r) => r.includes('场内')));
    await desk.page.getByRole('tab', { name: '导入记录' }).click();
    await expect.poll(() => rows.first().innerText()).toContain('B1-出入记录-');
    expect(await rows.count()).toBe(14);
    await desk.page.getByRole('button', { name: '列映射' }).click();
    await expect.poll(() => desk.page.getByRole('dialog').getByLabel('车牌号列').inputValue()).toBe('车牌号');
    await expectAccessible(desk, 'the gate mapping dialog');
  });
});
