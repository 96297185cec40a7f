/**
 * Writing one table as CSV, XLSX or ODS. Text that a spreadsheet program
 * could take for a formula is neutralised (QUALITY.md): in CSV it gets a
 * leading apostrophe, in XLSX and ODS it is written as a plain text cell,
 * which no program evaluates.
 */
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import type { OutColumn, OutValue } from './export-columns.ts';

/** = + - @ tab and carriage return start a formula in Excel and LibreOffice, also their full-width forms. */
export const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
export const neutralise = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

export interface OutTable {
  title: string;
  columns: OutColumn[];
  rows: OutValue[][];
}

const germanNumber = (n: number) => String(n).replace('.', ',');
const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** CSV for Excel in Germany: ; as separator, UTF-8 with BOM, dates TT.MM.JJJJ, decimal comma. */
export function writeCsv(t: OutTable): Uint8Array {
  const cell = (v: OutValue): string => {
    if (v === null) return '';
    if (typeof v === 'number') return germanNumber(v);
    if (typeof v === 'object') return germanDate(v.date);
    return neutralise(v);
  };
  const text = stringify([t.columns.map((c) => neutralise(c.header)), ...t.rows.map((r) => r.map(cell))], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
  return new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text)]);
}

const NUM_FORMAT: Partial<Record<OutColumn['kind'], string>> = { date: 'dd.mm.yyyy', money: '#,##0.00', number: '0.0' };

export async function writeXlsx(t: OutTable): Promise<Uint8Array> {
  // Loaded on first use: imported at the top, exceljs (with its zip and stream helpers) was a third of the host's start-up (CPU profile of `serve`).
  const { Workbook } = (await import('exceljs')).default;
  const book = new Workbook();
  book.creator = 'CDO-Cockpit';
  // A fixed date keeps the file the same for the same data (docProps would otherwise carry the clock).
  book.created = book.modified = new Date(Date.UTC(2000, 0, 1));
  const ws = book.addWorksheet(t.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = t.columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: NUM_FORMAT[c.kind] ? { numFmt: NUM_FORMAT[c.kind] } : {} }));
  ws.getRow(1).font = { bold: true };
  for (const r of t.rows) {
    // Strings stay strings: exceljs writes a formula only for { formula } values, never for text that looks like one.
    ws.addRow(r.map((v) => (v !== null && typeof v === 'object' ? new Date(`${v.date}T00:00:00Z`) : v)));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Characters XML 1.0 does not allow at all (a control character in a title would make the file unreadable). */
// oxlint-disable-next-line no-control-regex -- control characters are what is removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
  .replace(NOT_XML, '');

/** Text as ODF paragraphs: line breaks become paragraphs, runs of spaces are kept. */
const paragraphs = (s: string) => s.split(/\r?\n/).map((line) => `<text:p>${xml(line).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`)}</text:p>`).join('');

function odsCell(v: OutValue, kind: OutColumn['kind']): string {
  if (v === null) return '<table:table-cell/>';
  if (typeof v === 'number') {
    const style = kind === 'money' ? ' table:style-name="cMoney"' : '';
    return `<table:table-cell${style} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
  }
  if (typeof v === 'object') return `<table:table-cell table:style-name="cDate" office:value-type="date" office:date-value="${v.date}"><text:p>${germanDate(v.date)}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="string">${paragraphs(v)}</table:table-cell>`;
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"', 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"', 'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
].join(' ');

/** ODS by hand (no library writes it): mimetype first and stored, a manifest, content with a date and a money style. */
export function writeOds(t: OutTable): Uint8Array {
  const styles = `<office:automatic-styles>
<number:date-style style:name="nDate"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
<number:number-style style:name="nMoney"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="cDate" style:family="table-cell" style:data-style-name="nDate"/>
<style:style style:name="cMoney" style:family="table-cell" style:data-style-name="nMoney"/>
<style:style style:name="cHead" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
${t.columns.map((c, i) => `<style:style style:name="co${i}" style:family="table-column"><style:table-column-properties style:column-width="${(c.width * 0.2).toFixed(2)}cm"/></style:style>`).join('\n')}
</office:automatic-styles>`;
  const head = `<table:table-header-rows><table:table-row>${t.columns.map((c) => `<table:table-cell table:style-name="cHead" office:value-type="string">${paragraphs(c.header)}</table:table-cell>`).join('')}</table:table-row></table:table-header-rows>`;
  const body = t.rows.map((r) => `<table:table-row>${r.map((v, i) => odsCell(v, t.columns[i]!.kind)).join('')}</table:table-row>`).join('\n');
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.3">${styles}<office:body><office:spreadsheet>
<table:table table:name="${xml(t.title)}">${t.columns.map((_, i) => `<table:table-column table:style-name="co${i}"/>`).join('')}${head}
${body}
</table:table></office:spreadsheet></office:body></office:document-content>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest),
    'content.xml': strToU8(content),
  }, { mtime: new Date(Date.UTC(2000, 0, 1)) });
}
