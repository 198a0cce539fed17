// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeOptions, dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

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
    await signIn(phone, 'xuhs', '/infusion/patients');
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
    await signIn(desk, 'xuhs', '/infusion/patients');
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
    await signIn(head, 'luzr', '/infusion/teams');
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

  it('陆主任 opens 王秀兰’s closed visit from her page: the visit names her and the physician order, not their ids', async () => {
    await signIn(head, 'luzr', null);
    const patients = await apiGet<{ items: { id: string }[] }>(head, `/api/infusion/patients?q=${encodeURIComponent('王秀兰')}`);
    const patientId = patients.items[0]!.id;
    // the demo's visit: her first, closed (other browser tests may add later ones)
    const visits = await apiGet<{ items: { id: string }[] }>(
      head,
      `/api/orders?type=infusion_visit&patientId=${patientId}&state=closed&sort=requestedAt&pageSize=1`,
    );
    // a list row is the order's summary: its details are on the order itself
    const visit = await apiGet<{ id: string; number: string; details: Record<string, string> }>(head, `/api/orders/${visits.items[0]!.id}`);
    const po = await apiGet<{ number: string; lines: { drugName: string }[] }>(
      head,
      `/api/infusion/orders/${visit.details.physicianOrderId}`,
    );
    await head.page.goto(`${head.baseURL}/infusion/patients/${patientId}`);
    await head.page.getByRole('heading', { name: '王秀兰', level: 1 }).waitFor();
    await head.page.getByRole('region', { name: '出诊输液' }).getByRole('link', { name: visit.number }).click();
    await head.page.waitForURL(new RegExp(`/orders/${visit.id}$`));
    const details = head.page.locator('section[aria-labelledby="order-type-details"]');
    const patientLink = details.getByRole('link', { name: '王秀兰', exact: true });
    await patientLink.waitFor();
    expect(await patientLink.getAttribute('href')).toBe(`/infusion/patients/${patientId}`);
    const orderLink = details.getByRole('link', { name: po.number, exact: true });
    expect(await orderLink.getAttribute('href')).toBe(`/infusion/orders/${visit.details.physicianOrderId}`);
    for (const line of po.lines) expect(await details.innerText()).toContain(line.drugName);
    expect(await head.page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    await expectAccessible(head, 'a home visit naming its patient and physician order');
    await orderLink.click();
    await head.page.getByRole('heading', { name: `医嘱 ${po.number}（王秀兰）`, level: 1 }).waitFor();
  });
});
