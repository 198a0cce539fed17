// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/** `YYYY-MM` two months after the server's today in Shanghai (a month no demo standard uses). */
const twoMonthsOn = (iso: string) => {
  const [y, m] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(new Date(iso))
    .split('-')
    .map(Number) as [number, number];
  const i = y * 12 + (m - 1) + 2;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

describe('a parking standard from the office to the general manager (A2.4.1.2)', () => {
  const s = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });
  let url = '';

  it('王芳 drafts a standard for 翠竹园’s ground car park, the form refusing a cap below the hourly price, and submits it', async () => {
    await signIn(s, 'wangfang');
    const month = twoMonthsOn((await apiGet<{ now: string }>(s, '/api/demo/clock')).now);
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '停车收费标准' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('停车收费标准');
    await expect.poll(() => s.page.locator('main').innerText()).toContain('夜间 22:00–07:00 每单位 ¥1.00');
    await expectAccessible(s, 'the parking standards list');

    await s.page.getByRole('button', { name: '编制停车收费标准' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.locator('#carParkId').click();
    await s.page.locator('.ant-select-dropdown:visible').getByText('翠竹园 地面停车场', { exact: true }).click();
    await dialog.getByLabel('执行月份').fill(month);
    await dialog.getByLabel('每单位收费（元）').fill('6');
    await dialog.getByLabel('设置夜间收费').click();
    await dialog.getByLabel('夜间每单位收费（元）').fill('1.5');
    await dialog.getByLabel('每日封顶（元）').fill('5');
    await dialog.getByLabel('租赁车位').fill('320');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    // the price rule's refusal lands under its field, the dialog stays open
    await expect.poll(() => dialog.innerText()).toContain('封顶金额不能低于每单位收费');
    await expectAccessible(s, 'the parking standard form with a refused cap');
    await dialog.getByLabel('每日封顶（元）').fill('35');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await s.page.waitForURL(/\/parking-standards\/[0-9a-f-]{36}$/);
    url = s.page.url();
    // the address changes before the standard's page has loaded (a CI run read 加载中… there): wait for its button
    await s.page.getByRole('button', { name: '提交审核' }).waitFor();
    await expect.poll(() => s.page.locator('main').innerText()).toContain('租赁车位 ¥320.00/月');
    await expect.poll(() => s.page.locator('main').innerText()).toContain('夜间 22:00–07:00 每单位 ¥1.50');

    await s.page.getByRole('button', { name: '提交审核' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => s.page.locator('main .ant-tag').first().innerText()).toBe('待业务总部审核');
    expect(await s.page.getByRole('button', { name: '提交审核' }).count()).toBe(0);
  });

  it('李业务 passes it on, and 张建国 returns it with a reason the office reads on the page', async () => {
    await signIn(s, 'liyw', null);
    await s.page.goto(url);
    await s.page.getByRole('button', { name: '审核通过' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: '审核通过' }).click();
    await expect.poll(() => s.page.locator('main .ant-tag').first().innerText()).toBe('待总经理审批');

    await signIn(s, 'zhangjg', null);
    await s.page.goto(url);
    await s.page.getByRole('button', { name: '退回' }).click();
    const confirm = s.page.getByRole('dialog');
    await confirm.getByRole('textbox').fill('夜间价格请与周边车场比较后再报');
    await confirm.getByRole('button', { name: '退回' }).click();
    await expect.poll(() => s.page.locator('main .ant-tag').first().innerText()).toBe('已退回');
    await expect.poll(() => s.page.locator('main').innerText()).toContain('夜间价格请与周边车场比较后再报');
    const steps = s.page.getByTestId('timeline-step');
    await expect.poll(() => steps.count()).toBe(4);
    await expectAccessible(s, 'a returned parking standard');
    await s.page.screenshot({ path: path.join(shots, 'parking-standard-returned.png'), fullPage: true });
  });

  it('the guard reads the standards of his office on a phone, without buttons', async () => {
    await signIn(phone, 'zhaogang', '/parking-standards?state=approved');
    await expect.poll(() => phone.page.locator('main').innerText()).toContain('地下车库');
    expect(await phone.page.getByRole('button', { name: '编制停车收费标准' }).count()).toBe(0);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'the parking standards on a phone');
  });
});
