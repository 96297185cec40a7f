/**
 * CSV import of the funding catalogue: the preview (mapping, new and updated
 * programmes, row errors) writes nothing; confirming writes every valid row in
 * one transaction and one undo step. UTF-8 and Windows-1252, ; and ,, German
 * and English headers, and files that are too big, too long or malformed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const FIXTURE = readFileSync(join(import.meta.dirname, '../fixtures/foerderprogramme-beispiel.csv'));
const utf8 = (text: string, bom = false) => new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

function snapshot(): unknown {
  const raw = h.core.raw();
  return { programmes: raw.prepare('SELECT * FROM funding_programmes ORDER BY id').all(), log: raw.prepare('SELECT count(*) AS n FROM change_log').get() };
}

const issue = (r: { ok: boolean; error?: { details?: { issues?: { path: string; message: string }[] } } }) =>
  r.ok ? undefined : r.error?.details?.issues?.find((i) => i.path === 'bytes')?.message;

describe('importFundingProgrammes: the preview', () => {
  it('reads the Windows-1252 example with ; and German headers, maps every column and writes nothing', async () => {
    const before = snapshot();
    const p = value(await h.api.importFundingProgrammes({ bytes: new Uint8Array(FIXTURE), confirm: false }));
    expect(p).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rowCount: 4, written: false, errors: [], update: [], unchanged: [] });
    expect(p.columns.map((c) => c.column)).toEqual(['name', 'funder', 'maxQuota', 'minOwnShare', 'eligible', 'fields', 'keywords', 'deadline', 'url', 'description']);
    expect(p.columns[1]!.header).toBe('Fördergeber');
    expect(p.add.map((a) => [a.row, a.name])).toEqual([
      [2, 'Förderaufruf Digitale Bürgerdienste'], [3, 'Klimaschutz in Kommunen'], [4, 'Stiftung Lesen digital'], [5, 'EU-Programm Digitales Europa'],
    ]);
    expect(p.formulaLike).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  it('reads UTF-8 with and without BOM, , as separator and English headers', async () => {
    const csv = 'Name,Funder,Max quota,Min own share,Eligible,Fields,Keywords,Deadline,URL,Description\nSmart Region,EU,"60,5",40,Kommunen,Daten & Plattformen,"Sensorik, Plattform",2026-07-01,https://example.org,Grüße\n';
    for (const bom of [false, true]) {
      const p = value(await h.api.importFundingProgrammes({ bytes: utf8(csv, bom) }));
      expect(p).toMatchObject({ encoding: 'utf-8', delimiter: ',', errors: [] });
      expect(p.columns.every((c) => c.column !== null)).toBe(true);
      expect(p.columns[0]!.header).toBe('Name');
    }
    value(await h.api.importFundingProgrammes({ bytes: utf8(csv, true), confirm: true }));
    expect(value(await h.api.listFundingProgrammes({})).rows[0]).toMatchObject({
      name: 'Smart Region', funder: 'eu', maxQuota: 60.5, minOwnShare: 40, keywords: 'Sensorik, Plattform', deadline: '2026-07-01', description: 'Grüße',
    });
  });

  it('reports row errors with row number and column, and lists unknown columns as ignored', async () => {
    const csv = [
      'Name;Fördergeber;Förderquote;Frist;URL;Bemerkung intern',
      'Gut;Land;80 %;01.02.2026;https://example.org;egal',
      ';Bund;50;;;',
      'Schlecht;NASA;150;31.02.2026;javascript:alert(1);',
      'Gut;Bund;50;;;',
      '',
      'Formel;EU;=1+1;2026-13-01;;',
    ].join('\n');
    const p = value(await h.api.importFundingProgrammes({ bytes: utf8(csv) }));
    expect(p.columns.at(-1)).toEqual({ header: 'Bemerkung intern', column: null });
    expect(p.add.map((a) => a.name)).toEqual(['Gut']);
    const at = (row: number) => p.errors.filter((e) => e.row === row).map((e) => `${e.header}: ${e.message}`);
    expect(at(3)).toEqual(['Name: Der Name fehlt.']);
    expect(at(4)).toEqual([
      expect.stringMatching(/^Fördergeber: Unbekannter Fördergeber „NASA“/),
      expect.stringMatching(/^Förderquote: „150“ ist kein Prozentwert/),
      expect.stringMatching(/^Frist: „31.02.2026“ ist kein Datum/),
      expect.stringMatching(/^URL: „javascript:alert\(1\)“ ist keine Internetadresse/),
    ]);
    expect(at(5)).toEqual(['Name: Dieser Name steht schon in Zeile 2.']);
    // The empty line 6 is skipped but still counted, as a spreadsheet numbers it.
    expect(at(7)).toEqual([expect.stringMatching(/^Förderquote: „=1\+1“/), expect.stringMatching(/^Frist: „2026-13-01“/)]);
  });

  it('words row errors in English with lang en', async () => {
    const r = await h.dispatcher.call('importFundingProgrammes', { bytes: utf8('Name;Funder\nX;Mars\n') }, { lang: 'en' });
    expect(r.ok && (r.value as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^Unknown funder "Mars"/);
  });

  it('shows which programmes an import would update (same name) and what changes', async () => {
    value(await h.api.saveFundingProgramme({ name: 'Klimaschutz in Kommunen', funder: 'bund', maxQuota: 50, keywords: 'alt', description: 'bleibt' }));
    value(await h.api.saveFundingProgramme({ name: 'Stiftung Lesen digital', funder: 'foundation', maxQuota: 100, minOwnShare: 0, eligible: 'Bibliotheken, Schulen', fields: 'Kultur & Freizeit, Bildung & Schule', keywords: 'Bibliothek, Onleihe, Leseförderung', url: 'https://www.example.org/lesen', description: 'Beispiel; mit Semikolon im Text' }));
    const p = value(await h.api.importFundingProgrammes({ bytes: new Uint8Array(FIXTURE) }));
    expect(p.add.map((a) => a.name)).toEqual(['Förderaufruf Digitale Bürgerdienste', 'EU-Programm Digitales Europa']);
    expect(p.update).toEqual([expect.objectContaining({ row: 3, name: 'Klimaschutz in Kommunen', changes: ['maxQuota', 'minOwnShare', 'eligible', 'fields', 'keywords', 'deadline', 'url', 'description'] })]);
    expect(p.unchanged).toEqual([{ row: 4, name: 'Stiftung Lesen digital' }]);
  });
});

describe('importFundingProgrammes: confirming', () => {
  it('writes every row in one transaction and one undo step, cells with = kept as text', async () => {
    const steps = () => (h.core.raw().prepare('SELECT count(DISTINCT step) AS n FROM change_log').get() as { n: number }).n;
    const before = steps();
    const p = value(await h.api.importFundingProgrammes({ bytes: new Uint8Array(FIXTURE), confirm: true, fileName: 'foerderprogramme-beispiel.csv' }));
    expect(p.written).toBe(true);
    expect(steps()).toBe(before + 1);
    const rows = value(await h.api.listFundingProgrammes({})).rows;
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.name === 'EU-Programm Digitales Europa')).toMatchObject({ funder: 'eu', description: '=Beispiel mit Gleichheitszeichen am Anfang', deadline: '2026-09-15', url: 'http://www.example.org/digital-europe' });
    expect(rows.find((r) => r.name === 'Förderaufruf Digitale Bürgerdienste')).toMatchObject({ funder: 'land', maxQuota: 80, minOwnShare: 20, deadline: '2026-03-31' });
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'programme', title: 'foerderprogramme-beispiel.csv' });
    value(await h.api.undo());
    expect(value(await h.api.listFundingProgrammes({})).total).toBe(0);
  });

  it('updates an existing programme, keeping columns the file does not have', async () => {
    const old = value(await h.api.saveFundingProgramme({ name: 'Klimaschutz in Kommunen', funder: 'bund', maxQuota: 50, description: 'bleibt' }));
    value(await h.api.importFundingProgrammes({ bytes: utf8('Name;Fördergeber;Förderquote\nklimaschutz in kommunen;Bund;65\n'), confirm: true }));
    expect(value(await h.api.getFundingProgramme({ id: old.id }))).toMatchObject({ name: 'Klimaschutz in Kommunen', maxQuota: 65, description: 'bleibt' });
  });

  it('refuses to write while rows have errors, unless told to skip them', async () => {
    const csv = utf8('Name;Fördergeber\nGut;Land\nSchlecht;Mars\n');
    const before = snapshot();
    const r = await h.api.importFundingProgrammes({ bytes: csv, confirm: true });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Zeilen mit Fehlern: 1\./) });
    expect(snapshot()).toEqual(before);
    const p = value(await h.api.importFundingProgrammes({ bytes: csv, confirm: true, skipInvalid: true }));
    expect(p).toMatchObject({ written: true, add: [{ row: 2, name: 'Gut' }] });
    expect(value(await h.api.listFundingProgrammes({})).rows.map((x) => x.name)).toEqual(['Gut']);
  });
});

describe('importFundingProgrammes: files it refuses', () => {
  it.each([
    ['an empty file', new Uint8Array(0), /keine Zeilen/],
    ['a file without a name column', utf8('Titel;Geber\nA;B\n'), /Es fehlen Spalten.*Name/],
    ['a file without a funder column', utf8('Name;Frist\nA;2026-01-01\n'), /Fördergeber\/Funder/],
    ['a broken quote', utf8('Name;Fördergeber\n"A;Land\nB;"x"y\n'), /keine lesbare CSV-Datei/],
    ['more than 5,000 rows', utf8(`Name;Fördergeber\n${Array.from({ length: 5001 }, (_, i) => `P${i};Land`).join('\n')}`), /5001 Zeilen; höchstens 5000/],
  ])('refuses %s with a clear message and writes nothing', async (_what, bytes, msg) => {
    const before = snapshot();
    const r = await h.api.importFundingProgrammes({ bytes, confirm: true });
    expect(r.ok).toBe(false);
    expect(issue(r)).toMatch(msg);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a file over 2 MB and a cell over 2,000 characters', async () => {
    const big = await h.api.importFundingProgrammes({ bytes: new Uint8Array(2 * 1024 * 1024 + 1) });
    expect(issue(big)).toMatch(/größer als 2 MB/);
    const p = value(await h.api.importFundingProgrammes({ bytes: utf8(`Name;Fördergeber;Beschreibung\nA;Land;${'x'.repeat(2001)}\n`) }));
    expect(p.errors).toEqual([{ row: 2, header: 'Beschreibung', message: 'Der Wert ist länger als 2000 Zeichen.' }]);
  });

  it('refuses input that is not bytes', async () => {
    const r = await h.api.importFundingProgrammes({ bytes: 'Name;Fördergeber' } as unknown as { bytes: Uint8Array });
    expect(!r.ok && r.error.details?.issues?.[0]?.path).toBe('bytes');
  });
});
