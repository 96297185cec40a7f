/**
 * Backups: the rotation rule (3 today, one per day for 10 days, safety
 * backups 30 days), create and restore through the API (restore saves the
 * current state first), refusal of unknown backups, and the "while changed"
 * timer.
 */
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { backupsToDelete, type BackupStamp } from '../../core/backups/rotation.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

/** Local noon on 15 March 2026 minus `days` days, plus `minutes`. */
function at(days: number, minutes = 0): Date {
  return new Date(2026, 2, 15 - days, 12, minutes);
}

function stamp(reason: string, days: number, minutes = 0): BackupStamp {
  return { id: `${reason}-${days}d-${minutes}m`, reason, createdAt: at(days, minutes) };
}

const NOW = at(0, 30);

describe('backup rotation (backupsToDelete)', () => {
  it('keeps the 3 newest automatic backups of today', () => {
    const today = [0, 5, 10, 15, 20].map((m) => stamp('auto', 0, m));
    expect(backupsToDelete(today, NOW).sort()).toEqual(['auto-0d-0m', 'auto-0d-5m']);
  });

  it('counts backups made on open like automatic ones', () => {
    const today = [stamp('open', 0, 1), stamp('auto', 0, 2), stamp('open', 0, 3), stamp('auto', 0, 4)];
    expect(backupsToDelete(today, NOW)).toEqual(['open-0d-1m']);
  });

  it('keeps the newest backup of each of the 10 days before today and none older', () => {
    const backups: BackupStamp[] = [];
    for (let day = 1; day <= 12; day++) backups.push(stamp('auto', day, 0), stamp('auto', day, 30));
    const doomed = new Set(backupsToDelete(backups, NOW));
    const kept = backups.filter((b) => !doomed.has(b.id)).map((b) => b.id);
    expect(kept).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) => `auto-${d}d-30m`));
  });

  it('keeps safety backups (manual, before a migration, restore or import) for 30 days, however many', () => {
    const safety = ['manual', 'before-migrate', 'before-restore', 'before-import'];
    const backups = safety.flatMap((reason) => [stamp(reason, 0, 1), stamp(reason, 0, 2), stamp(reason, 0, 3), stamp(reason, 0, 4), stamp(reason, 30), stamp(reason, 31)]);
    expect(backupsToDelete(backups, NOW).sort()).toEqual(safety.map((r) => `${r}-31d-0m`).sort());
  });

  it('does not let safety backups use up the daily places of automatic ones', () => {
    const backups = [stamp('manual', 2, 50), stamp('auto', 2, 10), stamp('before-restore', 0, 25), ...[1, 2, 3].map((m) => stamp('auto', 0, m))];
    expect(backupsToDelete(backups, NOW)).toEqual([]);
  });

  it('deletes nothing from an empty list', () => {
    expect(backupsToDelete([], NOW)).toEqual([]);
  });
});

