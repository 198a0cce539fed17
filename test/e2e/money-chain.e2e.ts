// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, orgIdByCode, type Session, signIn, useBrowser } from './support/session.js';

const h1 = (page: Page) => page.locator('main h1').innerText();
const main = (page: Page) => page.locator('main').innerText();

/** POST with the page's session, as the web app sends it (for what the test needs, never for what it checks). */
async function apiPost<T>(s: Session, apiPath: string, body: unknown): Promise<T> {
  const res = await s.browser.context.request.post(`${s.baseURL}${apiPath}`, { data: body, headers: { 'x-guanjia-csrf': '1' } });
  expect(res.status(), `${apiPath}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

type Holder = {
  holderName: string;
  payments: { paymentId: string; payer: string; amountFen: number; officeId: string; receiptId: string | null }[];
};

describe('the money chain, as finance and the field see it', () => {
  const s = useBrowser();

  it('shows finance each payment of a remittance when confirming or returning it (A2.4.2.4)', async () => {
    // the cashier takes two of the office's accepted orders at her desk, in cash, each with its receipt
    await signIn(s, 'chenjing', '/money/remittances');
    const accepted = await apiGet<{ items: { id: string; totalFen: number; version: number; abilities: { pay: boolean } }[] }>(
      s,
      '/api/orders?state=accepted&pageSize=100',
    );
    const paid: string[] = [];
    for (const o of accepted.items.filter((x) => x.abilities.pay && x.totalFen > 0).slice(0, 2)) {
      const done = await apiPost<{ payment: { id: string } }>(s, `/api/orders/${o.id}/pay`, {
        version: o.version,
        amountFen: o.totalFen,
        method: 'cash',
      });
      paid.push(done.payment.id);
    }
    const mine = (await apiGet<Holder[]>(s, '/api/cash-in-hand')).find((h) => h.holderName === '陈静')!;
    const two = mine.payments.filter((p) => paid.includes(p.paymentId));
    expect(two).toHaveLength(2);
    const totalFen = two.reduce((sum, p) => sum + p.amountFen, 0);
    await apiPost(s, '/api/remittances', {
      officeId: two[0]!.officeId,
      paymentIds: two.map((p) => p.paymentId),
      totalFen,
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    });
    const receipts = await Promise.all(two.map((p) => apiGet<{ number: string }>(s, `/api/receipts/${p.receiptId}`)));

    await signIn(s, 'zhengkj', '/money/remittances');
    await expect.poll(() => h1(s.page)).toBe('上缴');
    const row = s.page.locator('main tr').filter({ hasText: '陈静' }).filter({ hasText: '待确认' }).first();
    await row.getByRole('button', { name: '财务确认' }).click();
    const dialog = s.page.getByRole('dialog');
    await expect.poll(() => dialog.innerText()).toContain('共 2 笔');
    const text = await dialog.innerText();
    for (const p of two) expect(text).toContain(p.payer);
    for (const r of receipts) expect(text).toContain(r.number);
    await expectAccessible(s, 'the confirm-a-remittance dialog with its payments');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: /退\s*回/ }).click();
    await expect.poll(() => s.page.getByRole('dialog').innerText()).toContain(receipts[0]!.number);
  });

  it('checks the unit chosen for reconciliation, and calls it a unit (单位), not an office', async () => {
    await signIn(s, 'zhengkj', null);
    const gps = await orgIdByCode(s, 'gps');
    await s.page.goto(`${s.baseURL}/money/reconciliation?org=${gps}`);
    await expect.poll(() => h1(s.page)).toBe('对账');
    await expect.poll(() => main(s.page)).toContain('逾期未开发票');
    const text = await main(s.page);
    expect(text).toContain('单位');
    expect(await s.page.getByText('管理处', { exact: true }).count()).toBe(0);
    // GPS事业部's checks: none of 翠竹园's orders
    expect(await s.page.locator('#checks-title').locator('..').innerText()).not.toContain('翠竹园');
  });
});

describe('a field payment by WeChat (A2.4.2.5)', () => {
  const s = useBrowser();

  it('is in nobody’s cash in hand and waits on the cashier’s receipts page, who writes its receipt', async () => {
    await signIn(s, 'sunxy', null);
    const tasks = await apiGet<{ items: { id: string; number: string; totalFen: number; version: number; abilities: { pay: boolean } }[] }>(
      s,
      '/api/orders?mine=true&state=accepted&pageSize=100',
    );
    const o = tasks.items.filter((x) => x.abilities.pay).at(-1)!;
    await apiPost(s, `/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'wechat' });
    await s.page.goto(`${s.baseURL}/tasks/${o.id}`);
    await expect.poll(() => main(s.page)).toContain(o.number);
    expect(await s.page.getByRole('button', { name: '交出本单现金' }).count()).toBe(0);

    // the order's page says the receipt waits for the cashier, where it read as paid with no receipt and no word why
    await signIn(s, 'wangfang', `/orders/${o.id}`);
    const payment = s.page.getByRole('region', { name: '收款' });
    await expect.poll(() => payment.innerText()).toContain('待收费员开具：款项已付入管理处账户，收费员核对到账后开具收据');
    await expectAccessible(s, 'an order paid by WeChat awaiting its receipt');

    await signIn(s, 'chenjing', '/money/receipts');
    const due = s.page.getByRole('region', { name: '待开收据' });
    await expect.poll(() => due.innerText()).toContain(o.number);
    expect(await due.innerText()).toContain('微信');
    await expectAccessible(s, 'the receipts page with payments awaiting their receipt');
    await due.locator('tr, .record-card').filter({ hasText: o.number }).getByRole('button', { name: '开收据' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.getByRole('button', { name: '开收据' }).click();
    await expect.poll(() => s.page.locator('.toasts').innerText()).toContain('已开具收据');
    // and it has left the list
    await expect.poll(async () => (await due.count()) === 0 || !(await due.innerText()).includes(o.number)).toBe(true);

    // once written, the order's page shows its number, as for cash
    const [receipt] = (await apiGet<{ items: { number: string }[] }>(s, `/api/receipts?orderId=${o.id}`)).items;
    await signIn(s, 'wangfang', `/orders/${o.id}`);
    await expect.poll(() => payment.innerText()).toContain(receipt!.number);
    expect(await payment.innerText()).not.toContain('待收费员开具');
  });
});

describe('handing over field cash on a phone', () => {
  const s = useBrowser({ width: 390, height: 844 });

  it('names who the cash goes to, from the unit’s own people', async () => {
    await signIn(s, 'sunxy', null);
    const tasks = await apiGet<{ items: { id: string; totalFen: number; version: number; abilities: { pay: boolean } }[] }>(
      s,
      '/api/orders?mine=true&state=accepted&pageSize=100',
    );
    const o = tasks.items.find((x) => x.abilities.pay)!;
    await apiPost(s, `/api/orders/${o.id}/pay`, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    await s.page.goto(`${s.baseURL}/money/cash`);
    await s.page.getByRole('button', { name: '交款' }).click();
    const dialog = s.page.getByRole('dialog');
    // the office's supervisors by name (her environment supervisor among them), not role names a unit may not have
    await expect.poll(() => dialog.innerText()).toContain('按本单位的现金交接流程，现金先交主管（');
    const text = await dialog.innerText();
    expect(text).toMatch(/现金先交主管（[^）]*刘洋/);
    expect(text).not.toContain('环境主管、保安主管');
    await expectAccessible(s, 'the hand-over dialog on a phone');
  });
});
