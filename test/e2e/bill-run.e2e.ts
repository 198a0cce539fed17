// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { connect, sqliteFileOf } from '../../src/platform/db/connect.js';
import { businessDate } from '../../src/platform/time.js';
import { approvedStandard } from '../support/fees.js';
import type { TestEnv } from '../support/harness.js';
import { laneServer } from './support/lane.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const month = businessDate(new Date(), 'Asia/Shanghai').slice(0, 7);

/**
 * The standards part's demo approves 翠竹园's standards (from six months back); where it has not (this branch
 * alone), the test writes one approved standard straight into the server's database, as the standards screens would.
 */
async function ensureApprovedStandard() {
  const handle = connect({ sqliteFile: sqliteFileOf(laneServer().dataDir) });
  try {
    const found = await handle.db
      .selectFrom('fee_standards as s')
      .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 's.tenant_id').onRef('e.id', '=', 's.estate_id'))
      .select('s.id')
      .where('e.name', '=', '翠竹园')
      .where('s.state', '=', 'approved')
      .where('s.effective_month', '<=', month)
      .executeTakeFirst();
    if (!found) await approvedStandard({ runtime: { deps: { db: handle.db } } } as unknown as TestEnv, '翠竹园');
  } finally {
    await handle.close();
  }
}

describe('the monthly bill run', () => {
  const s = useBrowser();

  it('王芳 runs this month for 翠竹园: the progress bar reaches done, then the bills are listed', async () => {
    await ensureApprovedStandard();
    await signIn(s, 'wangfang');
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '账单' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('账单');
    await expect.poll(() => s.page.locator('main').innerText()).toContain('月度计费');
    await expect.poll(() => s.page.getByRole('combobox', { name: '小区' }).count()).toBe(1);
    await expectAccessible(s, 'the bills page');

    // other browser tests add estates of their own: open the page on 翠竹园 as a link to it would
    const listed = await apiGet<{ items: { id: string; name: string }[] }>(s, '/api/estates');
    const cuizhu = listed.items.find((e) => e.name === '翠竹园')!.id;
    await s.page.goto(`${s.baseURL}/bills?${new URLSearchParams({ estateId: cuizhu })}`);
    // the month picker shows this month: 开始计费
    await s.page.getByRole('button', { name: '开始计费' }).click();
    const progress = s.page.locator('.bill-run-progress');
    // a refusal shows as an alert: fail with its words rather than a bare timeout
    await s.page.locator('.bill-run-progress, main .ant-alert-error').first().waitFor();
    if (!(await progress.count())) throw new Error(`开始计费 was refused: ${await s.page.locator('main .ant-alert-error').innerText()}`);
    await expect.poll(() => progress.innerText(), { timeout: 60_000 }).toContain('计费完成');
    expect(await progress.locator('.ant-progress').getAttribute('class')).toContain('ant-progress-status-success');
    expect(await progress.innerText()).toContain(`翠竹园 ${month} 计费`);
    await expect.poll(() => s.page.locator('main').innerText()).toContain('已完成');
    await s.page.mouse.move(0, 0);
    await s.page.screenshot({ path: path.join(shots, 'bill-run.png'), fullPage: true });

    // the month's bills of 翠竹园, as the collection-rate page links to them
    const estates = await apiGet<{ items: { id: string; name: string }[] }>(s, '/api/estates');
    const estateId = estates.items.find((e) => e.name === '翠竹园')!.id;
    await s.page.goto(`${s.baseURL}/bills?${new URLSearchParams({ estateId, period: month, state: 'open' })}`);
    const rows = s.page.locator('main tbody tr.ant-table-row').filter({ hasText: '物业管理费' });
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.first().innerText()).toContain(month);
    expect(await rows.first().innerText()).toContain('翠竹园');
    await expectAccessible(s, 'the bills list after a run');

    // one bill, its amounts and the adjustment request (王芳 decides adjustments, the cashier asks for them)
    await rows.first().getByRole('link').click();
    await s.page.waitForURL((url) => /^\/bills\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => s.page.locator('main').innerText()).toContain('调整记录');
    await s.page.mouse.move(0, 0);
    await expectAccessible(s, 'a bill');
  });
});
