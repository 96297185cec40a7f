/**
 * One entry for every spreadsheet the cockpit reads (project lists, the
 * funding catalogue): CSV, XLSX or ODS, told apart by their first bytes, then
 * the header row found and checked. Files are untrusted: callers cap the size
 * in their input schema; the readers cap zip contents, rows and columns.
 */
import { createHash } from 'node:crypto';
import { readCsv } from './read-csv.ts';
import { readOds } from './read-ods.ts';
import { readXlsx } from './read-xlsx.ts';
import { isBlank, isDate, isFormula, sheetError, type Cell, type Sheet, type SheetRow } from './sheet.ts';

export type { Cell, Sheet, SheetRow } from './sheet.ts';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An ODS package starts with its uncompressed "mimetype" entry (ODF 1.2, 3.3). */
const looksLikeOds = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(30, 38)) === 'mimetype';

/**
 * The last sheet read, by the SHA-256 of its bytes, name and cap: confirming a
 * preview sends the same file again, and parsing a 10,000-row XLSX twice would
 * double the wait. Only one is kept; the store is still checked anew each time.
 */
let last: { key: string; sheet: Sheet } | null = null;

/** Reads the first table with data of a CSV, XLSX or ODS file; at most `maxRows` data rows. */
export async function readSheet(bytes: Uint8Array, fileName: string, maxRows: number): Promise<Sheet> {
  const key = `${createHash('sha256').update(bytes).digest('hex')}:${maxRows}:${fileName.toLowerCase()}`;
  if (last?.key === key) return last.sheet;
  const sheet = await readAny(bytes, fileName, maxRows);
  last = { key, sheet };
  return sheet;
}

async function readAny(bytes: Uint8Array, fileName: string, maxRows: number): Promise<Sheet> {
  if (bytes.length === 0) throw sheetError('sheet_empty');
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, OLE)) throw sheetError('sheet_xls_old');
  if (startsWith(bytes, ZIP)) {
    if (ext === 'ods' || (ext !== 'xlsx' && ext !== 'xlsm' && looksLikeOds(bytes))) return readOds(bytes, maxRows);
    return readXlsx(bytes, maxRows);
  }
  if (ext === 'xlsx' || ext === 'ods' || ext === 'xls') throw sheetError('sheet_damaged');
  // Excel's "Unicode-Text" export: UTF-16 with a byte order mark.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) throw sheetError('sheet_utf16');
  // Text never holds NUL bytes: this is some other binary file (an image, a PDF …).
  if (bytes.subarray(0, 4096).includes(0)) throw sheetError('sheet_unknown_format');
  return readCsv(bytes, maxRows);
}

/** A cell as one line of text (for headers, names, free text); dates as TT.MM.JJJJ would lose nothing either way, ISO is kept. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'ja' : 'nein';
  if (isDate(c)) return c.date;
  if (isFormula(c)) return '';
  return '';
}

export interface SheetTable {
  sheet: Sheet;
  /** Header texts, one per column (empty text for a column without a header). */
  headers: string[];
  /** The row number of the header. */
  headerRow: number;
  /** The data rows below the header. */
  rows: SheetRow[];
}

/** The first row with values is the header; a merged cell in it would leave columns without a name. */
export function sheetTable(sheet: Sheet): SheetTable {
  const [header, ...rows] = sheet.rows;
  if (!header) throw sheetError('sheet_empty');
  const merged = sheet.merges.find((m) => m.row === header.row);
  if (merged) throw sheetError('sheet_merged_header', { range: merged.range });
  const headers = header.cells.map(cellText);
  // Columns with neither a header nor any value are dropped from the right: spreadsheets often carry stray formatting.
  const width = Math.max(headers.findLastIndex((h) => h !== '') + 1, 0);
  return { sheet, headers: headers.slice(0, width), headerRow: header.row, rows: rows.filter((r) => !r.cells.every(isBlank)) };
}
