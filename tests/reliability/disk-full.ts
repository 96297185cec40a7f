/**
 * A full disk for one open workspace, without root or a loop mount: SQLite's
 * max_page_count caps the file at its current size, so any write that needs
 * a new page fails with SQLITE_FULL exactly as on a full drive. VACUUM first
 * empties the free list, so "full" means full.
 */
import type Database from 'better-sqlite3';

export function makeDiskFull(raw: Database.Database): void {
  raw.exec('VACUUM');
  raw.pragma(`max_page_count = ${raw.pragma('page_count', { simple: true }) as number}`);
}

/** Space again: SQLite's default limit. */
export function freeDisk(raw: Database.Database): void {
  raw.pragma('max_page_count = 1073741823');
}

/** A description long enough to need new (overflow) pages, within the 20,000-character limit. */
export const BIG_TEXT = 'Ausführliche Beschreibung der Maßnahme mit Zielen, Risiken und Beteiligten. '.repeat(250).trim();
