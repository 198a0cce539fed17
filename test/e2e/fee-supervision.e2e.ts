// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildBillTotals } from '../../src/modules/fees/bill-totals.repo.js';
import { connect } from '../../src/platform/db/connect.js';
import { addMonths } from '../../src/platform/months.js';
import { businessDate } from '../../src/platform/time.js';
import { approvedStandard, type FeeFixture, openBills } from '../support/fees.js';
import type { TestEnv } from '../support/harness.js';
import { laneServer } from './support/lane.js';
import { apiGet, expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/**
 * HQ supervision of property fees: 李业务 (HQ business) opens last month's collection rate, drills down office →
 * 翠竹园 → a building → its units, and prints the 催缴通知单 of a unit in arrears from the arrears page.
 * The bills are written into the demo server's database with the test fixture (the bill run has no demo here).
 */
describe('the collection rate and the arrears notice', () => {
  const s = useBrowser();
  const handle = connect({ dataDir: laneServer().dataDir });
  const last = addMonths(businessDate(new Date(), 'Asia/Shanghai').slice(0, 7), -1);
  let estateId = '';
  let buildingId = '';
  let buildingName = '';
  let fixture: FeeFixture | undefined;

  beforeAll(async () => {
    const t = { runtime: { deps: { db: handle.db } } } as unknown as TestEnv;
    const f = await approvedStandard(t, '翠竹园', { itemCode: 'e2e-property', itemName: '物业管理费' });
    fixture = f;
    estateId = f.estateId;
    await openBills(t, f, [addMonths(last, -2), addMonths(last, -1), last]);
    // the first building pays nothing; every other unit elsewhere paid last month's bill
    const first = await handle.db
      .selectFrom('estate_buildings')
      .select(['id', 'name'])
      .where('estate_id', '=', estateId)
      .orderBy('name')
      .executeTakeFirstOrThrow();
    buildingId = first.id;
    buildingName = first.name;
    const paid = await handle.db
      .selectFrom('fee_bills')
      .select('id')
      .where('estate_id', '=', estateId)
      .where('item_id', '=', f.itemId)
      .where('period', '=', last)
      .where('building_id', '<>', buildingId)
      .orderBy('id')
      .execute();
    const paidAt = new Date().toISOString();
    for (const [i, b] of paid.entries())
      if (i % 2 === 0)
        await handle.db
          .updateTable('fee_bills')
          .set({ state: 'paid', paid_at: paidAt, paid_period: businessDate(paidAt, 'Asia/Shanghai').slice(0, 7) })
          .where('id', '=', b.id)
          .execute();
    // paid round the desk: the collection rate's totals summed again from the bills
    await rebuildBillTotals(handle.db, f.tenantId);
  });
  // the shared demo server goes back as it was: no bills, standard or item of this test left for later files
  afterAll(async () => {
    const f = fixture;
    if (f) {
      await handle.db.deleteFrom('fee_bills').where('standard_id', '=', f.standardId).execute();
      await handle.db.deleteFrom('fee_standard_rates').where('standard_id', '=', f.standardId).execute();
      await handle.db.deleteFrom('fee_standards').where('id', '=', f.standardId).execute();
      await handle.db.deleteFrom('fee_items').where('id', '=', f.itemId).execute();
      await rebuildBillTotals(handle.db, f.tenantId);
    }
    await handle.close();
  });

  it('HQ drills last month’s rate down from the offices to the units of a building', async () => {
    await signIn(s, 'liyw');
    const officeA = await apiGet<{ name: string }>(s, `/api/orgs/${await orgIdByCode(s, 'office-a')}`);
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '收缴率' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('收缴率');
    await expect.poll(() => s.page.locator('main').innerText()).toContain(`${last} 账单`);
    await expectAccessible(s, 'the collection rate of the offices');
    await s.page.locator('main table.fee-rate-table tbody').getByRole('link', { name: officeA.name, exact: true }).click();
    await s.page.locator('main table.fee-rate-table tbody').getByRole('link', { name: '翠竹园', exact: true }).click();
    await expect.poll(() => s.page.locator('main table.fee-rate-table thead th').first().innerText()).toBe('楼栋');
    const total = s.page.locator('main table.fee-rate-table tfoot');
    await expect.poll(() => total.innerText()).toContain('合计');
    await s.page.locator('.fee-rate-trend svg').first().waitFor();
    await expectAccessible(s, 'the collection rate of 翠竹园’s buildings');
    await s.page.screenshot({ path: path.join(shots, 'collection-rate.png'), fullPage: true });
    await s.page.locator('main table.fee-rate-table tbody').getByRole('link', { name: buildingName, exact: true }).click();
    await expect.poll(() => s.page.locator('main table.fee-rate-table thead th').first().innerText()).toBe('房屋');
    await expect.poll(() => s.page.locator('nav[aria-label="层级"]').innerText()).toContain(buildingName);
    // the unit's outstanding amount links to its open bills of the month
    const firstUnit = s.page.locator('main table.fee-rate-table tbody tr').first();
    const outstanding = firstUnit.locator('td').nth(3).getByRole('link');
    expect(await outstanding.getAttribute('href')).toMatch(new RegExp(`^/bills\\?.*unitId=.*period=${last}.*state=open`));
  });

  it('the arrears page prints the 催缴通知单 of a unit in that building, with the total in capitals', async () => {
    await s.page.goto(`${s.baseURL}/arrears?estateId=${estateId}&buildingId=${buildingId}`);
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('欠费催缴');
    await expect.poll(() => s.page.locator('main').innerText()).toContain('翠竹园');
    await expectAccessible(s, 'the arrears page');
    const print = s.page.getByRole('link', { name: /^打印催缴单：翠竹园 / }).first();
    const href = await print.getAttribute('href');
    expect(href).toMatch(/^\/api\/arrears\/[^/]+\/notice/);
    const notice = await s.browser.context.newPage();
    await notice.goto(`${s.baseURL}${href}`);
    const text = await notice.locator('body').innerText();
    expect(text).toContain('催缴通知单');
    expect(text).toContain(buildingName);
    expect(text).toMatch(/合计（大写）：[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+/);
    expect(text).toContain('银行托收');
    await notice.screenshot({ path: path.join(shots, 'arrears-notice.png'), fullPage: true });
    await notice.close();
  });
});
