/**
 * What every spreadsheet reader hands on: the cells of one table, typed as
 * little as possible (text, number, yes/no, a calendar date, or a formula
 * whose result the file does not carry), with the row numbers a spreadsheet
 * shows. Pure: no store, no files.
 */
import { CoreError } from '../errors.ts';
import { foldGerman } from '../fold.ts';
import type { MessageKey } from '../messages.ts';

export type SheetFormat = 'csv' | 'xlsx' | 'ods';

/** A formula cell without a stored result: never evaluated, so its value is unknown. */
export interface FormulaCell { formula: string }
/** A calendar date (`YYYY-MM-DD`) that the file stored as a date, not as text. */
export interface DateCell { date: string }
export type Cell = string | number | boolean | DateCell | FormulaCell | null;

export interface SheetRow {
  /** The row number as the spreadsheet program shows it (1 = first line). */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  format: SheetFormat;
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: ';' | ',' | null;
  /** The table that was read (XLSX/ODS: the first with data). */
  sheetName: string | null;
  /** Tables in the file (1 for CSV). */
  sheetCount: number;
  /** Rows with at least one value, in file order. */
  rows: SheetRow[];
  /** Merged cell areas by their first row, for the header check ("B1:C1"). */
  merges: { row: number; range: string }[];
  /** Formula cells whose stored result was taken (never computed here). */
  formulas: number;
}

/** Hard caps for files from outside; the row cap is the caller's (it knows what it can write). */
export const SHEET_READ_LIMITS = {
  /** Inflated bytes of all zip entries together, and entries at most. */
  inflated: 200 * 1024 * 1024,
  entries: 5000,
  /** Compressed → inflated ratio above which a zip is treated as a bomb (when larger than 1 MB inflated). */
  ratio: 100,
  /** Columns of a row that are read; the rest is cut off. */
  columns: 200,
  /** Characters of one cell. */
  cell: 32_767,
} as const;

/** A problem with the file as a whole: reported at the `bytes` input, nothing is written. */
export const sheetError = (key: MessageKey, params: Record<string, unknown> = {}) =>
  new CoreError('invalid_input', key, params, [{ path: 'bytes', key }]);

export const isFormula = (c: Cell): c is FormulaCell => typeof c === 'object' && c !== null && 'formula' in c;
export const isDate = (c: Cell): c is DateCell => typeof c === 'object' && c !== null && 'date' in c;
export const isBlank = (c: Cell): boolean => c === null || c === '' || (typeof c === 'string' && c.trim() === '');

/** Column letters as a spreadsheet shows them: 0 → A, 27 → AB. */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * A column header (or a word in a cell) as it is compared: folded ("Priorität" =
 * "Prioritaet"), without punctuation and without a unit in brackets ("Budget (€)").
 */
export const headerKey = (h: string): string => foldGerman(h.replace(/\(.*?\)|\[.*?\]/g, '')).replace(/[^a-z0-9]/g, '');
