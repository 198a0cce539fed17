// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/modules/fees/fees.tables.js';
import { connect, type DbHandle } from '../../src/platform/db/connect.js';
import { approvedStandard, openBills } from '../support/fees.js';
import type { TestEnv } from '../support/harness.js';
import { laneServer } from './support/lane.js';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const monthsBefore = (p: string, n: number) => {
  let [y, m] = p.split('-').map(Number) as [number, number];
  for (let i = 0; i < n; i++) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return `${y}-${String(m).padStart(2, '0')}`;
};

/** A 翠竹园 unit whose owner owes two months or more (open, not in a bank batch), with the owner's name. */
async function owingUnit(handle: DbHandle) {
  const db = handle.db;
  const rows = await db
    .selectFrom('fee_bills as f')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'f.tenant_id').onRef('e.id', '=', 'f.estate_id'))
    .innerJoin('estate_residents as r', (j) => j.onRef('r.tenant_id', '=', 'f.tenant_id').onRef('r.unit_id', '=', 'f.unit_id'))
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'f.tenant_id').onRef('u.id', '=', 'f.unit_id'))
    .select(['f.unit_id', 'r.name', 'u.room'])
    .select((eb) => eb.fn.countAll().as('n'))
    .where('e.name', '=', '翠竹园')
    .where('f.state', '=', 'open')
    .where('f.bank_batch_id', 'is', null)
    .where('r.role', '=', 'owner')
    .where('r.active', '=', 1)
    .groupBy(['f.unit_id', 'r.name', 'u.room'])
    .orderBy('f.unit_id')
    .execute();
  return rows.find((r) => Number(r.n) >= 2) ?? null;
}

/** A 翠竹园 unit owing two months or more of one fee item (not with the bank), the last such by id, with its owner. */
async function unitOwingMonths(handle: DbHandle) {
  const rows = await handle.db
    .selectFrom('fee_bills as f')
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'f.tenant_id').onRef('e.id', '=', 'f.estate_id'))
    .innerJoin('estate_residents as r', (j) => j.onRef('r.tenant_id', '=', 'f.tenant_id').onRef('r.unit_id', '=', 'f.unit_id'))
    .innerJoin('estate_units as u', (j) => j.onRef('u.tenant_id', '=', 'f.tenant_id').onRef('u.id', '=', 'f.unit_id'))
    .select(['f.unit_id', 'r.name', 'u.room'])
    .select((eb) => eb.fn.countAll().as('n'))
    .where('e.name', '=', '翠竹园')
    .where('f.state', '=', 'open')
    .where('f.bank_batch_id', 'is', null)
    .where('r.role', '=', 'owner')
    .where('r.active', '=', 1)
    // a unit none of whose bills is with the bank: its oldest month is the first box, and takable
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('fee_bills as k')
            .select('k.id')
            .whereRef('k.tenant_id', '=', 'f.tenant_id')
            .whereRef('k.unit_id', '=', 'f.unit_id')
            .where('k.state', '=', 'open')
            .where('k.bank_batch_id', 'is not', null),
        ),
      ),
    )
    .groupBy(['f.unit_id', 'f.item_id', 'r.name', 'u.room'])
    .orderBy('f.unit_id', 'desc')
    .execute();
  return rows.find((r) => Number(r.n) >= 2) ?? null;
}

