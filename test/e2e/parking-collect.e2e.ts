// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { connect, sqliteFileOf } from '../../src/platform/db/connect.js';
import { formatFen } from '../../src/platform/money.js';
import type { TestEnv } from '../support/harness.js';
import { insertApprovedStandard, insertStay, type ParkingFixture } from '../support/parking-stays.js';
import { laneServer } from './support/lane.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

// plates of this file's own, so other browser tests' stays never match them
const digits = String(Date.now() % 10_000).padStart(4, '0');
const plates = { collect: `粤B7${digits}`, waive: `粤B8${digits}` };
// the rest of a guard's shift: more charges in his hands than a phone's dialog lists at once
const shift = [0, 1, 2, 3, 4, 5].map((i) => `粤B9${digits}${i}`);
const startedAt = Date.now();
const ago = (minutes: number) => new Date(startedAt - minutes * 60_000).toISOString();

/**
 * Two due stays at 翠竹园's underground car park, as the gate would leave them: with the gate part merged its demo
 * has approved a standard; on this branch alone the test writes one, as the standards screens would.
 */
async function dueStays(): Promise<string[]> {
  const handle = connect({ sqliteFile: sqliteFileOf(laneServer().dataDir) });
  try {
    const db = handle.db;
    const c = await db
      .selectFrom('car_parks as c')
      .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'c.tenant_id').onRef('e.id', '=', 'c.estate_id'))
      .select(['c.tenant_id', 'c.id', 'c.office_id', 'c.estate_id'])
      .where('e.name', '=', '翠竹园')
      .where('c.code', '=', 'B1')
      .executeTakeFirstOrThrow();
    const approved = await db
      .selectFrom('parking_standards')
      .select('id')
      .where('car_park_id', '=', c.id)
      .where('state', '=', 'approved')
      .orderBy('effective_month', 'desc')
      .executeTakeFirst();
    const standardId =
      approved?.id ??
      (await insertApprovedStandard(db, {
        tenantId: c.tenant_id,
        officeId: c.office_id,
        estateId: c.estate_id,
        carParkId: c.id,
        fromMonth: '2024-01',
        at: '2023-12-20T02:00:00.000Z',
      }));
    const fx: ParkingFixture = {
      tenantId: c.tenant_id,
      officeId: c.office_id,
      estateId: c.estate_id,
      carParkId: c.id,
      standardId,
      timeZone: 'Asia/Shanghai',
    };
    const t = { runtime: { deps: { db } } } as unknown as TestEnv;
    // the charge as the gate would write it, whatever the standard: the test reads it from the page
    const rate = await db.selectFrom('parking_standards').selectAll().where('id', '=', standardId).executeTakeFirstOrThrow();
    const charge = (minutes: number) => Math.max(Number(rate.unit_fen), 100) * Math.ceil(minutes / Number(rate.unit_minutes));
    await insertStay(t, fx, { plate: plates.collect, enteredAt: ago(200), exitedAt: ago(5), chargeFen: charge(195) });
    await insertStay(t, fx, { plate: plates.waive, enteredAt: ago(150), exitedAt: ago(10), chargeFen: charge(140) });
    const rest = [];
    for (const [i, plate] of shift.entries())
      rest.push((await insertStay(t, fx, { plate, enteredAt: ago(100 + i), exitedAt: ago(20 + i), chargeFen: charge(80) })).id);
    return rest;
  } finally {
    await handle.close();
  }
}

