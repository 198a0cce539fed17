// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { dialog } from './support/order-steps.js';
import { apiGet, expectAccessible, orgIdByCode, type Session, signIn, useBrowser } from './support/session.js';

type Order = { id: string; version: number };

async function post<T>(s: Session, apiPath: string, data: object): Promise<T> {
  const res = await s.browser.context.request.post(`${s.baseURL}${apiPath}`, { headers: { 'x-guanjia-csrf': '1' }, data });
  expect(res.status(), apiPath).toBeLessThan(300);
  return (await res.json()) as T;
}

/** A phone request for `hours` of indoor cleaning at 翠竹园, taken by the signed-in supervisor. */
async function requestCleaning(s: Session, hours: number): Promise<Order> {
  const items = await apiGet<{ id: string; code: string }[]>(s, '/api/service-items');
  return post<Order>(s, '/api/orders', {
    type: 'housekeeping',
    officeId: await orgIdByCode(s, 'office-a'),
    channel: 'phone',
    customerName: '钱女士',
    address: '翠竹园5栋0302',
    lines: [{ itemId: items.find((i) => i.code === 'indoor-cleaning')!.id, quantity: hours }],
  });
}

describe('numbers a clerk and an inspector type are refused in words, never clamped behind their back', () => {
  const s = useBrowser();

  it('the owner’s confirmation refuses 0 and 60 staff on the field, and keeps what was typed', async () => {
    await signIn(s, 'liuyang', null);
    const o = await requestCleaning(s, 3);
    await post(s, `/api/orders/${o.id}/quote`, { version: o.version });
    await s.page.goto(`${s.baseURL}/orders/${o.id}`);
    await s.page.getByRole('button', { name: '确认预约', exact: true }).click();
    const form = dialog(s.page);
    const staff = form.getByLabel('服务人数');
    for (const [typed, said] of [
      ['0', '不能小于 1'],
      ['60', '不能大于 50'],
    ] as const) {
      await staff.fill(typed);
      await form.getByRole('button', { name: '确认预约' }).click();
      await expect
        .poll(() =>
          form
            .locator('.ant-form-item')
            .filter({ has: s.page.getByLabel('服务人数') })
            .locator('.ant-form-item-explain')
            .innerText(),
        )
        .toBe(said);
      expect(await staff.inputValue()).toBe(typed);
    }
    await expectAccessible(s, 'a refused staff count');
  });

  it('a special-service agreement refuses 30 staff a visit in words, where it was made 20', async () => {
    await s.page.goto(`${s.baseURL}/agreements/new`);
    const staff = s.page.getByLabel('每次服务人数');
    await staff.fill('30');
    await s.page.getByRole('button', { name: '保存草稿' }).click();
    const explain = s.page
      .locator('.ant-form-item')
      .filter({ has: s.page.getByLabel('每次服务人数') })
      .locator('.ant-form-item-explain');
    await expect.poll(() => explain.innerText()).toBe('不能大于 20');
    expect(await staff.inputValue()).toBe('30');
  });

  it('a count below 0 or above 1,000,000 on a check is said to be wrong as it is typed, not made 0 (a pass)', async () => {
    const planned = await apiGet<{ items: { id: string; level: string }[] }>(
      s,
      '/api/cleaning/inspections?mine=true&state=planned&pageSize=100',
    );
    await s.page.goto(`${s.baseURL}/cleaning/inspections/${planned.items[0]!.id}`);
    const card = s.page
      .locator('li.check-card')
      .filter({ has: s.page.getByRole('spinbutton') })
      .first();
    await card.getByRole('spinbutton').fill('-1');
    await card.getByRole('spinbutton').blur();
    await expect.poll(() => card.getByRole('alert').innerText()).toBe('数值应为 0 到 1000000 之间的整数');
    expect(await card.getByRole('spinbutton').inputValue()).toBe('-1');
    // no verdict: -1 is not a pass
    expect(await card.getByRole('status').count()).toBe(0);
    // nor is a count past the most the server takes (it was refused only once the results were sent)
    await card.getByRole('spinbutton').fill('1000001');
    await card.getByRole('spinbutton').blur();
    await expect.poll(() => card.getByRole('alert').innerText()).toBe('数值应为 0 到 1000000 之间的整数');
    expect(await card.getByRole('status').count()).toBe(0);
  });
});

describe('quantities in English say their unit in the plural as the number asks', () => {
  const s = useBrowser();

  it('3 hours and 1 hour of indoor cleaning on the order page', async () => {
    await signIn(s, 'liuyang');
    const three = await requestCleaning(s, 3);
    const one = await requestCleaning(s, 1);
    await s.page.evaluate(() => localStorage.setItem('guanjia.lang', 'en'));
    const charges = s.page.getByRole('region', { name: 'Charges' });
    await s.page.goto(`${s.baseURL}/orders/${three.id}`);
    await expect.poll(() => charges.getByRole('table').innerText()).toContain('3 hours');
    await s.page.goto(`${s.baseURL}/orders/${one.id}`);
    await expect.poll(() => charges.getByRole('table').innerText()).toContain('1 hour');
    expect(await charges.getByRole('table').innerText()).not.toContain('1 hours');
    await s.page.evaluate(() => localStorage.setItem('guanjia.lang', 'zh-CN'));
  });
});
