/**
 * Helpers the file commands share: run core/db work with the dispatcher's
 * error mapping (so a CLI line reads like the app's message), identify a
 * workspace file without writing to it, and check paths before touching them.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Result } from '../../api/index.ts';
import { Core, createDispatcher, message } from '../../core/index.ts';
import { APPLICATION_ID, inspectFile, knownSchemaVersion, StoreError } from '../../db/index.ts';
import { hostMessage } from '../messages.ts';
import { CliError, type CliContext, type CommandSpec, type ParsedArgs } from './context.ts';

/** Runs `fn` with a fresh in-process core and answers a Result, as the app would. */
export async function runInCore<T>(ctx: CliContext, fn: (core: Core) => T): Promise<Result<T>> {
  const core = new Core({ dataDir: ctx.dataDir, lang: ctx.lang });
  try {
    return await createDispatcher(core).run(() => fn(core), { lang: ctx.lang });
  } finally {
    core.close();
  }
}

/** Like runInCore; a failure becomes a CliError with the core's message. */
export async function inCore<T>(ctx: CliContext, fn: (core: Core) => T): Promise<T> {
  const result = await runInCore(ctx, fn);
  if (!result.ok) throw CliError.fromApi(result.error);
  return result.value;
}

/** Exactly the named positionals, or a one-line usage error. */
export function positionals(ctx: CliContext, spec: CommandSpec, args: ParsedArgs, names: Record<CliContext['lang'], string[]>): string[] {
  const wanted = names[ctx.lang];
  const given = args.positionals;
  if (given.length < wanted.length) {
    throw CliError.badInput(hostMessage(ctx.lang, 'missing_argument', { what: wanted.slice(given.length).join(', '), usage: spec.usage[ctx.lang] }));
  }
  if (given.length > wanted.length) {
    throw CliError.badInput(hostMessage(ctx.lang, 'too_many_arguments', { extra: given.slice(wanted.length).join(' '), usage: spec.usage[ctx.lang] }));
  }
  return given.map((p) => resolve(p));
}

/** A target we are about to create: never overwrite, and its folder must exist. */
export function assertNewFile(ctx: CliContext, file: string): void {
  if (existsSync(file)) throw CliError.badInput(hostMessage(ctx.lang, 'file_exists', { file }));
  const dir = dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw CliError.badInput(hostMessage(ctx.lang, 'folder_missing', { dir }));
}

export interface WorkspaceFacts {
  schemaVersion: number;
  knownVersion: number;
  applicationId: number;
}

/**
 * Identifies a workspace file without writing to it: refuses what is not
 * SQLite, not ours, newer than this program, damaged or locked.
 */
export async function inspectWorkspace(ctx: CliContext, file: string): Promise<WorkspaceFacts> {
  const facts = await inCore(ctx, () => inspectFile(file));
  if (facts.tableCount === 0 || facts.applicationId !== APPLICATION_ID) {
    throw CliError.badInput(message(ctx.lang, 'store_not_workspace', { file }));
  }
  const knownVersion = knownSchemaVersion();
  if (facts.userVersion > knownVersion) {
    throw CliError.badInput(message(ctx.lang, 'store_newer', { file, fileVersion: facts.userVersion, appVersion: knownVersion }));
  }
  return { schemaVersion: facts.userVersion, knownVersion, applicationId: facts.applicationId };
}

const sqliteCode = (err: unknown): string => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** Turns SQLite's error codes into the store's problems, so the dispatcher words them. */
export function asStoreError(err: unknown, file: string): unknown {
  const code = sqliteCode(err);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new StoreError('locked', 'locked', { file });
  if (code.startsWith('SQLITE_CORRUPT')) return new StoreError('damaged', 'damaged', { file });
  if (code.startsWith('SQLITE_NOTADB')) return new StoreError('not_sqlite', 'not_sqlite', { file });
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) {
    return new StoreError('read_only', 'read_only', { file });
  }
  return err;
}

/** A read-only connection for reports and VACUUM INTO; never waits for a lock another program holds. */
export function withReadonly<T>(file: string, fn: (raw: Database.Database) => T): T {
  let raw: Database.Database | undefined;
  try {
    raw = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
    return fn(raw);
  } catch (err) {
    throw asStoreError(err, file);
  } finally {
    raw?.close();
  }
}

/**
 * A read-only SQLite connection to a WAL-mode file creates empty `-wal` and
 * `-shm` files beside it. Reading a file must not leave anything behind, so
 * those are removed again when they were not there before and hold nothing.
 */
export async function leavingNoTrace<T>(files: string[], fn: () => Promise<T>): Promise<T> {
  const before = new Map(files.flatMap((f) => [`${f}-wal`, `${f}-shm`]).map((f) => [f, existsSync(f)]));
  try {
    return await fn();
  } finally {
    for (const file of files) {
      const wal = `${file}-wal`;
      const shm = `${file}-shm`;
      const created = !before.get(wal) && !before.get(shm);
      if (created && existsSync(wal) && statSync(wal).size === 0) {
        rmSync(wal, { force: true });
        rmSync(shm, { force: true });
      }
    }
  }
}

export function formatBytes(lang: CliContext['lang'], bytes: number): string {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 0 })} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
