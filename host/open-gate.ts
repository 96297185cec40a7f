/**
 * Start-up overlap for `serve <file>`: the host serves the page while the core
 * worker is still opening the workspace (checks, backup), so the browser loads
 * and evaluates the renderer in the meantime. API calls that arrive before the
 * open has finished wait for it: they must never see "no workspace" for a
 * moment and then the workspace.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { HostBackend } from './server.ts';

/** A backend whose calls wait until `opening` has settled (either way: after a failed open the core answers for itself). */
export function afterOpen(backend: HostBackend, opening: Promise<unknown>): HostBackend {
  const settled = opening.then(
    () => undefined,
    () => undefined,
  );
  return {
    call: async (method, input, meta) => {
      await settled;
      return backend.call(method, input, meta);
    },
    subscribe: (listener) => backend.subscribe(listener),
  };
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Whether the file passes the cheap checks the core makes first (a file, empty
 * or with an SQLite header). One that does not fails in the worker within
 * milliseconds, so serve waits for that message instead of printing an address
 * that leads nowhere. Only a shortcut: the core's checks stay the judge.
 */
export function passesCheapChecks(file: string): boolean {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return false;
    if (stat.size === 0) return true;
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(SQLITE_HEADER.length);
      return readSync(fd, head, 0, head.length, 0) === head.length && head.toString('latin1') === SQLITE_HEADER;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
