/**
 * Workspaces: one SQLite file per municipality. Create from the municipality
 * list, open (backup first, then migrate), close, and the demo "Musterstadt".
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { Session, WorkspaceInfo } from '../../api/index.ts';
import { loadOzgCatalogue, municipalityByAgs, openStore, SOURCES, StoreError, municipalities, vacuumInto, type MunicipalityRow, type OpenedStore } from '../../db/index.ts';
import { Core } from '../core.ts';
import { CoreError, fromStoreError } from '../errors.ts';
import { startAutoBackup, backupDir, backupPath, replaceWithBackup, backupIsCurrent, fileStamp } from '../backups/backups.ts';
import { seedDefaultFields } from '../fields/fields.ts';
import { seedDefaultCriteria } from '../scoring/model.ts';
import { indexRowidsCurrent, rebuildIndex } from '../search/search.ts';
import { message, type Lang } from '../messages.ts';
import { findEntry, listEntries, remember } from './registry.ts';
import { backupOnOpen, settleLater } from './settle.ts';

interface MetaRow { id: string; ags: string; name: string; kind: 'gemeinde' | 'kreis'; land: string; population: number; is_demo: number }

export function workspaceInfo(core: Core): WorkspaceInfo {
  const ws = core.workspace();
  const m = ws.store.raw.prepare('SELECT * FROM workspace_meta LIMIT 1').get() as MetaRow;
  return {
    id: m.id, name: m.name, ags: m.ags, kind: m.kind, land: m.land, population: m.population,
    file: ws.store.file, schemaVersion: ws.store.schemaVersion, isDemo: m.is_demo === 1,
  };
}

function withStore<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof StoreError) throw fromStoreError(err);
    throw err;
  }
}

/** A file name from the municipality name: "Minden, Stadt" → "minden-stadt.cdo", never clobbering. */
function newFilePath(core: Core, name: string): string {
  const dir = join(core.dataDir, 'workspaces');
  mkdirSync(dir, { recursive: true });
  const base = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'arbeitsbereich';
  let file = join(dir, `${base}.cdo`);
  for (let n = 2; existsSync(file); n++) file = join(dir, `${base}-${n}.cdo`);
  return file;
}

function activate(core: Core, store: OpenedStore, id: string): WorkspaceInfo {
  core.current = { id, store, changedSinceBackup: false };
  core.damaged = null;
  startAutoBackup(core);
  const info = workspaceInfo(core);
  remember(core.dataDir, { id: info.id, name: info.name, ags: info.ags, file: info.file, lastOpenedAt: core.clock.now(), isDemo: info.isDemo });
  core.emit({ type: 'changed', entities: ['workspace'] });
  return info;
}

/**
 * Creates a new workspace file, seeded with reference data, default fields and
 * optional content, and opens it. It is built under a temporary name and
 * renamed into place only when complete: a failure leaves no half workspace.
 */
