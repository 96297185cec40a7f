/**
 * readSheet: CSV (UTF-8 or Windows-1252, ; or ,), XLSX and ODS read into the
 * same rows of typed cells, on real files; and the files it refuses, each
 * with a clear German message.
 */
import { strToU8, zipSync } from 'fflate';
import { dateOf, numberOf, yesNoOf } from '../../core/spreadsheets/cell-values.ts';
import { readSheet, sheetTable } from '../../core/spreadsheets/read-sheet.ts';
import { CoreError } from '../../core/errors.ts';
import { message } from '../../core/messages.ts';
import { cp1252, makeOds, makeXlsx, odsDate, odsFloat, odsRow, odsText, utf8 } from '../fixtures/spreadsheets/make.ts';

const MAX = 20_000;

/** The German message a refused file gets. */
async function refusal(bytes: Uint8Array, name: string, max = MAX): Promise<string> {
  try {
    await readSheet(bytes, name, max);
  } catch (err) {
    if (err instanceof CoreError) return message('de', err.key, err.params);
    throw err;
  }
  throw new Error('expected the file to be refused');
}

describe('readSheet: CSV', () => {
  it('reads Windows-1252 with ; as Excel on a German Windows writes it', async () => {
    const sheet = await readSheet(cp1252('Titel;Budget\r\nBürgerportal;180.000 €\r\n;\r\nSchulen-WLAN;2.500,50\r\n'), 'liste.csv', MAX);
    expect(sheet).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    const t = sheetTable(sheet);
    expect(t.headers).toEqual(['Titel', 'Budget']);
    // The empty line 3 is skipped but the rows keep the numbers a spreadsheet shows.
    expect(t.rows).toEqual([{ row: 2, cells: ['Bürgerportal', '180.000 €'] }, { row: 4, cells: ['Schulen-WLAN', '2.500,50'] }]);
  });

  it('reads UTF-8 with BOM and , as separator, quoted cells with line breaks', async () => {
    const sheet = await readSheet(utf8('Title,Description\n"Portal","Zeile 1\nZeile 2, mit Komma"\n', true), 'list.csv', MAX);
    expect(sheet).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect(sheet.rows[1]!.cells).toEqual(['Portal', 'Zeile 1\nZeile 2, mit Komma']);
  });

  it('takes back the apostrophe its own export puts before formula-like text', async () => {
    const sheet = await readSheet(utf8("Titel\n'=HYPERLINK(1)\n'Apostroph bleibt\n"), 'x.csv', MAX);
    expect(sheet.rows.map((r) => r.cells[0])).toEqual(['Titel', '=HYPERLINK(1)', "'Apostroph bleibt"]);
  });
});

describe('readSheet: XLSX', () => {
  it('reads numbers as numbers, dates as dates, formulas as their stored result', async () => {
    const bytes = await makeXlsx([
      ['Titel', 'Beginn', 'Budget', 'Summe'],
      ['Bürgerportal', new Date(Date.UTC(2026, 11, 31)), 180000.5, { formula: 'C2*2', result: 361001 }],
    ], (ws) => { ws.getColumn(2).numFmt = 'dd.mm.yyyy'; });
    const sheet = await readSheet(bytes, 'liste.xlsx', MAX);
    expect(sheet).toMatchObject({ format: 'xlsx', sheetName: 'Maßnahmen', sheetCount: 1, formulas: 1 });
    expect(sheet.rows[1]!.cells).toEqual(['Bürgerportal', { date: '2026-12-31' }, 180000.5, 361001]);
  });

  it('marks a formula without a stored result instead of computing it', async () => {
    const bytes = await makeXlsx([['Titel', 'Budget'], ['A', { formula: 'SUM(1,2)' } as never]]);
    const sheet = await readSheet(bytes, 'f.xlsx', MAX);
    expect(sheet.rows[1]!.cells[1]).toEqual({ formula: 'SUM(1,2)' });
  });

  it('skips empty rows and reads the first sheet that has data', async () => {
    const book = await makeXlsx([], (ws, b) => {
      ws.name = 'Leer';
      const data = b.addWorksheet('Daten');
      data.addRow(['Titel']);
      data.addRow([]);
      data.addRow(['A']);
    });
    const sheet = await readSheet(book, 'b.xlsx', MAX);
    expect(sheet).toMatchObject({ sheetName: 'Daten', sheetCount: 2 });
    expect(sheetTable(sheet).rows).toEqual([{ row: 3, cells: ['A'] }]);
  });

  it('refuses merged header cells, naming the area', async () => {
    const bytes = await makeXlsx([['Titel', 'Zeitraum', ''], ['A', '2026', '2027']], (ws) => ws.mergeCells('B1:C1'));
    const sheet = await readSheet(bytes, 'm.xlsx', MAX);
    const thrown = (() => {
      try {
        sheetTable(sheet);
        return null;
      } catch (e) {
        return e as CoreError;
      }
    })();
    expect(thrown).toBeInstanceOf(CoreError);
    expect(message('de', thrown!.key, thrown!.params)).toMatch(/verbundene Zellen \(B1:C1\)/);
  });

  it('refuses more rows than the caller takes before parsing them', async () => {
    const rows = [['Titel'], ...Array.from({ length: 120 }, (_, i) => [`M${i}`])];
    expect(await refusal(await makeXlsx(rows), 'gross.xlsx', 100)).toMatch(/120 Zeilen; höchstens 100/);
  });
});

