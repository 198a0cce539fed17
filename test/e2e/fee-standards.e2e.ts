// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/** `YYYY-MM` two months after the server's today in Shanghai (a month no demo standard or bill uses). */
const twoMonthsOn = (iso: string) => {
  const [y, m] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(new Date(iso))
    .split('-')
    .map(Number) as [number, number];
  const i = y * 12 + (m - 1) + 2;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

describe('a fee standard from the office to the general manager (A2.3)', () => {
  const s = useBrowser();
  let url = '';
  let month = '';

  it('王芳 drafts a standard for 翠竹园 and submits it to HQ', async () => {
    await signIn(s, 'wangfang');
    month = twoMonthsOn((await apiGet<{ now: string }>(s, '/api/demo/clock')).now);
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '收费标准', exact: true }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('收费标准');
    await expect.poll(() => s.page.locator('main').innerText()).toContain('已批准');
    await expectAccessible(s, 'the fee standards list');

    await s.page.getByRole('button', { name: '编制收费标准' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.getByLabel('小区/项目').click();
    await s.page.locator('.ant-select-dropdown:visible').getByText('翠竹园（翠竹园管理处）', { exact: true }).click();
    await dialog.getByLabel('收费项目').click();
    const choices = s.page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => choices.allInnerTexts()).toContain('垃圾清运费');
    // 停车月卡费 is billed by the parking passes month by month: an ordinary standard would bill every unit
    expect(await choices.allInnerTexts()).not.toContain('停车月卡费');
    await s.page.locator('.ant-select-dropdown:visible').getByText('垃圾清运费').click();
    await dialog.getByRole('radio', { name: '按户' }).check();
    await dialog.getByLabel('执行月份').fill(month);
    await dialog.getByLabel('第1行单价（元）').fill('9.5');
    await dialog.getByRole('button', { name: '增加一行' }).click();
    await dialog.getByLabel('第2行单价（元）').fill('6');
    await expectAccessible(s, 'the standard form');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await s.page.waitForURL(/\/fee-standards\/[0-9a-f-]{36}$/);
    url = s.page.url();
    // The list (which shows the new rates too) stays up while the standard's page loads: wait for that page.
    await s.page.getByRole('heading', { name: '审批记录' }).waitFor();
    await expect.poll(() => s.page.locator('main').innerText()).toContain('¥9.50/户·月');
    expect(await s.page.locator('main').innerText()).toContain('空置');

    await s.page.getByRole('button', { name: '提交审核' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => s.page.locator('main .ant-tag').first().innerText()).toBe('待业务总部审核');
    expect(await s.page.getByRole('button', { name: '提交审核' }).count()).toBe(0);
  });

  it('李业务 passes the review, and 张建国 approves it; the timeline shows all three', async () => {
    await signIn(s, 'liyw', null);
    await s.page.goto(url);
    await s.page.getByRole('button', { name: '审核通过' }).waitFor();
    expect(await s.page.getByRole('button', { name: '批准' }).count()).toBe(0);
    await expectAccessible(s, 'a standard awaiting HQ review');
    await s.page.screenshot({ path: path.join(shots, 'fee-standard-review.png'), fullPage: true });
    await s.page.getByRole('button', { name: '审核通过' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: '审核通过' }).click();
    await expect.poll(() => s.page.locator('main .ant-tag').first().innerText()).toBe('待总经理审批');

    await signIn(s, 'zhangjg', null);
    await s.page.goto(url);
    await s.page.getByRole('button', { name: '批准' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: '批准' }).click();
    await expect.poll(() => s.page.locator('main .ant-tag').first().innerText()).toBe('已批准');
    const steps = s.page.getByTestId('timeline-step');
    await expect.poll(() => steps.count()).toBe(4);
    const text = await s.page.locator('.fee-standard-timeline').innerText();
    expect(text).toContain('王芳 提交审核');
    expect(text).toContain('李业务 审核通过（业务总部）');
    expect(text).toContain('张建国 批准（总经理）');
    expect(text.indexOf('王芳 提交审核')).toBeLessThan(text.indexOf('张建国 批准'));
    expect(await s.page.getByRole('button', { name: '批准' }).count()).toBe(0);
    await expectAccessible(s, 'an approved standard');
    await s.page.screenshot({ path: path.join(shots, 'fee-standard-approved.png'), fullPage: true });
  });
});

describe('a fee standard returned and submitted again', () => {
  const s = useBrowser();
  /** A step of the chain as `who`, through the page's session (the test prepares; the timeline is what it checks). */
  const as = async (who: string, path: string, data: unknown = {}) => {
    await signIn(s, who);
    const res = await s.browser.context.request.post(`${s.baseURL}${path}`, { data, headers: { 'x-guanjia-csrf': '1' } });
    expect(res.status(), `${who} ${path}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as { id: string };
  };

  it('shows the general manager every round: the first submission, the return and its reason, the resubmission', async () => {
    await signIn(s, 'wangfang');
    const month = twoMonthsOn((await apiGet<{ now: string }>(s, '/api/demo/clock')).now);
    const estate = (await apiGet<{ items: { id: string; name: string }[] }>(s, '/api/estates?q=翠竹园')).items.find(
      (e) => e.name === '翠竹园',
    )!;
    const item = (await apiGet<{ id: string; code: string }[]>(s, '/api/fee-items')).find((i) => i.code === 'property')!;
    const { id } = await as('wangfang', '/api/fee-standards', {
      estateId: estate.id,
      itemId: item.id,
      basis: 'per_area',
      effectiveMonth: month,
      rates: [{ use: '*', occupancy: '*', rateFen: 205 }],
      note: '第二次调价',
    });
    await as('wangfang', `/api/fee-standards/${id}/submit`);
    await as('liyw', `/api/fee-standards/${id}/return`, { reason: '请附业主大会决议' });
    await as('wangfang', `/api/fee-standards/${id}/submit`);
    await as('liyw', `/api/fee-standards/${id}/review`);

    await signIn(s, 'zhangjg', `/fee-standards/${id}`);
    const steps = s.page.getByTestId('timeline-step');
    await expect.poll(() => steps.count()).toBe(5);
    const texts = (await steps.allInnerTexts()).map((x) => x.split('\n')[0]);
    expect(texts).toEqual([
      '王芳 编制',
      '王芳 提交审核',
      '李业务 退回（业务总部审核）：请附业主大会决议',
      '王芳 修改后重新提交',
      '李业务 审核通过（业务总部）',
    ]);
    expect(await s.page.locator('.fee-standard-timeline').innerText()).toContain('待总经理审批');
    await expectAccessible(s, 'a standard with two rounds');
  });
});

describe('the monthly passes’ filing standard', () => {
  const s = useBrowser();

  it('reads 另行定价 with where its price comes from, not 已批准 with no price and no approver', async () => {
    await signIn(s, 'wangfang', '/fee-standards');
    const row = s.page.locator('main tr', { hasText: '停车月卡费' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.ant-tag').allInnerTexts()).toEqual(['另行定价']);
    expect(await row.innerText()).toContain('没有单价：账单按另一份已批准标准的价格开具');

    await row.getByRole('link', { name: '翠竹园' }).click();
    await s.page.getByRole('heading', { name: '审批记录' }).waitFor();
    const main = await s.page.locator('main').innerText();
    expect(await s.page.locator('main .ant-tag').first().innerText()).toBe('另行定价');
    expect(main).toContain('本标准只用于归集账单：没有单价，也不经审批');
    expect(main).toContain('停车收费标准');
    expect(main).toContain('开具该项目的首张账单时自动建立');
    await expectAccessible(s, 'the filing standard');
  });
});
