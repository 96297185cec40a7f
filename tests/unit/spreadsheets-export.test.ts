/**
 * exportPortfolio: the current view (columns, filters, sort) as XLSX, ODS and
 * CSV, typed cells, formula-injection safe, and a round trip: each exported
 * file re-imports into a fresh workspace with the same content.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { VIEW_COLUMNS, type Measure } from '../../api/index.ts';
import { readSheet } from '../../core/spreadsheets/read-sheet.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
let fresh: Harness;
beforeEach(async () => {
  h = createHarness();
  fresh = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
  value(await fresh.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => {
  h.cleanup();
  fresh.cleanup();
});

const HOSTILE = '=HYPERLINK("http://example.org","klick")';

async function fill() {
  const fields = value(await h.api.listFields());
  value(await h.api.saveMeasure({
    title: 'Bürgerportal ausbauen', fieldId: fields[0]!.id, phase: 'implementation', priority: 'high', start: '2026-03-01', end: '2027-12-31',
    leadUnit: 'Amt 10', projectLead: 'Frau Öztürk', budget: 180000.5, progress: 45, tags: ['OZG', 'Portal'], mustLegal: true,
    mustLegalDeadline: '2026-12-31', mustPolitical: true, efaReuse: true,
  }));
  value(await h.api.saveMeasure({ title: HOSTILE, phase: 'idea', priority: 'low', leadUnit: '+49 Hotline', budget: null, tags: ['@alle'] }));
  value(await h.api.saveMeasure({ title: 'Schul-WLAN', fieldId: fields[1]!.id, phase: 'concept', start: '2026-01-01', budget: 2500, progress: 0 }));
}

/** What a measure says in the columns a spreadsheet carries (ids and timestamps aside). */
const content = (m: Measure) => ({
  title: m.title, fieldName: m.fieldName, phase: m.phase, priority: m.priority, start: m.start, end: m.end, leadUnit: m.leadUnit,
  projectLead: m.projectLead, budget: m.budget, progress: m.progress, tags: m.tags, mustLegal: m.mustLegal, mustLegalDeadline: m.mustLegalDeadline,
  mustCritical: m.mustCritical, mustPolitical: m.mustPolitical, efaReuse: m.efaReuse,
});
const contents = async (x: Harness) => value(await x.api.listMeasures({ sort: 'title', dir: 'asc' })).rows.map(content);

