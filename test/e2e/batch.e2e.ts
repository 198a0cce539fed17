// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { SIGNATURE_PNG } from '../support/orders.js';
import { choose, dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, orgIdByCode, type Session, signIn, useBrowser } from './support/session.js';

type Order = { id: string; version: number; number: string; state: string; totalFen: number };

async function apiPost<T>(s: Session, apiPath: string, data: object): Promise<T> {
  const res = await s.browser.context.request.post(`${s.baseURL}${apiPath}`, { headers: { 'x-guanjia-csrf': '1' }, data });
  expect(res.status(), `${apiPath}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

// this file's own orders, found in the list by their owner's name (other files' orders never match it)
const owner = `批量${String(Date.now()).slice(-6)}`;

describe('batch actions on the order list (issue 12)', () => {
  const s = useBrowser();
  const orders: Order[] = [];
  const bar = () => s.page.getByRole('toolbar', { name: '批量操作' });
  const table = () => s.page.getByRole('table', { name: '工单列表' });
  const rowOf = (o: Order) => table().locator('tbody tr.ant-table-row').filter({ hasText: o.number });
  const tick = (o: Order) => s.page.getByRole('checkbox', { name: `选择工单 ${o.number}` });
  const openList = async () => {
    await s.page.goto(`${s.baseURL}/orders?q=${encodeURIComponent(owner)}`);
    await expect.poll(() => table().locator('tbody tr.ant-table-row').count()).toBe(orders.length);
  };
  const post = async (o: Order, path: string, body: object = {}) => {
    const next = await apiPost<Order>(s, `/api/orders/${o.id}/${path}`, { version: o.version, ...body });
    Object.assign(o, next);
  };

  it('the supervisor ticks four orders and assigns the three that may be; one changed meanwhile is refused', {
    timeout: 180_000,
  }, async () => {
    await signIn(s, 'liuyang');
    const items = await apiGet<{ id: string; code: string }[]>(s, '/api/service-items');
    const office = await orgIdByCode(s, 'office-a');
    for (let i = 1; i <= 4; i++) {
      const o = await apiPost<Order>(s, '/api/orders', {
        type: 'housekeeping',
        officeId: office,
        channel: 'phone',
        customerName: owner,
        customerPhone: '13900001111',
        address: `翠竹园9栋${i}01`,
        lines: [{ itemId: items.find((x) => x.code === 'indoor-cleaning')!.id, quantity: 2 }],
      });
      orders.push(o);
      // the last stays a request, which cannot be assigned yet
      if (i === 4) continue;
      await post(o, 'quote');
      await post(o, 'confirm', { priceAccepted: true, staffCount: 1, appointmentStart: '2026-12-04T01:00:00.000Z' });
    }
    const [a, b, c, requested] = orders as [Order, Order, Order, Order];

    await openList();
    // nothing ticked: the actions are there, off, and say why
    expect(await bar().innerText()).toContain('勾选工单后可批量派工、关闭或打印');
    for (const name of ['派工', '关闭工单', '打印']) expect(await bar().getByRole('button', { name, exact: true }).isDisabled()).toBe(true);
    await expectAccessible(s, 'the order list with its tick boxes');

    await s.page.getByRole('checkbox', { name: '选择本页全部工单' }).check();
    await expect.poll(() => bar().innerText()).toContain('已选 4 张工单');
    // another desk assigns c meanwhile: the list still shows the version before
    const sunxy = (
      await apiGet<{ items: { id: string; username: string }[] }>(s, `/api/orgs/${office}/staff?permission=orders.work`)
    ).items.find((u) => u.username === 'sunxy')!;
    const cVersion = c.version;
    await post(c, 'assign', { staff: [sunxy.id] });

    await bar().getByRole('button', { name: '派工', exact: true }).click();
    const assign = dialog(s.page);
    await expect.poll(() => assign.innerText()).toContain('将办理 3 张');
    expect(await assign.innerText()).toContain(`以下 1 张现在不能办理，不会发送：${requested.number}`);
    await choose(s.page, assign.getByLabel('服务人员'), '孙秀英', '孙秀英（翠竹园环境部）');
    await assign.locator('.ant-modal-title').click();
    await expectAccessible(s, 'the batch assign dialog');
    await assign.getByRole('button', { name: '派工', exact: true }).click();

    // (the test build names every dialog by one shared id, so a dialog is found by its text)
    const result = s.page.getByRole('dialog').filter({ hasText: '批量派工结果' });
    await expect.poll(() => result.innerText()).toContain('已办理 2 张');
    const text = await result.innerText();
    expect(text).toContain(a.number);
    expect(text).toContain(b.number);
    expect(text).toContain('未能办理 1 张');
    expect(text).toContain(`${c.number}：该记录刚被其他人修改，请刷新后重试。`);
    await expectAccessible(s, 'the batch result');
    await result.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await result.waitFor({ state: 'detached' });

    // the list is reloaded and the ticks cleared
    await expect.poll(() => bar().innerText()).toContain('勾选工单后可批量派工、关闭或打印');
    for (const o of [a, b, c]) await expect.poll(() => rowOf(o).innerText()).toContain('已派工');
    await expect.poll(() => rowOf(a).innerText()).toContain('孙秀英');
    expect(await rowOf(requested).innerText()).toContain('已受理');
    const cNow = await apiGet<Order>(s, `/api/orders/${c.id}`);
    // c was assigned once, by the other desk: the batch wrote nothing on it
    expect(cNow.version).toBe(cVersion + 1);
    for (const o of [a, b]) Object.assign(o, await apiGet<Order>(s, `/api/orders/${o.id}`));
  });

  it('the cashier closes the two paid ones of three ticked, and prints their forms', { timeout: 180_000 }, async () => {
    const [a, b, c] = orders as [Order, Order, Order, Order];
    await signIn(s, 'sunxy');
    for (const o of [a, b]) {
      await post(o, 'start');
      await post(o, 'finish');
      await post(o, 'accept', { signerName: owner, signature: SIGNATURE_PNG });
    }
    await signIn(s, 'chenjing');
    for (const o of [a, b]) await post(o, 'pay', { amountFen: o.totalFen, method: 'cash' });

    await openList();
    // a cashier assigns no one: only 关闭 and 打印
    expect(await bar().getByRole('button', { name: '派工', exact: true }).count()).toBe(0);
    for (const o of [a, c, b]) await tick(o).check();
    await expect.poll(() => bar().innerText()).toContain('已选 3 张工单');

    const print = bar().getByRole('link', { name: '打印' });
    expect(await print.getAttribute('href')).toBe(`/api/orders/batch/print?ids=${a.id},${c.id},${b.id}`);

    await bar().getByRole('button', { name: '关闭工单', exact: true }).click();
    const confirm = dialog(s.page);
    await expect.poll(() => confirm.innerText()).toContain(`将办理 2 张：${a.number}、${b.number}`);
    expect(await confirm.innerText()).toContain(`以下 1 张现在不能办理，不会发送：${c.number}`);
    await confirm.getByRole('button', { name: '关闭工单', exact: true }).click();
    const result = s.page.getByRole('dialog').filter({ hasText: '批量关闭结果' });
    await expect.poll(() => result.innerText()).toContain('全部办理完成');
    expect(await result.innerText()).toContain('已办理 2 张');
    await result.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    for (const o of [a, b]) await expect.poll(() => rowOf(o).innerText()).toContain('已关闭');
    expect(await rowOf(c).innerText()).toContain('已派工');

    // the forms of the ticked orders, one after another, each on its own sheet
    for (const o of [b, a]) await tick(o).check();
    const href = await bar().getByRole('link', { name: '打印' }).getAttribute('href');
    expect(href).toBe(`/api/orders/batch/print?ids=${b.id},${a.id}`);
    await s.page.goto(`${s.baseURL}${href}`);
    await expect.poll(() => s.page.locator('section.order-form-page').count()).toBe(2);
    const first = await s.page.locator('section.order-form-page').first().innerText();
    expect(first).toContain(b.number);
    expect(first).toContain('家政服务表');
    expect(await s.page.locator('section.order-form-page').nth(1).innerText()).toContain(a.number);
    expect(await s.page.title()).toBe('工单表单（2 张）');
  });
});