describe('readSheet: ODS', () => {
  it('expands repeated rows and columns that carry values, ignores the padding LibreOffice writes', async () => {
    const bytes = makeOds([
      odsRow(`${odsText('Titel')}${odsText('Beginn')}${odsText('Budget')}<table:table-cell table:number-columns-repeated="1021"/>`),
      odsRow(`${odsText('Bürger &amp; Portal')}${odsDate('2026-03-01')}${odsFloat(1500.25)}`),
      odsRow('<table:table-cell table:number-columns-repeated="1024"/>', ' table:number-rows-repeated="3"'),
      odsRow(`${odsText('Gleich')}${odsText('x', ' table:number-columns-repeated="2"')}`, ' table:number-rows-repeated="2"'),
      odsRow('<table:table-cell table:number-columns-repeated="1024"/>', ' table:number-rows-repeated="1048000"'),
    ].join(''));
    const sheet = await readSheet(bytes, 'liste.ods', MAX);
    expect(sheet).toMatchObject({ format: 'ods', sheetName: 'Tabelle1' });
    expect(sheet.rows).toEqual([
      { row: 1, cells: ['Titel', 'Beginn', 'Budget'] },
      { row: 2, cells: ['Bürger & Portal', { date: '2026-03-01' }, 1500.25] },
      { row: 6, cells: ['Gleich', 'x', 'x'] },
      { row: 7, cells: ['Gleich', 'x', 'x'] },
    ]);
  });

  it('reads a formula as its stored value and marks one without', async () => {
    const bytes = makeOds([
      odsRow(`${odsText('Titel')}${odsText('Budget')}`),
      odsRow(`${odsText('A')}${odsFloat(42, ' table:formula="of:=[.B3]*2"')}`),
      odsRow(`${odsText('B')}<table:table-cell table:formula="of:=SUM([.B2])"/>`),
    ].join(''));
    const sheet = await readSheet(bytes, 'f.ods', MAX);
    expect(sheet.rows[1]!.cells[1]).toBe(42);
    expect(sheet.rows[2]!.cells[1]).toEqual({ formula: 'of:=SUM([.B2])' });
  });

  it('reports merged header cells (spanned and covered cells)', async () => {
    const bytes = makeOds(odsRow(`${odsText('Titel')}${odsText('Zeitraum', ' table:number-columns-spanned="2"')}<table:covered-table-cell/>`) + odsRow(odsText('A')));
    expect(() => sheetTable(readSheetSync(bytes))).toThrow(/sheet_merged_header/);
  });

  it('refuses a repeated data row that would exceed the row cap, counting rather than expanding it', async () => {
    const bytes = makeOds(odsRow(odsText('Titel')) + odsRow(odsText('Massenzeile'), ' table:number-rows-repeated="100000"'));
    expect(await refusal(bytes, 'bombe.ods')).toMatch(/100000 Zeilen; höchstens 20000/);
  });

  it('refuses 100,000 written-out rows before parsing the XML', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => odsRow(`${odsText(`Maßnahme ${i}`)}${odsFloat((i * 7919) % 100_003)}`)).join('');
    const bytes = makeOds(odsRow(odsText('Titel')) + rows);
    expect(await refusal(bytes, 'gross.ods')).toMatch(/100000 Zeilen; höchstens 20000/);
  });

  it('refuses a DOCTYPE (entity expansion)', async () => {
    const content = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><office:document-content/>';
    const bytes = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8(content) });
    expect(await refusal(bytes, 'x.ods')).toMatch(/Sicherheitsgründen/);
  });
});

