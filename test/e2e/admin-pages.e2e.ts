// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const dialog = (page: Page) => page.getByRole('dialog');
const h1 = (page: Page) => page.locator('main h1').innerText();

async function choose(page: Page, label: string, option: string) {
  await dialog(page).getByLabel(label, { exact: true }).click();
  await page.keyboard.type(option);
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first().click();
}

describe('organisation tree', () => {
  const s = useBrowser();
  const suffix = Date.now() % 100000;
  const name = `测试部${suffix}`;

  it('shows the tree and a node with the actions the server allows', async () => {
    await signIn(s, 'admin', '/orgs');
    await expectAccessible(s, 'the organisation page');
    await s.page.getByRole('tree').getByText('翠竹园管理处', { exact: true }).click();
    await expect.poll(() => h1(s.page)).toBe('翠竹园管理处');
    expect(await s.page.getByRole('navigation', { name: '当前位置' }).innerText()).toMatch(/首页\s*组织架构\s*翠竹园管理处/);
    for (const action of ['新建下级', '重命名', '移动', '停用', '历史记录']) {
      expect(await s.page.getByRole('button', { name: action, exact: true }).count(), action).toBe(1);
    }
    await expectAccessible(s, 'an organisation node');
  });

  it('creates a department, renames it, moves it and deactivates it after asking', async () => {
    await s.page.getByRole('button', { name: '新建下级' }).click();
    await dialog(s.page).getByLabel('名称').fill(name);
    await dialog(s.page).getByLabel('代码').fill('bad code!');
    await dialog(s.page).getByRole('button', { name: '创建' }).click();
    await expect.poll(() => dialog(s.page).locator('.ant-form-item-explain').first().innerText()).toContain('只能包含');
    await dialog(s.page).getByLabel('代码').fill(`test-${suffix}`);
    await dialog(s.page).getByRole('button', { name: '创建' }).click();
    await expect.poll(() => h1(s.page)).toBe(name);
    expect(await s.page.locator('main .ant-descriptions').innerText()).toContain('翠竹园管理处');

    await s.page.getByRole('button', { name: '重命名' }).click();
    await dialog(s.page).getByLabel('名称').fill(`${name}（新）`);
    await dialog(s.page).getByRole('button', { name: '保存' }).click();
    await expect.poll(() => h1(s.page)).toBe(`${name}（新）`);
    await s.page.getByRole('tree').getByText(`${name}（新）`).waitFor();

    await s.page.getByRole('button', { name: '移动' }).click();
    await choose(s.page, '新的上级组织', '金色家园管理处');
    await dialog(s.page).getByRole('button', { name: '移动' }).click();
    await dialog(s.page).waitFor({ state: 'detached' });
    await expect.poll(() => s.page.locator('main .ant-descriptions').innerText()).toContain('金色家园管理处');

    await s.page.getByRole('button', { name: '停用' }).click();
    expect(await dialog(s.page).innerText()).toContain('可以随时重新启用');
    await dialog(s.page).getByRole('button', { name: '停用' }).click();
    await dialog(s.page).waitFor({ state: 'detached' });
    await expect.poll(() => s.page.locator('main .page-subtitle').innerText()).toContain('已停用');
    expect(await s.page.getByRole('button', { name: '启用' }).count()).toBe(1);

    await s.page.getByRole('button', { name: '历史记录' }).click();
    await s.page.getByRole('dialog').getByText('创建组织').waitFor();
    const history = await s.page.getByRole('dialog').innerText();
    for (const entry of ['创建组织', '重命名', '移动', '停用', '翠竹园管理处', '金色家园管理处']) expect(history).toContain(entry);
    await s.page.keyboard.press('Escape');
  });
});

