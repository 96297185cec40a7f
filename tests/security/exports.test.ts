/**
 * Exports carry no live formulas and no script (QUALITY.md "Exports"), for
 * generated hostile text rather than a handful of examples:
 * - CSV: no cell a spreadsheet program would evaluate (= + - @ tab CR, also
 *   full-width), header row included;
 * - XLSX: no formula element anywhere, hostile text stays a text cell;
 * - ODS: no table:formula, hostile text stays a string cell;
 * - the HTML agenda export: no script, no event handler, no remote resource,
 *   its own strict CSP — the hostile text shows up as text.
 */
import { createRequire } from 'node:module';
import * as fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { FORMULA_START, writeCsv, writeOds, writeXlsx, type OutTable } from '../../core/spreadsheets/write-sheet.ts';
import type { OutColumn, OutValue } from '../../core/spreadsheets/export-columns.ts';
import { HTML_CSP } from '../../core/agenda-export/render-html.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

// jsdom ships no type declarations; a real DOM parser is all this test needs from it.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: Window } };
import { fuzz } from '../fuzz/fuzz-run.ts';

/** Text that starts like a formula in Excel or LibreOffice, and other hostile text. */
const formulaLike = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'), fc.string({ maxLength: 20 })).map(([a, b]) => a + b);
const hostileText = fc.oneof(
  formulaLike,
  fc.constantFrom('=HYPERLINK("http://evil.example","klick")', '=cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3', '+49 30 1234', '\t=1', ' =1', '"=1"', '<script>alert(1)</script>'),
  fc.string({ maxLength: 30 }),
);
const GERMAN_NUMBER = /^-?\d+(,\d+)?(e[+-]?\d+)?$/i;
const cellValue: fc.Arbitrary<OutValue> = fc.oneof(hostileText, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));

const table = fc.tuple(fc.array(hostileText, { minLength: 1, maxLength: 4 }), fc.nat(5)).chain(([headers, rowCount]) =>
  fc.array(fc.array(cellValue, { minLength: headers.length, maxLength: headers.length }), { minLength: rowCount, maxLength: rowCount }).map((rows): OutTable => ({
    title: 'Maßnahmen',
    columns: headers.map((header, i): OutColumn => ({ key: 'title', header, kind: 'text', width: 10 + i })),
    rows,
  })),
);