let readSheetSync: (b: Uint8Array) => Awaited<ReturnType<typeof readSheet>>;
beforeAll(async () => {
  // ODS reading is synchronous underneath; this keeps the merged-header case a plain expect().toThrow.
  const { readOds } = await import('../../core/spreadsheets/read-ods.ts');
  readSheetSync = (b) => readOds(b, MAX);
});

describe('readSheet: files it refuses', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'x.csv', /leer/],
    ['an old .xls file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'alt.xls', /\.xls\) wird nicht gelesen/],
    ['a truncated xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'kaputt.xlsx', /beschädigt/],
    ['a text file called .xlsx', utf8('Titel\nA\n'), 'falsch.xlsx', /beschädigt/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'bild.csv', /weder eine CSV-Datei/],
    ['Excel\'s "Unicode-Text" (UTF-16)', new Uint8Array([0xff, 0xfe, 0x54, 0, 0x69, 0, 0x74, 0]), 'liste.txt', /UTF-16.*CSV UTF-8/],
    ['a zip without a workbook', zipSync({ 'a.txt': strToU8('x') }), 'x.xlsx', /beschädigt/],
    ['a CSV with a broken quote', utf8('Titel;B\n"A;1\nB;"x"y\n'), 'q.csv', /keine lesbare CSV-Datei/],
    ['a CSV with more rows than the cap', utf8(`Titel\n${Array.from({ length: 101 }, (_, i) => `M${i}`).join('\n')}`), 'g.csv', /101 Zeilen; höchstens 100/],
  ])('refuses %s', async (_what, bytes, name, msg) => {
    expect(await refusal(bytes, name, 100)).toMatch(msg);
  });

  it('refuses an XLSX whose XML declares entities', async () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><workbook>&lol;</workbook>'),
    });
    expect(await refusal(bytes, 'lol.xlsx')).toMatch(/Sicherheitsgründen.*DOCTYPE/);
  });

  it('refuses a zip bomb from its directory, before inflating it', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(30 * 1024 * 1024), '[Content_Types].xml': strToU8('<x/>') }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(await refusal(bomb, 'bombe.xlsx')).toMatch(/Sicherheitsgründen.*1:/);
  });
});

describe('cell values the German way', () => {
  it.each([
    ['31.12.2026', '2026-12-31'], ['1.3.2026', '2026-03-01'], ['2026-02-28', '2026-02-28'], [46022, '2025-12-31'],
    [{ date: '2026-01-05' }, '2026-01-05'], ['2026-07', '2026-07-01'], ['07/2026', '2026-07-01'], ['2026', '2026-01-01'], ['', null],
    ['31.02.2026', undefined], ['morgen', undefined], [true, undefined],
  ])('reads the date %j as %j', (cell, iso) => expect(dateOf(cell as never)).toBe(iso));

  it('reads a month or year as its last day for an end date', () => {
    expect(dateOf('2026-02', 'end')).toBe('2026-02-28');
    expect(dateOf('2028', 'end')).toBe('2028-12-31');
  });

  it.each([
    ['180.000', 180000], ['180.000,50 €', 180000.5], ['1,5', 1.5], ['180000.5', 180000.5], ['EUR 2.500', 2500], ['1,234.56', 1234.56],
    [42, 42], ['', null], ['viel', undefined], ['1.2.3', undefined],
  ])('reads the number %j as %j', (cell, n) => expect(numberOf(cell as never)).toBe(n));

  it.each([['ja', true], ['Nein', false], ['x', true], [true, true], [0, false], ['', null], ['vielleicht', undefined]])('reads %j as %j', (cell, v) => expect(yesNoOf(cell as never)).toBe(v));
});
