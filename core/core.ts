/**
 * The cockpit's state in one process: the data folder, the open workspace and
 * the event sink. Handlers receive it; transports never touch it directly.
 */
import type { CockpitEvent } from '../api/index.ts';
import type { OpenedStore, Db } from '../db/index.ts';
import type Database from 'better-sqlite3';
import { systemClock, type Clock } from './clock.ts';
import { CoreError } from './errors.ts';
import type { Lang } from './messages.ts';

export interface CoreOptions {
  /** Folder for the workspace list and new workspaces. */
  dataDir: string;
  clock?: Clock;
  /** Auto-backup interval while changed; 0 turns it off (CLI, tests). */
  autoBackupMs?: number;
  /**
   * > 0: an open answers before its quick_check and backup, which run once the
   * API has been quiet this long, or before the first write (see
   * workspaces/settle.ts). 0 (CLI commands, tests): they run inside the open.
   */
  settleAfterMs?: number;
  lang?: Lang;
}

export interface OpenWorkspace {
  id: string;
  store: OpenedStore;
  /** Set by every write; cleared by a backup. */
  changedSinceBackup: boolean;
  /** The open's checks still to run (workspaces/settle.ts); null once done. */
  settling?: { backup: boolean; timer?: ReturnType<typeof setTimeout>; latest: number } | null;
}

/** A workspace closed because its late quick_check failed: the start screen offers its backups. */
export interface DamagedWorkspace {
  id: string;
  file: string;
}

export class Core {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly autoBackupMs: number;
  readonly settleAfterMs: number;
  lang: Lang;
  current: OpenWorkspace | null = null;
  damaged: DamagedWorkspace | null = null;
  private listeners = new Set<(e: CockpitEvent) => void>();
  /** Hooks run when a workspace closes (timers, caches). */
  readonly onClose = new Set<() => void>();

  constructor(options: CoreOptions) {
    this.dataDir = options.dataDir;
    this.clock = options.clock ?? systemClock;
    this.autoBackupMs = options.autoBackupMs ?? 0;
    this.settleAfterMs = options.settleAfterMs ?? 0;
    this.lang = options.lang ?? 'de';
  }

  subscribe(listener: (e: CockpitEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: CockpitEvent): void {
    for (const l of this.listeners) l(event);
  }

  /** The open workspace or a clear `no_workspace` error. */
  workspace(): OpenWorkspace {
    if (!this.current) throw new CoreError('no_workspace', 'no_workspace');
    return this.current;
  }

  db(): Db {
    return this.workspace().store.db;
  }

  raw(): Database.Database {
    return this.workspace().store.raw;
  }

  /** Marks the workspace changed and tells every listener what changed. */
  changed(...entities: string[]): void {
    if (this.current) this.current.changedSinceBackup = true;
    this.emit({ type: 'changed', entities });
  }

  close(): void {
    for (const hook of this.onClose) hook();
    this.current?.store.close();
    this.current = null;
  }
}
