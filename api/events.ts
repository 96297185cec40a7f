/** Events pushed from the core to the UI over the same transport as calls. */

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

export type CockpitEvent = ProgressEvent | ChangedEvent;
