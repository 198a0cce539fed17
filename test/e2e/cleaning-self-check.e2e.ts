// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

/** A photo as a phone would take it: a PNG drawn in the page. */
async function photo(page: Page, shade: string) {
  const png = await page.evaluate((fill) => {
    const c = document.createElement('canvas');
    c.width = 320;
    c.height = 240;
    const g = c.getContext('2d');
    if (!g) throw new Error('no canvas');
    g.fillStyle = fill;
    g.fillRect(0, 0, 320, 240);
    return c.toDataURL('image/png').split(',')[1] ?? '';
  }, shade);
  return { name: 'road.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') };
}

type Inspection = { id: string; area: string };
const todos = (page: Page) => page.getByRole('region', { name: '我的待办' });
const rounds = (page: Page) => page.getByRole('region', { name: '整改经过' });

describe('a cleaner’s self-check on a 390 px phone (三查 A6.3): she fixes her failure, the supervisor re-checks it', () => {
  const phone = useBrowser({ width: 390, height: 844 });
  let rectificationUrl = '';

  it('孙秀英 fails 道路 in her own self-check and fixes it; she is not offered the re-check of her own work', async () => {
    await signIn(phone, 'sunxy', null);
    const planned = await apiGet<{ items: Inspection[] }>(
      phone,
      '/api/cleaning/inspections?mine=true&state=planned&level=self&pageSize=100',
    );
    const roads = planned.items.find((i) => i.area === 'roads');
    if (!roads) throw new Error('no self-check of 道路 planned for 孙秀英 in the demo');
    const page = phone.page;
    await page.goto(`${phone.baseURL}/cleaning/inspections/${roads.id}`);
    const cards = page.locator('li.check-card');
    await cards.first().waitFor();
    for (let i = 0; i < (await cards.count()); i++) {
      const card = cards.nth(i);
      const value = card.getByRole('spinbutton');
      if ((await card.getAttribute('data-check')) === 'roads.butts') await value.fill('4');
      else if (await value.count()) await value.fill('0');
      else await card.getByText('合格', { exact: true }).click();
    }
    const butts = page.locator('li.check-card[data-check="roads.butts"]');
    await butts.locator('input[type=file]').setInputFiles(await photo(page, '#8a8f96'));
    await butts.getByRole('textbox').fill('自查：主路烟头4个');
    await page.getByRole('button', { name: '提交检查结果' }).click();
    const link = page.locator('li.check-card[data-check="roads.butts"]').getByRole('link', { name: '查看整改' });
    rectificationUrl = `${phone.baseURL}${await link.getAttribute('href')}`;
    await page.goto(rectificationUrl);
    await page.getByRole('button', { name: '整改完成' }).click();
    const form = dialog(page);
    await form.locator('input[type=file]').setInputFiles(await photo(page, '#c9ccd1'));
    await form.getByRole('button', { name: '提交整改' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('#failure-heading').innerText()).toContain('待复查');
    expect(await page.getByRole('button', { name: '复查' }).count()).toBe(0);
  });

  it('刘洋 finds it in 待复查整改 on his workbench and re-checks it: three butts are still too many, with a photo', async () => {
    await signIn(phone, 'liuyang');
    await todos(phone.page)
      .getByRole('link', { name: /^待复查整改/ })
      .click();
    await phone.page.waitForURL(/\/cleaning\/rectifications\?/);
    await phone.page
      .locator(`a[href="${new URL(rectificationUrl).pathname}"]`)
      .first()
      .click();
    await phone.page.getByRole('button', { name: '复查' }).click();
    const form = dialog(phone.page);
    await form.getByLabel('复查数值').fill('3');
    await form.getByLabel('发现的问题').fill('复查：东段仍有烟头3个');
    await form.locator('input[type=file]').setInputFiles(await photo(phone.page, '#5d6168'));
    await form.getByRole('button', { name: '提交复查' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => rounds(phone.page).innerText()).toContain('刘洋复查不合格：复查：东段仍有烟头3个');
  });

  it('round 2 on 孙秀英’s phone is about what the re-check found, not the first finding', async () => {
    await signIn(phone, 'sunxy', new URL(rectificationUrl).pathname);
    await rounds(phone.page).getByRole('link', { name: '打开第 2 轮' }).click();
    const failure = phone.page.getByRole('region', { name: /不合格情况/ });
    await expect.poll(() => failure.innerText()).toContain('复查：东段仍有烟头3个');
    const text = await failure.innerText();
    expect(text).toContain('第 1 轮整改经复查仍不合格');
    expect(text).toMatch(/复查数值\s*3（/);
    expect(text).toMatch(/复查人\s*刘洋/);
    expect(text).not.toContain('自查：主路烟头4个');
    expect(await failure.getByRole('img', { name: '第 1 轮复查照片' }).count()).toBe(1);
    await expectAccessible(phone, 'round 2 of a rectification');
    // fixed again, and this time it passes
    await phone.page.getByRole('button', { name: '整改完成' }).click();
    const form = dialog(phone.page);
    await form.locator('input[type=file]').setInputFiles(await photo(phone.page, '#d5d8dc'));
    await form.getByRole('button', { name: '提交整改' }).click();
    await form.waitFor({ state: 'detached' });
    rectificationUrl = phone.page.url();
  });

  it('刘洋 re-checks round 2: one butt left passes, and the rounds say he did', async () => {
    await signIn(phone, 'liuyang', new URL(rectificationUrl).pathname);
    await phone.page.getByRole('button', { name: '复查' }).click();
    const form = dialog(phone.page);
    await form.getByLabel('复查数值').fill('1');
    await form.getByRole('button', { name: '提交复查' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('#failure-heading').innerText()).toContain('复查合格');
    expect(await rounds(phone.page).innerText()).toContain('刘洋复查合格');
    await expectAccessible(phone, 'a self-check’s rectification re-checked by the supervisor');
  });
});
