// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dialog, drawSignature } from './support/order-steps.js';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'docs/screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-consent-'));

describe('the signed consent and an outside drug’s pharmacist review (A5.4, A5.5)', () => {
  const phone = useBrowser({ width: 390, height: 844 });
  const desk = useBrowser();

  it('周护士 takes 刘桂芳’s family signature on a phone and prints the consent', async () => {
    await signIn(phone, 'zhouhs', null);
    // the patients' list and page are the patients part's; the consent is this part's section of the page
    await phone.page.goto(`${phone.baseURL}/infusion/patients`);
    await phone.page.getByRole('link', { name: '刘桂芳' }).first().click();
    const section = phone.page.locator('.patient-consents');
    // without consent the visits section says so, and where to sign it
    const blockers = phone.page.locator('section[aria-labelledby="patient-visits"] #visit-blockers');
    await expect.poll(() => blockers.innerText()).toContain('没有有效的知情同意书：请先在下方「知情同意书」签署');
    await section.getByRole('button', { name: '签署知情同意书' }).click();
    const sign = dialog(phone.page);
    await expect.poll(() => sign.innerText()).toContain('家庭输液治疗知情同意书');
    expect(await sign.innerText()).toContain('120');
    await sign.getByLabel('签字人姓名').fill('刘强');
    await sign.getByLabel('与患者关系').fill('儿子');
    await phone.page.locator('.signature-box canvas').scrollIntoViewIfNeeded();
    await drawSignature(phone.page);
    await expectAccessible(phone, 'the consent dialog on a phone');
    fs.mkdirSync(shots, { recursive: true });
    await phone.page.screenshot({ path: path.join(shots, 'infusion-consent-390.png') });
    await sign.getByRole('button', { name: '确认签署' }).click();
    await sign.waitFor({ state: 'detached' });
    await expect.poll(() => section.innerText()).toContain('刘强');
    expect(await section.innerText()).toContain('周护士');
    // signed: nothing stops a visit any more
    await expect.poll(() => blockers.count()).toBe(0);
    await expect
      .poll(() => section.locator('img.consent-signature').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);

    const printUrl = await section.getByRole('link', { name: /打印/ }).getAttribute('href');
    expect(printUrl).toMatch(/^\/api\/infusion\/consents\/[^/]+\/print$/);
    await phone.page.goto(`${phone.baseURL}${printUrl}`);
    await phone.page.evaluate(() => document.fonts.ready);
    const file = path.join(tmp, 'consent.pdf');
    fs.writeFileSync(file, await phone.page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('家庭输液治疗知情同意书');
    expect(text).toContain('刘桂芳');
    expect(text).toContain('刘强');

    // the son says the family will bring her to the centre instead: the consent is withdrawn with the reason, and the
    // page offers a new signature again (no visit may be arranged meanwhile, A5.4)
    await phone.page.goBack();
    await section.getByRole('button', { name: '撤回' }).click();
    const withdraw = dialog(phone.page);
    await withdraw.getByLabel('原因').fill('家属决定送患者到中心输液');
    await withdraw.getByRole('button', { name: '撤回' }).click();
    await withdraw.waitFor({ state: 'detached' });
    await expect.poll(() => section.innerText()).toContain('家属决定送患者到中心输液');
    await section.getByRole('button', { name: '签署知情同意书' }).waitFor();
    await expect.poll(() => blockers.innerText()).toContain('没有有效的知情同意书');
  });

  it('韩药师 signs the pharmacist review of 张德明’s outside drug from his queue, and the timeline shows his name', async () => {
    await signIn(desk, 'hanyj', '/infusion/outside-drugs');
    await desk.page.locator('.ant-segmented').getByText('待药剂审核', { exact: true }).click();
    await expect.poll(() => desk.page.url()).toContain('step=pharmacist_review');
    const row = desk.page.locator('tr', { hasText: '张德明' }).filter({ hasText: '注射用头孢呋辛钠' });
    await expect.poll(() => row.innerText()).toContain('深圳市人民医院');
    await expectAccessible(desk, 'the outside drugs page');
    await row.getByRole('button', { name: '四步签名' }).click();
    const drawer = desk.page.locator('.ant-drawer-section');
    await expect.poll(() => drawer.innerText()).toContain('许护士');
    expect(await drawer.innerText()).toContain('何医生');
    await drawer.getByRole('button', { name: '药剂审核' }).click();
    const review = desk.page.locator('.ant-modal').filter({ hasText: '签名确认' });
    await review.getByLabel('备注').fill('剂量、用法适合居家输液');
    await review.getByRole('button', { name: '签名确认' }).click();
    await review.waitFor({ state: 'hidden' });
    await expect.poll(() => drawer.innerText()).toContain('韩药师');
    expect(await drawer.innerText()).toContain('剂量、用法适合居家输液');
    await expect.poll(() => drawer.getByRole('button', { name: '药剂审核' }).count()).toBe(0);
    await expectAccessible(desk, 'the outside drug’s steps');
  });
});