describe('backups through the API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    value(await h.api.createWorkspace({ ags: '05770024' }));
  });
  afterEach(() => h.cleanup());

  const rows = async () => value(await h.api.listMeasures({ sort: 'title', dir: 'asc' })).rows;

  it('makes a backup on open, and a manual one on request', async () => {
    const list = value(await h.api.listBackups({}));
    expect(list.map((b) => b.reason)).toEqual(['open']);
    const manual = value(await h.api.createBackup());
    expect(manual.reason).toBe('manual');
    expect(manual.sizeBytes).toBeGreaterThan(0);
    expect(value(await h.api.listBackups({})).map((b) => b.id)).toContain(manual.id);
  });

  it('restores a backup: the current state is saved first as before-restore, then the data equals the backup', async () => {
    const a = value(await h.api.saveMeasure({ title: 'Bürgerportal', phase: 'operation' }));
    value(await h.api.saveMeasure({ title: 'E-Akte', budget: 620000 }));
    const backedUp = await rows();
    const backup = value(await h.api.createBackup());

    value(await h.api.saveMeasure({ title: 'Neu nach der Sicherung' }));
    value(await h.api.saveMeasure({ id: a.id, title: 'Bürgerportal 2.0', phase: 'completed' }));
    const e = backedUp.find((m) => m.title === 'E-Akte')!;
    value(await h.api.deleteMeasure({ id: e.id }));
    const current = await rows();

    const info = value(await h.api.restoreBackup({ backupId: backup.id }));
    expect(info.name).toBe('Minden, Stadt');
    expect(await rows()).toEqual(backedUp);
    expect(value(await h.api.search({ query: 'buergerportal' })).map((x) => x.title)).toEqual(['Bürgerportal']);

    const saved = value(await h.api.listBackups({})).filter((b) => b.reason === 'before-restore');
    expect(saved).toHaveLength(1);
    // The saved copy holds the state from just before the restore.
    const dir = `${info.file}.backups`;
    expect(readdirSync(dir)).toContain(saved[0]!.id);
    const copy = new Database(`${dir}/${saved[0]!.id}`, { readonly: true });
    try {
      const titles = (copy.prepare('SELECT title FROM measures ORDER BY title').all() as { title: string }[]).map((r) => r.title);
      expect(titles).toEqual(current.map((m) => m.title));
    } finally {
      copy.close();
    }
  });

  it('refuses an unknown backup id with not_found and changes nothing', async () => {
    value(await h.api.saveMeasure({ title: 'Bleibt' }));
    const before = { rows: await rows(), backups: value(await h.api.listBackups({})), session: value(await h.api.getSession()) };
    for (const backupId of ['2020-01-01T00-00-00-000Z_manual.cdo', '..', 'gibt-es-nicht.cdo']) {
      const r = await h.api.restoreBackup({ backupId });
      expect(r).toEqual({ ok: false, error: { code: 'not_found', message: `Die Sicherung „${backupId}“ gibt es nicht.` } });
    }
    const traversal = await h.api.restoreBackup({ backupId: '../../etc/passwd' });
    expect(!traversal.ok && traversal.error.code).toBe('invalid_input');
    expect({ rows: await rows(), backups: value(await h.api.listBackups({})), session: value(await h.api.getSession()) }).toEqual(before);
  });
});

describe('the automatic backup timer', () => {
  let h: Harness;
  afterEach(() => {
    h.cleanup();
    vi.useRealTimers();
  });

  it('backs up only while the workspace has changed since the last backup', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    h = createHarness({ autoBackupMs: 60_000 });
    value(await h.api.createWorkspace({ ags: '05770024' }));
    const autos = async () => value(await h.api.listBackups({})).filter((b) => b.reason === 'auto').length;

    vi.advanceTimersByTime(5 * 60_000);
    expect(await autos()).toBe(0); // nothing changed since the backup on open

    value(await h.api.saveMeasure({ title: 'Geändert' }));
    vi.advanceTimersByTime(60_000);
    expect(await autos()).toBe(1);

    vi.advanceTimersByTime(5 * 60_000);
    expect(await autos()).toBe(1); // unchanged since that backup

    value(await h.api.saveMeasure({ title: 'Noch eine Änderung' }));
    vi.advanceTimersByTime(60_000);
    expect(await autos()).toBe(2);
  });

  it('stops when the workspace is closed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    h = createHarness({ autoBackupMs: 60_000 });
    const info = value(await h.api.createWorkspace({ ags: '05770024' }));
    value(await h.api.saveMeasure({ title: 'Geändert' }));
    value(await h.api.closeWorkspace());
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5 * 60_000);
    expect(readdirSync(`${info.file}.backups`).filter((n) => n.endsWith('_auto.cdo'))).toEqual([]);
  });

  it('does not run at all with autoBackupMs 0', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    h = createHarness({ autoBackupMs: 0 });
    value(await h.api.createWorkspace({ ags: '05770024' }));
    expect(vi.getTimerCount()).toBe(0);
  });
});
