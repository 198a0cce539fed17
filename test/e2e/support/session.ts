import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, type TestContext } from 'vitest';
import { DEMO_PASSWORD } from '../../support/demo-password.js';
import { type Browser, newBrowserContext } from './browser.js';
import { laneServer } from './lane.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const AXE = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const PASSWORD = DEMO_PASSWORD;

export interface Session {
  page: Page;
  baseURL: string;
  browser: Browser;
  /** Uncaught errors in the page since the test began (each test expects none). */
  errors: string[];
}

/**
 * A browser for one test file: a fresh browser context (as a fresh profile), one page, the server's address. A failing
 * test leaves a screenshot in test-results/; an uncaught page error fails the test that caused it.
 */
export function useBrowser(viewport = { width: 1280, height: 800 }): Session {
  const session = { errors: [] as string[] } as Session;
  beforeAll(async () => {
    session.baseURL = laneServer().baseURL;
    session.browser = await newBrowserContext(viewport);
    session.page = session.browser.context.pages()[0] ?? (await session.browser.context.newPage());
    session.page.on('pageerror', (e) => session.errors.push(e.message));
  });
  afterEach(async (ctx: TestContext) => {
    if (ctx.task.result?.state === 'fail' && session.page) {
      const dir = path.join(root, 'test-results');
      fs.mkdirSync(dir, { recursive: true });
      const name = `${ctx.task.file?.name ?? 'e2e'}-${ctx.task.name}`.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 120);
      await session.page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true }).catch(() => {});
      // CI keeps only the log: say there what the page showed
      console.error(`[${ctx.task.name}] the page at the failure:\n${await pageAtFailure(session.page)}`);
    }
    const errors = session.errors.splice(0);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}

/**
 * The page's address, the text of its main part and of any open dialog or drawer, and each dialog's name as a
 * locator by role reads it (its aria-labelledby and the text that points at), shortened for a log.
 */
async function pageAtFailure(page: Page): Promise<string> {
  const text = await page
    .evaluate(() => {
      const shown = [
        ...document.querySelectorAll<HTMLElement>('main, .ant-modal-content, .ant-drawer-section, .ant-message, .ant-notification'),
      ]
        // biome-ignore lint/performance/useDomNodeTextContent: the text a person sees, not hidden text
        .map((element) => element.innerText);
      const dialogs = [...document.querySelectorAll<HTMLElement>('[role=dialog]')].map((d) => {
        const by = d.getAttribute('aria-labelledby');
        return `dialog aria-labelledby=${by} (${by ? document.getElementById(by)?.textContent : ''}) aria-label=${d.getAttribute('aria-label')} shown=${d.checkVisibility()}`;
      });
      return [...dialogs, ...shown].join('\n---\n');
    })
    .catch((e: Error) => `(no text: ${e.message})`);
  return `${page.url()}\n${text.slice(0, 4000)}`;
}

/**
 * Signs in through the sign-in page, as a person would; ends on the page the app goes to next. For a test that
 * relies on the sign-in itself: where the form leads, a session of its own, a password other than the demo's.
 */
export async function signInViaForm(s: Session, username: string, password = PASSWORD, from = '/login'): Promise<void> {
  await s.browser.context.clearCookies();
  await s.page.goto(`${s.baseURL}${from}`);
  await s.page.locator('#login-username').fill(username);
  await s.page.locator('#login-password').fill(password);
  await s.page.locator('form button[type=submit]').click();
  await s.page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await s.page.locator('main h1').first().waitFor();
}

/**
 * Becomes `username` (demo password) and ends on `next` (a path of the app, the home page unless said), or on no new
 * page when `next` is null: for a test that asks the API something as that user first and then opens its own page.
 * The session comes from the sign-in API, never the form (sign-in.e2e.ts and the tests that call signInViaForm try
 * the form itself), and is kept per user in the lane's data folder: the next test that becomes the same user puts its
 * cookies back, after the server confirms whose session it is (a session signed out, expired or whose password was
 * changed is replaced by a new one). The form cost two page loads, about 2 s in a loaded run, where a test only
 * needed to act as someone; opening the test's own page at once spares a load of the home page it would leave.
 */
export async function signIn(s: Session, username: string, next: string | null = '/'): Promise<void> {
  await takeSession(s, username);
  if (next === null) return;
  await s.page.goto(`${s.baseURL}${next}`);
  await s.page.locator('main h1').first().waitFor();
  if (!new URL(s.page.url()).pathname.startsWith('/login')) return;
  // the session ended between the check and the page load: the app has gone to the sign-in page
  await takeSession(s, username, { fresh: true });
  await s.page.goto(`${s.baseURL}${next}`);
  await s.page.locator('main h1').first().waitFor();
  expect(new URL(s.page.url()).pathname, `${username} signed in`).not.toMatch(/^\/login/);
}

