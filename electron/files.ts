/**
 * Workspace files handed to the app from outside the page: the command line,
 * a second start ("Öffnen mit"), macOS open-file, the native open dialog.
 * These are trusted paths (the user chose them), so they go to the worker's
 * `openFile`, never through the renderer's API.
 */
import { isAbsolute, resolve } from 'node:path';

export type LaunchTarget = { kind: 'workspace'; file: string } | { kind: 'pack'; file: string } | { kind: 'demo' };

/**
 * What the command line asks to open: the last `.cdo` (or `.cdopack`)
 * argument, resolved against the caller's working directory, or `--demo`.
 * Flags (Chromium adds some to a second instance's argv) are skipped.
 */
export function launchTargetFromArgv(argv: readonly string[], cwd: string): LaunchTarget | null {
  let found: LaunchTarget | null = null;
  // argv[0] is the executable itself.
  for (const arg of argv.slice(1)) {
    if (arg === '--demo') found = { kind: 'demo' };
    else if (arg.startsWith('-')) continue;
    else if (/\.cdo$/i.test(arg)) found = { kind: 'workspace', file: isAbsolute(arg) ? arg : resolve(cwd, arg) };
    else if (/\.cdopack$/i.test(arg)) found = { kind: 'pack', file: isAbsolute(arg) ? arg : resolve(cwd, arg) };
  }
  return found;
}
