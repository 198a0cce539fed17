// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { choose, closeOptions, dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
// this run's own customer, so the list shows exactly the complaint this test sent
const stamp = String(Date.now() % 10000).padStart(4, '0');
const CUSTOMER = `意见测试${stamp}`;

describe('customer feedback (客户意见, A4.5): a complaint from the public form handled to the end', () => {
  const phone = useBrowser({ width: 390, height: 844 });
  const desk = useBrowser();
  let formUrl = '';
  let detailUrl = '';

  it('a customer sends a complaint through the office’s public form on a phone, without signing in', async () => {
    await signIn(phone, 'admin', null);
    const me = await apiGet<{ tenant: { id: string } }>(phone, '/api/auth/me');
    const office = await orgIdByCode(phone, 'office-a');
    formUrl = `${phone.baseURL}/p/feedback/${me.tenant.id}/${office}`;
    await phone.browser.context.clearCookies();

    await phone.page.goto(formUrl);
    await phone.page.getByRole('heading', { name: '翠竹园管理处意见箱' }).waitFor();
    // no sign-in asked, no menu: the form stands alone and fits the screen
    expect(phone.page.url()).toBe(formUrl);
    expect(await phone.page.getByRole('navigation', { name: '主菜单' }).count()).toBe(0);
    await expectAccessible(phone, 'the public feedback form');
    await phone.page.getByLabel('您想说的').fill('楼道垃圾三天没有清运，气味很大，请尽快处理。');
    await phone.page.getByLabel('您的称呼').fill(CUSTOMER);
    await phone.page.getByLabel('联系电话').fill('13900001234');
    await phone.page.getByLabel('房号或地址（可选）').fill('翠竹园3栋1单元1201');
    // the honeypot is there for bots, out of sight and out of the tab order for people
    const trap = phone.page.locator('input[name="website"]');
    expect(await trap.getAttribute('tabindex')).toBe('-1');
    expect(await trap.getAttribute('autocomplete')).toBe('off');
    expect(await trap.boundingBox().then((b) => (b ? b.x + b.width : 0))).toBeLessThanOrEqual(0);
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.page.screenshot({ path: path.join(shots, 'feedback-public-form-390.png'), fullPage: true });
    await phone.page.getByRole('button', { name: '提交' }).click();
    await phone.page.getByRole('heading', { name: '已收到，谢谢！' }).waitFor();
    await expectAccessible(phone, 'the thank-you screen');
  });

  it('on her phone 周敏 sees the new complaint as a card, the list fitting the screen', async () => {
    await signIn(phone, 'zhoumin', '/feedback?state=received');
    const card = phone.page.locator('.record-card').filter({ hasText: CUSTOMER });
    await expect.poll(() => card.innerText()).toContain('网上意见表');
    expect(await phone.page.getByRole('table').count()).toBe(0);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone, 'the feedback list on a phone');
  });

  it('周敏 finds it in her list, replies and forwards it to the environment department', async () => {
    await signIn(desk, 'zhoumin');
    // her workbench counts the feedback waiting for a first reply
    await desk.page.getByRole('link', { name: /客户意见待答复/ }).waitFor();
    await desk.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '客户意见' }).click();
    await desk.page.getByRole('heading', { name: '客户意见', level: 1 }).waitFor();
    const row = desk.page.getByRole('row').filter({ hasText: CUSTOMER });
    await row.waitFor();
    expect(await row.innerText()).toContain('网上意见表');
    expect(await row.innerText()).toContain('待答复');
    await expectAccessible(desk, 'the feedback list');
    await row.getByRole('link').click();
    await desk.page.getByRole('heading', { name: '基本情况' }).waitFor();
    detailUrl = desk.page.url();
    expect(await desk.page.locator('main').innerText()).toContain('楼道垃圾三天没有清运');

    await desk.page.getByRole('button', { name: '回复', exact: true }).click();
    await dialog(desk.page).getByLabel('答复内容').fill('已收到您的反映，今天安排环境部处理。');
    await dialog(desk.page).getByRole('button', { name: '记录答复' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.locator('.feedback-tag-replied').waitFor();

    await desk.page.getByRole('button', { name: '转交部门' }).click();
    // each department says who of it answers
    await choose(desk.page, dialog(desk.page).getByLabel('转交部门'), '环境', '翠竹园环境部（刘洋 答复）');
    // the option list can stay open over the dialog's buttons on a loaded machine (it did, and 转交 was never clicked)
    await closeOptions(dialog(desk.page));
    await dialog(desk.page).getByLabel('转交说明').fill('请今天清运');
    await dialog(desk.page).getByRole('button', { name: '转交', exact: true }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.locator('.feedback-tag-forwarded').waitFor();
    expect(await desk.page.locator('main').innerText()).toContain('待部门答复');
    // resolving waits for the department's answer
    expect(await desk.page.getByRole('button', { name: '办结', exact: true }).count()).toBe(0);
  });

  it('刘洋 of the environment department finds it among his to-dos and answers', async () => {
    await signIn(desk, 'liuyang');
    await desk.page.getByRole('link', { name: /转来的客户意见待部门答复/ }).click();
    await desk.page.getByRole('row').filter({ hasText: CUSTOMER }).getByRole('link').click();
    await desk.page.getByRole('heading', { name: '基本情况' }).waitFor();
    expect(desk.page.url()).toBe(detailUrl);
    await desk.page.getByRole('button', { name: '部门答复' }).click();
    await dialog(desk.page).getByLabel('部门答复').fill('已清运，并加派保洁每日巡查。');
    await dialog(desk.page).getByRole('button', { name: '提交答复' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await expect.poll(() => desk.page.locator('main').innerText()).toContain('已清运，并加派保洁每日巡查。');
    // a department answers; it does not reply, resolve or close
    for (const name of ['回复', '办结', '关闭']) expect(await desk.page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
  });

  it('周敏 resolves it, tells the customer and closes it', async () => {
    await signIn(desk, 'zhoumin', null);
    await desk.page.goto(detailUrl);
    await desk.page.getByRole('button', { name: '办结', exact: true }).click();
    await dialog(desk.page).getByLabel('处理结果').fill('垃圾已清运，增加每日巡查。');
    await dialog(desk.page).getByRole('button', { name: '办结', exact: true }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.locator('.feedback-tag-resolved').waitFor();

    await desk.page.getByRole('button', { name: '告知客户' }).click();
    await dialog(desk.page).getByLabel('告知内容').fill('电话告知已清运，客户表示满意。');
    await dialog(desk.page).getByText('满意', { exact: true }).click();
    await dialog(desk.page).getByRole('button', { name: '记录告知' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.locator('.feedback-tag-told').waitFor();

    await desk.page.getByRole('button', { name: '关闭', exact: true }).click();
    await dialog(desk.page).getByRole('button', { name: '关闭意见' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.locator('.feedback-tag-closed').waitFor();
    const text = await desk.page.locator('main').innerText();
    for (const expected of ['首次答复（电话）', '转交翠竹园环境部', '翠竹园环境部答复', '办结：垃圾已清运', '客户满意', '关闭'])
      expect(text).toContain(expected);
    await expectAccessible(desk, 'the feedback detail');
    await desk.page.screenshot({ path: path.join(shots, 'feedback-detail.png'), fullPage: true });
  });

  it('周敏 takes a complaint on the hotline', async () => {
    await desk.page.goto(`${desk.baseURL}/feedback`);
    await desk.page.getByRole('button', { name: '登记意见' }).click();
    await dialog(desk.page).getByLabel('客户姓名').fill(`热线${CUSTOMER}`);
    await dialog(desk.page).getByLabel('联系电话').fill('13900005678');
    await dialog(desk.page).getByLabel('意见内容').fill('电梯按钮失灵，按了没反应。');
    // the order it is about, found by its number
    const order = (await apiGet<{ items: { number: string; customerName: string }[] }>(desk, '/api/orders?pageSize=1')).items[0];
    if (order)
      await choose(desk.page, dialog(desk.page).getByLabel('涉及工单（可选）'), order.number, `${order.number} ${order.customerName}`);
    // and the member of staff it is about, among the office's people
    await choose(desk.page, dialog(desk.page).getByLabel('涉及员工（可选）'), '孙秀英', '孙秀英（翠竹园环境部）');
    await expectAccessible(desk, 'the intake dialog');
    await dialog(desk.page).getByRole('button', { name: '登记意见' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.getByRole('heading', { name: '基本情况' }).waitFor();
    const text = await desk.page.locator('main').innerText();
    for (const expected of ['投诉 · 热线电话 · 翠竹园管理处', `热线${CUSTOMER}`, '电梯按钮失灵', '待答复', '孙秀英'])
      expect(text).toContain(expected);
  });

  it('周敏 marks a web-form suggestion as valuable and a junk submission as spam', async () => {
    const send = async (kind: string, content: string, name: string) => {
      const res = await phone.browser.context.request.post(formUrl.replace('/p/feedback/', '/api/public/feedback/'), {
        headers: { 'x-guanjia-csrf': '1' },
        data: { kind, content, name, phone: '13900009999' },
      });
      expect(res.status(), await res.text()).toBe(201);
    };
    await send('suggestion', '建议在单元门口加装雨棚。', `建议${CUSTOMER}`);
    await send('inquiry', '便宜代开发票 加微信', `广告${stamp}`);

    await desk.page.goto(`${desk.baseURL}/feedback?channel=web&state=received`);
    await desk.page
      .getByRole('row')
      .filter({ hasText: `建议${CUSTOMER}` })
      .getByRole('link')
      .click();
    await desk.page.getByRole('button', { name: '有价值建议' }).click();
    await dialog(desk.page).getByRole('button', { name: '标记有价值' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.locator('.feedback-tag-valuable').waitFor();
    expect(await desk.page.getByRole('button', { name: '取消有价值建议' }).count()).toBe(1);

    await desk.page.goto(`${desk.baseURL}/feedback?channel=web&state=received`);
    await desk.page
      .getByRole('row')
      .filter({ hasText: `广告${stamp}` })
      .getByRole('link')
      .click();
    await desk.page.getByRole('button', { name: '标记垃圾' }).click();
    await dialog(desk.page).getByRole('button', { name: '标记垃圾' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.locator('.feedback-tag-spam').waitFor();
    expect(await desk.page.locator('.feedback-steps').count()).toBe(0);
  });

  it('the report counts the month, and the complaint left 30 hours without reply is a breach of A4.5', async () => {
    await desk.page.goto(`${desk.baseURL}/feedback/report`);
    await desk.page.getByRole('heading', { name: '意见统计', level: 1 }).waitFor();
    await expect.poll(() => desk.page.locator('main').innerText()).toMatch(/收到 \d+ 条/);
    await desk.page.locator('.feedback-chart svg').waitFor();
    // the suggestion marked valuable is listed for the quarter
    await expect.poll(() => desk.page.locator('main').innerText()).toContain('建议在单元门口加装雨棚。');
    await expectAccessible(desk, 'the feedback report');
    await desk.page.screenshot({ path: path.join(shots, 'feedback-report.png'), fullPage: true });

    const office = await orgIdByCode(desk, 'office-a');
    await desk.page.goto(`${desk.baseURL}/compliance?org=${office}`);
    const clause = desk.page.locator('[data-clause="A4.5"]');
    await expect.poll(() => clause.innerText()).toContain('项违规');
    await desk.page.goto(`${desk.baseURL}/compliance/feedback.reply_overdue?org=${office}`);
    const breach = desk.page.locator('.breach-row').filter({ hasText: '郑先生' });
    await expect.poll(() => breach.innerText()).toContain('超过 24 小时未首次答复');
    await breach.getByRole('link').click();
    await desk.page.getByRole('heading', { name: '基本情况' }).waitFor();
    expect(await desk.page.locator('main').innerText()).toContain('已超时');
  });

  it('the form tells a too eager sender to wait, with the server’s reason (at most 5 an hour from one address)', async () => {
    await phone.browser.context.clearCookies();
    const api = formUrl.replace('/p/feedback/', '/api/public/feedback/');
    // this address already sent three; two more fill the hour
    for (const n of [1, 2]) {
      const res = await phone.browser.context.request.post(api, {
        headers: { 'x-guanjia-csrf': '1' },
        data: { kind: 'inquiry', content: `第${n}个问题`, name: `咨询${stamp}`, phone: '13900009999' },
      });
      expect(res.status()).toBe(201);
    }
    await phone.page.goto(formUrl);
    await phone.page.getByLabel('您想说的').fill('再问一次');
    await phone.page.getByLabel('您的称呼').fill(`咨询${stamp}`);
    await phone.page.getByLabel('联系电话').fill('13900009999');
    await phone.page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => phone.page.getByRole('alert').innerText()).toContain('提交过于频繁，请稍后再试');
    expect(await phone.page.getByRole('heading', { name: '已收到，谢谢！' }).count()).toBe(0);
  });
});

describe('customer feedback of the GPS department (A4.5 相关部门)', () => {
  const desk = useBrowser();

  it('钱伟 of the GPS department forwards a customer’s suggestion to a department of the company, beyond his own nodes', async () => {
    await signIn(desk, 'qianwei', null);
    const res = await desk.browser.context.request.post(`${desk.baseURL}/api/feedback`, {
      headers: { 'x-guanjia-csrf': '1' },
      data: {
        officeId: await orgIdByCode(desk, 'gps'),
        kind: 'suggestion',
        channel: 'hotline',
        customerName: `车队${stamp}`,
        content: '希望终端报警短信也发给车队调度。',
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    const { id } = (await res.json()) as { id: string };
    await desk.page.goto(`${desk.baseURL}/feedback/${id}`);
    await desk.page.getByRole('button', { name: '回复', exact: true }).click();
    await dialog(desk.page).getByLabel('答复内容').fill('已记录，转公司相关部门评估。');
    await dialog(desk.page).getByRole('button', { name: '记录答复' }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });

    await desk.page.getByRole('button', { name: '转交部门' }).click();
    await dialog(desk.page).getByLabel('转交部门').click();
    const options = desk.page.locator('.ant-select-dropdown:visible');
    // the company's departments, grouped by unit; one with nobody to answer cannot be picked
    await expect.poll(() => options.innerText()).toContain('翠竹园环境部（刘洋 答复）');
    await options.getByText('物业公司财务部', { exact: false }).waitFor();
    expect(await options.locator('.ant-select-item-option-disabled').allInnerTexts()).toContain('物业公司财务部（无人负责答复）');
    await options.getByText('翠竹园环境部（刘洋 答复）', { exact: true }).click();
    await closeOptions(dialog(desk.page));
    await expectAccessible(desk, 'the departments a GPS feedback may go to');
    await dialog(desk.page).getByRole('button', { name: '转交', exact: true }).click();
    await dialog(desk.page).waitFor({ state: 'detached' });
    await desk.page.locator('.feedback-tag-forwarded').waitFor();
    expect(await desk.page.locator('main').innerText()).toContain('转交翠竹园环境部');
  });
});
