/**
 * The browser figure for the charts: the built host serves a 10k workspace
 * with steering data; Chromium opens Portfolio → Diagramme and we wait until
 * the value-vs-effort chart is drawn (the aggregated grid at this size).
 * Only runs where the host and renderer are built and Chromium is installed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import type { Outcome } from './browser.ts';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export async function chartsFirstRender(options: { cli: string; file: string; dataDir: string }): Promise<Outcome> {
  const executablePath = CHROMIUM.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) return { skipped: 'no Chromium found' };
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const host = spawn(process.execPath, [options.cli, 'serve', options.file], {
    env: { ...process.env, CDO_DATA_DIR: options.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  host.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t0 = performance.now();
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host printed no URL within 60 s: ${stderr.trim()}`)), 60_000);
      host.once('exit', (code) => reject(new Error(`host exited (${code}): ${stderr.trim()}`)));
      createInterface({ input: host.stdout }).on('line', (line) => {
        const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(line);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    const hostMs = performance.now() - t0;
    await page.goto(url);
    // Start from the portfolio, so only the step to the charts is timed.
    await page.locator('a[href="#/portfolio"]').first().click({ timeout: 30_000 });
    // The list has loaded (so the worker is idle) before the step to the charts is timed.
    await page.locator('tbody tr a[href^="#/portfolio/"]').first().waitFor({ state: 'visible', timeout: 30_000 });
    const t1 = performance.now();
    await page.locator('a[href="#/portfolio/charts"]').first().click();
    // The first card is value vs effort; the other charts may still be loading.
    await page.locator('.cdo-charts__card').first().locator('.recharts-surface').first().waitFor({ state: 'visible', timeout: 30_000 });
    return { ms: performance.now() - t1, hostMs };
  } catch (err) {
    return { skipped: `the charts were not drawn: ${String(err).split('\n')[0]}` };
  } finally {
    if (host.exitCode === null) {
      host.kill('SIGTERM');
      await once(host, 'exit');
    }
    await browser.close();
  }
}
