/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser),
 * with the flags that keep it off the network.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM = process.env.CDO_CHROMIUM ?? '/usr/bin/chromium';
export const SHOTS_DIR = join(process.cwd(), 'test-results', 'screenshots');

/**
 * Network blocked for the browser too (QUALITY.md "No network"): Chromium sends
 * everything except loopback to this proxy, where nothing listens, and resolves
 * no host name but our own. tests/e2e/no-network.test.ts passes a counting proxy instead.
 */
export const DEAD_PROXY = 'http://127.0.0.1:9';

export async function launchBrowser(proxy = DEAD_PROXY): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--proxy-server=${proxy}`, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
}

/** Fails the test on any request that leaves the loopback host (the app makes none). */
export function watchRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** axe scan with WCAG 2.1 A/AA tags; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