describe('the fee desk', () => {
  const s = useBrowser();
  let handle: DbHandle;
  beforeAll(async () => {
    handle = connect({ dataDir: laneServer().dataDir });
    // the demo's bills come from the bills part; without them, bills are written behind the server as its tests do
    if (!(await owingUnit(handle))) {
      const t = { runtime: { deps: { db: handle.db } } } as unknown as TestEnv;
      const current = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);
      await openBills(t, await approvedStandard(t, '翠竹园'), [monthsBefore(current, 2), monthsBefore(current, 1)]);
    }
  });
  afterAll(() => handle?.close());

  it('the cashier finds an owner by name, takes two months with a receipt and opens its print', async () => {
    const unit = (await owingUnit(handle))!;
    await signIn(s, 'chenjing');
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '前台收费' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('前台收费');
    await s.page.getByRole('searchbox', { name: '查找房屋' }).fill(unit.name);
    await s.page.getByRole('button', { name: '查找', exact: true }).click();
    await s.page
      .getByRole('button', { name: new RegExp(`${unit.room} · ${unit.name}`) })
      .first()
      .click();
    const bills = s.page.getByRole('checkbox');
    await expect.poll(() => bills.count()).toBeGreaterThanOrEqual(2);
    // every open bill is ticked; the cashier keeps the oldest two
    const count = await bills.count();
    for (let i = 2; i < count; i++) await bills.nth(i).uncheck();
    const labels = [await bills.nth(0).locator('..').innerText(), await bills.nth(1).locator('..').innerText()];
    await expectAccessible(s, 'the desk with a unit’s open bills');
    await s.page.getByRole('button', { name: '收款', exact: true }).click();
    const done = s.page.getByRole('status').filter({ hasText: '收据号' });
    await expect.poll(() => done.innerText()).toMatch(/收据号 [A-Z]+-\d+/);
    await expectAccessible(s, 'the desk after a payment');
    await s.page.screenshot({ path: path.join(shots, 'fee-desk.png') });
    const [print] = await Promise.all([s.browser.context.waitForEvent('page'), s.page.getByRole('link', { name: '打印收据' }).click()]);
    await print.waitForLoadState();
    const printed = await print.locator('body').innerText();
    expect(printed).toContain('收款收据');
    for (const label of labels) expect(printed).toContain(label.split(' ')[0]!);
    await print.close();
    // the payment is in the list of fee payments, with its receipt number
    const number = /收据号 ([A-Z]+-\d+)/.exec(await done.innerText())![1]!;
    await s.page.getByRole('button', { name: '物业费收款记录' }).click();
    await expect.poll(() => s.page.locator('main h1').innerText()).toBe('物业费收款记录');
    const mine = s.page.getByRole('checkbox', { name: '只看我收的' });
    await mine.click();
    await expect.poll(() => mine.isChecked()).toBe(true);
    await expect.poll(() => s.page.locator('main').innerText()).toContain(number);
    await expectAccessible(s, 'the fee payments list');
  });

  it('asks before a later month while an earlier one stays owed, naming it, and takes it only when confirmed', async () => {
    const unit = (await unitOwingMonths(handle))!;
    await signIn(s, 'chenjing', '/fee-desk');
    await s.page.getByRole('searchbox', { name: '查找房屋' }).fill(unit.name);
    await s.page.getByRole('button', { name: '查找', exact: true }).click();
    await s.page
      .getByRole('button', { name: new RegExp(`${unit.room} · ${unit.name}`) })
      .first()
      .click();
    const bills = s.page.getByRole('checkbox');
    await expect.poll(() => bills.count()).toBeGreaterThanOrEqual(2);
    // the oldest month is left unticked: its item's later months are taken before it
    const oldest = (await bills.nth(0).locator('..').innerText()).trim();
    await bills.nth(0).uncheck();
    await s.page.getByRole('button', { name: '收款', exact: true }).click();
    const dialog = s.page.getByRole('dialog', { name: '先收后面的月份？' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(oldest);
    await expectAccessible(s, 'the question before a later month');
    // 取消: nothing is taken, the form is as it was
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await s.page.getByRole('status').filter({ hasText: '收据号' }).count()).toBe(0);
    expect(await bills.nth(0).isChecked()).toBe(false);
    // asked again, and confirmed: the later months are taken, the oldest stays owed on the card
    await s.page.getByRole('button', { name: '收款', exact: true }).click();
    await dialog.getByRole('button', { name: '仍然收款' }).click();
    const done = s.page.getByRole('status').filter({ hasText: '收据号' });
    await expect.poll(() => done.innerText()).toMatch(/收据号 [A-Z]+-\d+/);
    await expect.poll(async () => (await bills.nth(0).locator('..').innerText()).trim()).toBe(oldest);
  });
});
