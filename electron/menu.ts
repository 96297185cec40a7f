/**
 * The application menu. `buildMenuTemplate` is pure (state + actions in,
 * template out) so it can be checked without Electron; `setupMenu` wires it to
 * the core worker, the dialogs and the window.
 *
 * Undo/redo and search show their shortcuts but do not register them
 * (`registerAccelerator: false`): the renderer handles Ctrl+Z, Ctrl+Shift+Z and
 * Ctrl+K itself (it must, in browser mode), so a key press never triggers two
 * undos, and text fields keep their own undo while focused.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Lang, UiCommand, WorkspaceEntry } from '../api/index.ts';
import { LABELS } from './menu-labels.ts';

export const MAX_RECENT = 10;

export interface MenuState {
  lang: Lang;
  recent: WorkspaceEntry[];
  isMac: boolean;
  /** Development build: adds reload and developer tools. */
  dev: boolean;
}

export interface MenuActions {
  /** A UI command, sent to the renderer as {type:'command', command}. */
  command(command: UiCommand): void;
  /** Native open dialog for a .cdo file. */
  openWorkspaceDialog(): void;
  openRecent(entry: WorkspaceEntry): void;
}

export function buildMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = LABELS[state.lang];
  const recent = state.recent.slice(0, MAX_RECENT);
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? recent.map((entry) => ({
        label: entry.exists ? entry.name : `${entry.name} ${t.recentMissing}`,
        enabled: entry.exists,
        click: () => actions.openRecent(entry),
      }))
    : [{ label: t.recentEmpty, enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.newWorkspace, accelerator: 'CmdOrCtrl+N', click: () => actions.command('new-workspace') },
      { label: t.openWorkspace, accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspaceDialog() },
      { label: t.recent, submenu: recentItems },
      { type: 'separator' },
      { label: t.backups, click: () => actions.command('backups') },
      // On macOS "Beenden" lives in the app menu.
      ...(state.isMac ? [] : ([{ type: 'separator' }, { label: t.quit, role: 'quit', accelerator: 'Ctrl+Q' }] as MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { label: t.undo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.command('undo') },
      { label: t.redo, accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => actions.command('redo') },
      { type: 'separator' },
      // Standard roles so text fields keep cut, copy, paste and select all.
      { label: t.cut, role: 'cut' },
      { label: t.copy, role: 'copy' },
      { label: t.paste, role: 'paste' },
      { label: t.selectAll, role: 'selectAll' },
      { type: 'separator' },
      { label: t.search, accelerator: 'CmdOrCtrl+K', registerAccelerator: false, click: () => actions.command('search') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      {
        label: t.language,
        submenu: [
          { label: 'Deutsch', type: 'radio', checked: state.lang === 'de', click: () => actions.command('language-de') },
          { label: 'English', type: 'radio', checked: state.lang === 'en', click: () => actions.command('language-en') },
        ],
      },
      { type: 'separator' },
      { label: t.fullscreen, role: 'togglefullscreen' },
      { label: t.resetZoom, role: 'resetZoom' },
      { label: t.zoomIn, role: 'zoomIn' },
      { label: t.zoomOut, role: 'zoomOut' },
      ...(state.dev ? ([{ type: 'separator' }, { label: t.reload, role: 'reload' }, { label: t.devTools, role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [{ label: t.about, click: () => actions.command('about') }],
  };

  return [...(state.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, help];
}

/** Builds and installs the menu; call again whenever the state changes. */
export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(state, actions)));
}
