/**
 * Opening a workspace file safely: identify it, refuse what is not ours or is
 * newer, detect damage, take the single-owner lock, back up, then migrate with
 * foreign keys off and checked afterwards.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, openSync, readSync, closeSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from './schema/index.ts';
import { StoreError } from './errors.ts';
import { knownSchemaVersion, migrationsDir } from './migrations-info.ts';

/** 'CDOC' — marks a SQLite file as a CDO-Cockpit workspace. */
export const APPLICATION_ID = 0x43444f43;
const SQLITE_HEADER = 'SQLite format 3\0';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  /** Create the file when it does not exist. */
  create?: boolean;
  /** Called with the raw connection before an existing file is migrated (take a backup). */
  beforeMigrate?: (raw: Database.Database, fromVersion: number, toVersion: number) => void;
  /**
   * 'later': skip quick_check here, the caller runs it after the first screen
   * (`OpenedStore.checked` says whether it ran). A file about to be migrated
   * is always checked first.
   */
  check?: 'now' | 'later';
}

export interface OpenedStore {
  db: Db;
  raw: Database.Database;
  file: string;
  schemaVersion: number;
  migratedFrom: number | null;
  /** Whether quick_check ran before opening (see OpenOptions.check). */
  checked: boolean;
  close(): void;
}

export interface FileFacts {
  applicationId: number;
  userVersion: number;
  tableCount: number;
  /** Whether quick_check ran (and passed: a failure throws). */
  checked: boolean;
}

function isSqliteCode(err: unknown, ...codes: string[]): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && codes.some((c) => code.startsWith(c));
}

function translateOpenError(err: unknown, file: string): never {
  if (err instanceof StoreError) throw err;
  if (isSqliteCode(err, 'SQLITE_BUSY', 'SQLITE_LOCKED')) throw new StoreError('locked', 'locked', { file });
  if (isSqliteCode(err, 'SQLITE_NOTADB')) throw new StoreError('not_sqlite', 'not_sqlite', { file });
  if (isSqliteCode(err, 'SQLITE_CORRUPT')) throw new StoreError('damaged', 'damaged', { file });
  if (isSqliteCode(err, 'SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM')) throw new StoreError('read_only', 'read_only', { file });
  throw err;
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * A reader of a WAL file makes -wal/-shm beside it and cannot always remove
 * them (read-only file, damaged file): remove the ones this look created.
 * A -wal that holds pages is never removed.
 */
function removeCreatedSidecars(file: string, existed: string[]): void {
  for (const side of [`${file}-wal`, `${file}-shm`]) {
    if (existed.includes(side) || !existsSync(side)) continue;
    if (side.endsWith('-wal') && statSync(side).size > 0) continue;
    rmSync(side, { force: true });
  }
}

/**
 * Reads identity facts without writing a byte; throws StoreError for files
 * that are not usable. `check: 'later'` leaves out quick_check (a read of
 * every page: about 250 ms on a large Kreis) unless the file is older than
 * this program's schema, i.e. about to be migrated.
 */
export function inspectFile(file: string, check: 'now' | 'later' = 'now'): FileFacts {
  if (!existsSync(file)) throw new StoreError('missing', 'missing', { file });
  if (statSync(file).isDirectory()) throw new StoreError('folder', 'folder', { file });
  if (statSync(file).size > 0 && readHeader(file) !== SQLITE_HEADER) throw new StoreError('not_sqlite', 'not_sqlite', { file });
  const existed = [`${file}-wal`, `${file}-shm`].filter((f) => existsSync(f));
  let raw: Database.Database | undefined;
  try {
    raw = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    const tableCount = (raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get() as { n: number }).n;
    const applicationId = raw.pragma('application_id', { simple: true }) as number;
    const userVersion = raw.pragma('user_version', { simple: true }) as number;
    const checked = check === 'now' || userVersion < knownSchemaVersion();
    if (checked) assertIntact(raw, file);
    return { applicationId, userVersion, tableCount, checked };
  } catch (err) {
    return translateOpenError(err, file);
  } finally {
    raw?.close();
    removeCreatedSidecars(file, existed);
  }
}

/** quick_check on an open connection; a damaged file throws StoreError('damaged'). */
export function assertIntact(raw: Database.Database, file: string): void {
  const check = raw.pragma('quick_check', { simple: true }) as string;
  if (check !== 'ok') throw new StoreError('damaged', 'damaged', { file, check });
}

function assertWritable(file: string): void {
  try {
    accessSync(dirname(file), constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.W_OK);
  } catch {
    throw new StoreError('read_only', 'read_only', { file });
  }
}

function applyPragmas(raw: Database.Database): void {
  // Exclusive locking makes "one process owns a workspace" an OS-level fact:
  // a second opener fails at once instead of writing beside us.
  raw.pragma('busy_timeout = 0');
  raw.pragma('locking_mode = EXCLUSIVE');
  raw.pragma('journal_mode = WAL');
  raw.exec('BEGIN EXCLUSIVE; COMMIT');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
}

/**
 * Applies the pending migrations the way drizzle's migrator does (same
 * bookkeeping table), but in ONE transaction together with the foreign-key
 * check and the version stamp: a failing statement or a violation found by
 * the check rolls the file back to exactly how it was.
 */
function runMigrations(raw: Database.Database, target: number): void {
  const migrations = readMigrationFiles({ migrationsFolder: migrationsDir() });
  // PRAGMA foreign_keys is ignored inside a transaction: switch it off before.
  raw.pragma('foreign_keys = OFF');
  try {
    raw.transaction(() => {
      raw.exec('CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)');
      const last = raw.prepare('SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1').get() as { created_at: number } | undefined;
      const record = raw.prepare('INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)');
      for (const m of migrations) {
        if (last && Number(last.created_at) >= m.folderMillis) continue;
        for (const statement of m.sql) raw.exec(statement);
        record.run(m.hash, m.folderMillis);
      }
      const violations = raw.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`foreign_key_check found ${violations.length} violations after migration`);
      raw.pragma(`user_version = ${target}`);
      raw.pragma(`application_id = ${APPLICATION_ID}`);
    })();
  } finally {
    raw.pragma('foreign_keys = ON');
  }
}

/** Opens (or creates) a workspace store; see the module comment for the order of checks. */
export function openStore(file: string, options: OpenOptions = {}): OpenedStore {
  const exists = existsSync(file);
  if (!exists && !options.create) throw new StoreError('missing', 'missing', { file });
  const target = knownSchemaVersion();
  let facts: FileFacts = { applicationId: 0, userVersion: 0, tableCount: 0, checked: true };
  if (exists) {
    facts = inspectFile(file, options.check);
    if (facts.tableCount > 0 && facts.applicationId !== APPLICATION_ID) throw new StoreError('not_workspace', 'not_workspace', { file });
    if (facts.userVersion > target) {
      throw new StoreError('newer', 'newer', { file, fileVersion: facts.userVersion, appVersion: target });
    }
  }
  assertWritable(file);
  let raw: Database.Database | undefined;
  try {
    raw = new Database(file, { fileMustExist: exists });
    applyPragmas(raw);
    const db = drizzle(raw, { schema }) as Db;
    let migratedFrom: number | null = null;
    if (facts.userVersion < target) {
      if (facts.tableCount > 0) options.beforeMigrate?.(raw, facts.userVersion, target);
      runMigrations(raw, target);
      migratedFrom = facts.userVersion;
    }
    const opened = raw;
    return { db, raw: opened, file, schemaVersion: target, migratedFrom, checked: facts.checked, close: () => opened.close() };
  } catch (err) {
    raw?.close();
    return translateOpenError(err, file);
  }
}
