// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeOptions, dialog } from './support/order-steps.js';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
// this run's own names, so the page shows exactly the records this test made
const stamp = String(Date.now() % 100000).padStart(5, '0');
const PARTIES = `测试园${stamp} 甲某、乙某`;
const KIND = `消防巡查台帐${stamp}`;
const SITE = `翠竹园${stamp}号楼`;
const save = /^保\s?存$/;

async function pick(page: Page, field: Locator, option: string) {
  await field.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).first().click();
}

describe('ledgers (A1.4)', () => {
  const phone = useBrowser({ width: 390, height: 844 });
  const desk = useBrowser();

  it('高值班 adds a mediation entry on a phone: refused by field, then written and found by search', async () => {
    await signIn(phone, 'gaozb', '/workstation/ledgers');
    await phone.page.getByRole('heading', { name: '资料台帐' }).waitFor();
    // on a phone the ledgers are a selector, the first one chosen
    await expect.poll(() => phone.page.locator('.ledger-kinds').innerText()).toContain('调处矛盾纠纷台帐');
    await expectAccessible(phone, 'the ledgers page on a phone');

    await phone.page.getByRole('button', { name: '新增记录' }).click();
    const form = dialog(phone.page);
    await form.getByLabel('当事人', { exact: true }).fill(PARTIES);
    await form.getByLabel('当事人电话', { exact: true }).fill('138-abc');
    await pick(phone.page, form.getByLabel('纠纷类型', { exact: true }), '物业纠纷');
    await form.getByLabel('纠纷情况', { exact: true }).fill('车位被占，双方争执');
    await form.getByLabel('调处经过', { exact: true }).fill('到场了解情况，物业协助重新划线');
    await pick(phone.page, form.getByLabel('调处结果', { exact: true }), '调解成功');
    await pick(phone.page, form.getByLabel('调解人', { exact: true }), '高值班');
    await closeOptions(form);
    await form.getByRole('button', { name: save }).click();
    // the server's refusal sits under its field
    await expect.poll(() => form.innerText()).toContain('电话只能含数字、+、- 和空格');
    await expectAccessible(phone, 'the entry form with a refusal');
    await phone.page.screenshot({ path: path.join(shots, 'ledgers-entry-phone.png') });
    await form.getByLabel('当事人电话', { exact: true }).fill('13800138000');
    await form.getByRole('button', { name: save }).click();
    await form.waitFor({ state: 'detached' });

    await phone.page.getByRole('searchbox', { name: '关键字' }).fill(`测试园${stamp}`);
    await phone.page.getByRole('searchbox', { name: '关键字' }).press('Enter');
    await expect.poll(() => phone.page.locator('main').innerText()).toContain(`${PARTIES}\n纠纷类型：物业纠纷`);
    await expect.poll(() => phone.page.locator('main').innerText()).toContain('调解人：高值班');
    await expectAccessible(phone, 'the search result on a phone');
    await phone.page.screenshot({ path: path.join(shots, 'ledgers-phone.png') });
  });

  it('林站长 defines a station ledger, writes an entry in it and voids one with a reason', async () => {
    await signIn(desk, 'linzz', '/workstation/ledgers');
    await desk.page.getByRole('radio', { name: '调处矛盾纠纷台帐' }).waitFor({ state: 'attached' });
    await desk.page.screenshot({ path: path.join(shots, 'ledgers-mediation.png'), fullPage: true });

    await desk.page.getByRole('button', { name: '新建本站台帐' }).click();
    const editor = dialog(desk.page);
    await editor.getByLabel('代码', { exact: true }).fill(`fire_e2e${stamp}`);
    await editor.getByLabel('台帐名称', { exact: true }).fill(KIND);
    await editor.getByLabel('字段名称', { exact: true }).nth(0).fill('巡查地点');
    await editor.getByLabel('字段代码', { exact: true }).nth(0).fill('site');
    await editor.getByRole('checkbox', { name: '必填' }).nth(0).check();
    await editor.getByRole('button', { name: '添加字段' }).click();
    await editor.getByLabel('字段名称', { exact: true }).nth(1).fill('结果');
    await editor.getByLabel('字段代码', { exact: true }).nth(1).fill('result');
    await pick(desk.page, editor.getByLabel('类型', { exact: true }).nth(1), '选项');
    await editor.getByLabel('选项', { exact: true }).fill('合格\n不合格');
    await closeOptions(editor);
    await expectAccessible(desk, 'the kind editor');
    await desk.page.screenshot({ path: path.join(shots, 'ledgers-kind-editor.png') });
    await editor.getByRole('button', { name: save }).click();
    await editor.waitFor({ state: 'detached' });

    const tab = desk.page.getByRole('radio', { name: new RegExp(KIND) });
    await expect.poll(() => tab.isChecked()).toBe(true);
    await desk.page.getByRole('button', { name: '新增记录' }).click();
    const form = dialog(desk.page);
    await form.getByLabel('巡查地点', { exact: true }).fill(SITE);
    await pick(desk.page, form.getByLabel('结果', { exact: true }), '不合格');
    await closeOptions(form);
    await form.getByRole('button', { name: save }).click();
    await form.waitFor({ state: 'detached' });
    const row = desk.page.getByRole('row', { name: new RegExp(SITE) });
    await row.waitFor();
    expect(await row.innerText()).toContain('林站长');

    await row
      .getByRole('button', { name: '作 废' })
      .or(row.getByRole('button', { name: '作废' }))
      .click();
    const confirm = dialog(desk.page);
    await confirm.getByLabel('原因').fill('地点填写错误，重新登记');
    await confirm.getByRole('button', { name: /作\s?废/ }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => row.innerText()).toContain('已作废：地点填写错误，重新登记');
    expect(await row.locator('.ledger-struck').count()).toBeGreaterThan(0);
    await expectAccessible(desk, 'the station’s own ledger');
    await desk.page.screenshot({ path: path.join(shots, 'ledgers-own-kind.png'), fullPage: true });
  });
});
