/**
 * previewProjectImport / importProjects on a real workspace: the mapping of
 * German and English headers, row errors with row numbers, nothing written
 * by the preview, one transaction and one undo step for the import, updates
 * by title, and bad files refused with the store unchanged.
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import { cp1252, makeOds, makeXlsx, odsFloat, odsRow, odsText, utf8 } from '../fixtures/spreadsheets/make.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

function snapshot(): unknown {
  const raw = h.core.raw();
  return { measures: raw.prepare('SELECT * FROM measures ORDER BY id').all(), log: raw.prepare('SELECT count(*) AS n FROM change_log').get() };
}
const steps = () => (h.core.raw().prepare('SELECT count(DISTINCT step) AS n FROM change_log').get() as { n: number }).n;
const all = async () => value(await h.api.listMeasures({ sort: 'title', dir: 'asc' })).rows;
const issue = (r: { ok: boolean; error?: { message: string; details?: { issues?: { path: string; message: string }[] } } }) =>
  r.ok ? undefined : (r.error?.details?.issues?.find((i) => i.path === 'bytes')?.message ?? r.error?.message);

const GERMAN = [
  'Titel;Beschreibung;Handlungsfeld;Phase;Priorität;Beginn;Ende;Federführung;Budget (€);Schlagworte;Muss-Kriterien;Interne Notiz;Gesamtwert',
  'Bürgerportal ausbauen;Online-Anträge für alle;Verwaltung & Bürgerservice;Umsetzung;Hoch;01.03.2026;31.12.2027;Amt 10;180.000 €;OZG, Portal;Gesetzliche Pflicht bis 31.12.2026;nur intern;87',
  'Schul-WLAN;;Bildung;Konzeption;niedrig;2026;2026-09;Schulamt;2.500,50;;;;',
].join('\r\n');

describe('previewProjectImport', () => {
  it('maps German headers, lists ignored columns and writes nothing', async () => {
    const before = snapshot();
    const p = value(await h.api.previewProjectImport({ bytes: cp1252(GERMAN), fileName: 'massnahmen.csv' }));
    expect(p).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', rowCount: 2, add: 2, update: 0, errorRows: 0, written: false });
    expect(p.columns.map((c) => c.column ?? c.ignored)).toEqual([
      'title', 'description', 'field', 'phase', 'priority', 'start', 'end', 'leadUnit', 'budget', 'tags', 'must', 'unknown', 'computed',
    ]);
    expect(p.sample[0]).toMatchObject({ row: 2, action: 'add', title: 'Bürgerportal ausbauen', phase: 'implementation', start: '2026-03-01', end: '2027-12-31', budget: 180000 });
    // Year and month stand for their first day (start) and last day (end).
    expect(p.sample[1]).toMatchObject({ start: '2026-01-01', end: '2026-09-30', budget: 2500.5 });
    expect(snapshot()).toEqual(before);
  });

  it('reports every row error with its row number and column, in German and English', async () => {
    const csv = [
      'Title,Phase,Start,End,Budget,Progress,EfA reuse',
      'Ok,idea,2026-01-01,2026-02-01,100,50,yes',
      ',idea,,,,,',
      'Bad,someday,31.02.2026,2025-01-01,lots,150,perhaps',
      'Ok,idea,,,,,',
      'Reversed,idea,2026-05-01,2026-01-01,,,',
    ].join('\n');
    const p = value(await h.api.previewProjectImport({ bytes: utf8(csv), fileName: 'list.csv' }));
    expect(p).toMatchObject({ add: 1, errorRows: 4 });
    const at = (row: number) => p.errors.filter((e) => e.row === row).map((e) => `${e.header}: ${e.message}`);
    expect(at(3)).toEqual(['Title: Der Titel fehlt.']);
    expect(at(4)).toEqual([
      expect.stringMatching(/^Phase: Unbekannte Phase „someday“/),
      expect.stringMatching(/^Start: „31.02.2026“ ist kein Datum/),
      expect.stringMatching(/^Budget: „lots“ ist kein Betrag/),
      expect.stringMatching(/^Progress: „150“ ist kein Fortschritt/),
      expect.stringMatching(/^EfA reuse: „perhaps“ ist weder/),
    ]);
    expect(at(5)).toEqual(['Title: Dieser Titel steht schon in Zeile 2.']);
    expect(at(6)).toEqual(['End: Das Ende liegt vor dem Beginn.']);
    const en = await h.dispatcher.call('previewProjectImport', { bytes: utf8(csv), fileName: 'list.csv' }, { lang: 'en' });
    expect(en.ok && (en.value as { errors: { message: string }[] }).errors[0]!.message).toBe('The title is missing.');
  });

  it('names fields of action the workspace lacks and imports those measures without one', async () => {
    const p = value(await h.api.previewProjectImport({ bytes: utf8('Titel;Handlungsfeld\nA;Raumfahrt\nB;\n'), fileName: 'x.csv' }));
    expect(p).toMatchObject({ add: 2, errorRows: 0, unknownFields: ['Raumfahrt'] });
  });

  it('reads XLSX with real numbers, dates and serial dates, and ODS with typed cells', async () => {
    const xlsx = await makeXlsx([
      ['Title', 'Start', 'End', 'Budget', 'Progress'],
      ['Open data portal', new Date(Date.UTC(2026, 0, 15)), 46387, 99000, 0.45],
    ], (ws) => { ws.getColumn(2).numFmt = 'dd.mm.yyyy'; });
    const p = value(await h.api.previewProjectImport({ bytes: xlsx, fileName: 'list.xlsx' }));
    expect(p).toMatchObject({ format: 'xlsx', sheetName: 'Maßnahmen', errorRows: 0 });
    expect(p.sample[0]).toMatchObject({ start: '2026-01-15', end: '2026-12-31', budget: 99000 });
    const ods = makeOds(odsRow(`${odsText('Titel')}${odsText('Budget')}`) + odsRow(`${odsText('Sensorik')}${odsFloat(1234.5)}`));
    expect(value(await h.api.previewProjectImport({ bytes: ods, fileName: 'liste.ods' })).sample[0]).toMatchObject({ title: 'Sensorik', budget: 1234.5 });
  });

  it('refuses a formula without stored result in its row, never computing it', async () => {
    const xlsx = await makeXlsx([['Titel', 'Budget'], ['A', { formula: 'SUM(1,2)' } as never], ['B', { formula: '1+1', result: 2 }]]);
    const p = value(await h.api.previewProjectImport({ bytes: xlsx, fileName: 'f.xlsx' }));
    expect(p.errors).toEqual([{ row: 2, header: 'Budget', message: expect.stringMatching(/Formel ohne gespeichertes Ergebnis/) }]);
    expect(p).toMatchObject({ add: 1, formulas: 2 });
  });
});

describe('importProjects', () => {
  it('writes every row in one transaction and one undo step; undo takes the whole import back', async () => {
    const before = steps();
    const r = value(await h.api.importProjects({ bytes: cp1252(GERMAN), fileName: 'massnahmen.csv' }));
    expect(r).toMatchObject({ written: true, add: 2 });
    expect(steps()).toBe(before + 1);
    const rows = await all();
    expect(rows.map((m) => m.title)).toEqual(['Bürgerportal ausbauen', 'Schul-WLAN']);
    expect(rows[0]).toMatchObject({
      description: 'Online-Anträge für alle', phase: 'implementation', priority: 'high', leadUnit: 'Amt 10', budget: 180000,
      tags: ['OZG', 'Portal'], mustLegal: true, mustLegalDeadline: '2026-12-31', mustCritical: false, origin: 'local',
    });
    expect(rows[1]).toMatchObject({ phase: 'concept', priority: 'low', budget: 2500.5, description: null });
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'measure', title: 'massnahmen.csv' });
    // The new measures are found by the search, with German folding.
    expect(value(await h.api.search({ query: 'Buergerportal' })).map((s) => s.title)).toContain('Bürgerportal ausbauen');
    value(await h.api.undo());
    expect(await all()).toEqual([]);
  });

  it('updates a measure with the same title, keeping what the file has no column for', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Schul-WLAN', description: 'bleibt', phase: 'idea', budget: 10, goals: 'Ziel bleibt' }));
    const p = value(await h.api.previewProjectImport({ bytes: utf8('Titel;Phase;Budget\nschul-wlan;Umsetzung;20\n'), fileName: 'u.csv' }));
    expect(p).toMatchObject({ add: 0, update: 1, sample: [expect.objectContaining({ action: 'update' })] });
    value(await h.api.importProjects({ bytes: utf8('Titel;Phase;Budget\nschul-wlan;Umsetzung;20\n'), fileName: 'u.csv' }));
    expect(value(await h.api.getMeasure({ id: m.id }))).toMatchObject({ title: 'Schul-WLAN', description: 'bleibt', goals: 'Ziel bleibt', phase: 'implementation', budget: 20 });
    // The same file again changes nothing.
    const again = value(await h.api.previewProjectImport({ bytes: utf8('Titel;Phase;Budget\nschul-wlan;Umsetzung;20\n'), fileName: 'u.csv' }));
    expect(again).toMatchObject({ add: 0, update: 0, unchanged: 1 });
    expect((await all()).length).toBe(1);
  });

  it('refuses while rows have errors; writes only the valid rows when the CDO chose that', async () => {
    const csv = utf8('Titel;Phase\nGut;Idee\nSchlecht;irgendwann\n');
    const before = snapshot();
    const r = await h.api.importProjects({ bytes: csv, fileName: 'x.csv' });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Zeilen mit Fehlern: 1\./) });
    expect(snapshot()).toEqual(before);
    value(await h.api.importProjects({ bytes: csv, fileName: 'x.csv', skipInvalid: true }));
    expect((await all()).map((m) => m.title)).toEqual(['Gut']);
  });

  it.each([
    ['an empty file', new Uint8Array(0), /leer/],
    ['a file without a title column', utf8('Name der Sache;Budget\n'), /Titel/],
    ['a spreadsheet with 100,000 rows', utf8(`Titel\n${Array.from({ length: 100_000 }, (_, i) => `Maßnahme ${i}`).join('\n')}`), /100000 Zeilen; höchstens 20000/],
    ['a PDF', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]), /weder eine CSV-Datei/],
  ])('refuses %s with a clear message and writes nothing', async (_what, bytes, msg) => {
    const before = snapshot();
    const r = await h.api.importProjects({ bytes, fileName: 'datei.csv' });
    expect(issue(r)).toMatch(msg);
    expect(snapshot()).toEqual(before);
  });

  it('answers a file with only a header with nothing to write', async () => {
    const before = snapshot();
    expect(value(await h.api.importProjects({ bytes: utf8('Titel;Budget\n'), fileName: 'leer.csv' }))).toMatchObject({ rowCount: 0, add: 0, written: false });
    expect(snapshot()).toEqual(before);
  });

  it('refuses a file over 20 MB in the input schema, before reading it', async () => {
    const r = await h.api.importProjects({ bytes: new Uint8Array(20 * 1024 * 1024 + 1), fileName: 'gross.csv' });
    expect(!r.ok && r.error.code).toBe('invalid_input');
    expect(issue(r)).toMatch(/größer als 20 MB/);
  });

  it('reads 10,000 XLSX rows in one import and reports its progress', async () => {
    const rows = [['Titel', 'Phase', 'Budget'], ...Array.from({ length: 10_000 }, (_, i) => [`Maßnahme ${i}`, 'Idee', i])];
    const r = value(await h.api.importProjects({ bytes: await makeXlsx(rows), fileName: 'gross.xlsx' }));
    expect(r).toMatchObject({ add: 10_000, written: true });
    expect(value(await h.api.listMeasures({ limit: 1 })).total).toBe(10_000);
    // Reading and writing are one bar: 20,000 steps, every 500th reported, ending at the total.
    const progress = h.events.filter((e) => e.type === 'progress' && e.task === 'projectImport');
    expect(progress.length).toBeGreaterThan(30);
    expect(progress.at(-1)).toEqual({ type: 'progress', task: 'projectImport', done: 20_000, total: 20_000 });
  }, 60_000);
});
