// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
// this run's own texts, so the steps find exactly what this test wrote
const stamp = String(Date.now() % 10000).padStart(4, '0');
const MISSED = `入户探访补访名单${stamp}`;
const OPINION = `请在下次探访前更新长者紧急联系人${stamp}`;

/** The demo's running 长者关爱计划: this test only adds to it (the current month's check, a supervision, an assessment). */
async function controlTab(s: ReturnType<typeof useBrowser>) {
  const list = await apiGet<{ items: { id: string; title: string }[] }>(s, `/api/socialwork/projects?q=${encodeURIComponent('长者关爱')}`);
  const id = list.items.find((p) => p.title === '翠竹社区长者关爱计划')!.id;
  await s.page.goto(`${s.baseURL}/socialwork/projects/${id}?tab=control`);
  await s.page.getByRole('heading', { name: '各月检查与督导', level: 2 }).waitFor();
}

describe('a project’s monthly check, supervision and assessment (监控, A3.5)', () => {
  const worker = useBrowser();
  const supervisor = useBrowser();
  const head = useBrowser();

  it('胡社工 records this month’s check with a missed item and its remedy', async () => {
    await signIn(worker, 'husg');
    await controlTab(worker);
    // the demo left November without supervision: the month shows it
    await expect.poll(() => worker.page.locator('.sw-months').innerText()).toContain('缺督导');
    await worker.page.getByRole('button', { name: '记录月度检查' }).click();
    const form = dialog(worker.page);
    await form.getByLabel('检查情况', { exact: true }).fill('对照计划书和推进计划：探访按计划完成。');
    await form.getByRole('button', { name: '添加未完成事项' }).click();
    await form.getByLabel('未完成事项 1', { exact: true }).fill(MISSED);
    await form.getByRole('button', { name: '保存检查' }).click();
    await expect.poll(() => form.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
    await form.getByLabel('补救措施', { exact: true }).fill('下周内补访并电话回访');
    await expectAccessible(worker, 'the monthly check dialog');
    await form.getByRole('button', { name: '保存检查' }).click();
    await form.waitFor({ state: 'detached' });
    const checks = worker.page.getByRole('region', { name: '月度检查' });
    await expect.poll(() => checks.innerText()).toContain(MISSED);
    expect(await checks.innerText()).toContain('下周内补访并电话回访');
  });

  it('朱督导 records a monthly supervision with an opinion', async () => {
    await signIn(supervisor, 'zhudd');
    await controlTab(supervisor);
    await supervisor.page.getByRole('button', { name: '记录督导' }).click();
    const form = dialog(supervisor.page);
    await form.getByLabel('检查情况', { exact: true }).fill('探访记录完整，紧急联系人信息有缺漏。');
    await form.getByRole('button', { name: '添加督导意见' }).click();
    await form.getByLabel('意见 1', { exact: true }).fill(OPINION);
    await form.getByRole('button', { name: '保存督导' }).click();
    await form.waitFor({ state: 'detached' });
    const opinions = supervisor.page.getByRole('region', { name: '督导与意见' });
    await expect.poll(() => opinions.innerText()).toContain(OPINION);
    expect(await opinions.innerText()).toContain('待回复');
    // the demo's October opinion nobody answered is overdue
    expect(await opinions.innerText()).toContain('逾期未回复');
  });

  it('胡社工 answers the opinion, once', async () => {
    await controlTab(worker);
    await worker.page.getByRole('button', { name: `回复意见「${OPINION.slice(0, 20)}」` }).click();
    const form = dialog(worker.page);
    await form.getByLabel('回复', { exact: true }).fill('已逐户核对并更新紧急联系人。');
    await form.getByRole('button', { name: '提交回复' }).click();
    await form.waitFor({ state: 'detached' });
    const item = worker.page.locator('.sw-opinions li').filter({ hasText: OPINION });
    await expect.poll(() => item.innerText()).toContain('已逐户核对并更新紧急联系人。');
    expect(await item.innerText()).toContain('已回复');
    expect(await item.getByRole('button').count()).toBe(0);
    await expectAccessible(worker, 'the control tab');
    await worker.page.screenshot({ path: path.join(shots, 'socialwork-control.png'), fullPage: true });
  });

  it('马主任 assesses 胡社工 beside the period’s figures', async () => {
    await signIn(head, 'mazr', '/socialwork/assessments');
    await head.page.getByRole('heading', { name: '执行人考核', level: 1 }).waitFor();
    const card = head.page.getByRole('region', { name: /胡社工/ });
    await expect.poll(() => card.innerText()).toContain('月度检查');
    await card.getByRole('button', { name: '考核 胡社工' }).click();
    const form = dialog(head.page);
    await form.getByLabel('分数', { exact: true }).fill('90');
    await form.getByLabel('考核意见', { exact: true }).fill(`按月检查，意见回复及时${stamp}`);
    await form.getByRole('button', { name: /保\s?存/ }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => card.innerText()).toContain(`按月检查，意见回复及时${stamp}`);
    expect(await card.innerText()).toContain('90 分');
    await expectAccessible(head, 'the assessments page');
  });
});
