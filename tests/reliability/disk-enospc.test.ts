/**
 * Issue 7.2 with a real full disk: enospc-child.ts runs in a private mount
 * namespace (`unshare -r -m`, no root needed where user namespaces are
 * allowed) on a 16 MB tmpfs filled up with ballast. Opening works without the
 * backup on open, writes and backups fail with "Speicherplatz ist voll" and
 * leave nothing half-written, and everything works again once there is space.
 * Skipped where the machine allows no mount namespace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHarness, value } from '../support/core-harness.ts';
import { removeAll, tempDir } from '../fixtures/workspace-files.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const MOUNT = 'mount -t tmpfs -o size=16m tmpfs "$0"';

function canMountTmpfs(): boolean {
  const dir = tempDir('cdo-ns-probe-');
  try {
    execFileSync('unshare', ['-r', '-m', 'sh', '-c', MOUNT, dir], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  } finally {
    removeAll(dir);
  }
}

describe.skipIf(!canMountTmpfs())('a really full disk (tmpfs in a mount namespace)', () => {
  it('opens without the backup, refuses writes and backups clearly, leaves no half files, and recovers with space', async () => {
    const h = createHarness();
    const mountpoint = join(h.dir, 'laufwerk');
    mkdirSync(mountpoint);
    try {
      const source = value(await h.api.createWorkspace({ ags: '05770024' })).file;
      h.core.close();
      const run = spawnSync('unshare', ['-r', '-m', 'sh', '-c', `${MOUNT} && exec "$1" --import tsx "$2" "$0" "$3"`, mountpoint, process.execPath, join(ROOT, 'tests', 'reliability', 'enospc-child.ts'), source], {
        cwd: ROOT, encoding: 'utf8', timeout: 120_000,
      });
      const steps: Record<string, Record<string, unknown>> = Object.fromEntries(run.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => {
        const o = JSON.parse(l) as { step: string };
        return [o.step, o];
      }));
      const saved = Number(steps.save?.saved);
      expect({ status: run.status, stderr: run.stderr.slice(-2000) }).toEqual({ status: 0, stderr: expect.any(String) });

      // Open: the workspace opens; the backup on open is skipped (said in the log) and no half copy is left.
      expect(steps.open).toMatchObject({ ok: true, partials: [], warnings: [expect.stringContaining('backup on open skipped')] });
      // Writes: some fit, then a clear message, nothing half-written, the file intact.
      expect(steps.save).toMatchObject({
        failure: { code: 'storage_full', message: expect.stringMatching(/^Der Speicherplatz ist voll/) }, unchanged: true, integrity: 'ok',
      });
      expect(saved).toBeGreaterThan(0);
      // A backup on a full disk: the same message, and its half copy removed.
      expect(steps.backup).toMatchObject({ ok: false, error: { code: 'storage_full' }, partials: [] });
      expect(steps.read).toMatchObject({ ok: true, total: saved });
      // Space again: writing and backing up work without reopening.
      expect(steps['space-again']).toEqual({ step: 'space-again', saved: true, backup: true, integrity: 'ok' });
      expect(steps.reopened).toEqual({ step: 'reopened', measures: saved + 1, integrity: 'ok', foreignKeys: 0 });
    } finally {
      h.cleanup();
    }
  }, 180_000);
});
