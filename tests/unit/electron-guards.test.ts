import { EventEmitter } from 'node:events';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type CheckHandler = (contents: unknown, permission: string) => boolean;
type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

const electron = vi.hoisted(() => ({
  openExternal: vi.fn<(url: string) => Promise<void>>(async () => {}),
  appOn: vi.fn<(event: string, listener: (event: unknown, contents: unknown) => void) => void>(),
  session: {
    setPermissionRequestHandler: vi.fn<(handler: RequestHandler) => void>(),
    setPermissionCheckHandler: vi.fn<(handler: CheckHandler) => void>(),
    setDevicePermissionHandler: vi.fn<(handler: () => boolean) => void>(),
    webRequest: { onBeforeRequest: vi.fn<(filter: { urls: string[] }, listener: BeforeRequest) => void>() },
  },
}));

vi.mock('electron', () => ({
  app: { on: electron.appOn },
  shell: { openExternal: electron.openExternal },
  session: { defaultSession: electron.session },
}));

import type { Session, WebContents } from 'electron';
import {
  blockNetwork,
  denyAllPermissions,
  guardWebContents,
  handleWillNavigate,
  handleWindowOpen,
  isAppUrl,
  isSafeExternalUrl,
  setupGuards,
} from '../../electron/guards.ts';

const navEvent = (url: string, extra: Record<string, unknown> = {}) => ({ url, preventDefault: vi.fn<() => void>(), ...extra });

beforeEach(() => {
  vi.clearAllMocks();
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.ozg-umsetzung.de/', 'https://example.org/pfad?q=1#x', 'mailto:cdo@musterstadt.de'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://example.org/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['our own scheme', 'app://cockpit/index.html'],
    ['a custom handler', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://server/share'],
    ['credentials posing as a host', 'https://amt.de@evil.example/'],
    ['a newline', 'https://example.org/\nfoo'],
    ['a space', 'https://exa mple.org/'],
    ['a NUL byte', 'https://example.org/\u0000'],
    ['not a URL', 'not a url'],
    ['an empty mailto', 'mailto:'],
    ['an overlong link', `https://example.org/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('is true only for app://cockpit', () => {
    expect(isAppUrl('app://cockpit/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://cockpit/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });
});

describe('handleWindowOpen', () => {
  it('never opens a new app window, and hands a checked https link to the system browser', () => {
    expect(handleWindowOpen({ url: 'https://www.kgst.de/' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.kgst.de/');
  });

  it('refuses file:, javascript: and app: targets without opening anything', () => {
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'app://cockpit/index.html']) {
      expect(handleWindowOpen({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.openExternal).not.toHaveBeenCalled();
  });
});

describe('handleWillNavigate', () => {
  it('lets the page move within the app origin', () => {
    const event = navEvent('app://cockpit/index.html');
    handleWillNavigate(event, event.url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('keeps the window on the app and opens an https link externally instead', () => {
    const event = navEvent('https://www.bund.de/');
    handleWillNavigate(event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.bund.de/');
  });

  it('blocks navigation to file:// and other origins without opening them', () => {
    for (const url of ['file:///etc/passwd', 'http://127.0.0.1:8080/', 'app://other/index.html']) {
      const event = navEvent(url);
      handleWillNavigate(event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(electron.openExternal).not.toHaveBeenCalled();
  });
});

describe('guardWebContents', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    const contents = Object.assign(emitter, { setWindowOpenHandler: vi.fn<(handler: (details: { url: string }) => unknown) => void>() });
    guardWebContents(contents as unknown as WebContents);
    return contents;
  }

  it('installs the window-open handler that denies', () => {
    const contents = fakeContents();
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0];
    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('blocks a main-frame navigation away from the app', () => {
    const contents = fakeContents();
    const event = navEvent('https://evil.example/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('blocks sub-frame navigations and redirects away from the app, opening nothing', () => {
    const contents = fakeContents();
    const frameNav = navEvent('https://evil.example/', { isMainFrame: false });
    const redirect = navEvent('https://evil.example/', { isMainFrame: true });
    contents.emit('will-frame-navigate', frameNav);
    contents.emit('will-redirect', redirect);
    expect(frameNav.preventDefault).toHaveBeenCalled();
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const contents = fakeContents();
    const event = { preventDefault: vi.fn<() => void>() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request with no and every permission check with false', () => {
    denyAllPermissions(electron.session as unknown as Session);
    const request = electron.session.setPermissionRequestHandler.mock.calls[0]![0];
    const check = electron.session.setPermissionCheckHandler.mock.calls[0]![0];
    const device = electron.session.setDevicePermissionHandler.mock.calls[0]![0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const callback = vi.fn<(granted: boolean) => void>();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission)).toBe(false);
    }
    expect(device()).toBe(false);
  });
});

describe('blockNetwork', () => {
  it('cancels every http(s) and websocket request of the session', () => {
    blockNetwork(electron.session as unknown as Session);
    const [filter, listener] = electron.session.webRequest.onBeforeRequest.mock.calls[0]!;
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn<(response: { cancel: boolean }) => void>();
    listener({ url: 'https://fonts.example/x.woff2' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('setupGuards', () => {
  it('guards every web contents the app creates and the default session', () => {
    setupGuards();
    expect(electron.appOn).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    expect(electron.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.webRequest.onBeforeRequest).toHaveBeenCalled();
    const created = electron.appOn.mock.calls.find((c) => c[0] === 'web-contents-created')![1];
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn<(handler: unknown) => void>() });
    created({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});
