// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { choose, dialog, stateTag } from './support/order-steps.js';
import { expectAccessible, type Session, signIn, useBrowser } from './support/session.js';

/** A command sent as the signed-in page would send it, with the order's current version. */
async function command(s: Session, id: string, path: string, body: object = {}) {
  const current = await s.browser.context.request.get(`${s.baseURL}/api/orders/${id}`);
  const { version } = (await current.json()) as { version: number };
  const res = await s.browser.context.request.post(`${s.baseURL}/api/orders/${id}/${path}`, {
    headers: { 'x-guanjia-csrf': '1' },
    data: { version, ...body },
  });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
}

describe('a repair (有偿维修) taken at the desk, finished with its cause, and its 维修服务单 printed', () => {
  const desk = useBrowser();
  let orderId = '';
  let number = '';

  it('the intake form asks for the repair’s own fields: where the fault is and what it is', async () => {
    await signIn(desk, 'liuyang', '/intake');
    await expect.poll(() => desk.page.locator('main h1').innerText()).toBe('受理服务需求');
    const form = desk.page.locator('main form');
    await form.getByText('有偿维修', { exact: true }).click();
    await form.getByLabel('故障部位').waitFor();
    await form.getByLabel('业主/住户').fill('钱志远');
    await form.getByLabel('联系电话').fill('13912345699');
    await form.getByLabel('服务地点').fill('翠竹园9栋0402');
    // labour is a paid-service item of the posted list
    await choose(desk.page, desk.page.locator('#lines_0_itemId'), '水管', '水管维修（¥50.00 / 次）');
    await choose(desk.page, form.getByLabel('故障部位'), '卫', '卫生间');
    await form.getByRole('button', { name: '受理', exact: true }).click();
    // the fault is required at intake: refused on its field before anything is sent
    const fault = form.locator('.ant-form-item').filter({ hasText: '故障现象' });
    await expect.poll(() => fault.locator('.ant-form-item-explain').innerText()).toBe('必填');
    await form.getByLabel('故障现象').fill('洗手盆下水管漏水');
    await expectAccessible(desk, 'the intake form of a repair');
    await form.getByRole('button', { name: '受理', exact: true }).click();

    await desk.page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    orderId = desk.page.url().split('/').pop() ?? '';
    await expect.poll(() => desk.page.locator('main h1').innerText()).toMatch(/^WX-\d{8}-\d{4}$/);
    number = await desk.page.locator('main h1').innerText();
    const details = desk.page.locator('section[aria-labelledby="order-type-details"]');
    await expect.poll(() => details.innerText()).toContain('卫生间');
    expect(await details.innerText()).toContain('洗手盆下水管漏水');
    expect(await details.innerText()).toContain('故障原因及处理');
  });

  it('is quoted from the list, confirmed and assigned like any order', async () => {
    await desk.page.getByRole('button', { name: '报价', exact: true }).click();
    const quote = dialog(desk.page);
    await expect.poll(() => quote.locator('.quote-table tfoot').innerText()).toContain('¥50.00');
    await quote.getByRole('button', { name: '报价', exact: true }).click();
    await quote.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已报价');
    await command(desk, orderId, 'confirm', { priceAccepted: true, appointmentStart: '2026-12-05T06:00:00.000Z' });
    await desk.page.reload();
    await desk.page.getByRole('button', { name: '派工', exact: true }).click();
    const assign = dialog(desk.page);
    await choose(desk.page, assign.getByLabel('服务人员'), '孙秀英', '孙秀英（翠竹园环境部）');
    await assign.locator('.ant-modal-title').click();
    await assign.getByRole('button', { name: '派工', exact: true }).click();
    await assign.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已派工');
  });

  it('cannot be finished without the cause and the repair done, written in the finish form', async () => {
    await command(desk, orderId, 'start');
    await desk.page.reload();
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('服务中');
    await desk.page.getByRole('button', { name: '完工', exact: true }).click();
    const finish = dialog(desk.page);
    await finish.getByLabel('故障原因及处理').waitFor();
    await finish.getByRole('button', { name: '完工', exact: true }).click();
    await expect.poll(() => finish.locator('.ant-form-item-explain').innerText()).toBe('必填');
    await finish.getByLabel('故障原因及处理').fill('下水管接头老化开裂，已更换接头');
    await expectAccessible(desk, 'the finish form of a repair');
    await finish.getByRole('button', { name: '完工', exact: true }).click();
    await finish.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('待验收');
    const details = desk.page.locator('section[aria-labelledby="order-type-details"]');
    await expect.poll(() => details.innerText()).toContain('下水管接头老化开裂，已更换接头');
  });

  it('prints the repair service form (维修服务单) with the repair’s details, to a PDF', async () => {
    expect(await desk.page.getByRole('link', { name: '打印', exact: true }).getAttribute('href')).toBe(`/api/orders/${orderId}/print`);
    await desk.page.goto(`${desk.baseURL}/api/orders/${orderId}/print`);
    const text = await desk.page.locator('body').innerText();
    for (const part of ['维修服务单', number, '故障部位', '卫生间', '洗手盆下水管漏水', '下水管接头老化开裂，已更换接头', '伍拾元整'])
      expect(text).toContain(part);
    const pdf = await desk.page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