describe('exportPortfolio', () => {
  it('exports the view: its columns after the title, only the filtered rows, in its order', async () => {
    await fill();
    const file = value(await h.api.exportPortfolio({
      format: 'xlsx', config: { columns: ['budget', 'phase'], filters: { phase: '' , text: '' }, sort: { key: 'budget', dir: 'desc' } },
    }));
    expect(file).toMatchObject({ mimeType: expect.stringContaining('spreadsheetml'), rows: 3, fileName: expect.stringMatching(/^Maßnahmen Minden, Stadt \d{4}-\d{2}-\d{2}\.xlsx$/) });
    const sheet = await readSheet(file.bytes, file.fileName, 100);
    // The table's fixed column order (phase before budget), budget descending, empty budgets last.
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['Titel', 'Phase', 'Budget (€)'],
      ['Bürgerportal ausbauen', 'Umsetzung', 180000.5],
      ['Schul-WLAN', 'Konzeption', 2500],
      [HOSTILE, 'Idee'],
    ]);
    const filtered = value(await h.api.exportPortfolio({ format: 'csv', config: { columns: ['phase'], filters: { phase: 'concept' } } }));
    expect(filtered.rows).toBe(1);
  });

  it('writes dates as dates and money as numbers in XLSX and ODS, German text in CSV', async () => {
    await fill();
    const config = { columns: ['start', 'budget'] as const, sort: { key: 'title' as const, dir: 'asc' as const } };
    const xlsx = value(await h.api.exportPortfolio({ format: 'xlsx', config: { ...config, columns: [...config.columns] } }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    // Sorted by title: "=HYPERLINK…" comes first, then "Bürgerportal ausbauen".
    const row = book.worksheets[0]!.getRow(3);
    expect(row.getCell(2).value).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(row.getCell(2).numFmt).toBe('dd.mm.yyyy');
    expect(row.getCell(3).value).toBe(180000.5);
    const ods = value(await h.api.exportPortfolio({ format: 'ods', config: { ...config, columns: [...config.columns] } }));
    const xml = strFromU8(unzipSync(ods.bytes)['content.xml']!);
    expect(xml).toContain('office:value-type="date" office:date-value="2026-03-01"><text:p>01.03.2026</text:p>');
    expect(xml).toContain('office:value-type="float" office:value="180000.5"');
    const csv = value(await h.api.exportPortfolio({ format: 'csv', config: { ...config, columns: [...config.columns] } }));
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv.bytes)).toContain('Bürgerportal ausbauen;01.03.2026;180000,5\r\n');
  });

  it('neutralises formula-like text: a leading apostrophe in CSV, plain text cells in XLSX and ODS', async () => {
    await fill();
    const config = { columns: ['leadUnit', 'tags'] as ('leadUnit' | 'tags')[], sort: { key: 'title' as const, dir: 'asc' as const } };
    const csv = new TextDecoder().decode(value(await h.api.exportPortfolio({ format: 'csv', config })).bytes);
    expect(csv).toContain(`"'${HOSTILE.replace(/"/g, '""')}";'+49 Hotline;'@alle`);
    const xlsx = value(await h.api.exportPortfolio({ format: 'xlsx', config }));
    const parts = unzipSync(xlsx.bytes);
    const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).not.toMatch(/<f>|<f /);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const hostile = book.worksheets[0]!.getRow(2);
    expect(hostile.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(hostile.getCell(1).value).toBe(HOSTILE);
    const ods = strFromU8(unzipSync(value(await h.api.exportPortfolio({ format: 'ods', config })).bytes)['content.xml']!);
    expect(ods).not.toContain('table:formula');
    expect(ods).toContain('office:value-type="string"><text:p>=HYPERLINK(&quot;http://example.org&quot;,&quot;klick&quot;)</text:p>');
  });

  it.each(['xlsx', 'ods', 'csv'] as const)('round trip: the %s file with every column re-imports into a fresh workspace with the same content', async (format) => {
    await fill();
    const file = value(await h.api.exportPortfolio({ format, config: { columns: [...VIEW_COLUMNS] } }));
    const preview = value(await fresh.api.previewProjectImport({ bytes: file.bytes, fileName: file.fileName }));
    expect(preview).toMatchObject({ add: 3, errorRows: 0, unknownFields: [] });
    expect(preview.columns.filter((c) => c.column === null).map((c) => [c.header, c.ignored])).toEqual([['Gesamtwert', 'computed'], ['Platz', 'computed']]);
    value(await fresh.api.importProjects({ bytes: file.bytes, fileName: file.fileName }));
    expect(await contents(fresh)).toEqual(await contents(h));
    // Exporting the fresh workspace gives the same file content again.
    const again = value(await fresh.api.exportPortfolio({ format: 'csv', config: { columns: [...VIEW_COLUMNS], sort: { key: 'title', dir: 'asc' } } }));
    const first = value(await h.api.exportPortfolio({ format: 'csv', config: { columns: [...VIEW_COLUMNS], sort: { key: 'title', dir: 'asc' } } }));
    expect(new TextDecoder().decode(again.bytes)).toBe(new TextDecoder().decode(first.bytes));
  });

  it('exports an empty portfolio as a header row only', async () => {
    const file = value(await h.api.exportPortfolio({ format: 'ods', config: {} }));
    expect(file.rows).toBe(0);
    await expect(readSheet(file.bytes, file.fileName, 10)).resolves.toMatchObject({ rows: [{ row: 1 }] });
  });

  it('refuses an unknown format and unknown columns', async () => {
    for (const input of [{ format: 'pdf' }, { format: 'csv', config: { columns: ['secret'] } }]) {
      const r = await h.dispatcher.call('exportPortfolio', input);
      expect(!r.ok && r.error.code).toBe('invalid_input');
    }
  });
});

describe('the suggested file name', () => {
  it('names the municipality and the day, and is safe for every system', async () => {
    value(await h.api.saveMeasure({ title: 'A' }));
    const file = value(await h.api.exportPortfolio({ format: 'ods', config: {} }));
    expect(file.fileName).toMatch(/^Maßnahmen Minden, Stadt \d{4}-\d{2}-\d{2}\.ods$/);
    expect(file.fileName).not.toMatch(/[<>:"/\\|?*]/);
  });
});
