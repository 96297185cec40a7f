/**
 * Automatic, rotating backups beside the workspace file (`<file>.backups/`),
 * made with VACUUM INTO, and restore that first saves the current file.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Backup } from '../../api/index.ts';
import { vacuumInto } from '../../db/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { backupsToDelete } from './rotation.ts';

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)_([a-z-]+)\.cdo$/;

export const backupDir = (file: string) => `${file}.backups`;

function stampOf(iso: string): string {
  return iso.replace(/:/g, '-').replace('.', '-');
}

function parseName(name: string): { createdAt: string; reason: string } | null {
  const m = NAME.exec(name);
  if (!m?.[1] || !m[2]) return null;
  const [date, time] = m[1].split('T') as [string, string];
  const [h, min, s, ms] = time.replace('Z', '').split('-');
  return { createdAt: `${date}T${h}:${min}:${s}.${ms}Z`, reason: m[2] };
}

export function listBackupsOf(file: string): Backup[] {
  const dir = backupDir(file);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const parsed = parseName(name);
      return parsed ? [{ id: name, ...parsed, sizeBytes: statSync(join(dir, name)).size }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function uniqueTarget(dir: string, createdAt: string, reason: string): { id: string; path: string; createdAt: string } {
  // Two backups in the same millisecond get distinct names by moving one on by 1 ms.
  let t = new Date(createdAt).getTime();
  for (;;) {
    const at = new Date(t).toISOString();
    const id = `${stampOf(at)}_${reason}.cdo`;
    if (!existsSync(join(dir, id))) return { id, path: join(dir, id), createdAt: at };
    t += 1;
  }
}

function rotate(core: Core, file: string): void {
  const all = listBackupsOf(file);
  const doomed = backupsToDelete(all.map((b) => ({ id: b.id, reason: b.reason, createdAt: new Date(b.createdAt) })), new Date(core.clock.now()));
  for (const id of doomed) rmSync(join(backupDir(file), id), { force: true });
}

/** Backs up the open workspace; reasons: open, auto, manual, before-migrate, before-restore, before-import. */
export function createBackup(core: Core, reason: string): Backup {
  const ws = core.workspace();
  const dir = backupDir(ws.store.file);
  mkdirSync(dir, { recursive: true });
  const target = uniqueTarget(dir, core.clock.now(), reason);
  vacuumInto(ws.store.raw, target.path);
  ws.changedSinceBackup = false;
  rotate(core, ws.store.file);
  return { id: target.id, createdAt: target.createdAt, reason, sizeBytes: statSync(target.path).size };
}

/** A workspace file as it was on disk before opening: when it last changed, and the bytes a WAL still holds (committed, not yet in the file). */
export interface FileStamp {
  mtimeMs: number;
  walBytes: number;
}

export function fileStamp(file: string): FileStamp {
  const wal = `${file}-wal`;
  return { mtimeMs: statSync(file).mtimeMs, walBytes: existsSync(wal) ? statSync(wal).size : 0 };
}

/**
 * Whether a backup already holds the file as it is: one written after the
 * file last changed, with no WAL pages pending. A backup on open would then be
 * an identical copy, and on a large Kreis (70 MB) it costs about as much as
 * the rest of the open together.
 */
export function backupIsCurrent(file: string, before: FileStamp): boolean {
  if (before.walBytes > 0) return false;
  const dir = backupDir(file);
  return listBackupsOf(file).some((b) => statSync(join(dir, b.id)).mtimeMs > before.mtimeMs);
}

/** Starts the 15-minute "while changed" backup timer for the open workspace. */
export function startAutoBackup(core: Core): void {
  if (core.autoBackupMs <= 0) return;
  const timer = setInterval(() => {
    if (core.current?.changedSinceBackup) createBackup(core, 'auto');
  }, core.autoBackupMs);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    core.onClose.delete(stop);
  };
  core.onClose.add(stop);
}

export function backupPath(file: string, backupId: string): string {
  const path = join(backupDir(file), backupId);
  if (!NAME.test(backupId) || !existsSync(path)) throw new CoreError('not_found', 'backup_unknown', { backup: backupId });
  return path;
}

/**
 * Puts a backup in place of a closed workspace file. The current file is saved
 * first (a plain copy is safe here: nothing has it open), then the backup is
 * copied beside it and renamed over it, so a crash leaves one or the other.
 */
export function replaceWithBackup(core: Core, file: string, backupId: string): void {
  const source = backupPath(file, backupId);
  if (existsSync(file)) {
    const saved = uniqueTarget(backupDir(file), core.clock.now(), 'before-restore');
    copyFileSync(file, saved.path);
    // A crash may have left committed pages in the WAL: keep them with the copy.
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${saved.path}-wal`);
  }
  const staging = `${file}.restoring`;
  copyFileSync(source, staging);
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  renameSync(staging, file);
}
