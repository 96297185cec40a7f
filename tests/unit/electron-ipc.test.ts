import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { CockpitEvent } from '../../api/index.ts';
import { createHarness, type Harness } from '../support/core-harness.ts';

const ipcMain = vi.hoisted(() => ({ handle: vi.fn<(channel: string, handler: unknown) => void>(), removeHandler: vi.fn<(channel: string) => void>() }));
vi.mock('electron', () => ({ ipcMain }));

import { cleanMeta, createInvokeHandler, isTrustedSender, sendCommand, setupIpc } from '../../electron/ipc.ts';

type Frame = { url: string; parent: Frame | null };

function fakeWindowContents(url = 'app://cockpit/index.html') {
  const mainFrame: Frame = { url, parent: null };
  return { mainFrame, send: vi.fn<(channel: string, payload: unknown) => void>(), isDestroyed: () => false };
}

const asContents = (c: ReturnType<typeof fakeWindowContents>) => c as unknown as WebContents;
const invokeEvent = (sender: ReturnType<typeof fakeWindowContents>, senderFrame: Frame | null) =>
  ({ sender, senderFrame }) as unknown as IpcMainInvokeEvent;

let h: Harness;
beforeEach(() => {
  vi.clearAllMocks();
  h = createHarness();
});
afterEach(() => h.cleanup());

describe('isTrustedSender', () => {
  it('trusts only our window, its main frame, on the app origin', () => {
    const win = fakeWindowContents();
    expect(isTrustedSender(invokeEvent(win, win.mainFrame), asContents(win))).toBe(true);
  });

  it('refuses another web contents, a sub-frame, a missing frame, a foreign origin, or a closed window', () => {
    const win = fakeWindowContents();
    const other = fakeWindowContents();
    const sub: Frame = { url: 'app://cockpit/index.html', parent: win.mainFrame };
    expect(isTrustedSender(invokeEvent(other, other.mainFrame), asContents(win))).toBe(false);
    expect(isTrustedSender(invokeEvent(win, sub), asContents(win))).toBe(false);
    expect(isTrustedSender(invokeEvent(win, null), asContents(win))).toBe(false);
    const navigatedAway = fakeWindowContents('https://evil.example/');
    expect(isTrustedSender(invokeEvent(navigatedAway, navigatedAway.mainFrame), asContents(navigatedAway))).toBe(false);
    expect(isTrustedSender(invokeEvent(win, win.mainFrame), null)).toBe(false);
  });
});

describe('the cdo:invoke handler', () => {
  function handlerFor(win: ReturnType<typeof fakeWindowContents>) {
    const call = vi.fn<Harness['dispatcher']['call']>((method, input, meta) => h.dispatcher.call(method, input, meta));
    const onLanguage = vi.fn<(lang: 'de' | 'en') => void>();
    const handle = createInvokeHandler(() => asContents(win), { call }, { onLanguage });
    return { handle, call, onLanguage };
  }

  it('forwards a call from our main frame to the core and returns its answer', async () => {
    const win = fakeWindowContents();
    const { handle, call } = handlerFor(win);
    const result = await handle(invokeEvent(win, win.mainFrame), 'listWorkspaces', {}, { lang: 'de' });
    expect(result).toEqual({ ok: true, value: [] });
    expect(call).toHaveBeenCalledWith('listWorkspaces', {}, { lang: 'de' });
  });

  it('lets the core validate the input: a bad AGS gets a German message and creates nothing', async () => {
    const win = fakeWindowContents();
    const { handle } = handlerFor(win);
    const result = await handle(invokeEvent(win, win.mainFrame), 'createWorkspace', { ags: '12' }, { lang: 'de' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { issues: [{ path: 'ags' }] } } });
    expect(await h.dispatcher.call('listWorkspaces', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses a sub-frame with "unauthorized" in German, and the core is never called', async () => {
    const win = fakeWindowContents();
    const { handle, call } = handlerFor(win);
    const sub: Frame = { url: 'app://cockpit/index.html', parent: win.mainFrame };
    const result = await handle(invokeEvent(win, sub), 'createDemoWorkspace', {}, { lang: 'de' });
    expect(result).toEqual({ ok: false, error: { code: 'unauthorized', message: 'Anfrage abgelehnt: Sie kommt nicht aus dem Cockpit-Fenster.' } });
    expect(call).not.toHaveBeenCalled();
    expect(await h.dispatcher.call('listWorkspaces', {})).toEqual({ ok: true, value: [] });
  });

  it('refuses a foreign web contents, answering in English when asked', async () => {
    const win = fakeWindowContents();
    const stranger = fakeWindowContents();
    const { handle, call } = handlerFor(win);
    const result = await handle(invokeEvent(stranger, stranger.mainFrame), 'listWorkspaces', {}, { lang: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized', message: expect.stringMatching(/^Request refused/) } });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses a method name that is not a string', async () => {
    const win = fakeWindowContents();
    const { handle, call } = handlerFor(win);
    for (const method of [42, null, '', 'x'.repeat(101), { toString: () => 'listWorkspaces' }]) {
      const result = await handle(invokeEvent(win, win.mainFrame), method, {}, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('passes an unknown method on to the core, which names it in its answer', async () => {
    const win = fakeWindowContents();
    const { handle } = handlerFor(win);
    const result = await handle(invokeEvent(win, win.mainFrame), 'dropAllTables', {}, { lang: 'de' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method', message: expect.stringContaining('dropAllTables') } });
  });

  it('tells the shell the UI language carried by a call, and nothing else from meta reaches the core', async () => {
    const win = fakeWindowContents();
    const { handle, call, onLanguage } = handlerFor(win);
    await handle(invokeEvent(win, win.mainFrame), 'listWorkspaces', {}, { lang: 'en', __proto__: { admin: true }, trusted: true });
    expect(onLanguage).toHaveBeenCalledWith('en');
    expect(call.mock.calls[0]![2]).toEqual({ lang: 'en' });
  });
});

describe('cleanMeta', () => {
  it('keeps only a known language', () => {
    expect(cleanMeta({ lang: 'en', x: 1 })).toEqual({ lang: 'en' });
    expect(cleanMeta({ lang: 'fr' })).toEqual({});
    expect(cleanMeta(null)).toEqual({});
    expect(cleanMeta('de')).toEqual({});
  });
});

describe('setupIpc', () => {
  it('registers one channel, forwards core events to the window as cdo:event, and can be undone', async () => {
    const win = fakeWindowContents();
    const dispose = setupIpc(() => asContents(win), { call: h.dispatcher.call, subscribe: (l) => h.core.subscribe(l) });
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle).toHaveBeenCalledWith('cdo:invoke', expect.any(Function));

    const event: CockpitEvent = { type: 'changed', entities: ['measure'] };
    h.core.emit(event);
    expect(win.send).toHaveBeenCalledWith('cdo:event', event);

    dispose();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('cdo:invoke');
    h.core.emit(event);
    expect(win.send).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when the window is gone', () => {
    const closed = { ...fakeWindowContents(), isDestroyed: () => true };
    sendCommand(() => asContents(closed), 'undo');
    expect(closed.send).not.toHaveBeenCalled();
    sendCommand(() => null, 'undo');
  });

  it('sends menu commands as command events', () => {
    const win = fakeWindowContents();
    sendCommand(() => asContents(win), 'search');
    expect(win.send).toHaveBeenCalledWith('cdo:event', { type: 'command', command: 'search' });
  });
});