describe('spreadsheet exports', () => {
  /**
   * Read the way Excel and LibreOffice read CSV: a bare CR or LF also ends a row.
   * Generated text here carries no line breaks (a leading CR becomes a tab):
   * cells with line breaks are the known finding below.
   */
  const excelRows = (bytes: Uint8Array) =>
    parse(new TextDecoder().decode(bytes).replace(/^\ufeff/, ''), { delimiter: ';', record_delimiter: ['\r\n', '\r', '\n'], relax_column_count: true, skip_empty_lines: true }) as string[][];
  const noInnerBreaks = (v: OutValue): OutValue => (typeof v === 'string' ? v.replace(/^\r/, '\t').replace(/[\r\n]/g, ' ') : v);

  it('CSV: no cell starts like a formula; formula-like text keeps its content behind an apostrophe', async () => {
    await fuzz(table, async (generated) => {
      const t = { ...generated, columns: generated.columns.map((c) => ({ ...c, header: noInnerBreaks(c.header) as string })), rows: generated.rows.map((r) => r.map(noInnerBreaks)) };
      const cells = excelRows(writeCsv(t)).flat();
      // A negative number ("-1,5") is a number in every program, not a formula.
      expect(cells.filter((c) => FORMULA_START.test(c) && !GERMAN_NUMBER.test(c))).toEqual([]);
      const formulaLikeTexts = [...t.columns.map((c) => c.header), ...t.rows.flat()].filter((v): v is string => typeof v === 'string' && /^[=+\-@＝＋－＠]/.test(v));
      expect(formulaLikeTexts.filter((text) => !cells.includes(`'${text}`))).toEqual([]);
    }, 200);
  });

  // csv-stringify quotes only for ";", '"' or CRLF by default; a bare CR or LF must be quoted too, or
  // Excel starts a new row inside the cell, whose first cell would be a live formula.
  it('CSV: a line break inside a cell cannot start a new row with a live formula', () => {
    const t: OutTable = { title: 'Maßnahmen', columns: [{ key: 'leadUnit', header: 'Federführung', kind: 'text', width: 10 }], rows: [['Amt\r@SUMME(1)'], ['Amt\n=1+1'], ['\r=1+1']] };
    const cells = excelRows(writeCsv(t)).flat();
    expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
  });

  it('XLSX: no formula anywhere; every text is a text cell with its exact content', async () => {
    const tried = await fuzz(table, async (t) => {
      const parts = Object.entries(unzipSync(await writeXlsx(t)));
      expect(parts.filter(([name, bytes]) => name.endsWith('.xml') && /<f[\s>/]/.test(strFromU8(bytes))).map(([name]) => name)).toEqual([]);
    }, 30);
    expect(tried).toBeGreaterThanOrEqual(30);
  });

  it('ODS: no table:formula; formula-like text is a string cell', async () => {
    await fuzz(table, async (t) => {
      const xml = strFromU8(unzipSync(writeOds(t))['content.xml']!);
      expect(xml).not.toContain('table:formula');
      expect(xml).not.toMatch(/office:value-type="(?!string|float|date)/);
    }, 100);
  });
});

describe('the HTML agenda export', () => {
  let h: Harness;
  let agendaId: string;
  beforeAll(async () => {
    h = createHarness();
    value(await h.api.createWorkspace({ ags: '05770024' }));
    agendaId = value(await h.api.saveAgenda({ title: 'Digitale Agenda', periodFrom: 2026, periodTo: 2030 })).id;
  });
  afterAll(() => h.cleanup());

  const markup = fc.constantFrom(
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">klick</a>', '"><svg onload=alert(1)>',
    "'><iframe src=//evil.example>", '<link rel=stylesheet href=https://evil.example/a.css>', '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<base href="https://evil.example/">', '<style>@import "https://evil.example/x.css"</style>', '</title><script>1</script>', '<!--', ']]>', '&lt;script&gt;',
  );
  const text = fc.tuple(fc.string({ maxLength: 10 }), markup, fc.string({ maxLength: 10 })).map((p) => p.join('').trim() || 'x');

  it('keeps markup as text: no script, no handler, no remote resource, and its own strict CSP', async () => {
    await fuzz(fc.tuple(text, text, text), async ([title, vision, goal]) => {
      value(await h.api.saveAgenda({ id: agendaId, title, periodFrom: 2026, periodTo: 2030, vision, principles: [goal] }));
      value(await h.api.saveAgendaGoal({ agendaId, title: goal, description: vision }));
      const file = value(await h.api.exportAgenda({ agendaId, format: 'html' }));
      const doc = new JSDOM(new TextDecoder().decode(file.bytes)).window.document;
      expect(doc.querySelectorAll('script, iframe, object, embed, link, base, form, svg, style:not(head > style), meta[http-equiv="refresh"]')).toHaveLength(0);
      const csp = doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      expect([...csp].map((m) => m.getAttribute('content'))).toEqual([HTML_CSP]);
      const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${el.tagName.toLowerCase()} ${a.name}=${a.value}`));
      expect(attributes.filter((a) => / on[a-z]+=/i.test(` ${a.split(' ')[1]}`))).toEqual([]);
      // Links only within the document, images only embedded.
      expect(attributes.filter((a) => / (href|src|srcset|action|formaction|poster|xlink:href)=(?!#|data:image\/)/i.test(a))).toEqual([]);
      expect(doc.body.textContent).toContain(title.replace(/\s+/g, ' ').trim().slice(0, 40));
    }, 10);
    expect(HTML_CSP).toMatch(/default-src 'none'/);
    expect(HTML_CSP).not.toMatch(/script-src|unsafe-eval|https?:/);
  });
});
