// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

/** The words under the field labelled `label` in `scope`. */
const explainOf = (scope: Locator, label: string) =>
  scope
    .locator('.ant-form-item')
    .filter({ has: scope.page().getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain');

/**
 * Types each value into the field and leaves it (where antd's min/max clamped it, unseen), then reads the refusal under
 * the field and the value still in it: the number typed, never the bound.
 */
async function expectRefused(scope: Locator, label: string, cases: readonly (readonly [typed: string, said: string])[]) {
  const field = scope.getByLabel(label, { exact: true });
  for (const [typed, said] of cases) {
    await field.fill(typed);
    await field.blur();
    await expect.poll(() => explainOf(scope, label).innerText(), { message: `${label} ${typed}` }).toBe(said);
    // read as a number: a field of one decimal shows 0 as 0.0
    expect(Number(await field.inputValue()), `${label} ${typed} kept`).toBe(Number(typed));
  }
}

describe('a number out of range is refused under its field in every module, and left as typed', () => {
  const s = useBrowser();

  it('a physician’s order: 0 and 61 visits (1–60)', async () => {
    await signIn(s, 'heys', null);
    const orders = await apiGet<{ items: { patientId: string }[] }>(s, `/api/infusion/orders?q=${encodeURIComponent('王秀兰')}`);
    await s.page.goto(`${s.baseURL}/infusion/orders?patientId=${orders.items[0]!.patientId}`);
    await s.page.getByRole('button', { name: '开医嘱' }).click();
    const form = dialog(s.page);
    await expectRefused(form, '计划出诊次数', [
      ['0', '不能小于 1'],
      ['61', '不能大于 60'],
    ]);
    await expectAccessible(s, 'a refused number of visits');
  });

  it('a receipt book’s numbers: 0 and 10,000,000 (1–9,999,999)', async () => {
    await signIn(s, 'zhengkj', '/money/books');
    await s.page.getByRole('button', { name: '登记收据本' }).click();
    const form = dialog(s.page);
    await expectRefused(form, '起始号', [['0', '不能小于 1']]);
    await expectRefused(form, '终止号', [['10000000', '不能大于 9999999']]);
  });

  it('the fee desk: 13 months ahead and -1 (0–12), and nothing ahead is added to the total', async () => {
    await signIn(s, 'chenjing', '/fee-desk');
    const address = '翠竹园 1栋';
    expect((await apiGet<unknown[]>(s, `/api/estate-units/search?q=${encodeURIComponent(address)}`)).length).toBeGreaterThan(0);
    await s.page.getByRole('searchbox', { name: '查找房屋' }).fill(address);
    await s.page.getByRole('button', { name: '查找', exact: true }).click();
    await s.page.locator('.fee-desk-result').first().click();
    const form = s.page.locator('.fee-desk-pay form');
    const total = form.locator('.fee-desk-total');
    await total.waitFor();
    const before = await total.innerText();
    await expectRefused(form, '预交月数', [
      ['13', '不能大于 12'],
      ['-1', '不能小于 0'],
    ]);
    expect(await total.innerText()).toBe(before);
    expect(await form.getByRole('list', { name: '预交账单' }).count()).toBe(0);
    await expectAccessible(s, 'a refused number of months ahead');
  });

  it('a training session: 0 and 1001 hours (0.1–1000)', async () => {
    await signIn(s, 'linzz', '/workstation/training?tab=sessions');
    await s.page.getByRole('button', { name: '登记培训' }).click();
    await expectRefused(dialog(s.page), '学时', [
      ['0', '不能小于 0.1'],
      ['1001', '不能大于 1000'],
    ]);
  });

  it('a year-end score of 150 is said in its own cell of the table (0–100), and gives no total', async () => {
    await signIn(s, 'mazr', null);
    await s.page.goto(`${s.baseURL}/workstation/assessment?node=${await orgIdByCode(s, 'sw-s1')}&tab=annual`);
    await s.page.getByRole('button', { name: '考核 胡社工' }).click({ timeout: 15_000 });
    const drawer = s.page.getByRole('dialog', { name: /胡社工/ });
    // the sheet loads after the drawer opens: the year's figures from every module, named in those modules' texts
    // (loaded with it), above the scores; typed into only once it has, as the assessment test does
    await expect.poll(() => drawer.innerText(), { timeout: 15_000 }).toContain('开展活动');
    for (const [criterion, score] of [
      ['学习培训', '80'],
      ['值班备勤', '85'],
      ['群众满意', '96'],
    ] as const)
      await drawer.getByLabel(`${criterion} 得分`).fill(score);
    await expectRefused(drawer, '工作职责 得分', [
      ['150', '不能大于 100'],
      ['-1', '不能小于 0'],
    ]);
    expect(await drawer.locator('.as-total').first().innerText()).toBe('');
    await expectAccessible(s, 'a refused score');
  });

  it('a unit of an estate: floor 300 (-9–200), and floor 0, which no building has', async () => {
    await signIn(s, 'wangfang', null);
    const estates = await apiGet<{ items: { id: string }[] }>(s, `/api/estates?q=${encodeURIComponent('翠竹园')}`);
    await s.page.goto(`${s.baseURL}/estates/${estates.items[0]!.id}`);
    await s.page.getByRole('button', { name: '新增房屋' }).click();
    await expectRefused(dialog(s.page), '楼层', [
      ['300', '不能大于 200'],
      ['-10', '不能小于 -9'],
      ['0', '没有 0 层：地下层用负数（如 -1）'],
    ]);
  });
});
