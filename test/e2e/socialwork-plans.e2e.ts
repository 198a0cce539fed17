// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'docs/screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-sw-plan-'));
// this run's own project, so the steps that change state touch nothing of the demo or of other files
const stamp = String(Date.now() % 10000).padStart(4, '0');
const TITLE = `长者助餐计划${stamp}`;

describe('立项 of a social-work project (A3.3): survey, plan, approval, start, print', () => {
  const worker = useBrowser();
  const head = useBrowser();
  let projectUrl = '';

  it('胡社工 cannot start before the survey, records it, writes a plan without group work (warned) and submits it', async () => {
    await signIn(worker, 'husg', null);
    const orgId = await orgIdByCode(worker, 'sw-s1');
    const people = await apiGet<{ executors: { id: string; displayName: string }[]; supervisors: { id: string; displayName: string }[] }>(
      worker,
      `/api/socialwork/project-people?orgId=${orgId}`,
    );
    const created = await worker.browser.context.request.post(`${worker.baseURL}/api/socialwork/projects`, {
      headers: { 'x-guanjia-csrf': '1' },
      data: {
        orgId,
        title: TITLE,
        executorId: people.executors.find((p) => p.displayName === '胡社工')!.id,
        supervisorId: people.supervisors.find((p) => p.displayName === '朱督导')!.id,
      },
    });
    expect(created.status()).toBe(200);
    projectUrl = `${worker.baseURL}/socialwork/projects/${(await created.json()).id}`;
    const page = worker.page;
    await page.goto(projectUrl);
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

    // the gate: no survey yet, so the server refuses the start and says why
    await page.getByRole('button', { name: '启动项目' }).click();
    const start = dialog(page);
    await start.getByRole('button', { name: '启动项目' }).click();
    await expect.poll(() => start.innerText()).toContain('项目启动前须先完成需求调查');
    await start
      .getByRole('button', { name: '取消' })
      .or(start.getByRole('button', { name: '取 消' }))
      .click();
    await start.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '记录需求调查' }).click();
    const survey = dialog(page);
    await survey.getByLabel('调查开始日期').fill('2026-11-02');
    await survey.getByLabel('调查结束日期').fill('2026-11-13');
    await survey.getByLabel('调查对象').fill('翠竹社区独居长者及家属');
    await survey.getByLabel('调查人数').fill('48');
    await survey.getByLabel('调查方式').fill('入户访谈 + 问卷');
    await survey.getByLabel('服务对象需求').fill('午餐送餐；用餐时有人陪伴');
    await survey.getByLabel('意见').fill('希望价格低廉、口味清淡');
    await survey.getByLabel('建议').fill('与社区食堂合作');
    await survey.getByRole('button', { name: /保\s?存/ }).click();
    await survey.waitFor({ state: 'detached' });
    const surveys = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '需求调查' }) });
    await expect.poll(() => surveys.innerText()).toContain('午餐送餐');
    expect(await page.locator('.sw-gate').innerText()).toContain('需求调查已完成');

    await page.getByRole('button', { name: '编写项目计划书' }).click();
    const plan = dialog(page);
    await plan.getByLabel('项目背景').fill('翠竹社区独居长者 180 余人，午餐无着落的约 40 人。');
    await plan.getByLabel('理论依据').fill('社会支持网络理论');
    await plan.getByLabel('长期目标').fill('建立可持续的长者助餐服务');
    await plan.getByLabel('阶段目标').fill('第一季度建档与送餐，第二季度组建志愿送餐队');
    await plan.getByLabel('服务区域').fill('翠竹社区');
    await plan.getByLabel('项目开始日期').fill('2027-01-01');
    await plan.getByLabel('项目结束日期').fill('2027-06-30');
    await plan.getByLabel('服务对象', { exact: true }).fill('独居、高龄长者');
    await plan.getByRole('checkbox', { name: '个案工作' }).check();
    await plan.getByRole('checkbox', { name: '社区工作' }).check();
    await plan.getByLabel('活动 1 名称').fill('独居长者入户送餐');
    await plan.getByLabel('活动 1 方法').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="个案工作"]').click();
    await plan.getByLabel('活动 1 频次').fill('每周 5 次');
    await plan.getByLabel('服务频次').fill('每周 5 天');
    await plan.getByLabel('成本目标（元）').fill('36000');
    await plan.getByLabel('效益目标').fill('送餐 40 人，满意度 90%');
    await plan.getByLabel('项目执行人员').fill('胡社工，志愿者 8 名');
    // the warning shows while the plan is written: group work is missing — it warns, it does not refuse
    await expect.poll(() => plan.innerText()).toContain('原则上应综合运用个案、小组、社区工作方法：缺少小组工作');
    await plan.getByRole('button', { name: /保\s?存/ }).click();
    await plan.waitFor({ state: 'detached' });
    const plans = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: '项目计划书' }) });
    await expect.poll(() => plans.innerText()).toContain('独居长者入户送餐');
    expect(await plans.locator('.sw-methods-warning').innerText()).toContain('缺少小组工作');

    await plans.getByRole('button', { name: '提交审批' }).click();
    const submit = dialog(page);
    await submit.getByRole('button', { name: '提交审批' }).click();
    await submit.waitFor({ state: 'detached' });
    await expect.poll(() => plans.locator('.sw-plan-head').innerText()).toContain('待审批');
    await expectAccessible(worker, 'the 立项 tab with a submitted plan');
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'socialwork-plan.png'), fullPage: true });
  });

  it('马主任 approves the plan; 胡社工 starts the project and prints the 项目计划书 to PDF', async () => {
    await signIn(head, 'mazr', null);
    await head.page.goto(projectUrl);
    const plans = head.page.locator('.ant-card').filter({ has: head.page.getByRole('heading', { name: '项目计划书' }) });
    await plans.getByRole('button', { name: '批准' }).click();
    const approve = dialog(head.page);
    await approve
      .getByRole('button', { name: '批准' })
      .or(approve.getByRole('button', { name: '批 准' }))
      .click();
    await approve.waitFor({ state: 'detached' });
    await expect.poll(() => plans.locator('.sw-plan-head').innerText()).toContain('已批准');
    expect(await plans.innerText()).toContain('马主任');

    const page = worker.page;
    await page.goto(projectUrl);
    await expect.poll(() => page.locator('.sw-gate').innerText()).toContain('项目计划书已获机构负责人批准');
    await page.getByRole('button', { name: '启动项目' }).click();
    const start = dialog(page);
    await start.getByRole('button', { name: '启动项目' }).click();
    await start.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('main').innerText()).toContain('实施中');
    await expect.poll(() => page.locator('.sw-gate').count()).toBe(0);

    const printUrl = await page.getByRole('link', { name: /打印计划书/ }).getAttribute('href');
    expect(printUrl).toMatch(/^\/api\/socialwork\/plans\/[^/]+\/print$/);
    await page.goto(`${worker.baseURL}${printUrl}`);
    await page.evaluate(() => document.fonts.ready);
    const file = path.join(tmp, 'plan.pdf');
    fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const heading of ['项目计划书', TITLE, '一、项目背景', '三、项目目标', '八、服务活动', '十、成本与效益目标', '十一、项目执行人员'])
      expect(text).toContain(heading);
    expect(text).toContain('独居长者入户送餐');
    expect(text).toContain('本计划缺少小组工作');
    expect(text).not.toContain('本计划书尚未批准');
  });
});
