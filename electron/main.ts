/**
 * electron/: the desktop shell — window, menu, dialogs, the app:// protocol,
 * the IPC bridge and the security guards; no business logic, no SQL (the core
 * runs in a worker thread). May import core/, api/ and db/; never renderer/ or
 * host/. This file is the lifecycle: single instance, start, open, quit.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Lang, WorkspaceEntry } from '../api/index.ts';
import { startCoreWorker, type CoreWorker } from '../core/worker-client.ts';
import { launchTargetFromArgv, type LaunchTarget } from './files.ts';
import { setupGuards } from './guards.ts';
import { sendCommand, setupIpc } from './ipc.ts';
import { installMenu, type MenuActions } from './menu.ts';
import { LABELS } from './menu-labels.ts';
import { registerAppScheme, setupProtocol } from './protocol.ts';
import { APP_START_URL, createWindowOptions } from './window.ts';

const AUTO_BACKUP_MS = 15 * 60 * 1000;

let win: BrowserWindow | null = null;
let core: CoreWorker | null = null;
let lang: Lang = 'de';
let recent: WorkspaceEntry[] = [];
/** A file asked for before the core was running (command line, macOS open-file). */
let pending: LaunchTarget | null = launchTargetFromArgv(process.argv, process.cwd());

const getContents = () => (win && !win.isDestroyed() ? win.webContents : null);

function refreshMenu(): void {
  installMenu({ lang, recent, isMac: process.platform === 'darwin', dev: !app.isPackaged }, menuActions);
}

function setLanguage(next: Lang): void {
  if (next === lang) return;
  lang = next;
  refreshMenu();
}

async function refreshRecent(): Promise<void> {
  const result = await core?.call('listWorkspaces', {}, { lang });
  if (result?.ok) recent = result.value as WorkspaceEntry[];
  refreshMenu();
}

async function showError(detail: string): Promise<void> {
  const options = { type: 'error' as const, title: 'CDO-Cockpit', message: LABELS[lang].openFailed, detail };
  // Modal only to a visible window: a box parented to the still-hidden window at start-up would not be seen.
  await (win?.isVisible() ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

/** Opens what the user handed us; the core announces success with a 'changed' event. */
async function openTarget(target: LaunchTarget): Promise<void> {
  if (!core) {
    pending = target;
    return;
  }
  if (target.kind === 'pack') {
    void dialog.showMessageBox({ type: 'info', title: 'CDO-Cockpit', message: LABELS[lang].packNotHere });
    return;
  }
  const result = await core.openFile(target.kind === 'demo' ? ':demo' : target.file, { lang });
  // Not awaited: the page loads (and shows the start view) while the message is up.
  if (!result.ok) void showError(result.error.message);
}

const menuActions: MenuActions = {
  command(command) {
    if (command === 'language-de' || command === 'language-en') setLanguage(command === 'language-de' ? 'de' : 'en');
    sendCommand(getContents, command);
  },
  openWorkspaceDialog() {
    const t = LABELS[lang];
    const options = {
      title: t.openDialogTitle,
      buttonLabel: t.openDialogButton,
      properties: ['openFile' as const],
      filters: [{ name: t.fileFilter, extensions: ['cdo'] }],
    };
    void (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)).then((picked) => {
      const file = picked.filePaths[0];
      if (!picked.canceled && file) return openTarget({ kind: 'workspace', file });
    });
  },
  openRecent(entry) {
    void core?.call('openWorkspace', { id: entry.id }, { lang }).then((result) => {
      if (!result.ok) return showError(result.error.message);
    });
  },
};

function focusWindow(): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

function createWindow(): BrowserWindow {
  const icon = path.join(__dirname, '..', '..', 'build', 'icon.png');
  const created = new BrowserWindow(
    createWindowOptions({ preload: path.join(__dirname, 'preload.cjs'), ...(!app.isPackaged && existsSync(icon) ? { icon } : {}) }),
  );
  created.once('ready-to-show', () => created.show());
  created.on('closed', () => {
    if (win === created) win = null;
  });
  return created;
}

async function start(): Promise<void> {
  if (app.isPackaged) {
    // Shipped as extraResources by build/electron-builder.config.cjs.
    process.env.CDO_MIGRATIONS_DIR = path.join(process.resourcesPath, 'migrations');
    process.env.CDO_REFERENCE_DIR = path.join(process.resourcesPath, 'reference');
  }
  core = startCoreWorker(path.join(__dirname, '..', 'node', 'worker.cjs'), { dataDir: app.getPath('userData'), autoBackupMs: AUTO_BACKUP_MS });
  core.subscribe((event) => {
    if (event.type === 'changed' && event.entities.includes('workspace')) void refreshRecent();
  });

  setupProtocol(path.join(__dirname, '..', 'renderer'));
  setupGuards();
  setupIpc(getContents, core, { onLanguage: setLanguage });
  refreshMenu();
  void refreshRecent();

  win = createWindow();
  // Open the requested workspace before the page loads, so its first getSession already sees it.
  const first = pending;
  pending = null;
  if (first) await openTarget(first);
  await win.loadURL(APP_START_URL);
}

let stopping = false;

function quitAfterCore(event: { preventDefault(): void }): void {
  if (!core) return;
  event.preventDefault();
  if (stopping) return;
  stopping = true;
  const running = core;
  core = null;
  // terminate() checkpoints the workspace and releases its lock before the thread ends.
  running
    .terminate()
    .catch((err: unknown) => console.error('[main] core worker did not stop cleanly:', err))
    .finally(() => app.quit());
}

registerAppScheme();
app.enableSandbox();
// Date pickers follow Chromium's locale, not the page: German like the UI (TT.MM.JJJJ).
app.commandLine.appendSwitch('lang', 'de-DE');

if (!app.requestSingleInstanceLock()) {
  // The first instance gets our argv through 'second-instance' and opens the file there.
  app.quit();
} else {
  app.setAppUserModelId('de.cdo-cockpit.app');
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    const target = launchTargetFromArgv(argv, workingDirectory);
    if (target) void openTarget(target);
  });
  // macOS hands files over by event, also before 'ready'.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    const target = launchTargetFromArgv(['', file], process.cwd());
    if (target) void openTarget(target);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', quitAfterCore);
  app.whenReady()
    .then(start)
    .catch((err: unknown) => {
      console.error('[main] start failed:', err);
      dialog.showErrorBox('CDO-Cockpit', String(err));
      app.exit(1);
    });
}
