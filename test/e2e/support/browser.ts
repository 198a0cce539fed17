import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type Browser as Chromium, chromium } from 'playwright-core';

/** Debian's Chromium with the flags that keep it quiet and self-contained in a test run. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What a test's page starts with: a desk's or a phone's screen, Chinese, Beijing time, no motion. */
const contextOptions = (viewport: { width: number; height: number }) => ({
  viewport,
  locale: 'zh-CN',
  // The app honours "reduce motion": no transitions, so a click never lands on a half-open popover.
  reducedMotion: 'reduce' as const,
  timezoneId: 'Asia/Shanghai',
});

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A real Chromium with a fresh profile in its own temporary folder (removed on close). */
export async function launchBrowser(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...contextOptions(viewport),
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

let launched: Promise<Chromium> | undefined;

/** The Chromium of this test worker: started at the first call, and again if it has gone. */
async function workerChromium(): Promise<Chromium> {
  if (!launched || !(await launched).isConnected()) {
    launched = chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }
  return launched;
}

/**
 * A fresh context (cookies, storage and cache of its own, as a new profile) in the one Chromium this test worker
 * keeps. The lanes do not isolate their files (test/e2e/vitest.config.ts), so a lane's files share its worker and
 * Chromium starts once per lane, not per file and browser: a start cost 3.5 s in a loaded run, 1.5 s alone.
 * Playwright ends that Chromium when the worker exits.
 */
export async function newBrowserContext(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  const context = await (await workerChromium()).newContext(contextOptions(viewport));
  // An action that cannot happen fails naming its locator, well inside a test's 60 s: with Playwright's 30 s
  // default, a stuck step after a slow one ended as a bare "test timed out" with nothing said of where.
  context.setDefaultTimeout(ACTION_TIMEOUT);
  context.setDefaultNavigationTimeout(2 * ACTION_TIMEOUT);
  return { context, close: () => context.close() };
}

/** How long a click, fill or wait may take before it fails (a page load gets twice as long). */
export const ACTION_TIMEOUT = 25_000;
