import type { ConsoleMessage, Response } from 'playwright-core';
import { expect, it } from 'vitest';
import { type Session, seriousViolations, signIn } from './session.js';

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };

/**
 * One test per user: every page of the user's menu not yet opened by an earlier user of the file, opened as the user
 * would. Each loads without an error in the page or a refused or failed API call, passes axe (serious and critical)
 * on a desk, and on a 390 px phone never scrolls sideways. Every finding of a user is listed at once.
 */
export function everyPageOf(s: Session, users: readonly string[]): void {
  const opened = new Set<string>();
  for (const user of users) {
    it(`every page of ${user}'s menu opens cleanly, on a desk and on a phone`, async () => {
      await signIn(s, user);
      const paths = (await s.page.locator('nav.side-nav a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))).filter(
        (href) => href.startsWith('/') && !opened.has(href),
      );
      const findings: string[] = [];
      let at = '';
      const failed = (response: Response) => {
        if (response.status() >= 400 && new URL(response.url()).pathname.startsWith('/api/'))
          findings.push(`${at}: ${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
      };
      const consoleError = (message: ConsoleMessage) => {
        if (message.type() === 'error') findings.push(`${at}: console: ${message.text().slice(0, 200)}`);
      };
      s.page.on('response', failed);
      s.page.on('console', consoleError);
      try {
        for (const path of paths) {
          opened.add(path);
          at = path;
          await s.page.goto(`${s.baseURL}${path}`);
          await s.page.locator('main h1').first().waitFor();
          for (const violation of await seriousViolations(s)) findings.push(`${path}: ${violation}`);
          await s.page.setViewportSize(PHONE);
          // the phone's layout has no side menu
          await s.page.locator('nav.side-nav').waitFor({ state: 'detached' });
          // and draws lists as cards: two frames for React to render it and the browser to lay it out
          await s.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const sideways = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (sideways > 0) findings.push(`${path}: scrolls ${sideways} px sideways at ${PHONE.width} px`);
          await s.page.setViewportSize(DESK);
        }
      } finally {
        s.page.off('response', failed);
        s.page.off('console', consoleError);
      }
      expect(findings, `${paths.length} pages of ${user}`).toEqual([]);
    }, 300_000);
  }
}
