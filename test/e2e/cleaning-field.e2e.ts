// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

type Scores = {
  month: string;
  byArea: { estateName: string; area: string; level: string; checks: number; passed: number; rate: number | null }[];
};
const roadsOf = (s: Scores) => s.byArea.find((a) => a.estateName === '翠竹园' && a.area === 'roads' && a.level === 'supervisor');

/** A photo as a phone would take it: a PNG drawn in the page, handed to the hidden file input. */
async function photo(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const png = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 480;
    c.height = 360;
    const g = c.getContext('2d');
    if (!g) throw new Error('no canvas');
    g.fillStyle = '#9aa3ab';
    g.fillRect(0, 0, 480, 360);
    g.fillStyle = '#f2f2f2';
    g.fillRect(200, 150, 40, 10);
    return c.toDataURL('image/png').split(',')[1] ?? '';
  });
  return { name: 'road.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') };
}

const todos = (page: Page) => page.getByRole('region', { name: '我的待办' });
const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const butts = (page: Page): Locator => page.locator('li.check-card[data-check="roads.butts"]');

describe('cleaning in the field (保洁检查 A6.2–A6.3) on a 390 px phone: a failure found offline, fixed and re-checked', () => {
  const phone = useBrowser({ width: 390, height: 844 });
  let inspectionUrl = '';
  let rectificationUrl = '';
  let before: Scores;

  it('刘洋 opens 待做保洁检查 on the workbench and the planned supervisor check of 道路 at 翠竹园', async () => {
    await signIn(phone, 'liuyang');
    before = await apiGet<Scores>(phone, '/api/cleaning/scores');
    await todos(phone.page)
      .getByRole('link', { name: /^待做保洁检查/ })
      .click();
    await phone.page.waitForURL(/\/cleaning\/inspections\?/);
    expect(phone.page.url()).toContain('mine=true');
    expect(phone.page.url()).toContain('state=planned');
    const card = phone.page.locator('.record-card').filter({ hasText: '翠竹园 · 道路' }).filter({ hasText: '主管检查' });
    await card.first().waitFor();
    expect(await phone.page.getByRole('table').count()).toBe(0);
    expect(await fitsPhone(phone.page)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'the inspections to do on a phone');
    await card.first().getByRole('link').click();
    await phone.page.waitForURL(/\/cleaning\/inspections\/[0-9a-f-]+$/);
    inspectionUrl = phone.page.url();
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe('翠竹园 · 道路');
    await expect.poll(() => butts(phone.page).innerText()).toContain('每100平方米不超过2个');
  });

  it('he answers every check; three butts where two are allowed is 不合格 at once and asks for a photo and a note', async () => {
    const page = phone.page;
    const cards = page.locator('li.check-card');
    const count = await cards.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      if ((await card.getAttribute('data-check')) === 'roads.butts') continue;
      const value = card.getByRole('spinbutton');
      if (await value.count()) await value.fill('0');
      else await card.getByText('合格', { exact: true }).click();
    }
    const check = butts(page);
    await check.getByRole('spinbutton').fill('2');
    await expect.poll(() => check.getByRole('status').innerText()).toBe('合格');
    await check.getByRole('spinbutton').fill('3');
    await expect.poll(() => check.getByRole('status').innerText()).toBe('不合格');
    // no photo yet: the page says what is missing on the card, before anything is sent
    await page.getByRole('button', { name: '提交检查结果' }).click();
    await expect.poll(() => check.locator('.check-errors').innerText()).toContain('不合格项须拍照');
    await expect.poll(() => page.locator('.cleaning-submit').getByRole('alert').innerText()).toBe('还有 1 项没有填完，请看标红的项目');
    await check.locator('input[type=file]').setInputFiles(await photo(page));
    await expect.poll(() => check.getByRole('img', { name: '第 1 张照片' }).count()).toBe(1);
    await check.getByRole('textbox').fill('主路北段烟头三个');
    await expect.poll(() => check.locator('.check-errors').count()).toBe(0);
    // the card put right, nothing is left to point at
    await expect.poll(() => page.locator('.cleaning-submit').getByRole('alert').count()).toBe(0);
    expect(await fitsPhone(page)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'the checklist walked on a phone');
    await page.screenshot({ path: path.join(shots, 'cleaning-inspection-390.png'), fullPage: true });
  });

  it('offline, 提交 keeps the results on the phone; back online they are still there after a reload and 重新发送 records them', async () => {
    const page = phone.page;
    await phone.browser.context.setOffline(true);
    await page.getByRole('button', { name: '提交检查结果' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('alert')
          .allInnerTexts()
          .then((t) => t.join('\n')),
      )
      .toContain('未发送：结果已保存在本机，恢复网络后点"重新发送"');
    await page.getByRole('button', { name: '重新发送' }).waitFor();
    await phone.browser.context.setOffline(false);

    await page.reload();
    await butts(page).waitFor();
    expect(await butts(page).getByRole('spinbutton').inputValue()).toBe('3');
    expect(await butts(page).getByRole('img', { name: '第 1 张照片' }).count()).toBe(1);
    expect(await butts(page).getByRole('textbox').inputValue()).toBe('主路北段烟头三个');
    await page.getByRole('button', { name: '重新发送' }).click();

    await page.getByRole('heading', { name: /^检查结果/ }).waitFor();
    const result = butts(page);
    await expect.poll(() => result.innerText()).toContain('检查数值：3');
    expect(await result.innerText()).toContain('主路北段烟头三个');
    expect(await result.getByRole('img', { name: '行人路、车路面的第 1 张照片' }).count()).toBe(1);
    await expectAccessible(phone, 'the results of a done inspection');
    const link = result.getByRole('link', { name: '查看整改' });
    rectificationUrl = `${phone.baseURL}${await link.getAttribute('href')}`;
    // the draft is gone: the same page opened again shows the results, nothing to resend
    await page.goto(inspectionUrl);
    await page.getByRole('heading', { name: /^检查结果/ }).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('guanjia.cleaning.inspection.')))).toEqual([]);
  });

  it('孙秀英 finds it in 待整改 and fixes it with an after-photo', async () => {
    await signIn(phone, 'sunxy');
    await todos(phone.page)
      .getByRole('link', { name: /^待整改/ })
      .click();
    await phone.page.waitForURL(/\/cleaning\/rectifications\?/);
    const card = phone.page.locator('.record-card').filter({ hasText: '翠竹园 · 道路' }).filter({ hasText: '烟头' });
    await card.first().waitFor();
    expect(await fitsPhone(phone.page)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'the rectifications to fix on a phone');
    await phone.page.goto(rectificationUrl);
    await phone.page.getByRole('button', { name: '整改完成' }).click();
    const form = dialog(phone.page);
    await form.locator('input[type=file]').setInputFiles(await photo(phone.page));
    await expect.poll(() => form.getByRole('img', { name: '第 1 张照片' }).count()).toBe(1);
    await form.getByLabel('整改说明').fill('已清扫主路北段');
    await expectAccessible(phone, 'the fix dialog');
    await form.getByRole('button', { name: '提交整改' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('#failure-heading').innerText()).toContain('待复查');
    await expect.poll(() => phone.page.getByRole('img', { name: '第 1 轮整改后照片' }).count()).toBe(1);
    expect(await phone.page.getByRole('button', { name: '整改完成' }).count()).toBe(0);
  });

  it('刘洋 re-checks it: one butt left passes, and the month’s 道路 score counts the inspection', async () => {
    await signIn(phone, 'liuyang', null);
    await phone.page.goto(rectificationUrl);
    await phone.page.getByRole('button', { name: '复查' }).click();
    const form = dialog(phone.page);
    await form.getByLabel('复查数值').fill('1');
    await expect.poll(() => form.innerText()).toContain('合格');
    await form.getByRole('button', { name: '提交复查' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('#failure-heading').innerText()).toContain('复查合格');
    await expectAccessible(phone, 'a rectification re-checked');
    await phone.page.screenshot({ path: path.join(shots, 'cleaning-rectification-390.png'), fullPage: true });

    const after = await apiGet<Scores>(phone, '/api/cleaning/scores');
    const was = roadsOf(before);
    const now = roadsOf(after);
    expect(now?.checks).toBeGreaterThan(was?.checks ?? 0);
    expect((now?.checks ?? 0) - (now?.passed ?? 0)).toBe((was?.checks ?? 0) - (was?.passed ?? 0) + 1);
  });
});
