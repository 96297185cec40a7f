/**
 * The second half of an open: quick_check (a read of every page) and the
 * backup on open (a copy of the file). On a large Kreis they take about half
 * a second together, which the CDO would otherwise wait for before the
 * Übersicht shows, with the browser loading the page on the same cores.
 *
 * With `settleAfterMs` > 0 (the desktop app, `serve`) the open answers first
 * and this half runs once the page has made its first calls and the API has
 * then been quiet that long — at the latest LATEST_MS after the open — or at
 * once before any call that may write. Counting the quiet from the open
 * instead would run the checks just as the page, still loading, asks for the
 * Übersicht.
 *
 * Until then the connection is `query_only`: nothing can write to a file that
 * is not yet checked and backed up. A read that writes after all (a signing
 * key made on first use) is refused by SQLite, and answered again once the
 * open has settled.
 *
 * A file the late check finds damaged is closed, and the start screen offers
 * its backups (getSession's `damaged`), as when the check fails in the open.
 */
import { performance } from 'node:perf_hooks';
import { assertIntact, StoreError } from '../../db/index.ts';
import { createBackup } from '../backups/backups.ts';
import type { Core } from '../core.ts';
import { CoreError, fromStoreError, fromWriteFailure } from '../errors.ts';

/** The quiet the worker's core waits for: the first screen's calls come closer together than this. */
export const SETTLE_AFTER_MS = 400;

/** However busy the API, the checks run this long after the open at the latest. */
const LATEST_MS = 3_000;

/** Calls that only read the open workspace: they may run before it has settled. */
export const readsOnly = (method: string): boolean => /^(get|list|search)[A-Z]/.test(method);

/**
 * The backup taken on every open. The workspace is open by now, so a backup the
 * disk refuses (full, read-only folder) must not turn into a failed open: the
 * CDO keeps reading their data, every write then says plainly why it fails, and
 * the next automatic backup tries again.
 */
export function backupOnOpen(core: Core): void {
  try {
    createBackup(core, 'open');
  } catch (err) {
    if (!fromWriteFailure(err)) throw err;
    core.workspace().changedSinceBackup = true;
    console.warn(`[core] backup on open skipped: ${String(err)}`);
  }
}

/** Leaves the open's checks (and, when `backup`, its backup) for later; see the module comment. */
export function settleLater(core: Core, backup: boolean): void {
  const ws = core.workspace();
  ws.store.raw.pragma('query_only = ON');
  const settling: NonNullable<typeof ws.settling> = { backup, latest: performance.now() + LATEST_MS };
  ws.settling = settling;
  // Closed before settling: nothing was written, so there is nothing to check or back up.
  const drop = () => {
    clearTimeout(settling.timer);
    core.onClose.delete(drop);
  };
  core.onClose.add(drop);
  settleIn(core, LATEST_MS);
}

/** A call came: (re)starts the wait for a quiet API, never past the latest moment. */
function rearm(core: Core): void {
  const settling = core.current?.settling;
  if (settling) settleIn(core, Math.min(core.settleAfterMs, settling.latest - performance.now()));
}

function settleIn(core: Core, ms: number): void {
  const settling = core.current?.settling;
  if (!settling) return;
  clearTimeout(settling.timer);
  settling.timer = setTimeout(() => {
    try {
      settle(core);
    } catch (err) {
      // A damaged file is already closed and reported through getSession; anything else is for the developer.
      if (!(err instanceof CoreError && err.code === 'workspace_damaged')) console.error('[core] settling the open failed:', err);
    }
  }, Math.max(0, ms));
  settling.timer.unref?.();
}

function isDamage(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return err instanceof StoreError || (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code));
}

/** Runs the open's pending checks and backup now; throws `workspace_damaged` (after closing the file) when the check fails. */
export function settle(core: Core): void {
  const ws = core.current;
  const settling = ws?.settling;
  if (!ws || !settling) return;
  clearTimeout(settling.timer);
  ws.settling = null;
  try {
    assertIntact(ws.store.raw, ws.store.file);
  } catch (err) {
    if (!isDamage(err)) throw err;
    core.damaged = { id: ws.id, file: ws.store.file };
    core.close();
    core.emit({ type: 'changed', entities: ['workspace'] });
    throw fromStoreError(new StoreError('damaged', 'damaged', { file: ws.store.file }));
  }
  ws.store.raw.pragma('query_only = OFF');
  if (settling.backup) {
    backupOnOpen(core);
    core.emit({ type: 'changed', entities: ['backups'] });
  }
}

const refusedAsQueryOnly = (err: unknown) => (err as { code?: unknown } | null)?.code === 'SQLITE_READONLY';

/** Runs one API call against an open that may not have settled yet (see the module comment). */
export async function settledFor<T>(core: Core, method: string, run: () => T | Promise<T>): Promise<T> {
  if (!core.current?.settling) return run();
  if (!readsOnly(method)) {
    settle(core);
    return run();
  }
  rearm(core);
  try {
    return await run();
  } catch (err) {
    if (!core.current?.settling || !refusedAsQueryOnly(err)) throw err;
    settle(core);
    return run();
  }
}
