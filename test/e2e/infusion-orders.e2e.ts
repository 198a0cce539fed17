// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { choose, dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, signIn, useBrowser } from './support/session.js';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const REASON = '患者长期使用无不良反应，家属要求居家治疗';

describe('physician orders with an override of an excluded drug (医嘱, A5.2, A5.3)', () => {
  const desk = useBrowser();
  let orderPath = '';

  it('何医生 orders 丹参注射液 for 王秀兰: refused with its category, made with the reason, the order shows the override', async () => {
    await signIn(desk, 'heys', null);
    const orders = await apiGet<{ items: { patientId: string }[] }>(desk, `/api/infusion/orders?q=${encodeURIComponent('王秀兰')}`);
    const patientId = orders.items[0]!.patientId;
    await desk.page.goto(`${desk.baseURL}/infusion/orders?patientId=${patientId}`);
    await desk.page.getByRole('heading', { name: '王秀兰的医嘱', level: 1 }).waitFor();
    await expectAccessible(desk, 'the patient’s orders');
    await desk.page.getByRole('button', { name: '开医嘱' }).click();
    const form = dialog(desk.page);
    await form.getByLabel('门诊病历号').fill('MZ2026120499');
    await choose(desk.page, form.getByLabel('药品 1'), '丹参', '丹参注射液 10 ml（中药注射剂）');
    await form.getByLabel('剂量').fill('20 ml');
    await form
      .getByRole('button', { name: '开 具' })
      .or(form.getByRole('button', { name: '开具' }))
      .click();
    // refused: the dialog names the category and asks for the reason
    await expect.poll(() => form.innerText()).toContain('所开药品属于不宜出诊使用的类别：中药注射剂');
    await form.getByLabel('例外理由').fill(REASON);
    await form
      .getByRole('button', { name: '开 具' })
      .or(form.getByRole('button', { name: '开具' }))
      .click();
    await desk.page.waitForURL(/\/infusion\/orders\/[0-9a-f-]+$/);
    orderPath = new URL(desk.page.url()).pathname;
    const alert = desk.page.getByRole('alert').filter({ hasText: '禁用药品例外' });
    await expect.poll(() => alert.innerText()).toContain('禁用药品例外：中药注射剂');
    expect(await alert.innerText()).toContain(REASON);
    expect(await alert.innerText()).toContain('尚待中心主任审阅');
    const main = await desk.page.locator('main').innerText();
    expect(main).toContain('110440300012345');
    expect(main).toContain('丹参注射液 10 ml');
  });

  it('陆主任 finds it under 待审阅例外 and reviews it once', async () => {
    await signIn(desk, 'luzr', '/infusion/orders');
    await desk.page.getByRole('heading', { name: '医嘱', level: 1 }).waitFor();
    await desk.page.getByRole('checkbox', { name: '待审阅例外' }).click();
    await desk.page.waitForURL(/overridePending=true/);
    const link = desk.page.locator(`a[href="${orderPath}"]`);
    await link.first().waitFor();
    await link.first().click();
    await desk.page
      .getByRole('button', { name: '审 阅' })
      .or(desk.page.getByRole('button', { name: '审阅' }))
      .click();
    const review = dialog(desk.page);
    await review.getByLabel('审阅意见').fill('已电话核实，同意居家使用，首次输液护士全程观察');
    await review.getByRole('button', { name: '确认审阅' }).click();
    await review.waitFor({ state: 'detached' });
    const alert = desk.page.getByRole('alert').filter({ hasText: '禁用药品例外' });
    await expect.poll(() => alert.innerText()).toContain('陆主任');
    expect(await alert.innerText()).toContain('已电话核实');
    expect(
      await desk.page
        .getByRole('button', { name: '审 阅' })
        .or(desk.page.getByRole('button', { name: '审阅' }))
        .count(),
    ).toBe(0);
    await expectAccessible(desk, 'the reviewed order');
    await desk.page.screenshot({ path: path.join(shots, 'infusion-order.png'), fullPage: true });
  });
});
