// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { approveAndAssign, choose, closeOptions, dialog, step } from './support/order-steps.js';
import { apiGet, expectAccessible, type Session, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
// this run's own customer, vehicles and devices in stock: nothing another test (or the demo) fits or swaps
const stamp = String(Date.now() % 1000).padStart(3, '0');
const CUSTOMER = `安装测试物流${stamp}`;
const PLATES = [`粤BD7${stamp}1`, `粤BD7${stamp}2`];
const TERMINALS = [`GA-E2E-${stamp}-01`, `GA-E2E-${stamp}-02`];
const SIMS = [`14403${stamp}0001`, `14403${stamp}0002`];
const CHECKLIST = ['核对工单信息', '工具已备齐', '备品配件已备齐', '相关文件已带齐'];

/** POSTs as the signed-in page would (for the register records the test starts from, never for what it checks). */
async function post<T>(s: Session, apiPath: string, data: object): Promise<T> {
  const res = await s.browser.context.request.post(`${s.baseURL}${apiPath}`, { headers: { 'x-guanjia-csrf': '1' }, data });
  expect(res.status(), `${apiPath}: ${await res.text()}`).toBe(201);
  return (await res.json()) as T;
}

describe('an installation request (安装需求单): taken, sent as a visit, fitted on a phone vehicle by vehicle (A4.4.1)', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });
  let requestUrl = '';
  let requestNumber = '';
  let number = '';

  it('钱伟 takes the request for the customer’s vehicles from the register', async () => {
    await signIn(desk, 'qianwei');
    const customer = await post<{ id: string }>(desk, '/api/gps/customers', {
      kind: 'fleet',
      name: CUSTOMER,
      address: '深圳市宝安区福永物流园B区',
      contactName: '刘经理',
      phone: '13800138000',
      note: '',
    });
    for (const [i, plate] of PLATES.entries())
      await post(desk, '/api/gps/vehicles', {
        customerId: customer.id,
        plate,
        model: '东风天龙',
        driverName: ['陈志强', '林海'][i],
        driverPhone: `1390223700${i + 1}`,
      });
    const gt06 = (await apiGet<{ items: { id: string }[] }>(desk, '/api/gps/products?q=GT06')).items[0]!;
    for (const serial of TERMINALS)
      await post(desk, '/api/gps/terminals', {
        serial,
        productId: gt06.id,
        vehicleId: null,
        simId: null,
        soldOn: null,
        warrantyEnd: null,
        note: '',
      });
    for (const n of SIMS) await post(desk, '/api/gps/sims', { number: n, carrier: 'cmcc', note: '' });

    const nav = desk.page.getByRole('navigation', { name: '主菜单' });
    await nav.getByRole('link', { name: '安装需求单' }).click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('安装需求单');
    // the demo's request for 安运's two taxis, its first visit sent
    const demo = desk.page.locator('main .ant-table-tbody tr.ant-table-row').filter({ hasText: '安运出租车公司' });
    await expect.poll(() => demo.innerText()).toContain('周队长');
    await expectAccessible(desk, 'the installation requests');

    await desk.page.getByRole('button', { name: '新建安装需求单' }).click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('新建安装需求单');
    const form = desk.page.locator('main form');
    // the manager's GPS department takes it
    await expect.poll(() => form.locator('.ant-form-item').filter({ hasText: '受理部门' }).innerText()).toContain('GPS事业部');
    await choose(desk.page, form.getByLabel('客户', { exact: true }), CUSTOMER, CUSTOMER);
    // the customer's contact fills the empty fields, and the vehicles of the register are offered
    await expect.poll(() => form.getByLabel('联系人', { exact: true }).inputValue()).toBe('刘经理');
    expect(await form.getByLabel('安装地点').inputValue()).toBe('深圳市宝安区福永物流园B区');
    const vehicles = form.getByRole('group', { name: '安装车辆明细' });
    await vehicles.getByText(PLATES[1]!).waitFor();
    expect(await vehicles.innerText()).toContain('陈志强 13902237001');
    await form.getByRole('button', { name: '受理', exact: true }).click();
    const list = form.locator('.ant-form-item').filter({ hasText: '安装车辆明细' });
    await expect.poll(() => list.locator('.ant-form-item-explain').innerText()).toBe('请至少勾选一辆车');
    for (const plate of PLATES) await vehicles.getByRole('checkbox', { name: `选择 ${plate}` }).check();
    await form.getByLabel('安装要求').fill('终端装于仪表台下方，隐蔽走线，接常电');
    // a phone the server cannot take is refused on its field
    await form.getByLabel('联系电话').fill('0755-8600abcd');
    await form.getByRole('button', { name: '受理', exact: true }).click();
    const phoneItem = form.locator('.ant-form-item').filter({ hasText: '联系电话' });
    await expect.poll(() => phoneItem.locator('.ant-form-item-explain').count()).toBe(1);
    await form.getByLabel('联系电话').fill('0755-86005678');
    await expectAccessible(desk, 'the new installation request');
    await form.getByRole('button', { name: '受理', exact: true }).click();

    await desk.page.waitForURL(/\/gps\/install-requests\/[0-9a-f-]+$/);
    requestUrl = desk.page.url();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toMatch(/^AX-\d{8}-\d{4}$/);
    requestNumber = await desk.page.locator('main h1').innerText();
    const table = desk.page.locator('section[aria-labelledby="install-vehicles"]');
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(2);
    expect(await table.innerText()).toContain('未派工');
    expect(await desk.page.locator('section[aria-labelledby="install-facts"]').innerText()).toContain(
      '终端装于仪表台下方，隐蔽走线，接常电',
    );
  });

  it('sends a visit for the vehicles (派工): a free GPS installation order, linked from the request', async () => {
    await desk.page.getByRole('button', { name: '派工', exact: true }).click();
    const send = dialog(desk.page);
    for (const plate of PLATES) expect(await send.getByRole('checkbox', { name: `选择 ${plate}` }).isChecked()).toBe(true);
    await send.getByRole('button', { name: '派工', exact: true }).click();
    const when = send.locator('.ant-form-item').filter({ hasText: '预约上门时间' });
    await expect.poll(() => when.locator('.ant-form-item-explain').innerText()).toBe('必填');
    await send.getByLabel('预约上门时间').click();
    await desk.page.keyboard.type('2026-12-08 09:30');
    await desk.page.keyboard.press('Enter');
    await expectAccessible(desk, 'the dispatch of a visit');
    await send.getByRole('button', { name: '派工', exact: true }).click();
    await send.waitFor({ state: 'detached' });

    const sent = desk.page.getByRole('alert').filter({ hasText: '已生成安装任务派工单' });
    await expect.poll(() => sent.innerText()).toMatch(/GA-\d{8}-\d{4}/);
    number = /GA-\d{8}-\d{4}/.exec(await sent.innerText())![0];
    const table = desk.page.locator('section[aria-labelledby="install-vehicles"]');
    await expect.poll(() => table.getByRole('link', { name: number }).count()).toBe(2);
    expect(await table.innerText()).toContain('已确认');
    expect(await desk.page.getByRole('button', { name: '派工', exact: true }).count()).toBe(0);
    await expectAccessible(desk, 'an installation request with its visit');
    fs.mkdirSync(shots, { recursive: true });
    await desk.page.screenshot({ path: path.join(shots, 'gps-install-request.png'), fullPage: true });
  });

  it('the manager approves the visit and assigns 冯师傅', async () => {
    await desk.page.getByRole('link', { name: number }).first().click();
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe(number);
    const panel = desk.page.locator('section[aria-labelledby="install-vehicles"]');
    await expect.poll(() => panel.innerText()).toContain(PLATES[0]!);
    expect(await panel.innerText()).toContain('未安装');
    // nothing is fitted before the work starts
    expect(await panel.getByRole('button').count()).toBe(0);
    await approveAndAssign(desk.page, '冯', '冯师傅（GPS事业部）');
    await expectAccessible(desk, 'an installation order with its vehicles');
  });

  it('冯师傅 on his phone sets off and starts; finishing is refused while a vehicle has no devices', async () => {
    await signIn(phone, 'fengsf', '/tasks');
    const card = phone.page.locator('.task-card').filter({ hasText: number });
    await card.waitFor();
    await card.getByRole('link', { name: '办理' }).click();
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe(number);
    const panel = phone.page.locator('section[aria-labelledby="install-vehicles"]');
    await expect.poll(() => panel.innerText()).toContain(PLATES[1]!);
    expect(await panel.innerText()).toContain('林海 13902237002');

    await phone.page.getByRole('button', { name: '出发', exact: true }).click();
    const checklist = dialog(phone.page);
    for (const box of CHECKLIST) await checklist.getByLabel(box).check();
    await checklist.getByRole('button', { name: '出发', exact: true }).click();
    await checklist.waitFor({ state: 'detached' });
    // the request's vehicles say their visit is on the way, as the order does (A7.4.4)
    await desk.page.goto(requestUrl);
    const visits = desk.page.locator('section[aria-labelledby="install-vehicles"] .order-state');
    await expect.poll(() => visits.allInnerTexts()).toEqual(['已出发', '已出发']);
    await step(phone.page, '到达');
    await step(phone.page, '开工');
    await expect.poll(() => phone.page.locator('.task-progress').innerText()).toContain('开工');
    await panel.getByRole('button', { name: `安装 ${PLATES[0]}` }).waitFor();
    await expectAccessible(phone, 'the installation task on a phone');

    // finishing is refused while a vehicle has no devices recorded
    await phone.page.getByRole('button', { name: '完工', exact: true }).click();
    const finish = dialog(phone.page);
    await finish.getByLabel('安装情况').fill('两车终端装于仪表台下方，平台定位正常');
    await finish.getByRole('button', { name: '完工', exact: true }).click();
    await expect.poll(() => finish.locator('.ant-alert').innerText()).toContain('还有车辆未记录安装的终端和 SIM 卡');
    await finish
      .getByRole('button', { name: '取 消' })
      .or(finish.getByRole('button', { name: '取消' }))
      .first()
      .click();
    await finish.waitFor({ state: 'detached' });
  });

  it('he records the terminal and SIM on each vehicle (one not in stock is refused), then finishes', async () => {
    const panel = phone.page.locator('section[aria-labelledby="install-vehicles"]');
    // a terminal already on a vehicle is not in stock: refused on its field
    await panel.getByRole('button', { name: `安装 ${PLATES[0]}` }).click();
    const fit = dialog(phone.page);
    await fit.getByLabel('终端序列号').fill('862410040012301');
    await fit.getByLabel('SIM卡号').fill(SIMS[0]!);
    await closeOptions(fit);
    await fit.getByRole('button', { name: '安装', exact: true }).click();
    const serial = fit.locator('.ant-form-item').filter({ hasText: '终端序列号' });
    await expect
      .poll(() => serial.locator('.ant-form-item-explain').innerText())
      .toBe('该终端不在库存中（已安装、维修中或已报废），不能安装');
    await fit.getByLabel('终端序列号').fill(TERMINALS[0]!);
    await closeOptions(fit);
    await fit.getByRole('button', { name: '安装', exact: true }).click();
    await fit.waitFor({ state: 'detached' });
    await expect.poll(() => panel.innerText()).toContain(`终端 ${TERMINALS[0]} · SIM卡 ${SIMS[0]}`);
    expect(await panel.getByRole('button', { name: `安装 ${PLATES[0]}` }).count()).toBe(0);

    await panel.getByRole('button', { name: `安装 ${PLATES[1]}` }).click();
    await fit.getByLabel('终端序列号').fill(TERMINALS[1]!);
    await fit.getByLabel('SIM卡号').fill(SIMS[1]!);
    await closeOptions(fit);
    // the shot without the last step's notices over the dialog
    await expect.poll(() => phone.page.locator('.toast').count()).toBe(0);
    await expectAccessible(phone, 'recording a vehicle’s devices on a phone');
    await phone.page.screenshot({ path: path.join(shots, 'gps-install-fit-phone.png') });
    await fit.getByRole('button', { name: '安装', exact: true }).click();
    await fit.waitFor({ state: 'detached' });
    await expect.poll(() => panel.innerText()).toContain(`终端 ${TERMINALS[1]} · SIM卡 ${SIMS[1]}`);
    expect(await panel.innerText()).toContain('已装 2 / 2');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    await phone.page.getByRole('button', { name: '完工', exact: true }).click();
    const finish = dialog(phone.page);
    await finish.getByLabel('安装情况').fill('两车终端装于仪表台下方，平台定位正常');
    await finish.getByRole('button', { name: '完工', exact: true }).click();
    await finish.waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('.task-progress').innerText()).toContain('完工');
  });

  it('the requests on his phone are cards, not a table, and nothing scrolls sideways', async () => {
    await phone.page.goto(`${phone.baseURL}/gps/install-requests`);
    const request = phone.page.locator('main .record-card').filter({ hasText: requestNumber });
    await expect.poll(() => request.innerText()).toContain('已派 2 · 已装 2 / 2 辆');
    expect(await phone.page.locator('main table').count()).toBe(0);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(phone, 'the installation requests on a phone');
  });

  it('the request shows what was fitted, and the terminal’s history names the order', async () => {
    await desk.page.goto(requestUrl);
    const table = desk.page.locator('section[aria-labelledby="install-vehicles"]');
    await expect.poll(() => table.innerText()).toContain(TERMINALS[0]!);
    expect(await table.innerText()).toContain(SIMS[1]!);
    expect(await table.innerText()).toContain('冯师傅');

    await desk.page.goto(`${desk.baseURL}/gps/terminals`);
    const search = desk.page.getByRole('searchbox', { name: '搜索序列号、车牌、SIM卡号、客户' });
    await search.fill(TERMINALS[0]!);
    await search.press('Enter');
    const rows = desk.page.locator('main .ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain(PLATES[0]!);
    await rows
      .first()
      .getByRole('button', { name: `设备履历 ${TERMINALS[0]}` })
      .click();
    const drawer = desk.page.getByRole('dialog');
    await expect.poll(() => drawer.innerText()).toContain('安装上车');
    const text = await drawer.innerText();
    expect(text).toContain(`工单 ${number}`);
    expect(text).toContain(`车辆 ${PLATES[0]}`);
    expect(text).toContain('经办：冯师傅');
  });
});
