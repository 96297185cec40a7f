/**
 * Opening a workspace file (db/open.ts) on real SQLite files: the pragmas of a
 * new workspace, and every refusal — which must leave the file exactly as it
 * was (same bytes, same mtime, no stray files beside it).
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID, knownSchemaVersion, openStore, StoreError, type StoreProblem } from '../../db/index.ts';
import { Core, createDispatcher, openWorkspaceFile } from '../../core/index.ts';
import { canProtect, filledWorkspace, fingerprint, journal, protect, removeAll, rootPage, tempDir } from '../fixtures/workspace-files.ts';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeAll(dir));

function problemOf(fn: () => unknown): StoreProblem | 'no error' | string {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return err instanceof StoreError ? err.problem : String(err);
  }
}

/** Opens through the core as the app does; answers the error the user would see, in both languages. */
async function openThroughCore(file: string) {
  const core = new Core({ dataDir: join(dir, 'data') });
  const dispatcher = createDispatcher(core);
  try {
    const de = await dispatcher.run(() => openWorkspaceFile(core, file), { lang: 'de' });
    const en = await dispatcher.run(() => openWorkspaceFile(core, file), { lang: 'en' });
    const known = await dispatcher.call('listWorkspaces', {});
    return { de, en, known: known.ok ? (known.value as unknown[]) : null };
  } finally {
    core.close();
  }
}

/** Asserts the refusal through the store and the core, and that nothing on disk changed. */
async function expectRefused(file: string, problem: StoreProblem, code: string) {
  const before = fingerprint(file);
  expect(problemOf(() => openStore(file))).toBe(problem);
  const { de, en, known } = await openThroughCore(file);
  expect(de).toMatchObject({ ok: false, error: { code } });
  expect(en).toMatchObject({ ok: false, error: { code } });
  expect(known).toEqual([]);
  expect(fingerprint(file)).toEqual(before);
  const text = (r: typeof de) => (r.ok ? '' : r.error.message);
  return { de: text(de), en: text(en) };
}

