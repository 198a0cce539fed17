// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dialog } from './support/order-steps.js';
import { expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'docs/screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-assessment-'));
// this run's own texts, so a rerun on the same demo server finds its own records
const stamp = String(Date.now() % 10000).padStart(4, '0');
const DUTIES = `按排班值班备勤，接待来访群众并登记，填写值班日志（${stamp}）。`;
const REASON = `暴雨夜值班及时转移群众${stamp}`;

const ok = (d: ReturnType<typeof dialog>, name: string) =>
  d.getByRole('button', { name }).or(d.getByRole('button', { name: name.split('').join(' ') }));

describe('考核奖惩 (A1.6): responsibilities, a reward, the year-end assessment beside the real figures, the printed form', () => {
  const head = useBrowser();
  const centre = useBrowser();
  const staff = useBrowser();

  it('林站长 posts 高值班’s responsibilities and records a reward for him', async () => {
    await signIn(head, 'linzz', null);
    const page = head.page;
    page.setDefaultTimeout(15_000);
    const station = await orgIdByCode(head, 'sw-s1');
    await page.goto(`${head.baseURL}/workstation/assessment?node=${station}`);
    await page.getByRole('heading', { name: '考核奖惩', level: 1 }).waitFor();
    const rows = page.locator('main .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.filter({ hasText: '高值班' }).innerText()).toContain('值班人员');
    await page.getByRole('button', { name: '重新发布 高值班' }).click();
    const duty = dialog(page);
    await duty.getByLabel('职责内容').fill(DUTIES);
    await ok(duty, '保存').click();
    await duty.waitFor({ state: 'detached' });
    await expect.poll(() => rows.filter({ hasText: '高值班' }).innerText()).toContain(DUTIES);
    await expectAccessible(head, 'the posted responsibilities');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'assessment-duties.png'), fullPage: true });

    await page.getByRole('tab', { name: '考核标准' }).click();
    const criteria = page.getByRole('tabpanel', { name: '考核标准' });
    await expect.poll(() => criteria.innerText()).toContain('值班备勤');
    expect(await criteria.innerText()).toContain('100%');
    await expectAccessible(head, 'the criteria');

    await page.getByRole('tab', { name: '奖惩记录' }).click();
    await page.getByRole('button', { name: '登记奖惩' }).click();
    const reward = dialog(page);
    await reward.getByRole('combobox', { name: '人员' }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('高值班').click();
    await reward.getByLabel('事由').fill(REASON);
    await reward.getByLabel('措施').fill('通报表扬');
    await ok(reward, '保存').click();
    await reward.waitFor({ state: 'detached' });
    const line = page.locator('main .ant-table-tbody tr.ant-table-row').filter({ hasText: REASON });
    await expect.poll(() => line.innerText()).toContain('林站长');
    expect(await line.innerText()).toContain('奖励');
    await expectAccessible(head, 'the rewards and penalties');
    await page.screenshot({ path: path.join(shots, 'assessment-rewards.png'), fullPage: true });
  });

  it('马主任 assesses 胡社工 beside his real figures of the year and prints the 年度考核表 to PDF', async () => {
    await signIn(centre, 'mazr', null);
    const page = centre.page;
    page.setDefaultTimeout(15_000);
    const station = await orgIdByCode(centre, 'sw-s1');
    await page.goto(`${centre.baseURL}/workstation/assessment?node=${station}&tab=annual`);
    await page.getByRole('button', { name: '考核 胡社工' }).click({ timeout: 15_000 });
    const drawer = page.getByRole('dialog', { name: /胡社工/ });
    await expect.poll(() => drawer.innerText(), { timeout: 15_000 }).toContain('开展活动');
    const text = await drawer.innerText();
    expect(text).toContain('社会工作者');
    // each figure is named in its own module's texts, loaded with the drawer: never a key in place of a name
    expect(text).not.toContain('personFigures.');
    expect(text).toContain('简报逾期');
    expect(text).toContain('通报表扬');
    await drawer.getByLabel('工作职责 得分').fill('90');
    await drawer.getByLabel('学习培训 得分').fill('80');
    await drawer.getByLabel('值班备勤 得分').fill('85');
    await drawer.getByLabel('群众满意 得分').fill('96');
    // 90×40 + 80×15 + 85×20 + 96×25 = 8900 → 89.0, 称职
    await expect.poll(() => drawer.locator('.as-total').first().innerText(), { timeout: 15_000 }).toContain('加权总分 89.0，等次 称职');
    await drawer.getByLabel('考核意见').fill(`全年项目执行扎实，活动简报及时（${stamp}）。`);
    await drawer.getByRole('button', { name: '保存考核' }).click();
    await expect.poll(() => drawer.innerText(), { timeout: 15_000 }).toContain('总分 89.0');
    await expectAccessible(centre, 'the year-end assessment of a person');
    await drawer.getByRole('heading', { name: '年度工作实绩（实时）' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots, 'assessment-annual.png'), fullPage: true });

    const printUrl = await drawer.getByRole('link', { name: /打印年度考核表/ }).getAttribute('href');
    expect(printUrl).toMatch(/^\/api\/assessment\/assessments\/[^/]+\/print\?lang=zh-CN$/);
    await page.goto(`${centre.baseURL}${printUrl}`);
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(tmp, 'annual.pdf');
    fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pdf = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const heading of ['年度考核表', '胡社工', '一、岗位职责', '二、年度工作实绩', '三、奖惩情况', '四、考核评分', '五、考核意见'])
      expect(pdf).toContain(heading);
    expect(pdf).toContain('开展活动');
    expect(pdf).toContain('通报表扬');
    expect(pdf).toContain('总分：89.0');
    expect(pdf).toContain('考核等次：称职');
    expect(pdf).toContain(stamp);
  });

  it('高值班 sees the station’s responsibilities but only his own rewards and assessment', async () => {
    await signIn(staff, 'gaozb', null);
    const page = staff.page;
    const station = await orgIdByCode(staff, 'sw-s1');
    await page.goto(`${staff.baseURL}/workstation/assessment?node=${station}&tab=rewards`);
    await expect.poll(() => page.locator('main').innerText()).toContain('只显示您本人的奖惩记录');
    await expect.poll(() => page.locator('main').innerText()).toContain(REASON);
    expect(await page.locator('main').innerText()).not.toContain('胡社工');
    expect(await page.getByRole('button', { name: '登记奖惩' }).count()).toBe(0);
    await expectAccessible(staff, 'a staff member’s own rewards');
    await page.getByRole('tab', { name: '岗位职责' }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('社会工作者');
  });
});
