// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeOptions, dialog } from './support/order-steps.js';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
// this run's own names, so the page shows exactly the records this test made
const stamp = String(Date.now() % 10000).padStart(4, '0');
const HELD = `长者手工坊${stamp}`;
const LATE = `长者茶话会${stamp}`;
const shanghaiDate = (plusDays = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + plusDays * 86_400_000));

async function pick(page: Page, field: Locator, option: string) {
  await field.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).first().click();
}

/** 新建活动 with its plan, planned `plannedOn`; waits for its card. */
async function planActivity(page: Page, title: string, plannedOn: string) {
  await page.getByRole('button', { name: '新建活动' }).click();
  const form = dialog(page);
  await form.getByLabel('活动名称', { exact: true }).fill(title);
  await pick(page, form.getByLabel('工作方法', { exact: true }), '小组');
  await form.getByLabel('计划日期', { exact: true }).fill(plannedOn);
  await form.getByLabel('地点', { exact: true }).fill('翠竹社区活动室');
  await form.getByLabel('活动目标', { exact: true }).fill('组员动手制作香包，增进交流');
  await form.getByLabel('活动内容', { exact: true }).fill('讲解香包做法，分组制作，成果分享');
  await form.getByLabel('人员安排', { exact: true }).fill('胡社工主持，志愿者 2 名');
  await closeOptions(form);
  await form
    .getByRole('button', { name: '创 建' })
    .or(form.getByRole('button', { name: '创建' }))
    .click();
  await form.waitFor({ state: 'detached' });
  const card = page.getByRole('article', { name: title });
  await card.waitFor();
  return card;
}

/** 记录开展 with the planned day and the attendance given. */
async function hold(page: Page, title: string, attendance: string) {
  await page.getByRole('button', { name: `记录开展 ${title}` }).click();
  const form = dialog(page);
  // a negative count is refused in words, not turned into 0 behind the user's back
  await form.getByLabel('参与人数', { exact: true }).fill('-5');
  await form.getByRole('button', { name: '记录开展' }).click();
  await expect.poll(() => form.locator('.ant-form-item-explain').innerText()).toBe('不能小于 0');
  await form.getByLabel('参与人数', { exact: true }).fill(attendance);
  await form.getByRole('button', { name: '记录开展' }).click();
  await form.waitFor({ state: 'detached' });
}

/** 写简报 of the activity: its summary and reflection. */
async function writeBrief(page: Page, title: string) {
  await page.getByRole('button', { name: `写简报 ${title}` }).click();
  const form = dialog(page);
  await form.getByLabel('总结', { exact: true }).fill('到场 8 位长者，完成香包 8 个，气氛融洽');
  await form.getByLabel('反思', { exact: true }).fill('材料准备略少，下次多备一份');
  return form;
}

describe('social-work activities and the ethics register (A3.4, A3.2)', () => {
  const desk = useBrowser();

  it('胡社工 plans and holds an activity, writes a brief on time and one after its due day (逾期提交)', async () => {
    await signIn(desk, 'husg', '/socialwork/projects');
    await desk.page.getByRole('link', { name: '翠竹社区长者关爱计划' }).click();
    await desk.page.getByRole('tab', { name: '活动' }).click();
    await desk.page.getByRole('heading', { name: '项目活动' }).waitFor();
    expect(await desk.page.locator('main').innerText()).toContain('2 日内编写活动简报');

    // today: planned, held, its brief on time
    const card = await planActivity(desk.page, HELD, shanghaiDate());
    expect(await card.innerText()).toContain('已计划');
    await hold(desk.page, HELD, '8');
    await expect.poll(() => card.innerText()).toContain(`简报待写（${shanghaiDate(2)} 前）`);
    const onTime = await writeBrief(desk.page, HELD);
    await onTime.getByRole('button', { name: '提交简报' }).click();
    await onTime.waitFor({ state: 'detached' });
    await expect.poll(() => card.innerText()).toContain('按时提交');

    // held three days ago: its brief was due yesterday, so it is written late
    const late = await planActivity(desk.page, LATE, shanghaiDate(-3));
    await hold(desk.page, LATE, '12');
    await expect.poll(() => late.innerText()).toContain('简报逾期未写');
    const form = await writeBrief(desk.page, LATE);
    expect(await form.innerText()).toContain(`已过截止日 ${shanghaiDate(-1)}`);
    await expectAccessible(desk, 'the brief dialog past its due day');
    await form.getByRole('button', { name: '提交简报' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => late.innerText()).toContain('逾期提交');
    expect(await late.innerText()).toContain('材料准备略少');
    await expectAccessible(desk, 'the activities tab');
    await late.scrollIntoViewIfNeeded();
    await desk.page.screenshot({ path: path.join(shots, 'socialwork-activities.png'), fullPage: true });
  }, 240_000);

  it('胡社工 records a gift he declined in the ethics register', async () => {
    await signIn(desk, 'husg', '/socialwork/ethics');
    await desk.page.getByRole('heading', { name: '伦理登记', level: 1 }).waitFor();
    expect(await desk.page.locator('main').innerText()).toContain('项目服务对服务对象一律免费');
    await expect.poll(() => desk.page.locator('main').innerText()).toContain('购物卡');
    await desk.page.getByRole('button', { name: '登记' }).first().click();
    const form = dialog(desk.page);
    await pick(desk.page, form.getByLabel('受赠社工', { exact: true }), '胡社工（翠竹社会服务管理工作站）');
    await form.getByLabel('提供人', { exact: true }).fill(`翠竹园 7 栋张伯${stamp}`);
    await form.getByLabel('内容', { exact: true }).fill('自家种的一袋橘子');
    await form.getByLabel('价值（元）', { exact: true }).fill('30');
    await form.getByLabel('谢绝方式', { exact: true }).fill('当场婉言谢绝，向老人说明社工服务免费');
    await closeOptions(form);
    await expectAccessible(desk, 'the ethics entry form');
    await form
      .getByRole('button', { name: '登 记' })
      .or(form.getByRole('button', { name: '登记' }))
      .click();
    await form.waitFor({ state: 'detached' });
    const row = desk.page.getByRole('row').filter({ hasText: `张伯${stamp}` });
    await expect.poll(() => row.innerText()).toContain('¥30.00');
    expect(await row.innerText()).toContain('当场婉言谢绝');
    await expectAccessible(desk, 'the ethics register');
  }, 120_000);
});
