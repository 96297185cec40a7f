/**
 * The backup on open is skipped only when a backup already holds the file as
 * it is: reopening an unchanged workspace adds no identical copy (on a large
 * Kreis that copy cost as much as the rest of the open), while a change since
 * the last backup, or committed pages a crash left in the WAL, still get one.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openWorkspaceFile } from '../../core/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
let file: string;
beforeEach(async () => {
  h = createHarness();
  file = value(await h.api.createWorkspace({ ags: '05770024' })).file;
});
afterEach(() => h.cleanup());

const reasons = async () => value(await h.api.listBackups({})).map((b) => b.reason);

function reopen(): void {
  h.core.close();
  openWorkspaceFile(h.core, file);
}

describe('backup on open', () => {
  it('is not repeated for a workspace unchanged since its last backup', async () => {
    expect(await reasons()).toEqual(['open']);
    reopen();
    reopen();
    expect(await reasons()).toEqual(['open']);
  });

  it('is made again after a change', async () => {
    value(await h.api.saveMeasure({ title: 'Bürgerportal' }));
    reopen();
    expect(await reasons()).toEqual(['open', 'open']);
    // The new backup holds the change.
    const newest = value(await h.api.listBackups({}))[0]!;
    const copy = new Database(`${file}.backups/${newest.id}`, { readonly: true });
    expect(copy.prepare('SELECT title FROM measures').pluck().all()).toEqual(['Bürgerportal']);
    copy.close();
  });

  it('is made when committed pages wait in the WAL (as after a crash)', async () => {
    h.core.close();
    // A connection that commits without a checkpoint; its file and WAL are copied as a process killed before closing leaves them.
    const other = new Database(file);
    other.pragma('wal_autocheckpoint = 0');
    other.prepare("INSERT INTO fields (id, name, color, source, created_at, updated_at) VALUES ('f-x', 'Neu', '#000000', 'test', 'x', 'x')").run();
    const crashed = join(h.dir, 'abgestuerzt.cdo');
    copyFileSync(file, crashed);
    copyFileSync(`${file}-wal`, `${crashed}-wal`);
    other.close();
    expect(statSync(`${crashed}-wal`).size).toBeGreaterThan(0);
    // Its backup folder holds a backup written after the file: only the WAL says the file changed since.
    const [backup] = readdirSync(`${file}.backups`);
    mkdirSync(`${crashed}.backups`);
    copyFileSync(join(`${file}.backups`, backup!), join(`${crashed}.backups`, backup!));
    openWorkspaceFile(h.core, crashed);
    expect(await reasons()).toEqual(['open', 'open']);
    expect(value(await h.api.listFields({})).map((f) => f.name)).toContain('Neu');
  });
});
