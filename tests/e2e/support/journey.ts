/**
 * One journey's surroundings: the built app on a temp data dir, one Chromium,
 * one page watched for requests leaving the loopback host and for uncaught
 * errors. A test file opens it once and tells its stories on the same page.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startApp, type RunningApp } from './app-host.ts';
import { launchBrowser, screenshot, seriousA11yViolations, watchRequests } from './browser.ts';

export interface Journey {
  app: RunningApp;
  browser: Browser;
  page: Page;
  /** URLs the page asked for outside the loopback origin (must stay empty). */
  foreign: string[];
  /** Uncaught errors in the page (must stay empty). */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openCockpit(args: string[] = []): Promise<Journey> {
  const app = await startApp(args);
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    // Auto-waiting covers slow moments; a missing element should fail in seconds, not half a minute.
    page.setDefaultTimeout(10_000);
    const foreign = watchRequests(page, app.origin);
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(app.url);
    const opened = browser;
    return {
      app,
      browser: opened,
      page,
      foreign,
      pageErrors,
      async close() {
        await opened.close();
        await app.stop();
      },
    };
  } catch (err) {
    await browser?.close();
    await app.stop();
    throw err;
  }
}

/** The view as it stands passes axe (WCAG 2.1 A/AA) without serious or critical findings. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

/** What every journey ends with: a screenshot, nothing sent anywhere but the loopback host, no crash. */
export async function endOfJourney(journey: Journey, shot: string): Promise<void> {
  await screenshot(journey.page, shot);
  expect(journey.foreign).toEqual([]);
  expect(journey.pageErrors).toEqual([]);
}
