import type { MenuItemConstructorOptions } from 'electron';
import type { UiCommand, WorkspaceEntry } from '../../api/index.ts';

const Menu = vi.hoisted(() => ({
  buildFromTemplate: vi.fn<(template: unknown) => { template: unknown }>((template) => ({ template })),
  setApplicationMenu: vi.fn<(menu: unknown) => void>(),
}));
vi.mock('electron', () => ({ Menu }));

import { buildMenuTemplate, installMenu, MAX_RECENT, type MenuActions, type MenuState } from '../../electron/menu.ts';

const entry = (n: number, exists = true): WorkspaceEntry => ({
  id: `ws-${n}`,
  name: `Gemeinde ${n}`,
  ags: '05770004',
  file: `/daten/gemeinde-${n}.cdo`,
  lastOpenedAt: '2025-01-01T00:00:00.000Z',
  exists,
});

function setup(state: Partial<MenuState> = {}) {
  const commands: UiCommand[] = [];
  const actions = {
    command: (c: UiCommand) => void commands.push(c),
    openWorkspaceDialog: vi.fn<() => void>(),
    openRecent: vi.fn<(entry: WorkspaceEntry) => void>(),
  } satisfies MenuActions;
  const template = buildMenuTemplate({ lang: 'de', recent: [], isMac: false, dev: false, ...state }, actions);
  return { template, actions, commands };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const top = (template: MenuItemConstructorOptions[], label: string) => template.find((i) => i.label === label);
const item = (items: MenuItemConstructorOptions[], label: string) => {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no menu item "${label}" in ${items.map((i) => i.label).join(', ')}`);
  return found;
};
const click = (i: MenuItemConstructorOptions) => (i.click as unknown as () => void)();

describe('buildMenuTemplate', () => {
  it('has the German menus Datei, Bearbeiten, Ansicht, Hilfe', () => {
    expect(setup().template.map((i) => i.label)).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);
  });

  it('Datei: new workspace and backups send their commands, open asks for a file, Beenden quits', () => {
    const { template, actions, commands } = setup();
    const file = submenu(top(template, 'Datei'));
    click(item(file, 'Neuer Arbeitsbereich…'));
    click(item(file, 'Sicherungen…'));
    expect(commands).toEqual(['new-workspace', 'backups']);
    click(item(file, 'Arbeitsbereich öffnen…'));
    expect(actions.openWorkspaceDialog).toHaveBeenCalledTimes(1);
    expect(item(file, 'Arbeitsbereich öffnen…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Beenden').role).toBe('quit');
  });

  it('Zuletzt geöffnet lists the recent workspaces, at most ten, and disables missing files', () => {
    const recent = [entry(1), entry(2, false), ...Array.from({ length: 12 }, (_, i) => entry(i + 3))];
    const { template, actions } = setup({ recent });
    const items = submenu(item(submenu(top(template, 'Datei')), 'Zuletzt geöffnet'));
    expect(items).toHaveLength(MAX_RECENT);
    expect(items[0]!.label).toBe('Gemeinde 1');
    expect(items[1]).toMatchObject({ label: 'Gemeinde 2 (Datei fehlt)', enabled: false });
    click(items[0]!);
    expect(actions.openRecent).toHaveBeenCalledWith(recent[0]);
  });

  it('shows a disabled hint when nothing was opened yet', () => {
    const items = submenu(item(submenu(top(setup().template, 'Datei')), 'Zuletzt geöffnet'));
    expect(items).toEqual([{ label: 'Keine zuletzt geöffneten Arbeitsbereiche', enabled: false }]);
  });

  it('Bearbeiten: Rückgängig/Wiederholen/Suchen send undo, redo, search and leave the keys to the page', () => {
    const { template, commands } = setup();
    const edit = submenu(top(template, 'Bearbeiten'));
    for (const label of ['Rückgängig', 'Wiederholen', 'Suchen…']) click(item(edit, label));
    expect(commands).toEqual(['undo', 'redo', 'search']);
    expect(item(edit, 'Rückgängig')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(item(edit, 'Wiederholen')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    expect(item(edit, 'Suchen…')).toMatchObject({ accelerator: 'CmdOrCtrl+K', registerAccelerator: false });
  });

  it('Bearbeiten keeps the standard roles so text fields can cut, copy, paste and select all', () => {
    const edit = submenu(top(setup().template, 'Bearbeiten'));
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(item(edit, 'Einfügen').role).toBe('paste');
  });

  it('Ansicht: language switch sends language-de / language-en, plus full screen and zoom', () => {
    const { template, commands } = setup();
    const view = submenu(top(template, 'Ansicht'));
    const language = submenu(item(view, 'Sprache'));
    expect(language.map((i) => [i.label, i.checked])).toEqual([
      ['Deutsch', true],
      ['English', false],
    ]);
    click(item(language, 'English'));
    click(item(language, 'Deutsch'));
    expect(commands).toEqual(['language-en', 'language-de']);
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(['togglefullscreen', 'resetZoom', 'zoomIn', 'zoomOut']);
  });

  it('has no developer tools in the shipped app, only in development', () => {
    const roles = (dev: boolean) => submenu(top(setup({ dev }).template, 'Ansicht')).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('Hilfe: Über / Datenquellen sends about', () => {
    const { template, commands } = setup();
    click(item(submenu(top(template, 'Hilfe')), 'Über CDO-Cockpit und Datenquellen…'));
    expect(commands).toEqual(['about']);
  });

  it('speaks English when the UI does', () => {
    const { template } = setup({ lang: 'en' });
    expect(template.map((i) => i.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(submenu(top(template, 'Edit')).map((i) => i.label)).toContain('Undo');
  });

  it('on macOS puts the app menu first and quits from there', () => {
    const { template } = setup({ isMac: true });
    expect(template[0]).toEqual({ role: 'appMenu' });
    expect(submenu(top(template, 'Datei')).some((i) => i.role === 'quit')).toBe(false);
  });
});

describe('installMenu', () => {
  it('builds the template and sets it as the application menu', () => {
    installMenu({ lang: 'de', recent: [], isMac: false, dev: false }, { command: () => {}, openWorkspaceDialog: () => {}, openRecent: () => {} });
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]!.value);
  });
});
