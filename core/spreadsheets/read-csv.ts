/**
 * CSV: encoding (valid UTF-8 with or without BOM, else Windows-1252 as Excel
 * on Windows writes it) and separator (; or ,) are detected; cells stay text.
 */
import { parse } from 'csv-parse/sync';
import { SHEET_READ_LIMITS, sheetError, type Sheet, type SheetRow } from './sheet.ts';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/**
 * Windows-1252 0x80–0x9F (€, „, “, –, …). Node's TextDecoder without full ICU
 * decodes "windows-1252" as Latin-1 and would turn € into a control character.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Valid UTF-8 is UTF-8 (a BOM is dropped); anything else was written by Excel on Windows. */
export function decode(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { text: text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c), encoding: 'windows-1252' };
  }
}

/** The separator of the header line: whichever of ; and , occurs more often outside quotes (German Excel writes ;). */
export function delimiterOf(text: string): ';' | ',' {
  const firstLine = (text.replace(/^\s*\n/g, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/** Every record of a CSV text as strings, or a clear message with the line at fault. */
export function csvRecords(text: string, delimiter: ';' | ','): string[][] {
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true, bom: true }) as string[][];
  } catch (err) {
    // csv-parse's own reason is English and technical; the user gets the line and, for the common case, what is wrong.
    const e = err as { lines?: number; code?: string };
    throw sheetError(/QUOTE/.test(e.code ?? '') ? 'sheet_csv_quotes' : 'sheet_csv_malformed', { line: e.lines ?? '?' });
  }
}

/** Our own CSV export puts ' before text that looks like a formula; reading it back takes the text as it was. */
const unquoted = (c: string) => (/^'[=+\-@\t\r＝＋－＠]/.test(c) ? c.slice(1) : c);

export function readCsv(bytes: Uint8Array, maxRows: number): Sheet {
  const { text, encoding } = decode(bytes);
  const delimiter = delimiterOf(text);
  const rows: SheetRow[] = [];
  csvRecords(text, delimiter).forEach((record, i) => {
    if (record.every((c) => c === '')) return;
    rows.push({ row: i + 1, cells: record.slice(0, SHEET_READ_LIMITS.columns).map((c) => unquoted(c).slice(0, SHEET_READ_LIMITS.cell)) });
  });
  // The header is one of the rows: more than maxRows + 1 means too many data rows.
  if (rows.length > maxRows + 1) throw sheetError('sheet_too_many_rows', { rows: rows.length - 1, max: maxRows });
  return { format: 'csv', encoding, delimiter, sheetName: null, sheetCount: 1, rows, merges: [], formulas: 0 };
}
