// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { choose, dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

type Found = { id: string; address: string; ownerName: string | null; ownerPhone: string | null };

describe('order intake picks the unit and its owner from the estate register (issue 14)', () => {
  const desk = useBrowser();
  let unit: Found;

  it('the desk finds a 翠竹园 unit by its owner’s name, and the form fills the place, name and phone', async () => {
    await signIn(desk, 'zhoumin', null);
    // a unit of 翠竹园 with an owner on the register (the demo's data; the test reads it, the page is what it checks)
    const rooms = await apiGet<Found[]>(desk, `/api/estate-units/search?q=${encodeURIComponent('0602')}`);
    unit = rooms.find((u) => u.address.startsWith('翠竹园') && u.ownerName && u.ownerPhone)!;
    expect(unit).toBeDefined();

    await desk.page.goto(`${desk.baseURL}/intake`);
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('受理服务需求');
    const form = desk.page.locator('main form');
    const picker = form.getByLabel('从房屋档案选择');
    await picker.click();
    await desk.page.keyboard.type(unit.ownerName!);
    const option = desk.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: unit.address });
    await expect.poll(() => option.first().innerText()).toContain(unit.ownerPhone!);
    await expectAccessible(desk, 'the intake form with the unit search open');
    await option.first().click();

    await expect.poll(() => form.getByLabel('服务地点').inputValue()).toBe(unit.address);
    expect(await form.getByLabel('业主/住户').inputValue()).toBe(unit.ownerName);
    expect(await form.getByLabel('联系电话').inputValue()).toBe(unit.ownerPhone);
    // the address stays free text
    await form.getByLabel('服务地点').fill(`${unit.address} 厨房`);
    await expectAccessible(desk, 'the intake form with a unit picked');
    // once the search is over (the page is idle), the picked unit still shows as its address
    expect(await form.locator('.ant-form-item').filter({ hasText: '从房屋档案选择' }).locator('.ant-select').innerText()).toBe(
      unit.address,
    );
  });

  it('the order keeps the unit: its page links to the unit in the register', async () => {
    const form = desk.page.locator('main form');
    await choose(desk.page, desk.page.locator('#lines_0_itemId'), '室内', '室内保洁（¥40.00 / 小时）');
    await form.getByRole('button', { name: '受理', exact: true }).click();
    await desk.page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    const facts = desk.page.locator('section[aria-labelledby="order-facts"]');
    await expect.poll(() => facts.innerText()).toContain(`${unit.address} 厨房`);
    expect(await facts.innerText()).toContain(unit.ownerName);
    await expectAccessible(desk, 'the order page with its unit');

    // quoted, then confirmed with the owner: the dialog shows the order's unit, named from the register
    await desk.page.getByRole('button', { name: '报价', exact: true }).click();
    await dialog(desk.page).getByRole('button', { name: '报价', exact: true }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.getByRole('button', { name: '确认预约', exact: true }).click();
    const confirm = dialog(desk.page).locator('.ant-form-item').filter({ hasText: '从房屋档案选择' }).locator('.ant-select');
    await expect.poll(() => confirm.innerText()).toBe(unit.address);
    await dialog(desk.page).getByRole('button', { name: '取消' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });

    await facts.getByRole('link', { name: '查看房屋档案' }).click();
    await desk.page.waitForURL(new RegExp(`/estates/units/${unit.id}$`));
    await expect.poll(() => desk.page.locator('section[aria-labelledby="unit-residents"]').innerText()).toContain(unit.ownerName);
  });
});
