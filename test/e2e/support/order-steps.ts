// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The open dialog. */
export const dialog = (page: Page) => page.getByRole('dialog');

/**
 * Clicks the dialog's title until no option list is open over its buttons, as a person taps beside a field they
 * are done with: a multiple choice stays open for more, and on a slow machine a suggestion list can open late.
 */
export async function closeOptions(box: Locator) {
  await expect
    .poll(async () => {
      await box.locator('.ant-modal-title').click();
      return box.page().locator('.ant-select-dropdown:visible').count();
    })
    .toBe(0);
}

/** The order's state tag under the page title. */
export const stateTag = (page: Page) => page.locator('main .page-subtitle .order-state').first();

/** Clicks a step's button, then the same word in the dialog that asks first; waits until it closes. */
export async function step(page: Page, button: string, confirm = button) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await dialog(page).getByRole('button', { name: confirm, exact: true }).click();
  await dialog(page).waitFor({ state: 'detached' });
}

/** Picks an option in an antd select by typing, as a keyboard user would. */
export async function choose(page: Page, field: ReturnType<Page['locator']>, typed: string, option: string) {
  await field.click();
  await page.keyboard.type(typed);
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first().click();
}

/**
 * 批准派工, then 派工 to the one person picked in the dialog by typing `typed` (an order approved before dispatch, A4.4.3);
 * waits for 已派工. `check` looks at the open dialog before anyone is picked.
 */
export async function approveAndAssign(page: Page, typed: string, option: string, check?: (assign: Locator) => Promise<void>) {
  await step(page, '批准派工');
  await page.getByRole('button', { name: '派工', exact: true }).click();
  const assign = dialog(page);
  await check?.(assign);
  await choose(page, assign.getByLabel('服务人员'), typed, option);
  await assign.locator('.ant-modal-title').click();
  await assign.getByRole('button', { name: '派工', exact: true }).click();
  await assign.waitFor({ state: 'detached' });
  await expect.poll(() => stateTag(page).innerText()).toBe('已派工');
}

/** Draws a few strokes on the signature pad with the mouse. */
export async function drawSignature(page: Page) {
  const canvas = page.locator('.signature-box canvas');
  // on a phone the pad sits below what is signed for: the signer scrolls down to it
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no signature pad');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) await page.mouse.move(box.x + 30 + i * 12, y + Math.sin(i / 2) * 40, { steps: 2 });
  await page.mouse.up();
  await page.mouse.move(box.x + 60, y - 50);
  await page.mouse.down();
  await page.mouse.move(box.x + 90, y + 50, { steps: 6 });
  await page.mouse.up();
}
