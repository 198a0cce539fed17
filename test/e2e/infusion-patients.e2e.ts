// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeOptions, dialog } from './support/order-steps.js';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
// this run's own names, so the list shows exactly the records this test made
const stamp = String(Date.now() % 10000).padStart(4, '0');
const PATIENT = `钱桂英${stamp}`;
const AREA = `翠竹新村${stamp}`;

/** Opens a select of the form and taps one of its options. */
async function pick(page: Page, field: Locator, option: string) {
  await field.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).first().click();
}

describe('home-infusion patients and teams (出诊输液患者, 护理团队, A5.1, A5.8)', () => {
  const phone = useBrowser({ width: 390, height: 844 });
  const desk = useBrowser();
  const head = useBrowser();

  it('许护士 registers a bedridden elderly patient on her phone and sees 可出诊', async () => {
    await signIn(phone, 'xuhs');
    await phone.page.goto(`${phone.baseURL}/infusion/patients`);
    await phone.page.getByRole('heading', { name: '出诊输液患者', level: 1 }).waitFor();
    await expect.poll(() => phone.page.locator('.record-card').count()).toBeGreaterThan(0);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.page.getByRole('button', { name: '登记患者' }).click();
    const form = dialog(phone.page);
    await pick(phone.page, form.getByLabel('护理团队', { exact: true }), '翠竹站护理组（翠竹社区卫生服务站）');
    await pick(phone.page, form.getByLabel('片区', { exact: true }), '翠竹园');
    await form.getByLabel('姓名', { exact: true }).fill(PATIENT);
    await form.getByLabel('女', { exact: true }).check();
    await form.getByLabel('出生日期', { exact: true }).fill('1939-02-11');
    await form.getByLabel('住址', { exact: true }).fill('翠竹园 12 栋 602');
    await form.getByLabel('联系电话', { exact: true }).fill('13902239999');
    await form.getByLabel('家属姓名', { exact: true }).fill('钱伟');
    await form.getByLabel('与患者关系', { exact: true }).fill('儿子');
    await form.getByLabel('卧床', { exact: true }).check();
    await form.getByLabel('过敏史', { exact: true }).fill('头孢类过敏');
    await expectAccessible(phone, 'the patient form on a phone');
    await form
      .getByRole('button', { name: '登 记' })
      .or(form.getByRole('button', { name: '登记' }))
      .click();
    await form.waitFor({ state: 'detached' });
    await phone.page.getByRole('heading', { name: PATIENT, level: 1 }).waitFor();
    const verdict = phone.page.getByRole('region', { name: '适应条件' });
    await expect.poll(() => verdict.innerText()).toContain('可出诊');
    expect(await verdict.innerText()).toContain('许护士');
    expect(await phone.page.locator('.infusion-allergies').innerText()).toBe('头孢类过敏');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'the patient page on a phone');
    await phone.page.screenshot({ path: path.join(shots, 'infusion-patient-390.png'), fullPage: true });
  });

  it('the list filters by 不符合 (in the URL) and shows 赵建华 who walks', async () => {
    await signIn(desk, 'xuhs');
    await desk.page.goto(`${desk.baseURL}/infusion/patients`);
    await desk.page.getByRole('heading', { name: '出诊输液患者', level: 1 }).waitFor();
    await pick(desk.page, desk.page.getByRole('combobox', { name: '适应条件' }), '不符合');
    await expect.poll(() => desk.page.url()).toContain('eligible=false');
    const row = desk.page.getByRole('row').filter({ hasText: '赵建华' });
    await expect.poll(() => row.innerText()).toContain('可自行行走');
    expect(await row.innerText()).toContain('不符合');
    await expect.poll(() => desk.page.getByRole('row').filter({ hasText: '王秀兰' }).count()).toBe(0);
    await expectAccessible(desk, 'the patients list filtered by 不符合');
    await desk.page.screenshot({ path: path.join(shots, 'infusion-patients.png') });
    await desk.page.getByRole('link', { name: '赵建华' }).click();
    const verdict = desk.page.getByRole('region', { name: '适应条件' });
    await expect.poll(() => verdict.innerText()).toContain('可自行行走，应到中心输液');
    await expectAccessible(desk, 'an ineligible patient’s page');
    await desk.page.screenshot({ path: path.join(shots, 'infusion-patient.png'), fullPage: true });
  });

  it('陆主任 adds an area to a team; its nurses stay', async () => {
    await signIn(head, 'luzr');
    await head.page.goto(`${head.baseURL}/infusion/teams`);
    await head.page.getByRole('heading', { name: '护理团队', level: 1 }).waitFor();
    const row = head.page.getByRole('row').filter({ hasText: '翠竹站护理组' });
    await expect.poll(() => row.innerText()).toContain('许护士');
    await expectAccessible(head, 'the nursing teams');
    await row.getByRole('button', { name: '编辑 翠竹站护理组' }).click();
    const form = dialog(head.page);
    await form.getByRole('combobox', { name: '负责片区' }).click();
    await head.page.keyboard.type(AREA);
    await head.page.keyboard.press('Enter');
    await closeOptions(form);
    await expectAccessible(head, 'the team dialog');
    await head.page.screenshot({ path: path.join(shots, 'infusion-team-edit.png') });
    await form
      .getByRole('button', { name: '保 存' })
      .or(form.getByRole('button', { name: '保存' }))
      .click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => row.innerText()).toContain(AREA);
    expect(await row.innerText()).toContain('翠竹园');
    expect(await row.innerText()).toContain('许护士');
  });
});
