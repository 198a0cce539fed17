// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, type Session, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const dialog = (page: Page) => page.getByRole('dialog');
const option = (page: Page, text: string) => page.locator('.ant-select-dropdown:visible').getByText(text, { exact: true }).first();
const noSideScroll = (s: Session) => s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

// a new-energy plate of its own (the demo's green plates carry D or F, never K), typed as a guard might
const digits = String(Date.now() % 100_000).padStart(5, '0');
const typed = `粤b·k${digits}`;
const plate = `粤BK${digits}`;

describe('the parking register', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });

  it('the security manager registers a vehicle of an owner picked from the estate register', async () => {
    await signIn(desk, 'wuqiang');
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '车场车辆' }).click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('车场车辆');
    const rows = desk.page.locator('main .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain('地下车库');
    await expectAccessible(desk, 'the car parks');

    await desk.page.getByRole('tab', { name: '车辆' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    await desk.page.getByRole('button', { name: '登记车辆' }).click();
    const form = dialog(desk.page);
    await form.locator('#estateId').click();
    await option(desk.page, '翠竹园').click();
    // a plate that is none is refused under its field, and the dialog stays open
    await form.getByLabel('车牌号').fill('沪I12345');
    await form.locator('#unitId').click();
    await desk.page.keyboard.type('0101');
    await option(desk.page, '翠竹园1栋1单元0101').click();
    // the unit's owner is filled in as the holder, from the register
    await expect.poll(() => form.getByLabel('车主姓名').inputValue()).not.toBe('');
    const owner = await form.getByLabel('车主姓名').inputValue();
    expect(await form.locator('#holderResidentId').locator('..').locator('..').innerText()).toContain(`${owner}（业主）`);
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.innerText()).toContain('车牌号无效');
    await expectAccessible(desk, 'the vehicle form with a refused plate');
    await form.getByLabel('车牌号').fill(typed);
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });

    // found again by the plate as it was typed, stored in its one spelling, a green plate
    await desk.page.getByRole('searchbox', { name: '搜索车牌、车主姓名、电话或房号' }).fill(typed);
    await desk.page.getByRole('searchbox', { name: '搜索车牌、车主姓名、电话或房号' }).press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    const row = await rows.first().innerText();
    expect(row).toContain(plate);
    expect(row).toContain('新能源');
    expect(row).toContain('翠竹园1栋1单元0101');
    expect(row).toContain(`${owner}（业主）`);
    await expectAccessible(desk, 'the vehicles found by plate');
    await desk.page.screenshot({ path: path.join(shots, 'parking-register-1280.png') });

    // its history says who registered it
    await desk.page.getByRole('button', { name: `修改 ${plate}` }).waitFor();
    await rows.first().getByRole('button', { name: '历史记录' }).click();
    await expect.poll(() => desk.page.getByRole('dialog').innerText()).toContain('登记车辆');
    expect(await desk.page.getByRole('dialog').innerText()).toContain('吴强');
  });

  it('shows the same vehicle as a card on a phone, with nothing wider than the screen', async () => {
    await signIn(phone, 'wuqiang', `/car-parks?tab=vehicles&q=${encodeURIComponent(plate)}`);
    const cards = phone.page.locator('main .record-card');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().innerText()).toContain(plate);
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'the vehicles on a phone');
    await phone.page.screenshot({ path: path.join(shots, 'parking-register-390.png'), fullPage: true });
    // the spaces of the underground garage, filtered by ownership from the address
    await phone.page.getByRole('tab', { name: '车位' }).click();
    await expect.poll(() => cards.count()).toBeGreaterThan(5);
    expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
  });
});
