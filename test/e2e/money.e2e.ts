// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, orgIdByCode, signIn, useBrowser } from './support/session.js';

const h1 = (page: Page) => page.locator('main h1').innerText();
const main = (page: Page) => page.locator('main').innerText();
/** An amount as the pages print it: ¥1,583.00. */
const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
interface Holder {
  holderName: string;
  payments: { amountFen: number }[];
}
/** What a holder has in hand: the sum of the payments the cash-in-hand API lists for them. */
const inHand = (h: Holder) => h.payments.reduce((sum, p) => sum + p.amountFen, 0);

describe('money pages', () => {
  const s = useBrowser();

  it('shows finance the demo receipt books and the requests', async () => {
    await signIn(s, 'zhengkj');
    await s.page.getByRole('navigation').getByRole('link', { name: '收据本' }).click();
    await expect.poll(() => h1(s.page)).toBe('收据本');
    await expect.poll(() => main(s.page)).toContain('A 151–200');
    const text = await main(s.page);
    for (const expected of ['A 1–50', 'A 51–100', 'A 101–150', '陈静', '黄丽', '在库', '领用申请']) expect(text).toContain(expected);
    expect(await s.page.getByRole('button', { name: '登记收据本' }).count()).toBe(1);
    await expectAccessible(s, 'the receipt books page');
  });

  it('shows a cashier the receipts and the cash in hand', async () => {
    await signIn(s, 'chenjing', '/money/receipts');
    await expect.poll(() => h1(s.page)).toBe('收据');
    expect(await s.page.getByRole('link', { name: '导出 Excel' }).getAttribute('href')).toContain('/api/receipts/export.xlsx');
    await expectAccessible(s, 'the receipts page');

    await s.page.goto(`${s.baseURL}/money/cash`);
    await expect.poll(() => h1(s.page)).toBe('在手现金');
    // every holder in her office with what they hold (the demo's, plus what other tests on this server paid in cash)
    const holders = await apiGet<Holder[]>(s, '/api/cash-in-hand');
    expect(holders.map((h) => h.holderName)).toContain('孙秀英');
    await expect.poll(() => main(s.page)).toContain('孙秀英');
    const text = await main(s.page);
    for (const h of holders) {
      expect(text).toContain(h.holderName);
      expect(text).toContain(yuan(inHand(h)));
    }
    await expectAccessible(s, 'the cash in hand page');
  });

  it('shows an office head the day’s reconciliation of her office', async () => {
    await signIn(s, 'wangfang', null);
    const office = await orgIdByCode(s, 'office-a');
    await s.page.goto(`${s.baseURL}/money/reconciliation?org=${office}`);
    await expect.poll(() => h1(s.page)).toBe('对账');
    await expect.poll(() => main(s.page)).toContain('已开收据');
    const text = await main(s.page);
    for (const expected of ['翠竹园管理处', '差异', '检查', '断号']) expect(text).toContain(expected);
    const href = await s.page.getByRole('link', { name: '导出 Excel' }).getAttribute('href');
    expect(href).toContain(`officeId=${office}`);
    await expectAccessible(s, 'the reconciliation page');
  });

  it('lets the GPS department’s cashier reconcile her department, which is no office', async () => {
    await signIn(s, 'songcn', '/money/reconciliation');
    await expect.poll(() => h1(s.page)).toBe('对账');
    await expect.poll(() => main(s.page)).toContain('已开收据');
    expect(await main(s.page)).toContain('GPS事业部');
    expect(await s.page.getByRole('link', { name: '导出 Excel' }).count()).toBe(1);
  });

  it('lets finance return a remittance to the cashier with the reason, and the cash is hers to remit again (A2.4.2.4)', async () => {
    // the GPS department's cashier remits the receipted cash she holds
    await signIn(s, 'songcn', '/money/remittances');
    await expect.poll(() => h1(s.page)).toBe('上缴');
    await s.page.getByRole('button', { name: '新建上缴' }).click();
    const create = s.page.getByRole('dialog');
    await create.getByRole('button', { name: '提交上缴' }).click();
    await create.waitFor({ state: 'detached' });
    const mine = s.page.locator('main tr').filter({ hasText: '宋出纳' });
    await expect.poll(() => mine.filter({ hasText: '待确认' }).count()).toBe(1);

    // finance counts it short and sends it back with why and what it counted
    await signIn(s, 'zhengkj', '/money/remittances');
    const row = s.page.locator('main tr').filter({ hasText: '宋出纳' }).filter({ hasText: '待确认' });
    await row.getByRole('button', { name: /退\s*回/ }).click();
    const back = s.page.getByRole('dialog');
    await back.getByRole('button', { name: /退\s*回/ }).click();
    // the reason is required; the amount counted is not
    await expect.poll(() => back.innerText()).toContain('必填');
    await back.getByLabel('退回原因').fill('清点短款，请核对后重新上缴');
    await back.getByLabel(/清点金额/).fill('100.00');
    await expectAccessible(s, 'the return-a-remittance dialog');
    await back.getByRole('button', { name: /退\s*回/ }).click();
    await back.waitFor({ state: 'detached' });
    const returned = s.page.locator('main tr').filter({ hasText: '宋出纳' }).filter({ hasText: '已退回' });
    await expect.poll(() => returned.count()).toBe(1);
    expect(await returned.innerText()).toContain('退回原因：清点短款，请核对后重新上缴');
    expect(await returned.innerText()).toContain('清点金额：¥100.00');
    expect(await s.page.locator('main tr').filter({ hasText: '宋出纳' }).filter({ hasText: '待确认' }).count()).toBe(0);
    await expectAccessible(s, 'the remittances page with a returned remittance');

    // the cashier sees why, and has the cash back to remit
    await signIn(s, 'songcn', '/money/remittances');
    await expect.poll(() => mine.filter({ hasText: '已退回' }).count()).toBe(1);
    expect(await mine.filter({ hasText: '已退回' }).innerText()).toContain('清点短款');
    await expect.poll(() => s.page.getByRole('button', { name: '新建上缴' }).count()).toBe(1);
  });
});

describe('cash in hand on a phone', () => {
  const s = useBrowser({ width: 390, height: 844 });

  it('lets a cleaner see the cash she holds and start handing it over', async () => {
    // the demo's ¥120 is with the cleaner, or with her supervisor once the relay test (same server) handed it on
    await signIn(s, 'sunxy', null);
    const holders = await apiGet<Holder[]>(s, '/api/cash-in-hand');
    const [user, name] = holders.some((h) => h.holderName === '孙秀英') ? ['sunxy', '孙秀英'] : ['liuyang', '刘洋'];
    if (user !== 'sunxy') await signIn(s, user, null);
    // what she holds: the demo's ¥120 and whatever other tests on this server had her take in cash
    const mine = (await apiGet<Holder[]>(s, '/api/cash-in-hand')).find((h) => h.holderName === name)!;
    await s.page.goto(`${s.baseURL}/money/cash`);
    // the holder's line first: once the relay handed the ¥120 on, the hand-over history shows it too, and may come first
    await expect.poll(() => main(s.page)).toContain(`${name}（我）`);
    expect(await main(s.page)).toContain(yuan(inHand(mine)));
    await s.page.getByRole('button', { name: '交款' }).click();
    await expect.poll(() => s.page.getByRole('dialog').innerText()).toContain(`合计 ${yuan(inHand(mine))}`);
    await expectAccessible(s, 'the hand-over dialog on a phone');
    await s.page.keyboard.press('Escape');
  });
});
