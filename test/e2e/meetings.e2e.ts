// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'docs/screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-meetings-'));
// this run's own action item, so the steps find it among the demo's and earlier runs'
const stamp = String(Date.now() % 10000).padStart(4, '0');
const ACTION = `更换巡逻车灯${stamp}`;
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('工作例会 (A1.2): schedule, minutes with an action item, the owner marks it done, print', () => {
  const head = useBrowser();
  const duty = useBrowser();
  let meetingUrl = '';

  it('林站长 sees when the next meeting is due, is warned of a day past it, and schedules one for today', async () => {
    await signIn(head, 'linzz', null);
    const { today } = await apiGet<{ today: string }>(head, '/api/meetings');
    const page = head.page;
    await page.goto(`${head.baseURL}/workstation/meetings`);
    await page.getByRole('heading', { name: '工作例会', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.mt-due').first().innerText()).toContain('下次例会应于');
    await expectAccessible(head, 'the work meetings with the next-due banner');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'meetings-list.png'), fullPage: true });

    await page.getByRole('button', { name: '安排例会' }).click();
    const box = dialog(page);
    await box.getByLabel('会议时间').click();
    await page.keyboard.type(`${addDays(today, 20)} 09:30`);
    // the picker's OK takes the typed time (Enter would send the whole form)
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
    await expect.poll(() => box.locator('.mt-late-warning').innerText()).toContain('将超过例会间隔');
    await expectAccessible(head, 'the schedule dialog, warned of a day after the due day');
    await page.screenshot({ path: path.join(shots, 'meetings-schedule-late.png') });
    await box.getByLabel('会议时间').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(`${today} 23:30`);
    await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
    await expect.poll(() => box.getByLabel('会议时间').inputValue()).toBe(`${today} 23:30`);
    await expect.poll(() => box.locator('.mt-late-warning').count()).toBe(0);
    await box.getByRole('button', { name: /^安\s?排$/ }).click();
    await box.waitFor({ state: 'detached' });
    await page.waitForURL(/\/workstation\/meetings\/[0-9a-f-]{36}$/);
    meetingUrl = page.url();
    await expect.poll(() => page.locator('main').innerText()).toContain('待召开');
  });

  it('records the minutes by the fixed agenda, 胡社工 absent with the reason, an action item for 高值班', async () => {
    const page = head.page;
    await page.getByRole('button', { name: '记录会议记录' }).click();
    const box = dialog(page);
    const texts: [string, string][] = [
      ['社会服务管理工作情况总结', '上半月受理来访 20 件，全部办结'],
      ['维稳工作情况', '调处邻里纠纷 3 起'],
      ['平安建设工作情况', '夜间巡逻 12 次'],
      ['当前形势分析', '年底治安总体平稳'],
      ['研究解决的重大问题', '巡逻车灯损坏影响夜间巡逻'],
      ['下一步工作部署', '更换车灯，加强春节值班'],
    ];
    for (const [label, text] of texts) await box.getByLabel(label).fill(text);
    await box.getByRole('checkbox', { name: '胡社工 出席' }).uncheck();
    await box.getByRole('button', { name: /保\s?存记录/ }).click();
    await expect.poll(() => box.innerText()).toContain('必填');
    await box.getByLabel('胡社工 缺席原因').fill('参加区社工培训');
    await box.getByLabel('记录人').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="高值班"]').click();
    await box.getByRole('button', { name: '添加议定事项' }).click();
    await box.getByLabel('事项 1', { exact: true }).fill(ACTION);
    await box.getByLabel('事项 1 责任人').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="高值班"]').click();
    await expectAccessible(head, 'the minutes dialog, filled in');
    await box.getByRole('button', { name: /保\s?存记录/ }).click();
    await box.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('main').innerText()).toContain('已召开');
    const main = await page.locator('main').innerText();
    for (const s of ['维稳工作情况', '调处邻里纠纷 3 起', '胡社工（参加区社工培训）', ACTION]) expect(main).toContain(s);
    await expectAccessible(head, 'a held meeting with its minutes and action items');
    await page.screenshot({ path: path.join(shots, 'meetings-minutes.png'), fullPage: true });
  });

  it('高值班 finds the item among his own and marks it done with a note', async () => {
    await signIn(duty, 'gaozb', null);
    const page = duty.page;
    await page.goto(`${duty.baseURL}/workstation/meetings/actions?filter=mine`);
    await page.getByRole('heading', { name: '议定事项', level: 1 }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(ACTION);
    // the demo's item of his, past its due day, shows as overdue
    expect(await page.locator('main').innerText()).toContain('已逾期');
    await expectAccessible(duty, 'my action items');
    await page.getByRole('button', { name: `标记完成：${ACTION}` }).click();
    const box = dialog(page);
    await box.getByLabel('完成情况').fill('已更换新车灯');
    await box.getByRole('button', { name: '标记完成' }).click();
    await box.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('main').innerText()).not.toContain(ACTION);
    await page.goto(meetingUrl.replace(head.baseURL, duty.baseURL));
    await expect.poll(() => page.locator('.mt-actions').innerText()).toContain('已更换新车灯');
    await page.screenshot({ path: path.join(shots, 'meetings-actions.png'), fullPage: true });
  });

  it('林站长 prints the 工作例会记录 to PDF', async () => {
    const page = head.page;
    await page.goto(meetingUrl);
    const printUrl = await page.getByRole('link', { name: /打印会议记录/ }).getAttribute('href');
    expect(printUrl).toMatch(/^\/api\/meetings\/[^/]+\/print$/);
    await page.goto(`${head.baseURL}${printUrl}`);
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(tmp, 'minutes.pdf');
    fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const heading of [
      '社会服务管理工作例会记录',
      '翠竹社会服务管理工作站',
      '一、社会服务管理工作情况总结',
      '二、维稳工作情况',
      '三、平安建设工作情况',
      '四、当前形势分析',
      '五、研究解决的重大问题',
      '六、下一步工作部署',
      '七、议定事项',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('胡社工（参加区社工培训）');
    expect(text).toContain(ACTION);
    expect(text).toContain('主持人签字');
  });
});
