// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { parseCsv, RETURN_COLUMNS, toCsv } from '../../src/modules/fees/bank-batch.rules.js';
import { sqliteFileOf } from '../../src/platform/db/connect.js';
import { newId } from '../../src/platform/ids.js';
import { laneServer } from './support/lane.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const room = `T${Date.now() % 100000}`;

/**
 * Three open bills of a fresh unit, the first with a reduction awaiting approval, written into the demo server's database (as test/support/fees.ts does for the
 * integration tests): the months are long before the demo's, so the batch holds this unit's bills only.
 */
function openBillsOf(unit: { id: string; estateId: string; buildingId: string }, officeId: string, tenantId: string) {
  const db = new SQLite(sqliteFileOf(laneServer().dataDir));
  db.pragma('busy_timeout = 5000');
  const now = new Date().toISOString();
  const itemId = newId();
  const standardId = newId();
  db.prepare(
    `insert into fee_items (tenant_id, id, code, name, active, version, created_at, updated_at) values (?, ?, ?, '托收测试费', 1, 1, ?, ?)`,
  ).run(tenantId, itemId, `e2e_bank_${room}`, now, now);
  db.prepare(
    `insert into fee_standards (tenant_id, id, office_id, estate_id, item_id, basis, effective_month, note, state, submitted_by_name,
       submitted_at, reviewed_by_name, reviewed_at, approved_by_name, approved_at, created_by, version, created_at, updated_at)
     values (?, ?, ?, ?, ?, 'per_unit', '2020-01', '', 'approved', '测试', ?, '测试', ?, '测试', ?, 'e2e', 1, ?, ?)`,
  ).run(tenantId, standardId, officeId, unit.estateId, itemId, now, now, now, now, now);
  const billIds: Record<string, string> = {};
  for (const [period, fen] of [
    ['2020-12', 15_800],
    ['2021-01', 15_800],
    ['2021-02', 15_800],
  ] as const) {
    billIds[period] = newId();
    db.prepare(
      `insert into fee_bills (tenant_id, id, office_id, estate_id, building_id, unit_id, item_id, standard_id, period, basis, rate_fen,
         area_milli, days_billed, days_in_period, amount_fen, adjustment_fen, payer_name, state, created_at, version)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'per_unit', ?, 100000, 28, 28, ?, 0, '托收业主', 'open', ?, 1)`,
    ).run(tenantId, billIds[period], officeId, unit.estateId, unit.buildingId, unit.id, itemId, standardId, period, fen, fen, now);
  }
  // December's reduction awaits the office head: the batch must not ask the bank for the old amount
  db.prepare(
    `insert into fee_adjustments (tenant_id, id, bill_id, office_id, amount_fen, reason, state, requested_by, requested_by_name,
       requested_at, version) values (?, ?, ?, ?, -2000, '水管维修停水，申请减免', 'pending', 'e2e', '陈静', ?, 1)`,
  ).run(tenantId, newId(), billIds['2020-12'], officeId, now);
  // and counted in the collection rate's totals, as a bill run counts what it writes
  db.prepare(
    `insert into fee_bill_totals (tenant_id, office_id, estate_id, building_id, period, paid_period, due_fen, bills)
     select tenant_id, office_id, estate_id, building_id, period, '', sum(amount_fen), count(*) from fee_bills
     where tenant_id = ? and standard_id = ? group by tenant_id, office_id, estate_id, building_id, period`,
  ).run(tenantId, standardId);
  db.close();
}