describe('openStore: a new workspace', () => {
  it('gets WAL, synchronous=FULL, foreign keys on, busy_timeout 5000, our application_id and user_version = number of migrations', () => {
    const store = openStore(join(dir, 'neu.cdo'), { create: true });
    try {
      const p = (name: string) => store.raw.pragma(name, { simple: true });
      expect(p('journal_mode')).toBe('wal');
      expect(p('synchronous')).toBe(2);
      expect(p('foreign_keys')).toBe(1);
      expect(p('busy_timeout')).toBe(5000);
      expect(p('application_id')).toBe(0x43444f43);
      expect(APPLICATION_ID).toBe(0x43444f43);
      expect(p('user_version')).toBe(journal().entries.length);
      expect(store.schemaVersion).toBe(knownSchemaVersion());
      expect(store.migratedFrom).toBe(0);
    } finally {
      store.close();
    }
  });

  it('keeps these settings when the workspace is opened again, without migrating', () => {
    const file = join(dir, 'neu.cdo');
    openStore(file, { create: true }).close();
    const store = openStore(file);
    try {
      expect(store.raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.raw.pragma('synchronous', { simple: true })).toBe(2);
      expect(store.raw.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(store.raw.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(store.migratedFrom).toBeNull();
    } finally {
      store.close();
    }
  });

  it('refuses a missing file unless asked to create it, and creates nothing', async () => {
    const file = join(dir, 'fehlt.cdo');
    expect(problemOf(() => openStore(file))).toBe('missing');
    const { de } = await openThroughCore(file);
    expect(de.ok).toBe(false);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('openStore refuses a file it must not use and changes nothing', () => {
  it('refuses a text file renamed .cdo as not_sqlite', async () => {
    const file = join(dir, 'notizen.cdo');
    writeFileSync(file, 'Protokoll der Sitzung vom 12. März\nTOP 1: Digitalisierung der Bauakten\n'.repeat(50));
    const { de, en } = await expectRefused(file, 'not_sqlite', 'workspace_invalid');
    expect(de).toContain('keine SQLite-Datenbank');
    expect(de).toContain('notizen.cdo');
    expect(en).toContain('not an SQLite database');
  });

  it('refuses a workspace cut to half its size as damaged', async () => {
    const file = join(dir, 'halb.cdo');
    filledWorkspace(file);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const { de, en } = await expectRefused(file, 'damaged', 'workspace_damaged');
    expect(de).toContain('beschädigt');
    expect(de).toContain('Sicherung');
    expect(en).toContain('damaged');
  });

  it('refuses a workspace with an overwritten page as damaged (quick_check fails)', async () => {
    const file = join(dir, 'kaputt.cdo');
    filledWorkspace(file);
    // Overwrite the cell pointer array of the measures table's root page.
    const { page, pageSize } = rootPage(file, 'measures');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (page - 1) * pageSize + 8);
    closeSync(fd);
    const check = new Database(file, { readonly: true });
    let quick: unknown;
    try {
      quick = check.pragma('quick_check', { simple: true });
    } catch (err) {
      quick = (err as { code?: string }).code;
    } finally {
      check.close();
    }
    expect(quick).not.toBe('ok');
    await expectRefused(file, 'damaged', 'workspace_damaged');
  });

  it('refuses a foreign SQLite database as not_workspace', async () => {
    const file = join(dir, 'fremd.cdo');
    const raw = new Database(file);
    raw.exec("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO kunden (name) VALUES ('Müller')");
    raw.close();
    const { de, en } = await expectRefused(file, 'not_workspace', 'workspace_invalid');
    expect(de).toContain('kein Arbeitsbereich');
    expect(en).toContain('not a CDO-Cockpit workspace');
  });

  it('refuses a workspace from a newer version, naming both schema versions', async () => {
    const file = join(dir, 'neuer.cdo');
    filledWorkspace(file);
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    const known = knownSchemaVersion();
    let info: Record<string, unknown> = {};
    try {
      openStore(file);
    } catch (err) {
      info = (err as StoreError).info;
    }
    expect(info).toMatchObject({ fileVersion: 99, appVersion: known });
    const { de, en } = await expectRefused(file, 'newer', 'workspace_newer');
    expect(de).toContain('neueren Version');
    expect(de).toContain('Schema 99');
    expect(de).toContain(`kennt ${known}`);
    expect(en).toContain('schema 99');
    expect(en).toContain(`knows ${known}`);
  });

  const protectable = canProtect();
  const why = protectable ? '' : ' (cannot run here: neither chmod nor chattr makes files read-only)';

  it(`refuses a read-only workspace file as read_only${why}`, async (ctx) => {
    if (!protectable) ctx.skip();
    const file = join(dir, 'schreibgeschuetzt.cdo');
    filledWorkspace(file);
    const guard = protect(file);
    try {
      const { de, en } = await expectRefused(file, 'read_only', 'read_only');
      expect(de).toContain('schreibgeschützt');
      expect(en).toContain('read-only');
    } finally {
      guard?.release();
    }
  });

  it(`refuses a workspace in a read-only folder as read_only${why}`, async (ctx) => {
    if (!protectable) ctx.skip();
    const folder = join(dir, 'nur-lesen');
    const file = join(folder, 'arbeitsbereich.cdo');
    mkdirSync(folder);
    filledWorkspace(file);
    const guard = protect(folder);
    try {
      const { de } = await expectRefused(file, 'read_only', 'read_only');
      expect(de).toContain('oder sein Ordner ist schreibgeschützt');
    } finally {
      guard?.release();
    }
  });

  it(`does not create a new workspace in a read-only folder${why}`, (ctx) => {
    if (!protectable) ctx.skip();
    const guard = protect(dir);
    try {
      expect(problemOf(() => openStore(join(dir, 'neu.cdo'), { create: true }))).toBe('read_only');
    } finally {
      guard?.release();
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
