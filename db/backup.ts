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
  try {
    raw.prepare('VACUUM INTO ?').run(tmp);
  } catch (err) {
    // A full disk stops VACUUM INTO half-way: do not leave the half copy taking what space is left.
    rmSync(tmp, { force: true });
    throw err;
  }
  if (existsSync(target)) throw new Error(`backup target exists: ${target}`);
  renameSync(tmp, target);
}