/** Gives the page's context a session of `username`: the kept one if the server still takes it, else a new one. */
async function takeSession(s: Session, username: string, options: { fresh?: boolean } = {}): Promise<void> {
  const { context } = s.browser;
  await context.clearCookies();
  const kept = options.fresh ? undefined : keptSessions.load(username);
  if (kept) {
    await context.addCookies(kept);
    // the server says whose session it is: a test never acts as someone other than the one it named
    const me = await context.request.get(`${s.baseURL}/api/auth/me`);
    if (me.status() === 200 && ((await me.json()) as { user: { username: string } }).user.username === username) return;
    await context.clearCookies();
  }
  const response = await context.request.post(`${s.baseURL}/api/auth/login`, {
    data: { username, password: PASSWORD },
    headers: { 'x-guanjia-csrf': '1' },
  });
  expect(response.status(), `sign-in of ${username}: ${await response.text()}`).toBe(200);
  keptSessions.save(username, await context.cookies());
}

type Cookies = Awaited<ReturnType<Browser['context']['cookies']>>;

/** Session cookies per username for the lane, in a file in its server's data folder (a lane runs one file at a time). */
const keptSessions = {
  file: () => path.join(laneServer().dataDir, 'e2e-sessions.json'),
  all(): Record<string, Cookies> {
    if (!fs.existsSync(this.file())) return {};
    return JSON.parse(fs.readFileSync(this.file(), 'utf8')) as Record<string, Cookies>;
  },
  load(username: string): Cookies | undefined {
    return this.all()[username];
  },
  save(username: string, cookies: Cookies): void {
    fs.writeFileSync(this.file(), JSON.stringify({ ...this.all(), [username]: cookies }));
  },
};

/** GET an API path with the page's session (for ids the test needs, never for what it checks). */
export async function apiGet<T>(s: Session, apiPath: string): Promise<T> {
  const response = await s.browser.context.request.get(`${s.baseURL}${apiPath}`);
  expect(response.status(), apiPath).toBe(200);
  return (await response.json()) as T;
}

export async function orgIdByCode(s: Session, code: string): Promise<string> {
  const page = await apiGet<{ items: { id: string; code: string | null }[] }>(s, '/api/orgs?pageSize=100');
  const org = page.items.find((o) => o.code === code);
  if (!org) throw new Error(`no visible org with code ${code}`);
  return org.id;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and fails on any serious or critical violation, naming where. */
export async function expectAccessible(s: Session, where: string): Promise<void> {
  expect(await seriousViolations(s), `accessibility of ${where}`).toEqual([]);
}

/** axe-core's serious and critical violations of the page once it has settled, each with where it is. */
export async function seriousViolations(s: Session): Promise<string[]> {
  await s.page.waitForLoadState('networkidle');
  // a button's loading state is a moment of fading colours, not the page a person reads
  await s.page
    .locator('.ant-btn-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  // nor is a list still loading, or a toast or dialog still fading in: wait for them to settle
  await s.page
    .locator('.ant-list-loading, .ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  // antd's click ripple (.ant-wave, a ring fading for 2 s after every click, reduced motion or not) is no part of
  // what is read: waiting it out cost 0.65 s a check on average, most of the check's waiting
  await s.page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (a) =>
              a.playState !== 'running' ||
              a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY ||
              ((a.effect as KeyframeEffect | null)?.target as Element | null)?.classList.contains('ant-wave'),
          ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const loaded = await s.page.evaluate(() => 'axe' in window);
  if (!loaded) await s.page.evaluate(`${AXE}\n;undefined`);
  const violations = await s.page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const axe = (window as any).axe;
    // A rule with an impact gives every violation that impact (axe's finalizeRuleResult), so a minor or moderate
    // rule can never fail this check: it is not run (32 rules of 104, among them the page-wide "region"; the check
    // took 13.8 s instead of 16.7 s over 21 pages). A rule without an impact of its own still runs.
    const neverSerious = (axe._audit.rules as { id: string; impact?: string }[]).filter(
      (rule) => rule.impact === 'minor' || rule.impact === 'moderate',
    );
    const rules = Object.fromEntries(neverSerious.map((rule) => [rule.id, { enabled: false }]));
    const result = await axe.run(document, { resultTypes: ['violations'], rules });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The main menu's link names, in order. */
export async function menuItems(s: Session): Promise<string[]> {
  return s.page.locator('nav.side-nav a').allInnerTexts();
}