describe('collecting parking charges at the gate', () => {
  const phone = useBrowser({ width: 390, height: 844 });
  const desk = useBrowser();

  it('赵刚 collects a charge on his phone, gets the receipt number to print, and holds the cash for 李军', async () => {
    const rest = await dueStays();
    await signIn(phone, 'zhaogang', '/gate/due');
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe('待收停车费');
    await phone.page.getByRole('searchbox', { name: '按车牌号查找' }).fill(plates.collect);
    await phone.page.getByRole('link', { name: new RegExp(plates.collect) }).waitFor();
    await expectAccessible(phone, 'the charges due');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await phone.page.getByRole('link', { name: new RegExp(plates.collect) }).click();

    await phone.page.getByRole('button', { name: '收款并开收据' }).waitFor();
    expect(await phone.page.locator('main').innerText()).toContain('3 小时 15 分钟');
    expect(await phone.page.getByRole('button', { name: '减免' }).count()).toBe(0); // a guard does not waive
    await expectAccessible(phone, 'the collection page');
    await phone.page.getByRole('button', { name: '收款并开收据' }).click();
    await expect.poll(() => phone.page.locator('main').innerText()).toContain('已收款');
    const main = await phone.page.locator('main').innerText();
    const number = /收据号: (TC-\d{7})/.exec(main)?.[1];
    expect(number, main).toBeDefined();
    const print = phone.page.getByRole('link', { name: '打印收据' });
    const receipt = await phone.page.request.get(`${phone.baseURL}${await print.getAttribute('href')}`);
    expect(receipt.status()).toBe(200);
    expect(await receipt.text()).toContain(number!);

    // the rest of his shift, collected as the page does
    for (const id of rest) {
      const stay = await apiGet<{ version: number; chargeFen: number }>(phone, `/api/parking/collect/stays/${id}`);
      const res = await phone.browser.context.request.post(`${phone.baseURL}/api/parking/collect/stays/${id}`, {
        headers: { 'x-guanjia-csrf': '1' },
        data: { method: 'cash', amountFen: stay.chargeFen, version: stay.version },
      });
      expect(res.status(), await res.text()).toBe(200);
    }
    // the cash is his until the security supervisor takes it: a shift's charges (the demo's day and this one), said as
    // how many and how much, so that 交出 stays on the phone's screen; each charge behind 逐笔查看, to check or untick
    await phone.page.goto(`${phone.baseURL}/money/cash`);
    await expect.poll(() => phone.page.locator('main').innerText()).toContain('赵刚（我）');
    const held = await apiGet<{ holderName: string; amountFen: number; payments: unknown[] }[]>(phone, '/api/cash-in-hand');
    const mine = held.find((h) => h.holderName === '赵刚')!;
    const count = mine.payments.length;
    expect(count).toBeGreaterThanOrEqual(1 + shift.length);
    await phone.page.getByRole('button', { name: '交款' }).click();
    const dialog = phone.page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain(`已选 ${count} 笔，共 ${count} 笔`);
    expect(await dialog.innerText()).toContain(`合计 ${formatFen(mine.amountFen)}`);
    const offer = dialog.getByRole('button', { name: /交\s*出/ });
    const box = (await offer.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await dialog.getByRole('checkbox', { name: new RegExp(plates.collect) }).isVisible()).toBe(false);
    await expectAccessible(phone, 'a shift’s cash summed up to hand over');
    await dialog.getByRole('button', { name: `逐笔查看（${count} 笔）` }).click();
    await dialog.getByRole('checkbox', { name: new RegExp(plates.collect) }).uncheck();
    await expect.poll(() => dialog.innerText()).toContain(`已选 ${count - 1} 笔，共 ${count} 笔`);
    await expectAccessible(phone, 'a shift’s cash listed charge by charge');
    expect(await dialog.getByRole('checkbox', { name: '服务表单随款交接' }).count()).toBe(0);
    await dialog.locator('.ant-select').click();
    await expect.poll(() => phone.page.locator('.ant-select-dropdown:visible').innerText()).toContain('李军');
    expect(await phone.page.locator('.ant-select-dropdown:visible').innerText()).not.toContain('陈静');
    await phone.page.keyboard.press('Escape');
  });

  it('李军 waives a charge with a reason, and 王芳 sees both on the day’s parking report', async () => {
    await signIn(phone, 'lijun', '/gate/due');
    await phone.page.getByRole('searchbox', { name: '按车牌号查找' }).fill(plates.waive);
    await phone.page.getByRole('link', { name: new RegExp(plates.waive) }).click();
    await phone.page.getByRole('button', { name: '减免' }).click();
    const dialog = phone.page.getByRole('dialog');
    await dialog.getByRole('button', { name: '确认减免' }).click();
    await expect.poll(() => dialog.innerText()).toContain('请填写减免原因');
    await dialog.getByLabel('减免原因').fill('救护车送医，经保安主管确认');
    await dialog.getByRole('button', { name: '确认减免' }).click();
    await expect.poll(() => phone.page.locator('main').innerText()).toContain('已减免');
    expect(await phone.page.locator('main').innerText()).toContain('李军');

    await signIn(desk, 'wangfang');
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '停车日报' }).click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('停车日报');
    await expect.poll(() => desk.page.locator('main').innerText()).toContain(`${plates.waive}`);
    expect(await desk.page.locator('main').innerText()).toContain('救护车送医，经保安主管确认（批准人 李军）');
    await expectAccessible(desk, 'the daily parking report');
  });
});
