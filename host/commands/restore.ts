import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hostMessage } from '../messages.ts';
import { CliError, EXIT, type CliContext, type CommandSpec } from './context.ts';
import { restoreHead } from './command-heads.ts';
import { assertNewFile, inspectWorkspace, leavingNoTrace, positionals } from './workspace-file.ts';

/** The app's backup naming (core/backups), so the saved state shows up in its restore view. */
function beforeRestoreName(now: Date): string {
  return `${now.toISOString().replace(/:/g, '-').replace('.', '-')}_before-restore.cdo`;
}

/** Copies a database file together with its WAL, which may hold committed pages. */
function copyWithWal(from: string, to: string): void {
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`) && statSync(`${from}-wal`).size > 0) copyFileSync(`${from}-wal`, `${to}-wal`);
}

/** The current file may be damaged (that is why one restores) but must be ours, unlocked and not newer. */
async function assertReplaceable(ctx: CliContext, file: string): Promise<void> {
  try {
    await inspectWorkspace(ctx, file);
  } catch (err) {
    if (err instanceof CliError && err.code === 'workspace_damaged') return;
    if (err instanceof CliError && err.code === 'workspace_invalid') {
      throw CliError.badInput(hostMessage(ctx.lang, 'restore_target_refused', { file }));
    }
    throw err;
  }
}

/** Saves the current file beside it (`<file>.backups/…_before-restore.cdo`). */
function saveCurrent(file: string): string {
  const dir = `${file}.backups`;
  mkdirSync(dir, { recursive: true });
  let t = Date.now();
  let target = join(dir, beforeRestoreName(new Date(t)));
  while (existsSync(target)) target = join(dir, beforeRestoreName(new Date(++t)));
  copyWithWal(file, target);
  return target;
}

/**
 * `restore <backup> <file>`: puts a backup in place of a workspace. The
 * current file is saved first; the backup is staged beside the target and
 * renamed over it, so a crash leaves one or the other, never a mix.
 */
export const restoreCommand: CommandSpec = {
  ...restoreHead,
  async run(ctx, args) {
    const [backup, file] = positionals(ctx, this, args, { de: ['Sicherung', 'Datei'], en: ['backup', 'file'] });
    if (backup === file) throw CliError.badInput(hostMessage(ctx.lang, 'restore_same_file'));
    await leavingNoTrace([backup!], () => inspectWorkspace(ctx, backup!));
    let saved: string | null = null;
    if (existsSync(file!)) {
      await assertReplaceable(ctx, file!);
      saved = saveCurrent(file!);
    } else {
      assertNewFile(ctx, file!);
    }
    const staging = `${file}.restoring`;
    for (const f of [staging, `${staging}-wal`]) rmSync(f, { force: true });
    copyWithWal(backup!, staging);
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    renameSync(staging, file!);
    if (existsSync(`${staging}-wal`)) renameSync(`${staging}-wal`, `${file}-wal`);
    await leavingNoTrace([file!], () => inspectWorkspace(ctx, file!));
    ctx.out(hostMessage(ctx.lang, 'restore_done', { file, backup }));
    if (saved) ctx.out(hostMessage(ctx.lang, 'restore_saved', { saved }));
    return EXIT.ok;
  },
};
