// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/modules/fees/fees.tables.js';
import { connect, type DbHandle } from '../../src/platform/db/connect.js';
import { newId } from '../../src/platform/ids.js';
import { laneServer } from './support/lane.js';
import { expectAccessible, signIn, useBrowser } from './support/session.js';

/**
 * A 翠竹园 bill in the demo's exported bank batch (its return file not in) with an adjustment waiting for the office
 * head: one written behind the server as the cashier's (a new batch holds out bills whose adjustment waits, so this is
 * a batch exported before that rule: both now lock the bill, so none slips in during an export), or one already there.
 */
async function billWithTheBank(handle: DbHandle) {
  const db = handle.db;
  const bills = () =>
    db
      .selectFrom('fee_bills as f')
      .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'f.tenant_id').onRef('e.id', '=', 'f.estate_id'))
      .innerJoin('bank_batches as k', (j) => j.onRef('k.tenant_id', '=', 'f.tenant_id').onRef('k.id', '=', 'f.bank_batch_id'))
      .select(['f.tenant_id', 'f.id', 'f.office_id', 'k.number'])
      .where('e.name', '=', '翠竹园')
      .where('f.state', '=', 'open')
      .orderBy('f.id');
  const pending = await bills()
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('fee_adjustments as a').select('a.id').whereRef('a.bill_id', '=', 'f.id').where('a.state', '=', 'pending')),
    )
    .executeTakeFirst();
  if (pending) return pending;
  const bill = await bills().executeTakeFirstOrThrow();
  await db
    .insertInto('fee_adjustments')
    .values({
      tenant_id: bill.tenant_id,
      id: newId(),
      bill_id: bill.id,
      office_id: bill.office_id,
      amount_fen: -1000,
      reason: '电梯停运两周，业主申请减免',
      state: 'pending',
      requested_by: 'e2e',
      requested_by_name: '陈静',
      requested_at: new Date().toISOString(),
      decided_by: null,
      decided_by_name: null,
      decided_at: null,
      decision_note: null,
      version: 1,
    })
    .execute();
  return bill;
}

describe('an adjustment of a bill the bank is collecting', () => {
  const s = useBrowser();
  let handle: DbHandle;
  beforeAll(() => {
    handle = connect({ dataDir: laneServer().dataDir });
  });
  afterAll(() => handle?.close());

  it('the office head reads that the bill is with the bank before deciding, and is offered 驳回 but no 批准', async () => {
    const bill = await billWithTheBank(handle);
    await signIn(s, 'wangfang', `/bills/${bill.id}`);
    const alert = s.page.getByRole('alert').filter({ hasText: bill.number });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain(`本账单在托收批次 ${bill.number} 中`);
    expect(text).toContain('待审批的调整要等回盘');
    expect(await s.page.locator('main .ant-descriptions .ant-tag').allInnerTexts()).toEqual(['未缴', '银行托收中']);
    const row = s.page.locator('main tr', { hasText: '待审批' });
    await row.first().waitFor();
    expect(await row.getByRole('button', { name: /批\s*准/ }).count()).toBe(0);
    expect(await row.getByRole('button', { name: /驳\s*回/ }).count()).toBe(1);
    await expectAccessible(s, 'a bill with the bank, an adjustment waiting');
  });
});
