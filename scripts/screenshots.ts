/**
 * Takes the product screenshots in docs/screenshots/: the sign-in page and the users page, at a desk
 * (1280 px) and on a phone (390 px). Starts the real server on a fresh demo database and drives
 * Debian's Chromium, the same way the browser tests do. Run: npx tsx scripts/screenshots.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/support/browser.js';
import { startServer } from '../test/e2e/support/server.js';
import { DEMO_PASSWORD } from '../test/support/demo-password.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs/screenshots');
const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '390', viewport: { width: 390, height: 844 } },
];

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

fs.mkdirSync(out, { recursive: true });
const server = await startServer();
try {
  for (const size of SIZES) {
    const browser = await launchBrowser(size.viewport);
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(`${server.url}/login`);
      await page.locator('#login-username').waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(out, `signin-${size.name}.png`) });

      await page.locator('#login-username').fill('admin');
      await page.locator('#login-password').fill(DEMO_PASSWORD);
      await page.locator('form button[type=submit]').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      await page.goto(`${server.url}/users`);
      await page.getByRole('link', { name: '王芳' }).waitFor();
      await settle(page);
      await page.screenshot({ path: path.join(out, `users-${size.name}.png`) });
      console.log(`docs/screenshots/signin-${size.name}.png, users-${size.name}.png`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.stop();
}
