import type Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Writes a consistent copy of the open database with VACUUM INTO (never a plain
 * file copy of a live WAL database). Writes to a temp name, then renames, so a
 * crash never leaves a half backup under the final name.
 */
export function vacuumInto(raw: Database.Database, target: string): void {
  const tmp = `${target}.partial`;
  rmSync(tmp, { force: true });
  raw.prepare('VACUUM INTO ?').run(tmp);
  if (existsSync(target)) throw new Error(`backup target exists: ${target}`);
  renameSync(tmp, target);
}