describe('roles', () => {
  const s = useBrowser();
  const code = `night_guard_${Date.now() % 100000}`;

  it('lists built-in roles and shows a role’s permissions in plain words', async () => {
    await signIn(s, 'admin', '/roles');
    await expectAccessible(s, 'the roles page');
    await s.page.getByRole('link', { name: '管理处负责人' }).click();
    await expect.poll(() => h1(s.page)).toBe('管理处负责人');
    await s.page.getByText('查看下属组织的用户及其角色').waitFor();
    const text = await s.page.locator('main').innerText();
    expect(text).toContain('查看下属组织的用户及其角色');
    expect(text).toContain('内置角色的权限依据制度设定');
    expect(await s.page.getByRole('button', { name: '编辑' }).count()).toBe(0);
    await expectAccessible(s, 'a role');
  });

  it('creates a custom role with chosen permissions', async () => {
    await s.page.goto(`${s.baseURL}/roles`);
    await s.page.getByRole('button', { name: '新建角色' }).click();
    await dialog(s.page).getByLabel('角色名称').fill('夜间值守');
    await dialog(s.page).getByLabel('角色代码').fill(code);
    await dialog(s.page)
      .getByRole('checkbox', { name: /查看下属组织的用户及其角色/ })
      .check();
    await expectAccessible(s, 'the new-role dialog');
    await dialog(s.page).getByRole('button', { name: '创建' }).click();
    await expect.poll(() => h1(s.page)).toBe('夜间值守');
    expect(await s.page.locator('main').innerText()).toContain('查看下属组织的用户及其角色');
    await s.page.goto(`${s.baseURL}/roles?type=custom`);
    await s.page.getByRole('link', { name: '夜间值守' }).waitFor();
    expect(await s.page.getByRole('link', { name: '保洁员' }).count()).toBe(0);
  });
});

describe('regulation parameters', () => {
  const s = useBrowser();

  it('lets an office head tighten a clause at the office; below, it shows as inherited from there', async () => {
    await signIn(s, 'wangfang', '/params');
    await expect.poll(() => s.page.locator('main .page-subtitle').innerText()).toContain('翠竹园管理处');
    await expectAccessible(s, 'the parameters page');
    const row = s.page.getByRole('row').filter({ hasText: '发票送达时限' });
    await row.getByRole('button', { name: '设定' }).click();
    await dialog(s.page)
      .getByLabel(/执行值/)
      .fill('999');
    await dialog(s.page).getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog(s.page).locator('.ant-form-item-explain').innerText()).toBe('不能大于 720');
    await dialog(s.page)
      .getByLabel(/执行值/)
      .fill('12');
    await dialog(s.page).getByRole('button', { name: '保存' }).click();
    await dialog(s.page).waitFor({ state: 'detached' });
    await expect.poll(() => row.innerText()).toContain('12 小时');
    expect(await row.innerText()).toContain('本组织设定');

    await s.page.getByRole('button', { name: /当前组织/ }).click();
    await s.page.getByRole('button', { name: '翠竹园环境部', exact: true }).click();
    await expect.poll(() => s.page.locator('main .page-subtitle').innerText()).toContain('翠竹园环境部');
    const below = s.page.getByRole('row').filter({ hasText: '发票送达时限' });
    await expect.poll(() => below.innerText()).toContain('继承自');
    expect(await below.innerText()).toContain('翠竹园管理处');
    expect(await below.innerText()).toContain('12 小时');
  });

  it('sets a yes/no clause (which orders the callback sample draws from) as 是 / 否', async () => {
    await signIn(s, 'wangfang', null);
    await s.page.goto(`${s.baseURL}/params?org=${await orgIdByCode(s, 'office-a')}`);
    await expect.poll(() => s.page.locator('main .page-subtitle').innerText()).toContain('翠竹园管理处');
    const paid = s.page.getByRole('row').filter({ hasText: '回访抽样：有偿服务' });
    await expect.poll(() => paid.innerText()).toContain('否');
    expect(await s.page.getByRole('row').filter({ hasText: '回访抽样：家政服务' }).innerText()).toContain('是');
    await paid.getByRole('button', { name: '设定' }).click();
    await dialog(s.page).getByText('是', { exact: true }).click();
    await expectAccessible(s, 'the yes/no parameter dialog');
    await dialog(s.page).getByRole('button', { name: '保存' }).click();
    await dialog(s.page).waitFor({ state: 'detached' });
    await expect.poll(() => paid.innerText()).toContain('本组织设定');
    expect(await paid.innerText()).toMatch(/A7\.4\.10\s+是\s+否/);
    await paid.getByRole('button', { name: '恢复继承' }).click();
    await dialog(s.page).getByRole('button', { name: '恢复继承' }).click();
    await expect.poll(() => paid.innerText()).not.toContain('本组织设定');
  }, 120_000);

  it('shows a cleaner the values in force but no way to change them', async () => {
    await signIn(s, 'sunxy', '/params');
    await s.page.getByRole('row').filter({ hasText: '发票送达时限' }).waitFor();
    expect(await s.page.getByRole('button', { name: '设定' }).count()).toBe(0);
    // the table is wider than her page and holds nothing to focus: it is a region she can reach by keyboard to scroll
    const region = s.page.getByRole('region', { name: '制度参数' });
    await region.focus();
    await region.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    await expectAccessible(s, 'the parameters page without buttons');
  });
});
