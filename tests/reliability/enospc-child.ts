/**
 * Runs inside a private mount namespace on a small tmpfs (see
 * disk-enospc.test.ts): a real "no space left on device" for the workspace
 * file, its WAL and its backups. Prints one JSON line per step for the test.
 *
 * argv: <tmpfs folder> <a finished workspace file to copy in>
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Core, createDispatcher, openWorkspaceFile } from '../../core/index.ts';
import { BIG_TEXT } from './disk-full.ts';

const [dir, source] = process.argv.slice(2) as [string, string];
const say = (step: string, o: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ step, ...o })}\n`);
const file = join(dir, 'minden.cdo');
const ballast = join(dir, 'ballast.bin');
const free = () => statfsSync(dir).bavail * statfsSync(dir).bsize;
const partials = () => (existsSync(`${file}.backups`) ? readdirSync(`${file}.backups`).filter((n) => n.includes('partial')) : []);
const measures = (raw: Database.Database) => raw.prepare('SELECT count(*) FROM measures').pluck().get() as number;

copyFileSync(source, file);
// Leave room to open and write a little, but not for the backup on open (a copy of the whole file).
writeFileSync(ballast, Buffer.alloc(Math.max(0, free() - 400 * 1024)));
say('filled', { freeBytes: free() });

const warnings: string[] = [];
console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
const core = new Core({ dataDir: join(dir, 'data'), autoBackupMs: 0 });
const api = createDispatcher(core);
const opened = await api.run(() => openWorkspaceFile(core, file));
say('open', { ok: opened.ok, error: opened.ok ? null : opened.error, warnings, partials: partials() });
if (!opened.ok) process.exit(1);

let saved = 0;
let failure: unknown = null;
let unchanged = false;
for (let i = 0; i < 500 && !failure; i++) {
  const before = measures(core.raw());
  const r = await api.call('saveMeasure', { title: `Maßnahme ${i + 1} auf vollem Laufwerk`, description: BIG_TEXT });
  if (r.ok) saved += 1;
  else {
    failure = r.error;
    unchanged = measures(core.raw()) === before && !core.raw().inTransaction;
  }
}
say('save', { saved, failure, unchanged, integrity: core.raw().pragma('integrity_check', { simple: true }) });

const backup = await api.call('createBackup', {});
say('backup', { ok: backup.ok, error: backup.ok ? null : backup.error, partials: partials() });
const read = await api.call('listMeasures', { limit: 1 });
say('read', { ok: read.ok, total: read.ok ? (read.value as { total: number }).total : null });

rmSync(ballast);
const after = await api.call('saveMeasure', { title: 'Wieder Platz: Maßnahme gespeichert', description: BIG_TEXT });
const backupAfter = await api.call('createBackup', {});
say('space-again', { saved: after.ok, backup: backupAfter.ok, integrity: core.raw().pragma('integrity_check', { simple: true }) });
core.close();

const check = new Database(file, { readonly: true });
say('reopened', { measures: measures(check), integrity: check.pragma('integrity_check', { simple: true }), foreignKeys: (check.pragma('foreign_key_check') as unknown[]).length });
check.close();
