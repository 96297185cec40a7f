/** Events pushed from the core (or the desktop shell) to the UI over the same transport as calls. */

export interface ProgressEvent {
  type: 'progress';
  task: string;
  done: number;
  total: number;
}

/** Something in the open workspace changed (any window, undo, restore, import). */
export interface ChangedEvent {
  type: 'changed';
  entities: string[];
}

/** A command chosen in the desktop menu, for the UI to carry out like its own shortcut. */
export const UI_COMMANDS = ['undo', 'redo', 'search', 'new-workspace', 'open-workspace', 'backups', 'about', 'language-de', 'language-en'] as const;
export type UiCommand = (typeof UI_COMMANDS)[number];
export interface CommandEvent {
  type: 'command';
  command: UiCommand;
}

export type CockpitEvent = ProgressEvent | ChangedEvent | CommandEvent;