describe('bank collection (托收)', () => {
  const s = useBrowser();

  it('the cashier adds a mandate, exports a batch for 翠竹园, downloads the CSV and imports a return file with one failure', async () => {
    // the office head registers a unit of its own with an owner, so no other browser test's data is touched
    await signIn(s, 'wangfang');
    const estate = (await apiGet<{ items: { id: string; officeId: string }[] }>(s, '/api/estates?q=翠竹园')).items[0]!;
    const building = (await apiGet<{ items: { id: string }[] }>(s, `/api/estate-buildings?estateId=${estate.id}`)).items[0]!;
    const post = (url: string, data: unknown) =>
      s.browser.context.request.post(`${s.baseURL}${url}`, { headers: { 'x-guanjia-csrf': '1' }, data });
    const unit = await (
      await post('/api/estate-units', {
        estateId: estate.id,
        buildingId: building.id,
        entrance: '1',
        floor: 9,
        room,
        areaMilli: 100_000,
        use: 'residential',
        occupancy: 'occupied',
      })
    ).json();
    await post('/api/estate-residents', { unitId: unit.id, role: 'owner', name: '托收业主', phone: '13800007777', moveInDate: null });
    const me = await apiGet<{ tenant: { id: string } }>(s, '/api/auth/me');
    openBillsOf({ id: unit.id, estateId: estate.id, buildingId: building.id }, estate.officeId, me.tenant.id);

    await signIn(s, 'chenjing');
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '银行托收' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('银行托收');
    await expectAccessible(s, 'the mandates list');

    // a mandate through the form: the account number typed in full, shown masked
    await s.page.getByRole('button', { name: '新增托收协议' }).click();
    const form = s.page.getByRole('dialog');
    await form.getByRole('combobox', { name: '房屋' }).fill(room);
    await s.page.locator('.ant-select-dropdown:visible').getByText(room, { exact: false }).click();
    await form.getByLabel('托收协议号').fill(`E2E-${room}`);
    await form.getByLabel('开户行').fill('中国建设银行');
    await form.getByLabel('户名').fill('托收业主');
    await form.getByLabel('账号').fill('6217 0012 3456 7890 123');
    await form.getByLabel('签约日期').fill('2024-01-01');
    // Enter picks the date and sends the form, as the form's Enter does
    await form.getByLabel('签约日期').press('Enter');
    await expect.poll(() => s.page.locator('main').innerText()).toContain(`E2E-${room}`);
    const text = await s.page.locator('main').innerText();
    expect(text).toContain('6217 **** **** 0123');
    expect(text).not.toContain('62170012345678');

    // the batch of 翠竹园 for February 2021: this unit's two bills; December's, awaiting its reduction, is named and held out
    await s.page.getByRole('tab', { name: '托收批次' }).click();
    await s.page.getByRole('button', { name: '新建托收批次' }).click();
    const create = s.page.getByRole('dialog');
    await create.getByRole('combobox', { name: '小区' }).click();
    await s.page.locator('.ant-select-dropdown:visible').getByText('翠竹园').click();
    const month = create.getByLabel('托收月份');
    const preview = create.getByRole('status');
    const monthFocused = () => month.evaluate((input) => input === document.activeElement);
    // the preview follows each month as it is typed, the field still in use: a month before the unit's bills asks for
    // nothing, February 2021 for two of them (Enter would send the form at once, so nothing confirms the month)
    await month.fill('2020-11');
    await expect.poll(() => preview.innerText()).toContain('现在导出：托收 0 笔，合计 ¥0.00');
    await month.fill('2021-02');
    await expect.poll(() => preview.innerText()).toContain('现在导出：托收 2 笔，合计 ¥316.00');
    expect(await monthFocused()).toBe(true);
    const held = await preview.innerText();
    expect(held).toContain('1 笔账单有待审批的调整，本批不托收');
    expect(held).toMatch(new RegExp(`${room} 托收测试费 2020-12：应缴 ¥158.00，待审批调整 -¥20.00`));
    // leaving the field keeps the month typed; the month panel closing is a moment of fading colours, not the dialog a
    // person reads
    await month.press('Tab');
    await expect.poll(() => s.page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
    expect(await preview.innerText()).toContain('现在导出：托收 2 笔，合计 ¥316.00');
    await expectAccessible(s, 'the export dialog naming a bill held out');
    await create.getByRole('button', { name: '导出批次' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toMatch(/^托收批次 TS-202102-\d{4}$/);
    const lines = s.page.locator('main .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => lines.count()).toBe(2);
    await expectAccessible(s, 'a batch awaiting its return file');

    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('link', { name: '下载 CSV' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF批次号,序号,托收协议号,户名,账号(掩码),金额(元),账期,房屋\r\n')).toBe(true);
    const rows = parseCsv(csv).slice(1);
    expect(rows.map((r) => r[5])).toEqual(['158.00', '158.00']);
    const back = toCsv([
      [...RETURN_COLUMNS],
      [rows[0]![0]!, rows[0]![1]!, rows[0]![2]!, rows[0]![5]!, '成功', ''],
      [rows[1]![0]!, rows[1]![1]!, rows[1]![2]!, rows[1]![5]!, '失败', '余额不足'],
    ]);

    await s.page.getByRole('button', { name: '导入回盘文件' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'return.csv', mimeType: 'text/csv', buffer: back });
    await expect.poll(() => dialog.innerText()).toContain('扣款成功 1 笔（¥158.00），失败 1 笔');
    expect(await dialog.innerText()).toMatch(new RegExp(`第 2 笔 \\S*${room}：余额不足`));
    await expectAccessible(s, 'the return file imported');
    fs.mkdirSync(shots, { recursive: true });
    await s.page.screenshot({ path: path.join(shots, 'bank-collection.png') });
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    await expect.poll(() => s.page.locator('main').innerText()).toContain('扣款失败');
    expect(await s.page.locator('main').innerText()).toContain('扣款成功');
  });
});
