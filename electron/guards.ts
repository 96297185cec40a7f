/**
 * Guards for every web contents the app creates: no navigation away from the
 * app origin, no new windows, no permissions, no <webview>. External links
 * (https:, mailto:) go to the system browser after a check; anything else is
 * refused; the session makes no web requests. Imports only Electron and
 * electron/window.ts.
 */
import { app, session, shell, type Event, type Session, type WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './window.ts';

const MAX_EXTERNAL_URL = 2048;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of the built renderer (app://cockpit/...). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/**
 * Links we hand to the operating system: https: with a real host and no
 * credentials (so "https://amt.de@evil.example" cannot pose as amt.de), and
 * mailto:. Never file:, http:, javascript:, custom schemes or data:.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL) return false;
  // Control characters and whitespace have no place in a link we pass to the OS shell.
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return false;
  }
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'mailto:') return u.pathname.length > 0;
  return u.protocol === 'https:' && u.hostname.length > 0 && u.username === '' && u.password === '';
}

/** Opens a checked link in the system browser or mail program; returns whether it did. */
export function openExternalIfSafe(url: string, open: (url: string) => Promise<void> = (u) => shell.openExternal(u)): boolean {
  if (!isSafeExternalUrl(url)) return false;
  open(url).catch((err: unknown) => console.warn('[guards] could not open link externally:', err));
  return true;
}

/** window.open / target=_blank: never a new Electron window. */
export function handleWindowOpen(details: { url: string }): { action: 'deny' } {
  openExternalIfSafe(details.url);
  return { action: 'deny' };
}

/** A top-level navigation: stays only if it stays inside the app; safe links leave for the system browser. */
export function handleWillNavigate(event: Pick<Event, 'preventDefault'>, url: string): void {
  if (isAppUrl(url)) return;
  event.preventDefault();
  openExternalIfSafe(url);
}

/** Redirects and sub-frame navigations outside the app are refused without opening anything. */
export function handleOtherNavigation(event: Pick<Event, 'preventDefault'>, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

/** Wires the guards to one web contents. */
export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(handleWindowOpen);
  contents.on('will-navigate', (event) => handleWillNavigate(event, event.url));
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) handleOtherNavigation(event, event.url);
  });
  contents.on('will-redirect', (event) => handleOtherNavigation(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every permission request and check is denied: the cockpit needs no camera, location, notifications, clipboard read, ... */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** URL patterns the page may never reach: the cockpit is offline by design (no telemetry, no web fonts, no updates). */
export const NETWORK_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/** Cancels every web request of the session, whatever the page or a library tries. */
export function blockNetwork(ses: Session): void {
  ses.webRequest.onBeforeRequest({ urls: NETWORK_PATTERNS }, (_details, callback) => callback({ cancel: true }));
}

export function setupGuards(): void {
  denyAllPermissions(session.defaultSession);
  blockNetwork(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
