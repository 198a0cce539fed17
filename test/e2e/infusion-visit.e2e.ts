// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeOptions, dialog, drawSignature, stateTag, step } from './support/order-steps.js';
import { apiGet, expectAccessible, type Session, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

const CHECKS = [
  '核对患者身份',
  '核对药名',
  '核对剂量',
  '核对给药途径',
  '核对用药时间',
  '核对有效期',
  '检查药液外观',
  '已向患者及家属告知输液风险',
];

interface PhysicianOrder {
  id: string;
  number: string;
  visitsDone: number;
}

/** The patient's one active physician order, as the API lists it. */
async function activeOrder(s: Session, name: string) {
  const list = await apiGet<{ items: (PhysicianOrder & { patientName?: string; state: string })[] }>(
    s,
    `/api/infusion/orders?q=${encodeURIComponent(name)}&state=active`,
  );
  return list.items[0]!;
}

/** Opens a patient's page from the patients' list. */
async function openPatient(s: Session, name: string) {
  await s.page.goto(`${s.baseURL}/infusion/patients`);
  await s.page.getByRole('link', { name }).first().click();
  await s.page.locator('section[aria-labelledby="patient-visits"]').waitFor();
}

describe('a home infusion visit from 安排出诊 to the closed order (出诊输液, A5.6)', () => {
  const desk = useBrowser();
  const phone = useBrowser({ width: 390, height: 844 });
  let number = '';
  let orderId = '';
  /** The drip's start and end as the nurse recorded them (the clock's HH:mm then). */
  let drip = { began: '', ended: '' };
  let before = 0;

  it('陆主任 is told why no visit can be arranged for 刘桂芳, who has no signed consent, and 安排出诊 is disabled', async () => {
    await signIn(desk, 'luzr');
    await openPatient(desk, '刘桂芳');
    const visits = desk.page.locator('section[aria-labelledby="patient-visits"]');
    const warning = visits.locator('#visit-blockers');
    await expect.poll(() => warning.innerText()).toContain('没有有效的知情同意书：请先在下方「知情同意书」签署');
    expect(await warning.innerText()).toContain('暂不能安排出诊');
    const arrange = visits.getByRole('button', { name: '安排出诊' });
    expect(await arrange.isDisabled()).toBe(true);
    // a screen reader reads the reason with the button
    expect(await arrange.getAttribute('aria-describedby')).toBe('visit-blockers');
    await expect.poll(() => visits.innerText()).toContain('尚无出诊记录');
    await expectAccessible(desk, 'the patient page with what stops a visit');
  });

  it('陆主任 arranges 王秀兰’s visit on her physician order with the posted fees and assigns 许护士', async () => {
    const po = await activeOrder(desk, '王秀兰');
    before = po.visitsDone;
    await openPatient(desk, '王秀兰');
    const visits = desk.page.locator('section[aria-labelledby="patient-visits"]');
    // the demo's closed visit
    await expect.poll(() => visits.innerText()).toContain('已关闭');
    await expectAccessible(desk, 'the patient page with its visits');
    await visits.getByRole('button', { name: '安排出诊' }).click();
    const form = dialog(desk.page);
    await form.getByLabel('执行的医嘱').click();
    await desk.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: po.number }).click();
    await closeOptions(form);
    await form.getByLabel('出诊时间').click();
    await desk.page.keyboard.type('2026-12-07 09:00');
    await desk.page.keyboard.press('Enter');
    await expect.poll(() => form.getByLabel('出诊时间').inputValue()).toBe('2026-12-07 09:00');
    await form.getByRole('checkbox', { name: /静脉输液（出诊）/ }).check();
    await form.getByRole('checkbox', { name: /出诊费/ }).check();
    await form
      .getByRole('button', { name: '安 排' })
      .or(form.getByRole('button', { name: '安排', exact: true }))
      .click();

    await desk.page.waitForURL(/\/orders\/[0-9a-f-]+$/);
    await expect.poll(() => desk.page.locator('main h1').innerText()).toMatch(/^SY-\d{8}-\d{4}$/);
    number = await desk.page.locator('main h1').innerText();
    orderId = desk.page.url().split('/').pop() ?? '';
    expect(await desk.page.locator('main').innerText()).toContain('出诊输液');
    // priced from the posted fees as arranged (A5.7): nothing to quote, nor for the family to confirm again
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已确认');
    const facts = await desk.page.locator('main').innerText();
    expect(facts).toContain('¥45.00');
    expect(facts).toContain('患者');
    expect(await desk.page.getByRole('button', { name: '报价', exact: true }).count()).toBe(0);

    await desk.page.getByRole('button', { name: '派工', exact: true }).click();
    const assign = dialog(desk.page);
    await assign.getByLabel('服务人员').click();
    await desk.page.keyboard.type('许护士');
    await desk.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '许护士' }).first().click();
    await closeOptions(assign);
    await assign.getByRole('button', { name: '派工', exact: true }).click();
    await assign.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已派工');
    expect(await desk.page.locator('main .ant-descriptions').first().innerText()).toContain('许护士');
  });

  it('许护士 works it on her phone: the check is refused until ticked, the record, the family signs', async () => {
    await signIn(phone, 'xuhs', '/tasks');
    const card = phone.page.locator('.task-card').filter({ hasText: number });
    await card.waitFor();
    expect(await card.innerText()).toContain('王秀兰');
    await card.getByRole('link', { name: '办理' }).click();
    await expect.poll(() => phone.page.locator('main h1').innerText()).toBe(number);

    await step(phone.page, '出发');
    await step(phone.page, '到达');
    // starting with the checking routine unticked: refused on its first unticked item
    await phone.page.getByRole('button', { name: '开工', exact: true }).click();
    const start = dialog(phone.page);
    await start.getByRole('checkbox', { name: CHECKS[0] }).waitFor();
    await start.getByRole('button', { name: '开工', exact: true }).click();
    await expect.poll(() => start.locator('.ant-form-item-has-error').count()).toBeGreaterThan(0);
    expect(await start.locator('.ant-form-item-has-error').first().innerText()).toContain(CHECKS[0]);
    for (const check of CHECKS) await start.getByRole('checkbox', { name: check }).check();
    await expectAccessible(phone, 'the visit’s checking routine on a phone');
    await start.getByRole('button', { name: '开工', exact: true }).click();
    await start.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(phone.page).innerText()).toBe('服务中');
    // the drip is recorded within the visit: it began when she started, and has ended by the finish (A5.6)
    const clockTime = () =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
        Date.now(),
      );
    const began = clockTime();

    await phone.page.getByRole('button', { name: '完工', exact: true }).click();
    const finish = dialog(phone.page);
    const ended = clockTime();
    drip = { began, ended };
    await finish.getByLabel('输液开始时间').fill(began);
    await finish.getByLabel('输液结束时间').fill(ended);
    await finish.getByLabel('输液过程观察').fill('滴速 40 滴/分，穿刺处无红肿，患者无不适');
    await finish.getByRole('button', { name: '完工', exact: true }).click();
    await finish.waitFor({ state: 'detached' });
    await phone.page.getByRole('button', { name: '请患者或家属签字', exact: true }).waitFor();
    // the phone shows what she recorded: the times, the observations and the checks
    const recorded = phone.page.locator('section[aria-labelledby="order-type-details"]');
    await expect.poll(() => recorded.innerText()).toContain('滴速 40 滴/分，穿刺处无红肿，患者无不适');
    expect(await recorded.innerText()).toContain(ended);
    expect(await recorded.innerText()).toContain('核对剂量');

    await expectAccessible(phone, 'a home infusion visit on a phone');
    fs.mkdirSync(shots, { recursive: true });
    await phone.page.screenshot({ path: path.join(shots, 'infusion-visit-390.png'), fullPage: true });

    await phone.page.getByRole('button', { name: '请患者或家属签字', exact: true }).click();
    const sign = dialog(phone.page);
    await sign.locator('.signature-box canvas').waitFor();
    expect(await sign.innerText()).toContain('请患者或家属确认本次输液服务后在下方签字');
    // the family signs what the nurse recorded, repeated above the pad: the drugs of the order she carried out, the
    // drip's times, the checks and what she observed, and what is charged
    const signed = sign.locator('.signed-record');
    const drugs = (await apiGet<{ detailRefs: Record<string, { contents?: string[] }> }>(phone, `/api/orders/${orderId}`)).detailRefs
      .physicianOrderId?.contents;
    expect(drugs?.length).toBeGreaterThan(0);
    const record = await signed.innerText();
    for (const drug of drugs ?? []) expect(record).toContain(drug);
    for (const part of [drip.began, drip.ended, '滴速 40 滴/分，穿刺处无红肿，患者无不适', '核对剂量', '出诊费', '¥30.00'])
      expect(record).toContain(part);
    // named, not linked: a tap on the patient or the order does not leave the pad
    expect(await signed.getByRole('link').count()).toBe(0);
    await expectAccessible(phone, 'the family’s signature with the nurse’s record');
    await sign.getByLabel('签字人').fill('李红');
    await drawSignature(phone.page);
    await sign.getByRole('button', { name: '确认签字' }).click();
    await sign.waitFor({ state: 'detached' });
    await expect.poll(() => phone.page.locator('main .page-subtitle').innerText()).toBe('已验收');
  });

  it('the centre’s cashier 吴收费 takes the fee in cash with a printed receipt, 陆主任 closes the visit; the physician order counts it', async () => {
    await signIn(desk, 'wusf', `/orders/${orderId}`);
    // the order shows the nurse's record and the family's signature
    await expect.poll(() => desk.page.locator('main').innerText()).toContain('滴速 40 滴/分，穿刺处无红肿，患者无不适');
    const main = await desk.page.locator('main').innerText();
    expect(main).toContain(drip.began);
    expect(main).toContain(drip.ended);
    expect(main).toContain('李红');
    await desk.page.getByRole('button', { name: '收款', exact: true }).click();
    const pay = dialog(desk.page);
    await pay.getByRole('radio', { name: '现金' }).check();
    await pay.getByRole('button', { name: '确认收款 ¥45.00' }).click();
    await pay.waitFor({ state: 'detached' });
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已收款');
    // the receipt written with the payment, from the centre's own book (series WS), is printed next
    const payment = desk.page.locator('section[aria-labelledby="order-payment"]');
    await expect.poll(() => payment.innerText()).toMatch(/收据号\s*[:：]?\s*WS-\d{7}/);
    const receiptNo = /WS-\d{7}/.exec(await payment.innerText())![0];
    expect(await payment.innerText()).toContain('吴收费');
    const print = desk.page.getByRole('link', { name: '打印收据' });
    const href = (await print.getAttribute('href'))!;
    await desk.page.goto(`${desk.baseURL}${href}`);
    const slip = await desk.page.locator('body').innerText();
    expect(slip).toContain(receiptNo);
    expect(slip).toContain('王秀兰');
    expect(slip).toContain('肆拾伍元整');

    await signIn(desk, 'luzr', `/orders/${orderId}`);
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已收款');
    await step(desk.page, '关闭工单');
    await expect.poll(() => stateTag(desk.page).innerText()).toBe('已关闭');

    const po = await activeOrder(desk, '王秀兰');
    expect(po.visitsDone).toBe(before + 1);
    await desk.page.goto(`${desk.baseURL}/infusion/orders/${po.id}`);
    await expect.poll(() => desk.page.locator('main').innerText()).toContain(`已出诊 ${before + 1} 次`);
  });
});
