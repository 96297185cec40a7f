/**
 * "No network" measured, not assumed: Chromium gets a counting proxy on the
 * loopback host instead of the usual dead one, so any request that is not for
 * our own host — a web font, an update check, telemetry, a map tile — lands
 * there and is counted. The demo workspace is opened and every view of the
 * sidebar visited: the pages must ask for nothing outside 127.0.0.1, and the
 * proxy must see nothing but Chromium's own service calls. A control request from a blank page proves the trap works.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shell } from './pages/shell.ts';
import { startApp, type RunningApp } from './support/app-host.ts';
import { launchBrowser } from './support/browser.ts';
import { endOfJourney, expectAccessible, type Journey } from './support/journey.ts';

/** A proxy that answers nothing but remembers who knocked ("CONNECT fonts.example:443 …"). */
function countingProxy(): Promise<{ server: Server; url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((socket: Socket) => {
    socket.once('data', (chunk) => {
      seen.push(chunk.toString('latin1').split('\r\n', 1)[0] ?? '?');
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
    });
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen })));
}

/**
 * Chromium's own services, which it calls whatever page it shows (component
 * updates, sign-in, autofill hints). They are the test browser's traffic, not
 * the app's: the packaged app runs in Electron, which has none of them, and
 * every request a page of ours makes is checked separately (`foreign`).
 */
const CHROMIUM_SERVICES = /^(CONNECT |POST http:\/\/|GET http:\/\/)(update\.googleapis\.com|accounts\.google\.com|content-autofill\.googleapis\.com|optimizationguide-pa\.googleapis\.com|clientservices\.googleapis\.com|redirector\.gvt1\.com|edgedl\.me\.gvt1\.com)[:/]/;

const SIDEBAR = ['Übersicht', 'Ökosystem', 'Standortanalyse', 'Stakeholder', 'Wertversprechen', 'Agenda & Roadmap', 'Portfolio', 'Peer-Austausch', 'Förderung', 'Sicherungen', 'Über / Datenquellen'];

describe('the app makes no outgoing request', () => {
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  /** Every request of the browser context (all pages, workers) not for our origin. */
  const foreign: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    proxy = await countingProxy();
    app = await startApp(['--demo']);
    browser = await launchBrowser(proxy.url);
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    context.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(`${app.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(app.url);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    proxy?.server.close();
  });

  it('visits every view of the demo workspace with 0 requests beyond 127.0.0.1', async () => {
    const shell = new Shell(page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
    for (const view of SIDEBAR) await shell.goTo(view, view === 'Portfolio' ? 'Portfolio: Maßnahmen' : view);
    await shell.goTo('Übersicht');
    await expectAccessible(page);
    // Late requests (a lazily loaded font, a beacon on idle) get a moment to show up.
    await page.waitForTimeout(500);
    expect(foreign).toEqual([]);
    expect(proxy.seen.filter((line) => !CHROMIUM_SERVICES.test(line))).toEqual([]);
    const journey: Journey = { app, browser, page, foreign, pageErrors, close: async () => {} };
    await endOfJourney(journey, 'kein-netzwerk-uebersicht');
  });

  it('would have counted a request that leaves the machine (the trap works)', async () => {
    const control = await browser.newPage();
    try {
      await control.goto('http://cockpit-kontrolle.example/', { timeout: 10_000 }).catch(() => null);
      expect(proxy.seen.some((line) => line.includes('cockpit-kontrolle.example'))).toBe(true);
    } finally {
      await control.close();
      proxy.seen.length = 0;
    }
  });
});
