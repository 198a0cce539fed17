// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeOptions, dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const OVERDUE = '《信访工作条例》解读';

type Workbench = { todos: { key: string; count: number; link: string }[] };

async function pick(page: Page, field: Locator, option: string) {
  await field.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).first().click();
}

describe('学习培训 at the station (A1.1)', () => {
  const desk = useBrowser();

  it('林站长 follows the to-do to the plan, records the missing session with its attendees and sees the hours', async () => {
    await signIn(desk, 'linzz');
    const page = desk.page;
    const bench = await apiGet<Workbench>(desk, '/api/workbench');
    const overdue = bench.todos.find((x) => x.key === 'training.itemsOverdue');
    expect(overdue?.count, 'the demo leaves last month’s planned training undone').toBeGreaterThan(0);
    const card = page.getByRole('region', { name: '我的待办' }).getByRole('link', { name: /^培训计划逾期未开展/ });
    await card.waitFor();
    await card.click();
    await page.waitForURL(/\/workstation\/training\?tab=plan/);

    // the plan in force, its items with where each stands
    const plan = page.locator('.tr-plan').first();
    await plan.waitFor();
    expect(await plan.innerText()).toContain('已生效');
    const row = plan.getByRole('row', { name: new RegExp(OVERDUE) });
    expect(await row.innerText()).toContain('逾期未开展');
    await expectAccessible(desk, 'the training plan');
    await page.screenshot({ path: path.join(shots, 'training-plan.png'), fullPage: true });

    // 登记培训: the planned training fills topic, kind and hours; attendees are the station's staff
    await page.getByRole('tab', { name: '培训记录' }).click();
    await page.getByRole('button', { name: '登记培训' }).click();
    const form = dialog(page);
    await form.getByLabel('对应计划项目', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: OVERDUE }).first().click();
    expect(await form.getByLabel('培训内容', { exact: true }).inputValue()).toBe(OVERDUE);
    await form.getByLabel('授课人', { exact: true }).fill('街道信访办 陈主任');
    await form.getByLabel('地点', { exact: true }).fill('工作站会议室');
    await pick(page, form.getByLabel('参训人员', { exact: true }), '高值班');
    await pick(page, form.getByLabel('参训人员', { exact: true }), '胡社工');
    await closeOptions(form);
    await form.getByLabel('内容摘要及备注', { exact: true }).fill('逐章学习条例，结合本站来访接待案例讨论。');
    await expectAccessible(desk, 'the session form');
    await form
      .getByRole('button', { name: '登 记' })
      .or(form.getByRole('button', { name: '登记' }))
      .click();
    await form.waitFor({ state: 'detached' });
    const session = page.getByRole('row', { name: new RegExp(OVERDUE) });
    await session.waitFor();
    expect(await session.innerText()).toContain('胡社工、高值班');
    await expectAccessible(desk, 'the sessions tab');
    await page.screenshot({ path: path.join(shots, 'training-sessions.png'), fullPage: true });

    // the item is held now, and the to-do has one fewer
    await page.getByRole('tab', { name: '培训计划' }).click();
    await expect.poll(() => plan.getByRole('row', { name: new RegExp(OVERDUE) }).innerText()).toContain('已开展');
    const after = await apiGet<Workbench>(desk, '/api/workbench');
    expect(after.todos.find((x) => x.key === 'training.itemsOverdue')?.count ?? 0).toBe(overdue!.count - 1);

    // 学时统计: 胡社工 attended the demo's three sessions (7 h) and this one (2 h)
    await page.getByRole('tab', { name: '学时统计' }).click();
    const husg = page.getByRole('row', { name: /胡社工/ });
    await husg.waitFor();
    await expect.poll(() => husg.innerText()).toMatch(/\b9\b/);
    const head = await page.getByRole('row', { name: /林站长/ }).innerText();
    expect(head).toContain('20'); // his outside course
    await expect.poll(() => page.getByRole('link', { name: '导出 Excel' }).count()).toBe(1);
    await expectAccessible(desk, 'the hours report');
    await page.screenshot({ path: path.join(shots, 'training-hours.png'), fullPage: true });
  });

  it('高值班 reads the station’s training but records none', async () => {
    await signIn(desk, 'gaozb', '/workstation/training?tab=sessions');
    await desk.page.getByRole('row', { name: new RegExp(OVERDUE) }).waitFor();
    expect(await desk.page.getByRole('button', { name: '登记培训' }).count()).toBe(0);
    expect(await desk.page.getByRole('button', { name: '修改' }).count()).toBe(0);
    await expectAccessible(desk, 'the sessions tab for the duty staff');
    await desk.page.getByRole('tab', { name: '上级培训班' }).click();
    const course = desk.page.getByRole('row', { name: /全区社区工作站站长业务能力提升培训班/ });
    await course.waitFor();
    expect(await course.innerText()).toContain('林站长');
    expect(await desk.page.getByRole('button', { name: '登记上级培训班' }).count()).toBe(0);
    await expectAccessible(desk, 'the outside courses tab');
  });
});