export function createWorkspaceFor(
  core: Core,
  m: Pick<MunicipalityRow, 'ags' | 'name' | 'kind' | 'land' | 'population'>,
  options: { isDemo?: boolean; file?: string; fill?: (core: Core) => void } = {},
): WorkspaceInfo {
  const file = options.file ? resolve(options.file) : newFilePath(core, m.name);
  if (existsSync(file)) throw new CoreError('conflict', 'file_exists', { file });
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  // Built by a helper core of its own, so the workspace open now stays open if building fails.
  const builder = new Core({ dataDir: core.dataDir, clock: core.clock });
  const store = withStore(() => openStore(partial, { create: true }));
  try {
    const now = core.clock.now();
    const id = core.clock.newId();
    store.raw.prepare('INSERT INTO workspace_meta (id, ags, name, kind, land, population, is_demo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, m.ags, m.name, m.kind, m.land, m.population, options.isDemo ? 1 : 0, now, now);
    store.raw.prepare('INSERT INTO reference_sources (id, title, attribution, licence, rows, loaded_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(SOURCES.gemeinden.id, SOURCES.gemeinden.title, SOURCES.gemeinden.attribution, SOURCES.gemeinden.licence, municipalities().length, now);
    loadOzgCatalogue(store.raw, now);
    builder.current = { id, store, changedSinceBackup: false };
    seedDefaultFields(builder);
    seedDefaultCriteria(builder);
    options.fill?.(builder);
  } catch (err) {
    store.close();
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    throw err;
  }
  store.close();
  renameSync(partial, file);
  return openWorkspaceFile(core, file);
}

export function createWorkspace(core: Core, ags: string): WorkspaceInfo {
  const m = municipalityByAgs(ags);
  if (!m) throw new CoreError('invalid_input', 'ags_unknown', { ags }, [{ path: 'ags', key: 'ags_unknown' }]);
  return createWorkspaceFor(core, m);
}

function backupBeforeMigrate(file: string, clockNow: string) {
  return (raw: Database.Database, from: number) => {
    const dir = backupDir(file);
    mkdirSync(dir, { recursive: true });
    vacuumInto(raw, join(dir, `${clockNow.replace(/:/g, '-').replace('.', '-')}_before-migrate.cdo`));
    void from;
  };
}

/** Opens a workspace file by path. Trusted callers only (CLI, the desktop shell's dialogs). */
export function openWorkspaceFile(core: Core, file: string): WorkspaceInfo {
  const path = resolve(file);
  if (core.current && resolve(core.current.store.file) === path) return workspaceInfo(core);
  // Taken before opening (opening makes a WAL): tells whether the newest backup still holds this file.
  const before = existsSync(path) ? fileStamp(path) : null;
  // Open the new file before closing the current one: a file that cannot be opened leaves the user where they were.
  const check = core.settleAfterMs > 0 ? 'later' : 'now';
  const store = withStore(() => openStore(path, { beforeMigrate: backupBeforeMigrate(path, core.clock.now()), check }));
  const meta = store.raw.prepare('SELECT id FROM workspace_meta LIMIT 1').get() as { id: string } | undefined;
  if (!meta) {
    store.close();
    throw new CoreError('workspace_invalid', 'store_not_workspace', { file: path });
  }
  core.close();
  const info = activate(core, store, meta.id);
  // A migration may have added or changed the search index, or the index was numbered the old way: refill it from the rows.
  if (store.migratedFrom !== null || !indexRowidsCurrent(core)) rebuildIndex(core);
  // Unchanged since a backup was made (and no crash left pages in a WAL): that backup is the restore point; no identical copy.
  const backup = store.migratedFrom !== null || !before || !backupIsCurrent(path, before);
  if (!store.checked) settleLater(core, backup);
  else if (backup) backupOnOpen(core);
  return info;
}

/** The workspace a late check found damaged, while no other is open (see settle.ts). */
export function damagedWorkspace(core: Core, lang: Lang): Session['damaged'] {
  const damaged = core.damaged;
  if (core.current || !damaged) return null;
  const entry = listEntries(core.dataDir).find((e) => e.id === damaged.id);
  if (!entry) return null;
  const { isDemo: _demo, ...workspace } = entry;
  return { workspace, message: message(lang, 'store_damaged', { file: damaged.file }) };
}

export function openWorkspace(core: Core, id: string): WorkspaceInfo {
  const entry = findEntry(core.dataDir, id);
  if (!entry) throw new CoreError('not_found', 'workspace_unknown');
  return openWorkspaceFile(core, entry.file);
}

export function closeWorkspace(core: Core): null {
  const had = core.current !== null;
  core.close();
  if (had) core.emit({ type: 'changed', entities: ['workspace'] });
  return null;
}

/** Restores a backup into the open workspace or a known one (e.g. after "damaged"), then opens it. */
export function restoreBackup(core: Core, workspaceId: string | undefined, backupId: string): WorkspaceInfo {
  const file = workspaceId && workspaceId !== core.current?.id ? findEntry(core.dataDir, workspaceId)?.file : core.workspace().store.file;
  if (!file) throw new CoreError('not_found', 'workspace_unknown');
  backupPath(file, backupId); // refuse an unknown backup before closing anything
  if (core.current && resolve(core.current.store.file) === resolve(file)) core.close();
  replaceWithBackup(core, file, backupId);
  return openWorkspaceFile(core, file);
}
