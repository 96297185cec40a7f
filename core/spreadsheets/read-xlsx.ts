/**
 * XLSX through exceljs, after our own bounded unzip (exceljs's unzip has no
 * caps): the first worksheet with data, formulas as their stored result,
 * date-formatted cells as calendar dates, merged areas reported.
 */
import type ExcelJS from 'exceljs';
import { restored, safeUnzip } from './safe-unzip.ts';
import { SHEET_READ_LIMITS, sheetError, type Cell, type Sheet, type SheetRow } from './sheet.ts';

const isoOf = (d: Date): string | null => (Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10));

/** exceljs's value union → our cell; a formula without a stored result stays unknown. */
function cellOf(value: ExcelJS.CellValue): { cell: Cell; formula: boolean } {
  if (value === null || value === undefined) return { cell: null, formula: false };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { cell: value, formula: false };
  if (value instanceof Date) {
    const date = isoOf(value);
    return { cell: date ? { date } : null, formula: false };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    const formula = 'formula' in value ? String(value.formula) : String((value as { sharedFormula: string }).sharedFormula);
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date))) return { cell: { formula }, formula: true };
    return { cell: cellOf(result as ExcelJS.CellValue).cell, formula: true };
  }
  if ('richText' in value) return { cell: value.richText.map((r) => r.text).join(''), formula: false };
  if ('hyperlink' in value) return { cell: String((value as { text?: unknown }).text ?? value.hyperlink), formula: false };
  if ('error' in value) return { cell: String(value.error), formula: false };
  return { cell: null, formula: false };
}

/** Rows with cells in a worksheet part, counted on the raw XML so a 100,000-row file is refused before it is parsed. */
const rowsWithCells = (xml: string) => (xml.match(/<(?:\w+:)?row\b[^>]*[^/]>\s*<(?:\w+:)?c\b/g) ?? []).length;

export async function readXlsx(bytes: Uint8Array, maxRows: number): Promise<Sheet> {
  const entries = safeUnzip(bytes);
  if (!entries['[Content_Types].xml'] || !entries['xl/workbook.xml']) throw sheetError('sheet_damaged');
  const decoder = new TextDecoder();
  for (const [name, data] of Object.entries(entries)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = decoder.decode(data);
    // XLSX never needs a DTD; one can only be an entity-expansion trap.
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw sheetError('sheet_zip_unsafe', { reason: 'DOCTYPE' });
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const n = rowsWithCells(xml);
    if (n > maxRows + 1) throw sheetError('sheet_too_many_rows', { rows: n - 1, max: maxRows });
  }
  // Loaded on first use: imported at the top, exceljs (with its zip and stream helpers) was a third of the host's start-up (CPU profile of `serve`).
  const { Workbook } = (await import('exceljs')).default;
  const book = new Workbook();
  try {
    await book.xlsx.load(restored(entries) as unknown as ArrayBuffer);
  } catch {
    throw sheetError('sheet_damaged');
  }
  const sheets = book.worksheets;
  const ws = sheets.find((s) => s.actualRowCount > 0);
  if (!ws) throw sheetError('sheet_no_data');
  const rows: SheetRow[] = [];
  let formulas = 0;
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells: Cell[] = [];
    const last = Math.min(r.cellCount, SHEET_READ_LIMITS.columns);
    let any = false;
    for (let col = 1; col <= last; col++) {
      const { cell, formula } = cellOf(r.getCell(col).value);
      if (formula) formulas++;
      const bounded = typeof cell === 'string' ? cell.trim().slice(0, SHEET_READ_LIMITS.cell) : cell;
      if (bounded !== null && bounded !== '') any = true;
      cells.push(bounded);
    }
    // Column styles make exceljs report styled but empty cells at the end of a row.
    while (cells.length && (cells.at(-1) === null || cells.at(-1) === '')) cells.pop();
    if (any) rows.push({ row: rowNumber, cells });
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((range) => ({ row: Number(/\d+/.exec(range)?.[0] ?? 0), range }));
  return { format: 'xlsx', encoding: null, delimiter: null, sheetName: ws.name, sheetCount: sheets.length, rows, merges, formulas };
}
