/**
 * The CLI commands import-projects and export-portfolio on real files: the
 * preview is printed and nothing written without --yes; --yes writes; bad
 * arguments and bad files give exit 2 and one clear line.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../host/cli-run.ts';
import { makeTempDir } from '../support/core-harness.ts';
import { cp1252, utf8 } from '../fixtures/spreadsheets/make.ts';
import { readSheet } from '../../core/spreadsheets/read-sheet.ts';

let dir: string;
let workspace: string;

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', join(dir, 'data')], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}
const titles = () => {
  const db = new Database(workspace, { readonly: true });
  try {
    return (db.prepare('SELECT title FROM measures ORDER BY title').all() as { title: string }[]).map((r) => r.title);
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  dir = makeTempDir('cdo-sheets-cli-');
  workspace = join(dir, 'minden.cdo');
  const created = await cli('create', '--ags', '05770024', workspace);
  if (created.code !== 0) throw new Error(`create failed: ${created.err.join(' ')}`);
  writeFileSync(join(dir, 'liste.csv'), cp1252('Titel;Phase;Budget;Notiz\r\nBürgerportal;Umsetzung;180.000 €;intern\r\nSchul-WLAN;Idee;2.500;\r\n'));
  writeFileSync(join(dir, 'fehler.csv'), utf8('Titel;Phase\nGut;Idee\nSchlecht;irgendwann\n'));
}, 30_000);

describe('cdo-cockpit import-projects', () => {
  it('prints the mapping, the first rows and writes nothing without --yes', async () => {
    const r = await cli('import-projects', join(dir, 'liste.csv'), '--workspace', workspace);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 Zeilen – 2 neu, 0 geändert, 0 unverändert, 0 mit Fehlern/);
    expect(r.out).toMatch(/Budget\s+→\s+Budget/);
    expect(r.out).toMatch(/Notiz\s+→\s+wird nicht übernommen/);
    expect(r.out).toMatch(/2\s+neu angelegt\s+Bürgerportal\s+–\s+Umsetzung\s+180\.000 €/);
    expect(r.out).toMatch(/Mit --yes werden die Zeilen übernommen/);
    expect(titles()).toEqual([]);
  });

  it('lists row errors and refuses --yes while there are any (exit 2)', async () => {
    const preview = await cli('import-projects', join(dir, 'fehler.csv'), '--workspace', workspace);
    expect(preview.out).toMatch(/Zeile 3, Spalte „Phase“: Unbekannte Phase „irgendwann“/);
    const r = await cli('import-projects', join(dir, 'fehler.csv'), '--workspace', workspace, '--yes');
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/Zeilen mit Fehlern: 1\./)]);
    expect(titles()).toEqual([]);
  });

  it('writes with --yes, in English with --lang en', async () => {
    const r = await cli('import-projects', join(dir, 'liste.csv'), '--workspace', workspace, '--yes', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Imported: 2 new and 0 changed measures/);
    expect(titles()).toEqual(['Bürgerportal', 'Schul-WLAN']);
  });

  it.each([
    [['import-projects', '--workspace', 'x.cdo'], /Es fehlt: Tabellendatei/],
    [['import-projects', 'liste.csv'], /Bitte --workspace angeben/],
    [['import-projects', 'gibt-es-nicht.csv', '--workspace', 'x.cdo'], /gibt es nicht/],
    [['import-projects', 'liste.csv', '--workspace', 'x.cdo', '--out', 'y'], /Option „--out“ gibt es beim Befehl „import-projects“ nicht/],
  ])('refuses %j with exit 2 and one line', async (args, msg) => {
    const r = await cli(...args.map((a) => (a.endsWith('.csv') ? join(dir, a) : a)));
    expect(r).toMatchObject({ code: 2, out: '', err: [expect.stringMatching(msg)] });
  });

  it('refuses a file that is not a spreadsheet, and a workspace that is not one', async () => {
    writeFileSync(join(dir, 'bild.csv'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const r = await cli('import-projects', join(dir, 'bild.csv'), '--workspace', workspace);
    expect(r).toMatchObject({ code: 2, err: [expect.stringMatching(/weder eine CSV-Datei/)] });
    const w = await cli('import-projects', join(dir, 'liste.csv'), '--workspace', join(dir, 'liste.csv'));
    expect(w).toMatchObject({ code: 2 });
  });
});

describe('cdo-cockpit export-portfolio', () => {
  it('writes each format, readable again, and never overwrites', async () => {
    for (const format of ['xlsx', 'ods', 'csv'] as const) {
      const out = join(dir, `portfolio.${format}`);
      const r = await cli('export-portfolio', '--format', format, '--workspace', workspace, '--out', out);
      expect(r).toMatchObject({ code: 0, out: expect.stringMatching(/^2 Maßnahmen exportiert/) });
      const sheet = await readSheet(new Uint8Array(readFileSync(out)), out, 100);
      // The standard view: newest change first.
      expect(sheet.rows.map((x) => x.cells[0])).toEqual(['Titel', 'Schul-WLAN', 'Bürgerportal']);
    }
    const again = await cli('export-portfolio', '--format', 'csv', '--workspace', workspace, '--out', join(dir, 'portfolio.csv'));
    expect(again).toMatchObject({ code: 2, err: [expect.stringMatching(/gibt es bereits/)] });
  });

  it.each([
    [['export-portfolio', '--format', 'pdf', '--workspace', 'x', '--out', 'y'], /Format „pdf“ gibt es nicht/],
    [['export-portfolio', '--workspace', 'x', '--out', 'y'], /Bitte --format angeben/],
    [['export-portfolio', '--format', 'csv', '--workspace', 'x'], /Bitte --out angeben/],
  ])('refuses %j with exit 2', async (args, msg) => {
    const r = await cli(...args);
    expect(r).toMatchObject({ code: 2, err: [expect.stringMatching(msg)] });
    expect(existsSync(join(dir, 'y'))).toBe(false);
  });
});
