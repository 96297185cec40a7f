/**
 * The lifecycle in electron/main.ts, wired end to end with tiny Electron fakes:
 * a real core on a real SQLite folder stands in for the worker thread (the
 * worker bundle may not be built when unit tests run).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { CoreWorker } from '../../core/worker-client.ts';
import { makeTempDir } from '../support/core-harness.ts';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const order: string[] = [];
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  class FakeWindow {
    static all: FakeWindow[] = [];
    readonly webContents = {
      mainFrame: { url: 'app://cockpit/index.html', parent: null },
      send: vi.fn<(channel: string, payload: unknown) => void>(),
      isDestroyed: () => false,
    };
    readonly loadURL = vi.fn<(url: string) => Promise<void>>(async () => {});
    readonly focus = vi.fn<() => void>();
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      FakeWindow.all.push(this);
    }
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    isVisible() {
      return true;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
  }

  return {
    appListeners,
    order,
    resolveReady,
    FakeWindow,
    dataDir: '',
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn<() => boolean>(() => true),
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => ready,
      getPath: () => fake.dataDir,
      quit: vi.fn<() => void>(),
      exit: vi.fn<(code: number) => void>(),
      enableSandbox: vi.fn<() => void>(),
      commandLine: { appendSwitch: vi.fn<(name: string, value?: string) => void>() },
      setAppUserModelId: vi.fn<(id: string) => void>(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn<(schemes: unknown) => void>(() => void order.push('register-scheme')),
      handle: vi.fn<(scheme: string, handler: unknown) => void>(),
    },
    ipcHandlers: new Map<string, Listener>(),
    menus: [] as MenuItemConstructorOptions[][],
    dialog: {
      showMessageBox: vi.fn<(...args: unknown[]) => Promise<{ response: number }>>(async () => ({ response: 0 })),
      showOpenDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(async () => ({ canceled: true, filePaths: [] })),
      showErrorBox: vi.fn<(title: string, text: string) => void>(),
    },
    workers: [] as { file: string; options: unknown; worker: CoreWorker; terminate: ReturnType<typeof vi.fn<() => Promise<void>>> }[],
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  dialog: fake.dialog,
  protocol: fake.protocol,
  ipcMain: { handle: (channel: string, h: Listener) => fake.ipcHandlers.set(channel, h), removeHandler: () => {} },
  Menu: { buildFromTemplate: (t: MenuItemConstructorOptions[]) => t, setApplicationMenu: (t: MenuItemConstructorOptions[]) => fake.menus.push(t) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => {},
      setPermissionCheckHandler: () => {},
      setDevicePermissionHandler: () => {},
      webRequest: { onBeforeRequest: () => {} },
    },
  },
  shell: { openExternal: async () => {} },
}));

vi.mock('../../core/worker-client.ts', async () => {
  // Not core/index.ts: it re-exports this very module, and importing it here would wait on itself.
  const { Core } = await import('../../core/core.ts');
  const { createDispatcher } = await import('../../core/dispatcher.ts');
  const { openOrCreateDemo } = await import('../../core/demo/musterstadt.ts');
  const { openWorkspaceFile } = await import('../../core/workspaces/workspaces.ts');
  return {
    startCoreWorker(file: string, options: ConstructorParameters<typeof Core>[0]) {
      fake.order.push('start-worker');
      const core = new Core(options);
      const dispatcher = createDispatcher(core);
      const terminate = vi.fn<() => Promise<void>>(async () => core.close());
      const worker: CoreWorker = {
        call: dispatcher.call,
        openFile: (f, meta) => dispatcher.run(() => (f === ':demo' ? openOrCreateDemo(core) : openWorkspaceFile(core, f)), meta),
        subscribe: (l) => core.subscribe(l),
        terminate,
      };
      fake.workers.push({ file, options, worker, terminate });
      return worker;
    },
  };
});

const dir = makeTempDir('cdo-main-');
fake.dataDir = join(dir, 'data');
afterAll(async () => {
  await fake.workers[0]?.worker.terminate();
  rmSync(dir, { recursive: true, force: true });
});

await import('../../electron/main.ts');

const win = () => fake.FakeWindow.all[0]!;
const lastMenu = () => fake.menus.at(-1)!;
const submenuOf = (items: MenuItemConstructorOptions[], label: string) => (items.find((i) => i.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];
const invoke = (method: string, input: unknown, meta: unknown = { lang: 'de' }) =>
  fake.ipcHandlers.get('cdo:invoke')!({ sender: win().webContents, senderFrame: win().webContents.mainFrame }, method, input, meta);

describe('electron/main.ts', () => {
  it('registers the app:// scheme and takes the single-instance lock before the app is ready', () => {
    expect(fake.order).toEqual(['register-scheme']);
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'de-DE');
    expect(fake.app.enableSandbox).toHaveBeenCalled();
  });

  it('when ready: starts the core worker on userData, serves app://, opens one secure window on the start page', async () => {
    fake.resolveReady();
    await vi.waitFor(() => expect(fake.FakeWindow.all[0]?.loadURL).toHaveBeenCalledWith('app://cockpit/index.html'));
    expect(fake.workers).toHaveLength(1);
    expect(fake.workers[0]!.file).toMatch(/[\\/]node[\\/]worker\.cjs$/);
    expect(fake.workers[0]!.options).toEqual({ dataDir: fake.dataDir, autoBackupMs: 15 * 60 * 1000 });
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.ipcHandlers.has('cdo:invoke')).toBe(true);
    expect(fake.FakeWindow.all).toHaveLength(1);
    expect(win().options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(win().options.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(lastMenu().map((i) => i.label)).toContain('Datei');
  });

  it('answers the window’s calls from the real core', async () => {
    expect(await invoke('listWorkspaces', {})).toEqual({ ok: true, value: [] });
  });

  it('lists a newly created workspace under Zuletzt geöffnet and forwards the change event to the window', async () => {
    const created = (await invoke('createWorkspace', { ags: '05770004' })) as { ok: boolean };
    expect(created.ok).toBe(true);
    expect(win().webContents.send).toHaveBeenCalledWith('cdo:event', { type: 'changed', entities: ['workspace'] });
    await vi.waitFor(() => {
      const recent = submenuOf(submenuOf(lastMenu(), 'Datei'), 'Zuletzt geöffnet');
      expect(recent.map((i) => i.label)).toContain('Bad Oeynhausen, Stadt');
    });
  });

  it('switches the menu to English when the UI calls in English', async () => {
    await invoke('listWorkspaces', {}, { lang: 'en' });
    await vi.waitFor(() => expect(lastMenu().map((i) => i.label)).toContain('File'));
    await invoke('listWorkspaces', {}, { lang: 'de' });
    await vi.waitFor(() => expect(lastMenu().map((i) => i.label)).toContain('Datei'));
  });

  it('sends menu commands to the window as command events', () => {
    const undo = submenuOf(lastMenu(), 'Bearbeiten').find((i) => i.label === 'Rückgängig')!;
    (undo.click as unknown as () => void)();
    expect(win().webContents.send).toHaveBeenCalledWith('cdo:event', { type: 'command', command: 'undo' });
  });

  it('a second start focuses the window and opens its .cdo file; a file that is not a workspace gets a German error box', async () => {
    const bogus = join(dir, 'kein-arbeitsbereich.cdo');
    writeFileSync(bogus, 'das ist keine SQLite-Datei');
    fake.appListeners.get('second-instance')!({}, ['CDO-Cockpit.exe', bogus], dir);
    expect(win().focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalled());
    const [parent, options] = fake.dialog.showMessageBox.mock.calls[0]! as [unknown, { type: string; message: string; detail: string }];
    expect(parent).toBe(win());
    expect(options.type).toBe('error');
    expect(options.message).toBe('Der Arbeitsbereich konnte nicht geöffnet werden.');
    expect(options.detail.length).toBeGreaterThan(0);
  });

  it('on quit waits for the core to close the workspace, then quits', async () => {
    const event = { preventDefault: vi.fn<() => void>() };
    fake.appListeners.get('before-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fake.workers[0]!.terminate).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    // The second before-quit (from that quit) goes through.
    const again = { preventDefault: vi.fn<() => void>() };
    fake.appListeners.get('before-quit')!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
